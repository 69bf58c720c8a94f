import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

/// The `packs` column of the catalog CSV: export writes it, import replaces packs with it,
/// and a file without it leaves packs alone.
@Suite struct CatalogPacksImportTests {
  static let carton = CatalogAPI.Pack(
    barcode: "8991234001029", name: "Karton isi 40", factor: 40, price: 132_000)

  func shopWithACarton() async throws -> HandlerHarness {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    var mie = CatalogAPI.ProductInput(
      sku: "MIE-GOR", name: "Mie instan goreng", unit: "pcs", barcodes: ["8991234000206"],
      price: 3400, taxClass: "ppn11")
    mie.packs = [Self.carton]
    try await shop.call(CatalogAPI.UpsertProduct.self, .init(product: mie))
    return shop
  }

  @Test func exportWritesPacksAndReimportingChangesNothing() async throws {
    let shop = try await shopWithACarton()
    let export = try await shop.call(CatalogAPI.ExportProducts.self, .init())
    #expect(export.csv.hasPrefix("sku,name,unit,weighed,plu,barcodes,price,"))
    #expect(export.csv.contains(",reorder_level,active,packs\r\n"))
    #expect(export.csv.contains(",true,8991234001029:40:132000:Karton isi 40\r\n"))
    let before = try await shop.store.digest()
    let again = try await shop.call(CatalogAPI.ImportProducts.self, .init(csv: export.csv))
    #expect(again == .init(created: 0, updated: 0, unchanged: 3))
    #expect(try await shop.store.digest() == before)
  }

  @Test func aPacksColumnReplacesPacksAndNoColumnKeepsThem() async throws {
    let shop = try await shopWithACarton()
    let keep = "sku,name,unit,price\nMIE-GOR,Mie instan goreng,pcs,3500\n"
    try await shop.call(CatalogAPI.ImportProducts.self, .init(csv: keep))
    var mie = try await shop.call(CatalogAPI.GetProduct.self, .init(code: "MIE-GOR")).product
    #expect(mie.packs == [Self.carton] && mie.price == 3500)

    let replace = """
      sku,name,unit,price,barcodes,packs
      MIE-GOR,Mie instan goreng,pcs,3500,8991234000206,"8991234001036:24:80000:Dus isi 24; 8991234001029:40:130000:Karton isi 40"
      """
    let reply = try await shop.call(CatalogAPI.ImportProducts.self, .init(csv: replace))
    #expect(reply.updated == 1)
    mie = try await shop.call(CatalogAPI.GetProduct.self, .init(code: "8991234001036")).product
    #expect(mie.sku == "MIE-GOR")
    #expect(
      mie.packs == [
        .init(barcode: "8991234001036", name: "Dus isi 24", factor: 24, price: 80_000),
        .init(barcode: "8991234001029", name: "Karton isi 40", factor: 40, price: 130_000),
      ])

    let none =
      "sku,name,unit,price,barcodes,packs\nMIE-GOR,Mie instan goreng,pcs,3500,8991234000206,\n"
    try await shop.call(CatalogAPI.ImportProducts.self, .init(csv: none))
    mie = try await shop.call(CatalogAPI.GetProduct.self, .init(code: "MIE-GOR")).product
    #expect(mie.packs.isEmpty)
  }

  @Test func aPackCodeMayMoveBetweenProductsOfTheFile() async throws {
    let shop = try await shopWithACarton()
    let csv = """
      sku,name,unit,price,barcodes,packs
      MIE-GOR,Mie instan goreng,pcs,3400,8991234000206,
      MINYAKITA,Minyakita 1 liter,pcs,15700,,8991234001029:12:188400:Dus isi 12
      """
    try await shop.call(CatalogAPI.ImportProducts.self, .init(csv: csv))
    let owner = try await shop.call(CatalogAPI.GetProduct.self, .init(code: "8991234001029"))
    #expect(owner.product.sku == "MINYAKITA")
  }

  @Test func badPacksAreReportedWithRowAndFieldAndNothingChanges() async throws {
    let shop = try await shopWithACarton()
    let before = try await shop.store.digest()
    let csv = """
      sku,name,unit,price,price_cap,barcodes,packs
      A-1,Rusak,pcs,1000,,,8991234001036:dua puluh:20000:Dus
      A-2,Cek digit,pcs,1000,,,8991234001037:24:20000:Dus
      A-3,Milik kemasan lain,pcs,1000,,,8991234001029:24:20000:Dus
      A-4,Di atas HET,pcs,1000,1000,,8991234001043:10:10001:Renteng
      A-5,Kode ganda,pcs,1000,,8991234001050,8991234001050:10:9000:Renteng
      A-6,Isi satu,pcs,1000,,,8991234001067:1:1000:Satu
      """
    let error = await #expect(throws: VarlinkError.self) {
      try await shop.call(CatalogAPI.ImportProducts.self, .init(csv: csv))
    }
    let rows = CatalogRulesTests.rejectedRows(error)
    #expect(
      rows.map { String($0.prefix(while: { $0 != ":" })) } == [
        "2 packs", "3 packs", "4 packs", "5 packs", "6 packs", "7 packs",
      ])
    #expect(rows[0].contains("BARCODE:FACTOR:PRICE:NAME"))
    #expect(rows[2].contains("already belongs to product MIE-GOR"))
    #expect(rows[3].contains("10001 is above the price cap 10000"))
    #expect(try await shop.store.digest() == before)
  }
}
