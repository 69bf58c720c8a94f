import KasirCore
import Testing

@Suite struct CatalogRulesTests {
  let beras = Product(
    sku: "BER-MED", name: "Beras medium", unit: "kg", weighed: true, price: 13_500)

  @Test func theDefaultUnitsAndBuiltInTaxClassesPass() throws {
    try beras.validate(rules: CatalogRules())
    var mie = beras
    mie.unit = "bungkus"
    mie.taxClass = .ppn11
    try mie.validate(rules: CatalogRules())
  }

  @Test func anUnknownUnitIsRefusedWithTheAllowedList() {
    var product = beras
    product.unit = "karton"
    let rules = CatalogRules(units: ["pcs", "kg"])
    #expect(
      throws: CatalogError.notAllowed(field: "unit", value: "karton", allowed: ["pcs", "kg"])
    ) {
      try product.validate(rules: rules)
    }
    // Without rules only the form of a unit is checked.
    #expect(throws: Never.self) { try product.validate() }
  }

  @Test func extraTaxClassesAreAddedToExemptAndPpn11() throws {
    let rules = CatalogRules(extraTaxClasses: ["ppnbm", "ppn11"])
    #expect(rules.taxClasses.map(\.rawValue) == ["exempt", "ppn11", "ppnbm"])
    var product = beras
    product.taxClass = TaxClass(rawValue: "ppnbm")
    try product.validate(rules: rules)
    #expect(
      throws: CatalogError.notAllowed(
        field: "taxClass", value: "ppnbm", allowed: ["exempt", "ppn11"])
    ) {
      try product.validate(rules: CatalogRules())
    }
  }

  @Test func aPackMayCostAtMostItsFactorTimesTheCap() throws {
    var product = beras
    product.priceCap = 13_500
    product.packs = [
      Pack(barcode: "8991234001012", name: "Karung 25 kg", factor: 25, price: 337_500)
    ]
    try product.validate()
    product.packs[0].price = 337_501
    #expect(throws: CatalogError.priceAboveCap(price: 337_501, cap: 337_500)) {
      try product.validate()
    }
  }

  @Test func aPackNeedsANameWithoutSemicolons() {
    var product = beras
    product.packs = [Pack(barcode: "8991234001012", name: "Karung; 25 kg", factor: 25, price: 1)]
    #expect(throws: CatalogError.invalidField(field: "packs.name", reason: .packName)) {
      try product.validate()
    }
    product.packs[0].name = " "
    #expect(throws: CatalogError.invalidField(field: "packs.name", reason: .packName)) {
      try product.validate()
    }
  }
}
