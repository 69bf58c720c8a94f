import KasirCore
import Testing

@testable import KasirServer

@Suite struct KasirConfigCatalogTests {
  @Test func theDefaultsAreTheDocumentedUnitsAndTheBuiltInTaxClasses() throws {
    let rules = try KasirConfig.parse("").catalogRules
    #expect(rules.units == CatalogRules.defaultUnits)
    #expect(rules.units.starts(with: ["pcs", "kg", "gram", "liter"]))
    #expect(rules.taxClasses == [.exempt, .ppn11])
  }

  @Test func unitsAndExtraTaxClassesAreRead() throws {
    let config = try KasirConfig.parse(
      """
      [catalog]
      units = ["pcs", "kg", "karton"]
      tax_classes = ["ppnbm"]
      """)
    #expect(config.catalogRules.units == ["pcs", "kg", "karton"])
    #expect(config.catalogRules.taxClasses.map(\.rawValue) == ["exempt", "ppn11", "ppnbm"])
  }

  @Test(arguments: [
    ("units = []", "catalog.units: must name at least one unit"),
    ("units = [\"Pcs\"]", "catalog.units: \"Pcs\" is not a unit: use 1 to 12 lowercase letters"),
    ("units = [\"kg\", \"kg\"]", "catalog.units: \"kg\" is listed twice"),
    ("units = \"pcs\"", "catalog.units: must be a list of strings"),
    ("tax_classes = [\"PPN 12\"]", "catalog.tax_classes: \"PPN 12\" is not a tax class name"),
    ("colour = 1", "catalog.colour: unknown key; allowed in [catalog]: tax_classes, units"),
  ])
  func aBadValueNamesTheKey(line: String, message: String) {
    #expect {
      try KasirConfig.parse("[catalog]\n" + line)
    } throws: { error in
      "\(error)".hasPrefix(message)
    }
  }
}
