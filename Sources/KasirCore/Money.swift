/// An amount of money in whole rupiah. Never a floating-point number.
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public var rupiah: Int64

  public init(_ rupiah: Int64) { self.rupiah = rupiah }

  public static let zero = Money(0)

  /// The largest amount taken from outside (a payment, the cash in a drawer, a sale's
  /// total): Rp1.000.000.000.000.000. Sums of thousands of them still fit in Int64.
  public static let limit = Money(1_000_000_000_000_000)

  /// The largest unit price: a line (at most `Sale.maxLineQuantity`) then costs at most
  /// `limit`, and quantity × price cannot overflow.
  public static let maxPrice = Money(1_000_000_000)

  public static func + (a: Money, b: Money) -> Money { Money(a.rupiah + b.rupiah) }
  public static func - (a: Money, b: Money) -> Money { Money(a.rupiah - b.rupiah) }
  public static prefix func - (a: Money) -> Money { Money(-a.rupiah) }
  public static func += (a: inout Money, b: Money) { a.rupiah += b.rupiah }
  public static func -= (a: inout Money, b: Money) { a.rupiah -= b.rupiah }
  public static func < (a: Money, b: Money) -> Bool { a.rupiah < b.rupiah }

  public init(from decoder: any Decoder) throws {
    rupiah = try decoder.singleValueContainer().decode(Int64.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rupiah)
  }

  /// `Rp12.500`, `-Rp1.000`: the Indonesian way, dots between thousands.
  public var description: String {
    (rupiah < 0 ? "-Rp" : "Rp") + Money.groupThousands(rupiah.magnitude)
  }

  /// `12.500` without the currency sign.
  public var grouped: String {
    (rupiah < 0 ? "-" : "") + Money.groupThousands(rupiah.magnitude)
  }

  static func groupThousands(_ value: UInt64) -> String {
    let digits = Array(String(value))
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out.append(".") }
      out.append(digit)
    }
    return out
  }

  /// Rounds `numerator / denominator` half away from zero, in exact integers.
  static func divideRounded(_ numerator: Int64, by denominator: Int64) -> Int64 {
    let magnitude = (numerator.magnitude + denominator.magnitude / 2) / denominator.magnitude
    return (numerator < 0) != (denominator < 0) ? -Int64(magnitude) : Int64(magnitude)
  }
}

extension Money: ExpressibleByIntegerLiteral {
  public init(integerLiteral value: Int64) { self.init(value) }
}
