import Foundation
import KasirCore
import Testing

@testable import KasirStore

@Suite struct StoreStockTests {
  @Test func receivingCountsPacksInBaseUnits() async throws {
    let store = try await Fixtures.stockedStore(openShift: false)
    let receiving = try await store.receive(
      supplier: "Indomarco", reference: "SJ-778",
      lines: [.init(code: Fixtures.cartonBarcode, quantity: Quantity(whole: 2), unitCost: 120_000)],
      user: "m", now: Fixtures.now)
    #expect(receiving.lines[0].sku == "MIE-001")
    #expect(receiving.movements[0].delta == Quantity(whole: 80))
    #expect(receiving.movements[0].balance == Quantity(whole: 180))
    #expect(receiving.movements[0].reference == "SJ-778")
    #expect(try await store.stockLevel(code: "MIE-001").onHand == Quantity(whole: 180))
    #expect(try await store.ledgerIsConsistent())
  }

  @Test func receivingIsAllOrNothing() async throws {
    let store = try await Fixtures.stockedStore(openShift: false)
    let movements = try await store.count("stockMovement")
    await #expect(
      throws: StockError.invalidQuantity(code: "GULA-1", reason: .fractionOfUnweighed)
    ) {
      try await store.receive(
        supplier: nil, reference: nil,
        lines: [
          .init(code: "MIE-001", quantity: Quantity(whole: 5)),
          .init(code: "GULA-1", quantity: Quantity(thousandths: 1_500)),
        ], user: "m", now: Fixtures.now)
    }
    await #expect(throws: StockError.invalidQuantity(code: "MIE-001", reason: .notPositive)) {
      try await store.receive(
        supplier: nil, reference: nil, lines: [.init(code: "MIE-001", quantity: .zero)],
        user: "m", now: Fixtures.now)
    }
    await #expect(throws: StockError.negativeCost(code: "MIE-001")) {
      try await store.receive(
        supplier: nil, reference: nil,
        lines: [.init(code: "MIE-001", quantity: .one, unitCost: -1)], user: "m", now: Fixtures.now)
    }
    await #expect(throws: CatalogError.productNotFound(code: "X")) {
      try await store.receive(
        supplier: nil, reference: nil,
        lines: [.init(code: "MIE-001", quantity: .one), .init(code: "X", quantity: .one)],
        user: "m", now: Fixtures.now)
    }
    #expect(try await store.count("stockMovement") == movements)
    #expect(try await store.count("receiving") == 1)
    #expect(try await store.stockLevel(code: "MIE-001").onHand == Quantity(whole: 100))
  }

  @Test func levelsListLowStockSortedByName() async throws {
    let store = try await Fixtures.stockedStore(openShift: false)
    _ = try await store.adjust(
      code: "MIE-001", .counted(Quantity(whole: 8)), reason: "count", note: nil, user: "m",
      now: Fixtures.now)
    let all = try await store.stockLevels(query: nil, lowOnly: false)
    #expect(all.map(\.sku) == ["BERAS-PW", "GULA-1", "MIE-001"])
    let low = try await store.stockLevels(query: nil, lowOnly: true)
    #expect(low.map(\.sku) == ["MIE-001"])
    #expect(try await store.stockLevels(query: "indomie", lowOnly: true).map(\.sku) == ["MIE-001"])
    #expect(try await store.stockLevels(query: "beras", lowOnly: true).isEmpty)
    let ledger = try await store.movements(code: "MIE-001", from: nil, to: nil)
    #expect(ledger.map(\.kind) == [.receiving, .adjustment])
    #expect(ledger.last?.delta == Quantity(whole: -92))
    #expect(try await store.ledgerIsConsistent())
  }
}
