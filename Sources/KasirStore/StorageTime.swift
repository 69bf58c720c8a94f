import Foundation
import GRDB
import KasirCore

/// A `Date` as GRDB stores it — `yyyy-MM-dd HH:mm:ss.SSS` in UTC, to the nearest millisecond —
/// computed with integer arithmetic. GRDB's own `Date.databaseValue` goes through a shared
/// `DateFormatter` (ICU): about 15 µs a call, more than any statement of a sale's Pay.
/// `StorageTimeTests` checks it against GRDB's text.
enum StorageTime {
  static func text(_ date: Date) -> String {
    // Milliseconds since 1970 rounded to the nearest, as Foundation's DateFormatter gives them
    // to ICU (so 23:59:59.9999 is written as the next day's 00:00:00.000).
    let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
    let (days, dayMilliseconds) = floorDivision(milliseconds, 86_400_000)
    let (year, month, day) = CivilDate.from(days: days)
    let seconds = dayMilliseconds / 1000
    var text = ""
    text.reserveCapacity(23)
    append(year, width: 4, to: &text)
    text.append("-")
    append(month, width: 2, to: &text)
    text.append("-")
    append(day, width: 2, to: &text)
    text.append(" ")
    append(seconds / 3600, width: 2, to: &text)
    text.append(":")
    append(seconds / 60 % 60, width: 2, to: &text)
    text.append(":")
    append(seconds % 60, width: 2, to: &text)
    text.append(".")
    append(dayMilliseconds % 1000, width: 3, to: &text)
    return text
  }

  static func databaseValue(_ date: Date) -> DatabaseValue { text(date).databaseValue }

  private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
    let remainder = value % divisor
    return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
  }

  private static func append(_ value: Int64, width: Int, to text: inout String) {
    let digits = String(value)
    if digits.count < width { text.append(String(repeating: "0", count: width - digits.count)) }
    text.append(digits)
  }
}
