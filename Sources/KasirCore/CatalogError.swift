/// What can go wrong with products, barcodes and prices.
public enum CatalogError: Error, Sendable, Equatable {
  public enum BarcodeProblem: String, Sendable {
    case notDigits, length, checkDigit
  }

  public enum FieldProblem: String, Sendable {
    case skuFormat, nameLength, unitFormat, pluFormat, negative, notPositive
    case taxClassFormat, packFactor, packName
    /// Above `Money.maxPrice`.
    case tooLarge
  }

  case productNotFound(code: String)
  case invalidBarcode(code: String, reason: BarcodeProblem)
  /// The barcode already belongs to product `sku`.
  case duplicateBarcode(code: String, sku: String)
  case invalidField(field: String, reason: FieldProblem)
  case priceAboveCap(price: Money, cap: Money)
  case inactiveProduct(sku: String)
  /// A unit or tax class the shop's configuration does not list.
  case notAllowed(field: String, value: String, allowed: [String])
}
