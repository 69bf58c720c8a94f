import Foundation
import KasirCore
import KasirProtocol
import KasirStore
import KasirTestSupport
import Logging
import Testing

@testable import KasirServer

/// `Catalog.SearchProducts` answered on the event loop gives the full path's reply, byte for
/// byte; what it does not answer (a large page, a mistyped parameter) goes down the full path.
@Suite struct QuickSearchTests {
  static let cashier = Caller(pid: 2, uid: 1001, gid: 1001, user: "siti", role: .cashier)

  @Test func searchesAreAnsweredAsTheFullPathAnswersThem() async throws {
    let directory = try TemporaryDirectory.make(prefix: "kqs")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = try Store.open(
      path: directory + "/kasir.sqlite", timeZone: TimeZone(identifier: "Asia/Makassar")!)
    defer { try? store.close() }
    let start = Date(timeIntervalSince1970: 1_790_000_000)
    var config = KasirConfig()
    config.printerDestination = nil
    // The daemon's clock is an hour on: a price scheduled half an hour on is due in its reads.
    let handler = RequestHandler(
      context: ServerContext(
        store: store, config: config, printQueue: nil, now: { start + 3600 },
        logger: Logger(label: "t")))
    let products = [
      Product(
        sku: "MIN-2", name: #"Minyak "Goreng" 2 L"#, unit: "liter", plu: "00042",
        barcodes: ["8991000000010", "8991000000027"], price: 36_000, memberPrice: 35_000,
        priceCap: 36_000, maxPerSale: Quantity(thousandths: 2_500), taxClass: .ppn11,
        reorderLevel: Quantity(whole: 4),
        packs: [Pack(barcode: "8991000000041", name: "Karton 12", factor: 12, price: 420_000)]),
      Product(sku: "MIN-1", name: "Minyak Goreng 1 L", unit: "liter", price: 18_000),
      Product(
        sku: "BER-1", name: "Beras Pandan Wangi ½ – Énak", unit: "kg", weighed: true,
        price: 15_000),
      Product(sku: "GULA-1", name: "Gula Pasir", unit: "kg", price: 17_500, active: false),
    ]
    for product in products { _ = try await store.upsertProduct(product, user: "m", now: start) }
    _ = try await store.setPrice(
      sku: "MIN-1", price: 17_000, memberPrice: 16_500, effectiveAt: start + 1800, reason: "HET",
      user: "m", now: start)
    _ = try await store.receive(
      supplier: nil, reference: nil,
      lines: [.init(code: "BER-1", quantity: Quantity(thousandths: 12_750), unitCost: nil)],
      user: "m", now: start)
    func call(_ parameters: String) -> Data {
      Data(#"{"method":"id.kasir.Catalog.SearchProducts","parameters":{\#(parameters)}}"#.utf8)
    }
    let answered = [
      #""query":"minyak""#, #""query":"goreng minyak","limit":1"#, #""query":"899100000""#,
      #""query":"min-","limit":100"#, #""limit": 20 , "query":"beras""#, #""query":"tidak ada""#,
      #""query":"""#, #""query":"gula""#, #""query":"Énak""#, #""query":"wangi\u0020pandan""#,
    ]
    var found = 0
    for parameters in answered {
      let quick = try #require(handler.quickAnswer(call(parameters), caller: Self.cashier))
      let full = await handler.handle(call(parameters), caller: Self.cashier).replies
      #expect([quick] == full, "\(parameters)")
      found += try JSONDecoder().decode(
        Reply<CatalogAPI.SearchProducts.Reply>.self, from: quick
      ).parameters.products.count
    }
    #expect(found == 10)
    // The due price is in the reply (the full path lays it over too).
    let minyak = try #require(handler.quickAnswer(call(#""query":"MIN-1""#), caller: Self.cashier))
    let product = try JSONDecoder().decode(
      Reply<CatalogAPI.SearchProducts.Reply>.self, from: minyak
    ).parameters.products
    #expect(product.map(\.price) == [17_000])
    let refused = [
      #""query":"minyak","limit":101"#, #""query":"minyak","limit":0"#,
      #""query":"minyak","limit":"20""#, #""query":"minyak","limit":2.5"#, #""query":42"#,
      #""limit":20"#, #""query":"minyak","limit":-1"#,
    ]
    for parameters in refused {
      #expect(handler.quickAnswer(call(parameters), caller: Self.cashier) == nil, "\(parameters)")
    }
  }
}
