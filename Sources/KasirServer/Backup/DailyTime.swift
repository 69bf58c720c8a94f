import Foundation

/// A time of day on the shop's clock, `HH:MM`, as in `[backup] daily_at = "23:30"`.
public struct DailyTime: Sendable, Equatable, CustomStringConvertible {
  public var hour: Int
  public var minute: Int

  /// nil unless `text` is `HH:MM` with 00 ≤ HH ≤ 23 and 00 ≤ MM ≤ 59.
  public init?(_ text: String) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2,
      parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
    else { return nil }
    self.hour = hour
    self.minute = minute
  }

  public var description: String {
    (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
  }

  /// The latest moment at or before `now` when the shop's clock showed this time.
  func latest(atOrBefore now: Date, in timeZone: TimeZone) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let today = calendar.date(
      bySettingHour: hour, minute: minute, second: 0, of: now, matchingPolicy: .nextTime,
      repeatedTimePolicy: .first, direction: .forward)!
    if today <= now { return today }
    let yesterday = calendar.date(byAdding: .day, value: -1, to: now)!
    return calendar.date(
      bySettingHour: hour, minute: minute, second: 0, of: yesterday, matchingPolicy: .nextTime,
      repeatedTimePolicy: .first, direction: .forward)!
  }

  /// The first moment after `now` when the shop's clock shows this time.
  func next(after now: Date, in timeZone: TimeZone) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let components = DateComponents(hour: hour, minute: minute, second: 0)
    return calendar.nextDate(
      after: now, matching: components, matchingPolicy: .nextTime, repeatedTimePolicy: .first,
      direction: .forward)!
  }
}
