import Foundation
import KasirCore
import Testing

@testable import KasirStore

@Suite struct StoreSalesTests {
  @Test func openingASaleNeedsAnOpenShift() async throws {
    let store = try await Fixtures.stockedStore(openShift: false)
    await #expect(throws: SaleError.noOpenShift) {
      try await store.openSale(cashier: "ani", memberNumber: nil, now: Fixtures.now)
    }
    #expect(try await store.count("sale") == 0)
  }

  @Test func numbersIncreasePerShopDayAndRestartAtLocalMidnight() async throws {
    let store = try await Fixtures.stockedStore()
    _ = try await store.upsertMember(Member(number: "A-17", name: "Ani"), now: Fixtures.now)
    let beforeMidnight = Fixtures.at(2026, 11, 29, 23, 59, 30)
    let afterMidnight = Fixtures.at(2026, 11, 30, 0, 0, 30)  // 16:00:30 UTC, still 29/11 in UTC
    let first = try await store.openSale(cashier: "ani", memberNumber: nil, now: beforeMidnight)
    let second = try await store.openSale(cashier: "ani", memberNumber: "A-17", now: beforeMidnight)
    let third = try await store.openSale(cashier: "ani", memberNumber: nil, now: afterMidnight)
    let fourth = try await store.openSale(cashier: "ani", memberNumber: nil, now: afterMidnight)
    #expect(
      [first, second, third, fourth].map(\.number) == [
        "20261129-0001", "20261129-0002", "20261130-0001", "20261130-0002",
      ])
    #expect(second.memberNumber == "A-17")
    #expect(first.shiftId == (try await store.currentShift())?.id)
    #expect(try await store.sale(number: "20261130-0001").id == third.id)
    #expect(try await store.openSales().map(\.id) == [first.id, second.id, third.id, fourth.id])
    await #expect(throws: SaleError.saleNotFound(reference: "20261130-0099")) {
      try await store.sale(number: "20261130-0099")
    }
    await #expect(throws: SaleError.saleNotFound(reference: "999")) {
      try await store.sale(id: 999)
    }
  }

  @Test func repeatedScansJoinTheirLineAndPacksGetTheirOwn() async throws {
    let store = try await Fixtures.stockedStore()
    _ = try await store.upsertMember(Member(number: "A-17", name: "Ani"), now: Fixtures.now)
    let sale = try await store.openSale(cashier: "ani", memberNumber: "A-17", now: Fixtures.now)
    let now = Fixtures.now
    let first = try await store.addItem(
      saleId: sale.id, code: Fixtures.noodleBarcode, quantity: nil, user: "ani", now: now)
    let again = try await store.addItem(
      saleId: sale.id, code: "MIE-001", quantity: Quantity(whole: 2), user: "ani", now: now)
    let carton = try await store.addItem(
      saleId: sale.id, code: Fixtures.cartonBarcode, quantity: nil, user: "ani", now: now)
    #expect(first.lineNo == 1 && again.lineNo == 1 && carton.lineNo == 2)
    let stored = try await store.sale(id: sale.id)
    #expect(stored == carton.sale)
    #expect(stored.lines[0].quantity == Quantity(whole: 3))
    #expect(stored.lines[0].unitPrice == 3_300 && stored.lines[0].priceTier == .member)
    #expect(
      stored.lines[1].priceTier == .pack && stored.lines[1].baseQuantity == Quantity(whole: 40))
    await #expect(throws: SaleError.self) {
      try await store.addItem(
        saleId: sale.id, code: "MIE-001", quantity: Quantity(thousandths: 500), user: "ani",
        now: now)
    }
    #expect(try await store.sale(id: sale.id) == stored)
  }

  @Test func maxPerSaleIsEnforcedAcrossScans() async throws {
    let store = try await Fixtures.stockedStore()
    let sale = try await store.openSale(cashier: "ani", memberNumber: nil, now: Fixtures.now)
    _ = try await store.addItem(
      saleId: sale.id, code: Fixtures.sugarBarcode, quantity: Quantity(whole: 2), user: "ani",
      now: Fixtures.now)
    await #expect(
      throws: SaleError.maxPerSaleExceeded(
        sku: "GULA-1", max: Quantity(whole: 2), requested: Quantity(whole: 3))
    ) {
      try await store.addItem(
        saleId: sale.id, code: Fixtures.sugarBarcode, quantity: nil, user: "ani",
        now: Fixtures.now)
    }
    #expect(try await store.sale(id: sale.id).lines[0].quantity == Quantity(whole: 2))
  }

  @Test func underpaymentChangesNothing() async throws {
    let store = try await Fixtures.stockedStore()
    let sale = try await store.openSale(cashier: "ani", memberNumber: nil, now: Fixtures.now)
    _ = try await store.addItem(
      saleId: sale.id, code: "MIE-001", quantity: Quantity(whole: 2), user: "ani",
      now: Fixtures.now)
    let movements = try await store.count("stockMovement")
    await #expect(throws: SaleError.underpaid(due: 7_000, tendered: 5_000)) {
      try await store.pay(
        saleId: sale.id, payments: [Payment(method: .cash, amount: 5_000)], user: "ani",
        now: Fixtures.now)
    }
    let stored = try await store.sale(id: sale.id)
    #expect(stored.state == .open && stored.payments.isEmpty)
    #expect(try await store.count("payment") == 0)
    #expect(try await store.count("stockMovement") == movements)
  }

  @Test func paymentCompletesTheSaleAndMovesStock() async throws {
    let store = try await Fixtures.stockedStore()
    let sale = try await store.openSale(cashier: "ani", memberNumber: nil, now: Fixtures.now)
    let now = Fixtures.now
    _ = try await store.addItem(
      saleId: sale.id, code: "MIE-001", quantity: Quantity(whole: 2), user: "ani", now: now)
    _ = try await store.addItem(
      saleId: sale.id, code: Fixtures.cartonBarcode, quantity: Quantity(whole: 3), user: "ani",
      now: now)
    _ = try await store.addItem(
      saleId: sale.id, code: Fixtures.ean("201234501250"), quantity: nil, user: "ani", now: now)
    let total: Money = 7_000 + 390_000 + 18_750
    let paid = try await store.pay(
      saleId: sale.id,
      payments: [
        Payment(method: .qris, amount: 400_000, reference: "QR1"),
        Payment(method: .cash, amount: 20_000),
      ], user: "ani", now: now)
    #expect(paid.sale.total == total && paid.change == 420_000 - total)
    let stored = try await store.sale(id: sale.id)
    #expect(stored == paid.sale)
    #expect(stored.state == .completed && stored.completedAt == now)
    #expect(stored.payments.map(\.reference) == ["QR1", nil])
    // 2 + 3 × 40 noodles from 100: negative stock is allowed.
    #expect(try await store.stockLevel(code: "MIE-001").onHand == Quantity(whole: -22))
    #expect(try await store.stockLevel(code: "BERAS-PW").onHand == Quantity(thousandths: 48_750))
    let ledger = try await store.movements(code: "MIE-001", from: nil, to: nil)
    #expect(ledger.filter { $0.kind == .sale }.map(\.reference) == [sale.number, sale.number])
    #expect(try await store.stockLevels(query: nil, lowOnly: true).map(\.sku) == ["MIE-001"])
    #expect(try await store.ledgerIsConsistent())
    #expect(try await store.openSales().isEmpty)

    // A completed sale can be neither paid again nor changed.
    await #expect(throws: SaleError.self) {
      try await store.pay(
        saleId: sale.id, payments: [Payment(method: .cash, amount: 1)], user: "ani", now: now)
    }
    await #expect(throws: SaleError.self) {
      try await store.addItem(
        saleId: sale.id, code: "MIE-001", quantity: nil, user: "ani", now: now)
    }
  }

  @Test func databaseRefusesToRewriteFacts() async throws {
    let store = try await Fixtures.stockedStore()
    await #expect(throws: (any Error).self) {
      try await store.writer.write { db in try db.execute(sql: "DELETE FROM stockMovement") }
    }
    await #expect(throws: (any Error).self) {
      try await store.writer.write { db in
        try db.execute(sql: "UPDATE stockMovement SET delta = 0")
      }
    }
    #expect(try await store.ledgerIsConsistent())
  }
}
