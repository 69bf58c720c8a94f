import Foundation
import KasirCore
import Testing

@testable import KasirStore

/// `requireOpenShift: false` (`[sale] require_open_shift = false`) at the store.
@Suite struct StoreSalesWithoutShiftTests {
  @Test func aSaleWithoutShiftIsPaidAndBelongsToNoShift() async throws {
    // Given a stocked store with no shift open
    let store = try await Fixtures.stockedStore(openShift: false)

    // When a sale is opened and paid without requiring a shift
    let sale = try await store.openSale(
      cashier: "ani", memberNumber: nil, requireOpenShift: false, now: Fixtures.now)
    _ = try await store.addItem(
      saleId: sale.id, code: "MIE-001", quantity: Quantity(whole: 2), user: "ani",
      now: Fixtures.now)
    let (paid, change, _) = try await store.pay(
      saleId: sale.id, payments: [Payment(method: .cash, amount: Money(10_000))],
      requireOpenShift: false, user: "ani", now: Fixtures.now)

    // Then it is completed in no shift, and the day's summary counts it
    #expect(paid.state == .completed && paid.total == Money(7_000) && change == Money(3_000))
    #expect(sale.shiftId == nil)
    #expect(try await store.sale(id: sale.id).shiftId == nil)
    let day = try await store.dailySummary(
      from: Fixtures.at(2026, 11, 29, 0, 0), to: Fixtures.at(2026, 11, 30, 0, 0))
    #expect(day.salesCount == 1 && day.net == Money(7_000))
  }

  @Test func requiredByDefaultPayRefusesWithoutShift() async throws {
    let store = try await Fixtures.stockedStore(openShift: false)
    let sale = try await store.openSale(
      cashier: "ani", memberNumber: nil, requireOpenShift: false, now: Fixtures.now)
    _ = try await store.addItem(
      saleId: sale.id, code: "MIE-001", quantity: nil, user: "ani", now: Fixtures.now)
    await #expect(throws: SaleError.noOpenShift) {
      try await store.pay(
        saleId: sale.id, payments: [Payment(method: .cash, amount: Money(5_000))], user: "ani",
        now: Fixtures.now)
    }
    #expect(try await store.sale(id: sale.id).state == .open)
    #expect(try await store.count("payment") == 0)
  }
}
