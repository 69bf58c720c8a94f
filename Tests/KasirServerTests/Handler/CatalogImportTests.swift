import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

@Suite struct CatalogImportTests {
  static let good = """
    sku,name,unit,weighed,plu,barcodes,price,member_price,price_cap,max_per_sale,tax_class,reorder_level,active
    GULA-1,Gula pasir 1 kg,pcs,false,,8991234000213,17500,17000,18000,5,exempt,10,true
    MIE-GOR,"Mie instan goreng, isi 1",pcs,,,8991234000206,3500,,,,ppn11,,
    BER-PRE,Beras premium,kg,true,10002,,15500,,,,,25.5,true
    """

  @Test func importCreatesUpdatesAndCountsUnchanged() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let reply = try await shop.call(
      CatalogAPI.ImportProducts.self, .init(csv: Self.good))
    #expect(reply == .init(created: 2, updated: 1, unchanged: 0))
    let mie = try await shop.call(CatalogAPI.GetProduct.self, .init(code: "8991234000206"))
    #expect(mie.product.name == "Mie instan goreng, isi 1")
    #expect(mie.product.price == 3500)
    #expect(mie.product.onHand == Thousandths(whole: 40), "stock is kept")
    let beras = try await shop.call(CatalogAPI.GetProduct.self, .init(code: "BER-PRE"))
    #expect(beras.product.weighed && beras.product.reorderLevel == Thousandths(25_500))
    let again = try await shop.call(CatalogAPI.ImportProducts.self, .init(csv: Self.good))
    #expect(again == .init(created: 0, updated: 0, unchanged: 3))
    let history = try await shop.call(CatalogAPI.PriceHistory.self, .init(sku: "MIE-GOR"))
    #expect(history.changes.first?.price == 3500)
    #expect(history.changes.first?.previousPrice == 3400)
  }

  @Test func everyBadRowIsReportedAndNothingChanges() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let before = try await shop.store.digest()
    let csv = """
      sku,name,unit,barcodes,price,price_cap,active
      OK-1,Baik,pcs,,1000,,true
      BAD-1,Harga salah,pcs,,12.500,,
      BAD-2,Kode salah,pcs,8991234000207,1000,,
      BAD-3,Di atas HET,pcs,,20000,15000,
      BAD-4,Kode milik lain,pcs,8991234000206,1000,,
      OK-1,SKU ganda,pcs,,1000,,
      BAD-5,Boolean,pcs,,1000,,ya
      """
    let error = await #expect(throws: VarlinkError.self) {
      try await shop.call(CatalogAPI.ImportProducts.self, .init(csv: csv))
    }
    #expect(error?.error == "id.kasir.Catalog.ImportRejected")
    guard case .array(let rows)? = error?.parameters["errors"] else {
      Issue.record("no errors array: \(String(describing: error))")
      return
    }
    let summary = rows.map { "\($0["row"]?.text ?? "?") \($0["field"]?.text ?? "?")" }
    #expect(
      summary == [
        "3 price", "4 barcodes", "5 price", "6 barcodes", "7 sku", "8 active",
      ])
    #expect(rows[3]["message"]?.text.contains("MIE-GOR") == true)
    #expect(try await shop.store.digest() == before)
  }

  @Test func aBrokenQuoteIsOneErrorNamingItsRow() async throws {
    let shop = try HandlerHarness()
    let error = await #expect(throws: VarlinkError.self) {
      try await shop.call(
        CatalogAPI.ImportProducts.self,
        .init(csv: "sku,name,unit,price\nA,\"open,pcs,1\n"))
    }
    #expect(error?.error == "id.kasir.Catalog.ImportRejected")
    #expect(
      error?.parameters["errors"]
        == .array([
          .object([
            "row": .int(2), "field": .string(""),
            "message": .string("a quoted field is not closed"),
          ])
        ]))
  }

  @Test func aDryRunReportsButWritesNothing() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let before = try await shop.store.digest()
    let reply = try await shop.call(
      CatalogAPI.ImportProducts.self, .init(csv: Self.good, dryRun: true))
    #expect(reply == .init(created: 2, updated: 1, unchanged: 0))
    #expect(try await shop.store.digest() == before)
    await #expect(throws: VarlinkError.self) {
      try await shop.call(CatalogAPI.GetProduct.self, .init(code: "GULA-1"))
    }
  }

  @Test func exportThenImportChangesNothing() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    try await shop.call(CatalogAPI.ImportProducts.self, .init(csv: Self.good))
    let export = try await shop.call(CatalogAPI.ExportProducts.self, .init())
    let lines = export.csv.split(separator: "\r\n")
    #expect(lines.count == 6)
    #expect(lines[0].hasPrefix("sku,name,unit,weighed,plu,barcodes,price,member_price"))
    #expect(export.csv.contains("\"Mie instan goreng, isi 1\""))
    #expect(export.csv.contains("BER-PRE,Beras premium,kg,true,10002,,15500,,,,exempt,25.5,true"))
    let before = try await shop.store.digest()
    let reply = try await shop.call(CatalogAPI.ImportProducts.self, .init(csv: export.csv))
    #expect(reply == .init(created: 0, updated: 0, unchanged: 5))
    #expect(try await shop.store.digest() == before)
  }

  @Test func aCashierMayExportButNotImport() async throws {
    let shop = try HandlerHarness()
    _ = try await shop.call(CatalogAPI.ExportProducts.self, .init(), as: HandlerHarness.cashier)
    let error = await #expect(throws: VarlinkError.self) {
      try await shop.call(
        CatalogAPI.ImportProducts.self, .init(csv: Self.good), as: HandlerHarness.cashier)
    }
    #expect(error == .permissionDenied)
  }

  @Test func barcodesMayMoveBetweenProductsOfTheFile() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let csv = """
      sku,name,unit,barcodes,price,tax_class
      MIE-GOR,Mie instan goreng,pcs,,3400,ppn11
      MIE-REB,Mie instan rebus,pcs,8991234000206,3300,ppn11
      """
    let reply = try await shop.call(CatalogAPI.ImportProducts.self, .init(csv: csv))
    #expect(reply == .init(created: 1, updated: 1, unchanged: 0))
    let owner = try await shop.call(CatalogAPI.GetProduct.self, .init(code: "8991234000206"))
    #expect(owner.product.sku == "MIE-REB")
  }

  @Test func aPackBarcodeStaysWithItsProduct() async throws {
    let shop = try HandlerHarness()
    try await shop.call(
      CatalogAPI.UpsertProduct.self,
      .init(
        product: .init(
          sku: "MIE-GOR", name: "Mie", unit: "pcs", barcodes: ["8991234000206"], price: 3400,
          packs: [.init(barcode: "8991234000213", name: "Dus 40", factor: 40, price: 130_000)])))
    let unchanged = try await shop.call(
      CatalogAPI.ImportProducts.self,
      .init(csv: try await shop.call(CatalogAPI.ExportProducts.self, .init()).csv))
    #expect(unchanged == .init(created: 0, updated: 0, unchanged: 1))
    let product = try await shop.call(CatalogAPI.GetProduct.self, .init(code: "MIE-GOR"))
    #expect(product.product.packs.count == 1, "packs are kept")
    let error = await #expect(throws: VarlinkError.self) {
      try await shop.call(
        CatalogAPI.ImportProducts.self,
        .init(csv: "sku,name,unit,barcodes,price\nGULA,Gula,pcs,8991234000213,17500\n"))
    }
    #expect(
      error?.parameters["errors"]
        == .array([
          .object([
            "row": .int(2), "field": .string("barcodes"),
            "message": .string("8991234000213 already belongs to product MIE-GOR"),
          ])
        ]))
  }
}
