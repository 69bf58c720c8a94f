import Foundation

/// Times as the shop sees them: RFC 3339 with the shop's UTC offset, dates in its zone.
public struct ShopTime: Sendable {
  public let timeZone: TimeZone

  public init(timeZone: TimeZone) {
    self.timeZone = timeZone
  }

  private var calendar: Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar
  }

  /// `2026-11-29T10:15:02+08:00`.
  public func rfc3339(_ date: Date) -> String {
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    let offset = timeZone.secondsFromGMT(for: date)
    let sign = offset < 0 ? "-" : "+"
    let minutes = abs(offset) / 60
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", parts.year!, parts.month!, parts.day!,
      parts.hour!, parts.minute!, parts.second!, sign, minutes / 60, minutes % 60)
  }

  /// `29-11-2026 10:15`, as printed on receipts.
  public func receiptStamp(_ date: Date) -> String {
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    return String(
      format: "%02d-%02d-%04d %02d:%02d", parts.day!, parts.month!, parts.year!, parts.hour!,
      parts.minute!)
  }

  /// Parses an RFC 3339 time with an offset or `Z`; nil when it is not one.
  public func parse(_ text: String) -> Date? {
    let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    return (try? Date.ISO8601FormatStyle().parse(text)) ?? (try? withFraction.parse(text))
  }
}
