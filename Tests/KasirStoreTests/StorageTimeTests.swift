import Foundation
import GRDB
import Testing

@testable import KasirStore

@Suite struct StorageTimeTests {
  /// Whole seconds, fractions that are not exact in binary, leap days, the turn of a century
  /// and of a year, dates before 1970: the same text as GRDB's `DateFormatter`.
  @Test func writesWhatGRDBWrites() {
    var dates: [Date] = [
      Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_700_000_000),
      Date(timeIntervalSince1970: 1_700_000_000.123),
      Date(timeIntervalSince1970: 1_700_000_000.999),
      Date(timeIntervalSince1970: 1_700_000_000.0005),
      // 2000-02-29; 2025-12-31 23:59:59.999…; before 1970; 2100-01-01.
      Date(timeIntervalSince1970: 951_782_400), Date(timeIntervalSince1970: 1_767_225_599.9999),
      Date(timeIntervalSince1970: -1.5), Date(timeIntervalSince1970: -86_400 * 365.25 * 30),
      Date(timeIntervalSince1970: 4_102_444_800),
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      dates.append(
        Date(timeIntervalSince1970: Double.random(in: 0...4_102_444_800, using: &generator)))
    }
    for date in dates {
      #expect(StorageTime.text(date) == String.fromDatabaseValue(date.databaseValue))
    }
  }

  @Test func readsBackAsTheSameMillisecond() throws {
    let date = Date(timeIntervalSince1970: 1_764_400_502.25)
    let back = try #require(Date.fromDatabaseValue(StorageTime.databaseValue(date)))
    #expect(back == date)
  }
}
