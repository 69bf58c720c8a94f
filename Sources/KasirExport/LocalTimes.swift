import Foundation
import KasirCore

/// Instants as the shop's clock shows them, for exports: RFC 3339 text with the zone's offset
/// (`2026-11-29T10:15:02+08:00`, as `ShopTime.rfc3339`) and Excel serial date-times, computed
/// with integer arithmetic. The zone's offset is looked up once and kept until its next
/// transition, so a year of rows costs a handful of zone look-ups instead of a calendar
/// computation per row. Whole seconds: a fraction of a second is dropped, as in `ShopTime`.
/// Not thread-safe: one per export.
public final class LocalTimes {
  private let zone: TimeZone
  /// `offset` holds for the instants `validFrom..<validUntil` (Unix seconds).
  private var validFrom: Int64 = 1
  private var validUntil: Int64 = 0
  private var offset: Int64 = 0

  public init(zone: TimeZone) {
    self.zone = zone
  }

  /// The local wall-clock time of `date` as seconds since 1970-01-01 00:00 local, and the
  /// zone's offset then.
  public func local(_ date: Date) -> (seconds: Int64, offset: Int64) {
    let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
    if seconds < validFrom || seconds >= validUntil {
      let instant = Date(timeIntervalSince1970: Double(seconds))
      offset = Int64(zone.secondsFromGMT(for: instant))
      validFrom = seconds
      validUntil =
        zone.nextDaylightSavingTimeTransition(after: instant)
        .map { Int64($0.timeIntervalSince1970.rounded(.up)) } ?? Int64.max
    }
    return (seconds + offset, offset)
  }

  /// The Excel serial number of `date` on the shop's wall clock: days since 1899-12-30, the
  /// time of day as the fraction (no zone: Excel has none).
  public func excelSerial(_ date: Date) -> Double {
    Double(local(date).seconds) / 86_400 + 25_569
  }

  /// `2026-11-29T10:15:02+08:00`.
  public func rfc3339(_ date: Date) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(25)
    appendRFC3339(date, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `rfc3339(date)` as UTF-8.
  public func appendRFC3339(_ date: Date, to bytes: inout [UInt8]) {
    let (seconds, offset) = local(date)
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let time = seconds - days * 86_400
    let (year, month, day) = CivilDate.from(days: days)
    Self.digits(year, 4, &bytes)
    bytes.append(UInt8(ascii: "-"))
    Self.digits(month, 2, &bytes)
    bytes.append(UInt8(ascii: "-"))
    Self.digits(day, 2, &bytes)
    bytes.append(UInt8(ascii: "T"))
    Self.digits(time / 3600, 2, &bytes)
    bytes.append(UInt8(ascii: ":"))
    Self.digits(time / 60 % 60, 2, &bytes)
    bytes.append(UInt8(ascii: ":"))
    Self.digits(time % 60, 2, &bytes)
    bytes.append(offset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
    let minutes = abs(offset) / 60
    Self.digits(minutes / 60, 2, &bytes)
    bytes.append(UInt8(ascii: ":"))
    Self.digits(minutes % 60, 2, &bytes)
  }

  /// `value` (not negative) in decimal, zero-padded to at least `width` digits.
  private static func digits(_ value: Int64, _ width: Int, _ bytes: inout [UInt8]) {
    var divisor: Int64 = 1
    var count = 1
    while count < width || value / divisor >= 10 {
      divisor *= 10
      count += 1
    }
    while divisor > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
      divisor /= 10
    }
  }
}
