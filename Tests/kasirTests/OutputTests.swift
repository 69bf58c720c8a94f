import Foundation
import KasirTestSupport
import Testing

@Suite("kasir: other output")
struct OutputTests {
  @Test func jsonPrintsTheReplyParameters() throws {
    let (result, _) = try kasir(
      ["stock", "--json"], answering: ["id.kasir.Stock.ListLevels": .reply(Fixture.levels)])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    let levels = try #require((object as? [String: Any])?["levels"] as? [[String: Any]])
    #expect(levels.count == 3)
    #expect(levels.first?["sku"] as? String == "BRS-CURAH")
    #expect(!result.stdout.contains("RENDAH"))
  }

  @Test func shiftCloseShowsTheReport() throws {
    let reply = """
      {"report":{"shift":{"id":3,"state":"closed","openedBy":"siti","openingCash":500000,
        "openedAt":"2026-11-29T07:00:00+08:00","closedBy":"siti",
        "closedAt":"2026-11-29T15:00:00+08:00","countedCash":1450000},
       "salesCount":42,"gross":1000000,"discounts":5000,"refunds":0,"voids":0,"net":995000,
       "byMethod":[{"method":"cash","amount":955000},{"method":"qris","amount":40000}],
       "openingCash":500000,"cashIn":0,"cashOut":0,"expectedCash":1455000,
       "countedCash":1450000,"difference":-5000},"reportJob":12}
      """
    let (result, calls) = try kasir(
      ["shift", "close", "1.450.000", "--note", "uang receh kurang"],
      answering: ["id.kasir.Shift.Close": .reply(reply)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      calls.first?.parameters
        == .object(["countedCash": .int(1_450_000), "note": .string("uang receh kurang")]))
    for text in [
      "42", "Rp995.000", "QRIS", "Rp1.455.000", "Selisih", "-Rp5.000 (kurang)",
      "Laporan Z masuk antrean cetak (job 12).",
    ] {
      #expect(result.stdout.contains(text), "missing \(text)")
    }
  }

  @Test func infoShowsTheDaemonAndTheRole() throws {
    let reply = """
      {"version":"1.0.0","database":"/var/lib/kasir/kasir.sqlite","socket":"/run/kasir/kasir.sock",
       "uptimeSeconds":93784,"timezone":"Asia/Makassar","shopName":"Koperasi Sejahtera",
       "role":"cashier","user":"siti"}
      """
    let (result, _) = try kasir(["info"], answering: ["id.kasir.Admin.Info": .reply(reply)])
    #expect(result.status == 0, "\(result.stderr)")
    for text in ["Koperasi Sejahtera", "Asia/Makassar", "1 hari 2 jam 3 menit", "kasir", "siti"] {
      #expect(result.stdout.contains(text), "missing \(text)")
    }
  }

  @Test func productAddSendsTheInput() throws {
    let reply = """
      {"created":true,"product":{"sku":"BRS-CURAH","name":"Beras Curah","unit":"kg",
       "weighed":true,"barcodes":["2100001"],"price":14000,"memberPrice":13500,"taxClass":"exempt",
       "reorderLevel":20,"packs":[],"active":true,"onHand":0}}
      """
    let (result, calls) = try kasir(
      [
        "product", "add", "--sku", "BRS-CURAH", "--name", "Beras Curah", "--unit", "kg",
        "--price", "Rp14.000", "--weighed", "--member-price", "13.500", "--reorder-level", "20",
        "--barcode", "2100001",
      ], answering: ["id.kasir.Catalog.UpsertProduct": .reply(reply)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Produk baru ditambahkan: BRS-CURAH."))
    #expect(
      calls.first?.parameters["product"]
        == .object([
          "sku": .string("BRS-CURAH"), "name": .string("Beras Curah"), "unit": .string("kg"),
          "price": .int(14000), "weighed": .bool(true), "memberPrice": .int(13500),
          "reorderLevel": .int(20), "barcodes": .array([.string("2100001")]),
        ]))
  }
}
