import Foundation
import KasirProtocol
import Testing

@testable import KasirServer
@testable import KasirStore

@Suite struct AdminCheckTests {
  @Test func aFreshShopChecksOk() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let reply = try await shop.call(AdminAPI.Check.self, .init())
    #expect(reply == .init(integrity: "ok", ledgerOk: true, mismatches: []))
  }

  @Test func aCorruptedOnHandIsReported() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    // Movements are append-only (triggers), so corrupt the cached level instead.
    try await shop.store.writer.write { db in
      try db.execute(sql: "UPDATE product SET onHand = 15000 WHERE sku = 'MINYAKITA'")
    }
    let reply = try await shop.call(AdminAPI.Check.self, .init())
    #expect(reply.integrity == "ok")
    #expect(!reply.ledgerOk)
    #expect(
      reply.mismatches == [
        .init(
          sku: "MINYAKITA", onHand: Thousandths(whole: 15), sumOfMovements: Thousandths(whole: 12))
      ])
  }

  @Test func onlyAManagerMayCheck() async throws {
    let shop = try HandlerHarness()
    let error = await #expect(throws: VarlinkError.self) {
      try await shop.call(AdminAPI.Check.self, .init(), as: HandlerHarness.cashier)
    }
    #expect(error == .permissionDenied)
  }
}
