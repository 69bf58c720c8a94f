import Foundation
import GRDB

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
    let (year, month, day) = civil(days: days)
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

  /// Year, month and day of `days` since 1970-01-01 in the proleptic Gregorian calendar
  /// (Howard Hinnant's `civil_from_days`).
  private static func civil(days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private static func append(_ value: Int64, width: Int, to text: inout String) {
    let digits = String(value)
    if digits.count < width { text.append(String(repeating: "0", count: width - digits.count)) }
    text.append(digits)
  }
}
