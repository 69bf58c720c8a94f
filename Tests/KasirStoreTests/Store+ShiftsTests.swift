import Foundation
import KasirCore
import Testing

@testable import KasirStore

@Suite struct StoreShiftTests {
  @Test func oneOpenShiftAtATime() async throws {
    let store = try Fixtures.store()
    #expect(try await store.currentShift() == nil)
    await #expect(throws: ShiftError.negativeAmount(field: "openingCash")) {
      try await store.openShift(openingCash: -1, user: "ani", now: Fixtures.now)
    }
    let shift = try await store.openShift(openingCash: 100_000, user: "ani", now: Fixtures.now)
    await #expect(throws: ShiftError.shiftAlreadyOpen(id: shift.id, openedBy: "ani")) {
      try await store.openShift(openingCash: 0, user: "budi", now: Fixtures.now)
    }
    #expect(try await store.currentShift() == shift)
    _ = try await store.closeShift(countedCash: 100_000, note: nil, user: "ani", now: Fixtures.now)
    #expect(try await store.currentShift() == nil)
    await #expect(throws: ShiftError.noOpenShift) {
      try await store.closeShift(countedCash: 0, note: nil, user: "ani", now: Fixtures.now)
    }
  }

  @Test func closingReportsExpectedCashAndDifference() async throws {
    // Given an opening float of 100.000 and a sale of 46.500 paid with 50.000 cash
    let store = try await Fixtures.stockedStore()
    let sale = try await store.openSale(cashier: "ani", memberNumber: nil, now: Fixtures.now)
    _ = try await store.addItem(
      saleId: sale.id, code: "MIE-001", quantity: Quantity(whole: 3), user: "ani",
      now: Fixtures.now)
    _ = try await store.addItem(
      saleId: sale.id, code: Fixtures.ean("201234502400"), quantity: nil, user: "ani",
      now: Fixtures.now)
    let paid = try await store.pay(
      saleId: sale.id, payments: [Payment(method: .cash, amount: 50_000)], user: "ani",
      now: Fixtures.now)
    #expect(paid.sale.total == 46_500 && paid.change == 3_500)
    // and an open sale that is not counted
    _ = try await store.openSale(cashier: "ani", memberNumber: nil, now: Fixtures.now)

    // When the drawer holds 146.000
    let (report, job) = try await store.closeShift(
      countedCash: 146_000, note: "kurang 500", user: "ani", now: Fixtures.now)
    #expect(job == nil)

    // Then
    #expect(report.salesCount == 1)
    #expect(report.gross == 46_500 && report.discounts == .zero && report.net == 46_500)
    // cash by method is what stays in the drawer: 50.000 taken less 3.500 change
    #expect(report.byMethod == [.init(method: .cash, amount: 46_500)])
    #expect(report.cashTaken == 50_000 && report.changeGiven == 3_500)
    #expect(report.expectedCash == 146_500)
    #expect(report.difference == -500)
    #expect(report.shift.state == .closed && report.shift.closedBy == "ani")
    #expect(report.shift.note == "kurang 500")
  }

  @Test func cashMovementsCount() async throws {
    let store = try await Fixtures.stockedStore()
    _ = try await store.moveCash(amount: 20_000, reason: "modal", user: "ani", now: Fixtures.now)
    _ = try await store.moveCash(amount: -5_000, reason: "galon", user: "ani", now: Fixtures.now)
    let report = try await store.closeShift(
      countedCash: 115_000, note: nil, user: "ani", now: Fixtures.now
    ).report
    #expect(report.cashIn == 20_000 && report.cashOut == 5_000)
    #expect(report.expectedCash == 115_000 && report.difference == .zero)
  }

  /// The cash-up: expected = opening + cash taken − change + cash in − cash out − cash refunds;
  /// a counted amount that differs is recorded as the difference, never refused.
  @Test func aCashUpWithChangeRefundsAndMovements() async throws {
    let store = try await Fixtures.stockedStore()
    let sale = try await store.openSale(cashier: "ani", memberNumber: nil, now: Fixtures.now)
    _ = try await store.addItem(
      saleId: sale.id, code: "MIE-001", quantity: Quantity(whole: 3), user: "ani",
      now: Fixtures.now)
    let paid = try await store.pay(
      saleId: sale.id, payments: [Payment(method: .cash, amount: 50_000)], user: "ani",
      now: Fixtures.now)
    let change = paid.change
    #expect(change > .zero)
    let refund = try await store.refund(
      number: paid.sale.number, lines: [.init(lineNo: 1, quantity: .one)], reason: "rusak",
      user: "budi", now: Fixtures.now)
    #expect(refund.total > .zero)
    _ = try await store.moveCash(amount: 20_000, reason: "modal", user: "ani", now: Fixtures.now)
    _ = try await store.moveCash(amount: -5_000, reason: "galon", user: "ani", now: Fixtures.now)

    let expected = Money(100_000) + 50_000 - change + 20_000 - 5_000 - refund.total
    let report = try await store.closeShift(
      countedCash: expected - 1_000, note: nil, user: "ani", now: Fixtures.now
    ).report
    #expect(report.cashTaken == 50_000 && report.changeGiven == change)
    #expect(report.cashIn == 20_000 && report.cashOut == 5_000)
    #expect(report.cashRefunds == refund.total && report.refunds == refund.total)
    #expect(report.expectedCash == expected)
    #expect(report.difference == -1_000)
    #expect(report.shift.state == .closed)
  }
}
