/// An in-store EAN-13 printed by a shop scale: 2-digit prefix, 5-digit PLU, 5-digit value, check.
public struct ScaleBarcode: Sendable, Equatable {
  /// What the 5-digit value means.
  public enum ValueKind: String, Sendable, Codable {
    case grams, rupiah
  }

  public var plu: String
  public var value: Int64

  /// Decodes `code` when it is a valid scale barcode with a prefix in `prefixes`.
  public init?(code: String, prefixes: ClosedRange<Int> = 20...29) {
    guard code.count == 13, Barcode.hasValidCheckDigit(code),
      let prefix = Int(code.prefix(2)), prefixes.contains(prefix)
    else { return nil }
    let digits = Array(code)
    plu = String(digits[2..<7])
    guard let value = Int64(String(digits[7..<12])) else { return nil }
    self.value = value
  }

  /// The quantity sold: grams become thousandths of a kilogram; a price becomes price / unit price.
  public func quantity(kind: ValueKind, unitPrice: Money) -> Quantity? {
    switch kind {
    case .grams:
      return Quantity(thousandths: value)
    case .rupiah:
      guard unitPrice.rupiah > 0 else { return nil }
      return Quantity(thousandths: Money.divideRounded(value * 1000, by: unitPrice.rupiah))
    }
  }
}
