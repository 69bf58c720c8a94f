import Foundation

/// A JSON number with at most three decimals, held exactly as thousandths (0.75 is 750).
/// Decoding a number with more decimals, or out of range, fails.
public struct Thousandths: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
  public var value: Int64

  public init(_ value: Int64) { self.value = value }
  public init(whole: Int64) { self.value = whole * 1000 }

  /// The largest magnitude accepted: one trillion units.
  public static let limit: Int64 = 1_000_000_000_000_000

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let number = try container.decode(Decimal.self)
    var scaled = number * 1000
    var rounded = Decimal()
    NSDecimalRound(&rounded, &scaled, 0, .plain)
    guard rounded == scaled, rounded.magnitude <= Decimal(Thousandths.limit) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "at most 3 decimals and a sensible size")
    }
    value = NSDecimalNumber(decimal: rounded).int64Value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if value % 1000 == 0 {
      try container.encode(value / 1000)
    } else {
      try container.encode(Decimal(value) / 1000)
    }
  }

  public static func < (a: Thousandths, b: Thousandths) -> Bool { a.value < b.value }

  /// `0.75`, `3`, `-1.5`.
  public var description: String { formatted(decimalSeparator: ".") }

  /// Trailing zeros dropped; `,` for Indonesian.
  public func formatted(decimalSeparator: String) -> String {
    let sign = value < 0 ? "-" : ""
    let whole = value.magnitude / 1000
    let fraction = value.magnitude % 1000
    guard fraction != 0 else { return sign + String(whole) }
    var digits = String(fraction)
    digits = String(repeating: "0", count: 3 - digits.count) + digits
    while digits.hasSuffix("0") { digits.removeLast() }
    return sign + String(whole) + decimalSeparator + digits
  }

  /// Parses `3`, `0.75`, `0,75` or `-2` as typed by a person; nil for anything else
  /// (more than 3 decimals, letters, several separators).
  public init?(text: String) {
    var digits = Substring(text)
    let negative = digits.first == "-"
    if negative { digits = digits.dropFirst() }
    let parts = digits.split(
      separator: digits.contains(",") ? "," : ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count),
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      parts[0].count <= 15, parts.count == 1 || parts[1].count <= 3
    else { return nil }
    let fraction = parts.count == 2 ? String(parts[1]) : ""
    guard let whole = Int64(parts[0]),
      let part = Int64(fraction + String(repeating: "0", count: 3 - fraction.count))
    else { return nil }
    let value = whole * 1000 + part
    guard value <= Thousandths.limit else { return nil }
    self.value = negative ? -value : value
  }
}
