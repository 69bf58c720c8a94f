import Foundation

/// Times as the shop sees them: RFC 3339 with the shop's UTC offset, dates in its zone.
public struct ShopTime: Sendable {
  public let timeZone: TimeZone
  /// Gregorian, in `timeZone`: made once (making one per call was a hot spot).
  private let calendar: Calendar

  public init(timeZone: TimeZone) {
    self.timeZone = timeZone
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    self.calendar = calendar
  }

  /// `2026-11-29T10:15:02+08:00`.
  public func rfc3339(_ date: Date) -> String {
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    let offset = timeZone.secondsFromGMT(for: date)
    let sign = offset < 0 ? "-" : "+"
    let minutes = abs(offset) / 60
    let day = "\(pad(parts.year!, 4))-\(pad(parts.month!))-\(pad(parts.day!))"
    let time = "\(pad(parts.hour!)):\(pad(parts.minute!)):\(pad(parts.second!))"
    return "\(day)T\(time)\(sign)\(pad(minutes / 60)):\(pad(minutes % 60))"
  }

  /// `29-11-2026 10:15`, as printed on receipts.
  public func receiptStamp(_ date: Date) -> String {
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    let day = "\(pad(parts.day!))-\(pad(parts.month!))-\(pad(parts.year!, 4))"
    return "\(day) \(pad(parts.hour!)):\(pad(parts.minute!))"
  }

  /// `value` in decimal, zero-padded to `width` digits (as `%02d`; the values are not negative).
  private func pad(_ value: Int, _ width: Int = 2) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// Parses an RFC 3339 time with an offset or `Z`; nil when it is not one.
  public func parse(_ text: String) -> Date? {
    let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    return (try? Date.ISO8601FormatStyle().parse(text)) ?? (try? withFraction.parse(text))
  }
}

extension KasirConfig {
  /// Times in the configured zone; the system's zone for an unknown name, which validation at
  /// start-up already refuses.
  var shopTime: ShopTime { ShopTime(timeZone: TimeZone(identifier: timezone) ?? .current) }
}
