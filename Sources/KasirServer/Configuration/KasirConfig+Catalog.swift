import KasirCore

extension KasirConfig {
  /// The units and tax classes the catalog accepts, from `[catalog]`.
  public var catalogRules: CatalogRules {
    CatalogRules(units: catalogUnits, extraTaxClasses: extraTaxClasses)
  }
}
