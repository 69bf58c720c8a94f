/// What a shop allows in its catalog besides the fixed rules: the units products are sold in
/// and the tax classes. The server passes the configured rules in; the core reads no files.
public struct CatalogRules: Sendable, Equatable {
  /// Units of a typical Indonesian koperasi shop, used when the configuration names none.
  public static let defaultUnits = [
    "pcs", "kg", "gram", "liter", "ml", "bungkus", "botol", "dus", "karung", "sachet", "butir",
    "ikat", "tabung", "pak", "lusin", "kaleng", "lembar", "meter",
  ]

  public var units: [String]
  /// Always starts with `exempt` and `ppn11`, then the shop's own classes.
  public var taxClasses: [TaxClass]

  public init(units: [String] = CatalogRules.defaultUnits, extraTaxClasses: [String] = []) {
    self.units = units
    self.taxClasses =
      TaxClass.builtIn
      + extraTaxClasses.map(TaxClass.init(rawValue:)).filter { !TaxClass.builtIn.contains($0) }
  }

  /// Throws `notAllowed` when the product's unit or tax class is not one of the shop's.
  public func check(_ product: Product) throws(CatalogError) {
    guard units.contains(product.unit) else {
      throw .notAllowed(field: "unit", value: product.unit, allowed: units)
    }
    guard taxClasses.contains(product.taxClass) else {
      throw .notAllowed(
        field: "taxClass", value: product.taxClass.rawValue, allowed: taxClasses.map(\.rawValue))
    }
  }
}
