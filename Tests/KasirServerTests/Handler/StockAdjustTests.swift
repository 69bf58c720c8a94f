import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

@Suite struct StockAdjustTests {
  @Test func adjustByCountSetsTheLevelAndRecordsTheVariance() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let reply = try await shop.call(
      StockAPI.Adjust.self,
      .init(code: "8991234000206", countedQuantity: Thousandths(whole: 37), reason: "count"))
    #expect(reply.level.onHand == Thousandths(whole: 37))
    #expect(reply.movement.delta == Thousandths(whole: -3))
    #expect(reply.movement.balance == Thousandths(whole: 37))
    #expect(reply.movement.kind == "adjustment")
    #expect(reply.movement.reason == "count")
    #expect(reply.movement.user == "root")
  }

  @Test func adjustByDeltaWithANote() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let reply = try await shop.call(
      StockAPI.Adjust.self,
      .init(
        code: "BER-MED", delta: Thousandths(-1_250), reason: "damaged", note: "karung sobek"))
    #expect(reply.level.onHand == Thousandths(48_750))
    #expect(reply.movement.note == "karung sobek")
  }

  @Test func badReasonOrBothQuantitiesAreInvalidParameters() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let before = try await shop.store.digest()
    let reason = await #expect(throws: VarlinkError.self) {
      try await shop.call(
        StockAPI.Adjust.self, .init(code: "BER-MED", delta: Thousandths(whole: 1), reason: "stolen")
      )
    }
    #expect(reason == .invalidParameter("reason"))
    let both = await #expect(throws: VarlinkError.self) {
      try await shop.call(
        StockAPI.Adjust.self,
        .init(
          code: "BER-MED", countedQuantity: Thousandths(whole: 1), delta: Thousandths(whole: 1),
          reason: "count"))
    }
    #expect(both == .invalidParameter("countedQuantity"))
    let neither = await #expect(throws: VarlinkError.self) {
      try await shop.call(StockAPI.Adjust.self, .init(code: "BER-MED", reason: "count"))
    }
    #expect(neither == .invalidParameter("countedQuantity"))
    let fraction = await #expect(throws: VarlinkError.self) {
      try await shop.call(
        StockAPI.Adjust.self,
        .init(code: "MINYAKITA", countedQuantity: Thousandths(1_500), reason: "count"))
    }
    #expect(fraction == .invalidParameter("countedQuantity"))
    let negative = await #expect(throws: VarlinkError.self) {
      try await shop.call(
        StockAPI.Adjust.self,
        .init(code: "MINYAKITA", countedQuantity: Thousandths(-1_000), reason: "count"))
    }
    #expect(negative == .invalidParameter("countedQuantity"))
    let unknown = await #expect(throws: VarlinkError.self) {
      try await shop.call(
        StockAPI.Adjust.self, .init(code: "NOPE", delta: Thousandths(whole: 1), reason: "lost"))
    }
    #expect(unknown?.error == "id.kasir.Stock.ProductNotFound")
    let cashier = await #expect(throws: VarlinkError.self) {
      try await shop.call(
        StockAPI.Adjust.self, .init(code: "BER-MED", delta: Thousandths(whole: 1), reason: "lost"),
        as: HandlerHarness.cashier)
    }
    #expect(cashier == .permissionDenied)
    #expect(try await shop.store.digest() == before)
  }

  @Test func movementsBetweenShopDays() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    // The next day, 2026-11-30 in Makassar.
    let tomorrow = shop.at(HandlerHarness.start.addingTimeInterval(86_400))
    try await tomorrow.call(
      StockAPI.Adjust.self, .init(code: "MINYAKITA", delta: Thousandths(whole: -1), reason: "lost"))
    let all = try await shop.call(StockAPI.Movements.self, .init(code: "MINYAKITA"))
    #expect(all.movements.map(\.kind) == ["receiving", "adjustment"])
    let first = try await shop.call(
      StockAPI.Movements.self, .init(code: "MINYAKITA", from: "2026-11-29", to: "2026-11-29"))
    #expect(first.movements.map(\.kind) == ["receiving"])
    #expect(first.movements[0].at.hasSuffix("+08:00"))
    let second = try await shop.call(
      StockAPI.Movements.self, .init(code: "MINYAKITA", from: "2026-11-30"))
    #expect(second.movements.map(\.balance) == [Thousandths(whole: 11)])
    let reversed = await #expect(throws: VarlinkError.self) {
      try await shop.call(
        StockAPI.Movements.self, .init(code: "MINYAKITA", from: "2026-11-30", to: "2026-11-29"))
    }
    #expect(reversed == .invalidParameter("from"))
    let bad = await #expect(throws: VarlinkError.self) {
      try await shop.call(StockAPI.Movements.self, .init(code: "MINYAKITA", to: "29-11-2026"))
    }
    #expect(bad == .invalidParameter("to"))
  }
}
