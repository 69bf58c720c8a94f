import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

/// Units and tax classes from `[catalog]`: what UpsertProduct and ImportProducts accept.
@Suite struct CatalogRulesTests {
  static func rejectedRows(_ error: VarlinkError?) -> [String] {
    guard case .array(let rows)? = error?.parameters["errors"] else { return [] }
    return rows.map {
      "\($0["row"]?.text ?? "?") \($0["field"]?.text ?? "?"): \($0["message"]?.text ?? "")"
    }
  }

  @Test func anUnknownUnitIsRefusedListingTheAllowedOnes() async throws {
    let shop = try HandlerHarness { $0.catalogUnits = ["pcs", "kg"] }
    let before = try await shop.store.digest()
    let error = await #expect(throws: VarlinkError.self) {
      try await shop.call(
        CatalogAPI.UpsertProduct.self,
        .init(product: .init(sku: "MIE-DUS", name: "Mie 1 dus", unit: "dus", price: 120_000)))
    }
    #expect(error?.error == "id.kasir.Catalog.NotAllowed")
    let expected: JSONValue = .object([
      "field": .string("unit"), "value": .string("dus"),
      "allowed": .array([.string("pcs"), .string("kg")]),
    ])
    #expect(error?.parameters == expected)
    #expect(try await shop.store.digest() == before)
  }

  @Test func aConfiguredTaxClassIsAcceptedAndAnUnlistedOneRefused() async throws {
    let shop = try HandlerHarness { $0.extraTaxClasses = ["ppnbm"] }
    let product = CatalogAPI.ProductInput(
      sku: "ROK-1", name: "Rokok", unit: "pcs", price: 30_000, taxClass: "ppnbm")
    let reply = try await shop.call(CatalogAPI.UpsertProduct.self, .init(product: product))
    #expect(reply.product.taxClass == "ppnbm")
    var other = product
    other.taxClass = "ppn12"
    let error = await #expect(throws: VarlinkError.self) {
      try await shop.call(CatalogAPI.UpsertProduct.self, .init(product: other))
    }
    #expect(error?.error == "id.kasir.Catalog.NotAllowed")
    #expect(error?.parameters["field"] == .string("taxClass"))
    #expect(
      error?.parameters["allowed"]
        == .array([.string("exempt"), .string("ppn11"), .string("ppnbm")]))
  }

  @Test func importNamesTheRowAndFieldOfAnUnknownUnitOrTaxClass() async throws {
    let shop = try HandlerHarness { $0.catalogUnits = ["pcs", "kg"] }
    let before = try await shop.store.digest()
    let csv = """
      sku,name,unit,price,tax_class
      A-1,Baik,pcs,1000,exempt
      A-2,Satuan salah,karton,1000,
      A-3,Pajak salah,kg,1000,vat
      """
    let error = await #expect(throws: VarlinkError.self) {
      try await shop.call(CatalogAPI.ImportProducts.self, .init(csv: csv))
    }
    #expect(
      Self.rejectedRows(error) == [
        "3 unit: \"karton\" is not allowed; use one of: pcs, kg",
        "4 tax_class: \"vat\" is not allowed; use one of: exempt, ppn11",
      ])
    #expect(try await shop.store.digest() == before)
  }
}
