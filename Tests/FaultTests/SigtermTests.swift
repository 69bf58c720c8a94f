import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Bad input: SIGTERM while four tills have calls in flight. kasird stops taking new calls,
/// answers every call it had read, closes each connection after its last reply, and exits 0;
/// what it answered is on disk.
@Suite(.serialized) struct SigtermTests {
  static let tills = 4
  static let itemsPerSale = 60

  @Test func sigtermAnswersEveryCallInFlightThenExitsZero() async throws {
    let shop = try FaultShop()
    defer { shop.tearDown() }
    let outcome = try await onThread { try Self.drain(shop) }

    #expect(outcome.exitStatus == 0, "\(shop.logText)")
    #expect(outcome.inFlight > 0, "SIGTERM came after every reply had been written")
    for (till, replies) in outcome.replies.enumerated() {
      #expect(replies.count == Self.itemsPerSale + 1, "till \(till) got \(replies.count) replies")
      #expect(replies.allSatisfy { !$0.contains("\"error\"") }, "till \(till): \(replies)")
    }
    #expect(!FileManager.default.fileExists(atPath: shop.socket), "the socket file is removed")

    // What was answered is on disk: each sale as its Pay reply said.
    try shop.start()
    let stored = try await onThread {
      let client = try shop.client()
      return try outcome.paid.map { try client.call(SaleAPI.Get.self, .init(number: $0.number)) }
    }
    #expect(stored.map(\.sale) == outcome.paid)
    #expect(try await onThread { try shop.brokenInvariants() }.isEmpty)
  }

  struct Outcome: Sendable {
    var exitStatus: Int32
    /// Calls read by kasird whose replies were not yet written when SIGTERM was sent.
    var inFlight: Int
    /// Each till's replies, as text, in order.
    var replies: [[String]]
    var paid: [SaleAPI.Sale]
  }

  /// Each till pipelines 60 AddItem calls and a Pay in one write; once kasird has read them
  /// all, SIGTERM; then every reply is read up to the end of the connection.
  static func drain(_ shop: FaultShop) throws -> Outcome {
    _ = try shop.client().call(ShiftAPI.Open.self, .init(openingCash: 100_000))
    var tills: [(client: RawSocketClient, sale: SaleAPI.Sale)] = []
    for _ in 0..<Self.tills {
      let client = try shop.client()
      tills.append((client, try client.call(SaleAPI.Open.self, .init()).sale))
    }
    let encoder = JSONEncoder()
    for (client, sale) in tills {
      var bytes: [UInt8] = []
      for index in 0..<Self.itemsPerSale {
        let item = TillLoad.items[index % TillLoad.items.count]
        let call = Call(
          method: SaleAPI.AddItem.name,
          parameters: SaleAPI.AddItem.Parameters(
            saleId: sale.id, code: item.code, quantity: item.quantity))
        bytes += try encoder.encode(call) + [0]
      }
      let pay = Call(
        method: SaleAPI.Pay.name,
        parameters: SaleAPI.Pay.Parameters(
          saleId: sale.id, payments: [.init(method: "cash", amount: 100_000_000)]))
      bytes += try encoder.encode(pay) + [0]
      try client.send(bytes)
    }
    for (client, _) in tills where !client.waitUntilReadByPeer() {
      throw FaultError("kasird did not read the pipelined calls within 10 s")
    }
    let answered = tills.map(\.client.repliesWaiting).reduce(0, +)
    kill(shop.pid, SIGTERM)

    var replies: [[String]] = []
    var paid: [SaleAPI.Sale] = []
    for (client, _) in tills {
      var received: [String] = []
      while let reply = try client.receive() {
        received.append(String(decoding: reply, as: UTF8.self))
        if received.count == Self.itemsPerSale + 1,
          let pay = try? JSONDecoder().decode(Reply<SaleAPI.Pay.Reply>.self, from: Data(reply))
        {
          paid.append(pay.parameters.sale)
        }
      }
      replies.append(received)
    }
    return Outcome(
      exitStatus: shop.waitForExit(),
      inFlight: tills.count * (Self.itemsPerSale + 1) - answered, replies: replies, paid: paid)
  }
}
