import Foundation
import KasirExport
import Testing

/// The export's cache of the last formatted time: the same text as the formatter, computed
/// once per run of equal instants.
@Suite struct TimeTextCacheTests {
  @Test func repeatsAreFormattedOnceAndChangesAgain() {
    final class Calls: @unchecked Sendable { var dates: [Date] = [] }
    let calls = Calls()
    let cache = TimeTextCache { date in
      calls.dates.append(date)
      return "t\(Int(date.timeIntervalSince1970))"
    }
    let first = Date(timeIntervalSince1970: 100)
    let second = Date(timeIntervalSince1970: 200)
    let texts = [first, first, first, second, second, first].map(cache.text)
    #expect(texts == ["t100", "t100", "t100", "t200", "t200", "t100"])
    #expect(calls.dates == [first, second, first])
  }
}
