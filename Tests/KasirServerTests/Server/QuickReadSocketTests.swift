import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

/// Stock checks answered on the event loop (`QuickReadHandler`), through the real socket: they
/// see every write committed before them and keep the order of the calls.
@Suite(.serialized) struct QuickReadSocketTests {
  static let barcode = "8991000000010"
  static let carton = "8991000000027"

  @Test func stockChecksSeeCommittedWritesInCallOrder() async throws {
    let daemon = try await RunningDaemon()
    let path = daemon.socketPath
    try await onThread {
      let client = try RawSocketClient(path: path)
      _ = try client.call(
        CatalogAPI.UpsertProduct.self,
        .init(
          product: .init(
            sku: "MIE-1", name: "Indomie Goreng", unit: "pcs", barcodes: [Self.barcode],
            price: 3_500, reorderLevel: Thousandths(whole: 10),
            packs: [.init(barcode: Self.carton, name: "Karton 40", factor: 40, price: 130_000)])))
      for code in ["MIE-1", "mie-1", Self.barcode, Self.carton] {
        let level = try client.call(StockAPI.GetLevel.self, .init(code: code)).level
        #expect(
          level
            == .init(
              sku: "MIE-1", name: "Indomie Goreng", unit: "pcs", onHand: Thousandths(0),
              reorderLevel: Thousandths(whole: 10), low: true))
      }

      _ = try client.call(
        StockAPI.Receive.self, .init(lines: [.init(code: Self.carton, quantity: .init(whole: 1))]))
      #expect(
        try client.call(StockAPI.GetLevel.self, .init(code: "MIE-1")).level.onHand.value
          == 40_000)
      let other = try RawSocketClient(path: path)
      #expect(
        try other.call(StockAPI.GetLevel.self, .init(code: Self.barcode)).level.onHand.value
          == 40_000)

      // A goods-in and a stock check sent together: the check waits for the goods-in, whose
      // reply comes first, and sees it.
      let receive = try JSONEncoder().encode(
        Call(
          method: StockAPI.Receive.name,
          parameters: StockAPI.Receive.Parameters(
            lines: [.init(code: "MIE-1", quantity: .init(whole: 6))])))
      let check = try JSONEncoder().encode(
        Call(
          method: StockAPI.GetLevel.name, parameters: StockAPI.GetLevel.Parameters(code: "MIE-1")))
      try client.send(Array(receive) + [0] + Array(check) + [0])
      let first = try #require(try client.receive())
      let second = try #require(try client.receive())
      let received = try JSONDecoder().decode(JSONValue.self, from: Data(first))
      #expect(received["parameters"]?["receiving"] != nil, "\(received)")
      let level = try JSONDecoder().decode(Reply<StockAPI.GetLevel.Reply>.self, from: Data(second))
      #expect(level.parameters.level.onHand.value == 46_000)

      // Codes the quick path does not know go the full way and get its error.
      let unknown = try client.call(
        #"{"method":"id.kasir.Stock.GetLevel","parameters":{"code":"TIDAK-ADA"}}"#)
      #expect(unknown?["error"] == .string("id.kasir.Stock.ProductNotFound"))
      let bad = try client.call(#"{"method":"id.kasir.Stock.GetLevel","parameters":{}}"#)
      #expect(bad?["error"] == .string("org.varlink.service.InvalidParameter"))
    }
    try await daemon.stop()
  }
}
