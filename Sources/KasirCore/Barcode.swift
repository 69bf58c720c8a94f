/// A product or pack barcode: EAN-13, EAN-8 or UPC-A with a correct check digit.
/// EAN-13 codes with prefix 20–29 are in-store codes (restricted circulation).
public enum Barcode {
  public enum Kind: Sendable, Equatable {
    case ean13, ean8, upcA, inStore
  }

  /// Tells which kind `code` is, or throws `CatalogError.invalidBarcode` saying why not.
  public static func validate(_ code: String) throws(CatalogError) -> Kind {
    guard code.allSatisfy(\.isASCIIDigit) else {
      throw .invalidBarcode(code: code, reason: .notDigits)
    }
    let kind: Kind
    switch code.count {
    case 8: kind = .ean8
    case 12: kind = .upcA
    case 13: kind = code.hasPrefix("2") ? .inStore : .ean13
    default: throw .invalidBarcode(code: code, reason: .length)
    }
    guard hasValidCheckDigit(code) else {
      throw .invalidBarcode(code: code, reason: .checkDigit)
    }
    return kind
  }

  /// GS1 check digit: weights 3 and 1 from the right, excluding the check digit itself.
  public static func hasValidCheckDigit(_ code: String) -> Bool {
    let digits = code.compactMap(\.wholeNumberValue)
    guard digits.count == code.count, let check = digits.last else { return false }
    return checkDigit(for: digits.dropLast()) == check
  }

  public static func checkDigit<C: Collection>(for body: C) -> Int where C.Element == Int {
    var sum = 0
    for (index, digit) in body.reversed().enumerated() {
      sum += digit * (index % 2 == 0 ? 3 : 1)
    }
    return (10 - sum % 10) % 10
  }
}
