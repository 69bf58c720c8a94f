import Foundation
import KasirCore
import KasirProtocol
import KasirStore
import KasirTestSupport
import Logging
import Testing

@testable import KasirServer

/// `RequestHandler.quickAnswer`: the reply of the full path, or nil to send the call there.
@Suite struct QuickAnswerTests {
  static let cashier = Caller(pid: 2, uid: 1001, gid: 1001, user: "siti", role: .cashier)
  static let stranger = Caller(pid: 3, uid: 65534, gid: 65534, user: "nobody", role: nil)

  @Test func stockChecksAreAnsweredAsTheFullPathAnswersThem() async throws {
    let directory = try TemporaryDirectory.make(prefix: "kq")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = try Store.open(
      path: directory + "/kasir.sqlite", timeZone: TimeZone(identifier: "Asia/Makassar")!)
    defer { try? store.close() }
    var config = KasirConfig()
    config.printerDestination = nil
    let handler = RequestHandler(
      context: ServerContext(
        store: store, config: config, printQueue: nil, logger: Logger(label: "t")))
    let products = [
      Product(
        sku: "GULA-1", name: "Gula Pasir 1 kg", unit: "pcs", barcodes: ["8991000000034"],
        price: 17_500),
      Product(
        sku: "BER-1", name: #"Beras "Pandan" Wangi"#, unit: "kg", weighed: true, price: 15_000,
        reorderLevel: Quantity(thousandths: 2_500)),
      Product(
        sku: "TEH-1", name: "Teh Tarik ½/1 – Énak", unit: "pcs", price: 5_000,
        reorderLevel: Quantity(whole: 3)),
    ]
    for product in products { _ = try await store.upsertProduct(product, user: "m", now: Date()) }
    _ = try await store.receive(
      supplier: nil, reference: nil,
      lines: [.init(code: "BER-1", quantity: Quantity(thousandths: 12_750), unitCost: nil)],
      user: "m", now: Date())
    func frame(_ json: String) -> Data { Data(json.utf8) }
    for code in ["GULA-1", "gula-1", "8991000000034", "BER-1", "TEH-1"] {
      let call = frame(#"{"method":"id.kasir.Stock.GetLevel","parameters":{"code":"\#(code)"}}"#)
      let quick = try #require(handler.quickAnswer(call, caller: Self.cashier), "\(code)")
      let full = await handler.handle(call, caller: Self.cashier).replies
      #expect([quick] == full)
    }
    // Other spellings of the same call: read plainly (order, spaces, an unknown parameter) or
    // decoded in full (an escape, `more: false`); the answer is the full path's either way.
    let spellings = [
      #"{"parameters":{"code":"GULA-1"},"method":"id.kasir.Stock.GetLevel"}"#,
      " {\n\t\"method\" : \"id.kasir.Stock.GetLevel\" , \"parameters\" : { \"code\" : \"GULA-1\" } }\r\n",
      #"{"method":"id.kasir.Stock.GetLevel","parameters":{"code":"GULA-1","extra":"x"}}"#,
      #"{"method":"id.kasir.Stock.GetLevel","parameters":{"code":"GUL\u0041-1"}}"#,
      #"{"method":"id.kasir.Stock.GetLevel","more":false,"parameters":{"code":"GULA-1"}}"#,
    ]
    for call in spellings {
      let quick = try #require(handler.quickAnswer(frame(call), caller: Self.cashier), "\(call)")
      let full = await handler.handle(frame(call), caller: Self.cashier).replies
      #expect([quick] == full, "\(call)")
    }
    let known = frame(#"{"method":"id.kasir.Stock.GetLevel","parameters":{"code":"GULA-1"}}"#)
    #expect(handler.quickAnswer(known, caller: Self.stranger) == nil)
    let calls = [
      #"{"method":"id.kasir.Stock.GetLevel","parameters":{"code":"TIDAK-ADA"}}"#,
      #"{"method":"id.kasir.Stock.GetLevel","parameters":{}}"#,
      #"{"method":"id.kasir.Stock.GetLevel","oneway":true,"parameters":{"code":"GULA-1"}}"#,
      #"{"method":"id.kasir.Stock.GetLevel","more":true,"parameters":{"code":"GULA-1"}}"#,
      #"{"method":"id.kasir.Stock.GetLevel","parameters":{"code":42}}"#,
      #"{"method":"id.kasir.Stock.GetLevel","parameters":{"code":"GULA-1"}} x"#,
      #"{"method":"id.kasir.Catalog.GetProduct","parameters":{"code":"GULA-1"}}"#,
      #"{"method":"id.kasir.Catalog.GetProduct","parameters":{"code":"\"id.kasir.Stock.GetLevel\""}}"#,
    ]
    for call in calls {
      #expect(handler.quickAnswer(frame(call), caller: Self.cashier) == nil, "\(call)")
    }
  }
}
