import Foundation
import KasirCore
import Testing

@testable import KasirStore

/// The day's summary: the shift report's definitions, one shop day in Asia/Makassar.
@Suite(.serialized) struct StoreDailySummaryTests {
  static let siti = Member(number: "KMP-0001", name: "Siti Aminah")

  /// Sells `quantity` of `code` to `member`, paid with `payments`, at `at`.
  func sell(
    _ store: Store, _ code: String, _ quantity: Quantity, member: String? = nil,
    payments: [Payment], cashier: String = "ani", at: Date
  ) async throws -> Sale {
    let sale = try await store.openSale(cashier: cashier, memberNumber: member, now: at)
    _ = try await store.addItem(
      saleId: sale.id, code: code, quantity: quantity, user: cashier, now: at)
    return try await store.pay(saleId: sale.id, payments: payments, user: cashier, now: at).sale
  }

  func day(_ store: Store, _ day: Int) async throws -> DailySummary {
    try await store.dailySummary(
      from: Fixtures.at(2026, 11, day, 0, 0), to: Fixtures.at(2026, 11, day + 1, 0, 0))
  }

  @Test func aDayWithOneShiftHasThatShiftsFigures() async throws {
    // Given a shift (opened 10:00 by ani) with a member sale with a line discount paid in cash
    // with change, a sale with a sale discount paid by QRIS and partly refunded, and a voided
    // sale
    let store = try await Fixtures.stockedStore()
    _ = try await store.upsertMember(Self.siti, now: Fixtures.now)
    let member = try await store.openSale(
      cashier: "ani", memberNumber: "KMP-0001", now: Fixtures.at(2026, 11, 29, 10, 5))
    _ = try await store.addItem(
      saleId: member.id, code: "MIE-001", quantity: Quantity(whole: 4), user: "ani",
      now: Fixtures.at(2026, 11, 29, 10, 5))
    _ = try await store.applyDiscount(
      saleId: member.id, lineNo: 1, discount: .amount(200), user: "ani",
      now: Fixtures.at(2026, 11, 29, 10, 6))
    let memberSale = try await store.pay(
      saleId: member.id, payments: [Payment(method: .cash, amount: 20_000)], user: "ani",
      now: Fixtures.at(2026, 11, 29, 10, 6)
    ).sale
    #expect(memberSale.total == 13_000)  // 4 × 3.300 member price − 200
    let rice = try await store.openSale(
      cashier: "budi", memberNumber: nil, now: Fixtures.at(2026, 11, 29, 11, 30))
    _ = try await store.addItem(
      saleId: rice.id, code: "BERAS-PW", quantity: Quantity(thousandths: 1_500), user: "budi",
      now: Fixtures.at(2026, 11, 29, 11, 30))
    _ = try await store.addItem(
      saleId: rice.id, code: "MIE-001", quantity: Quantity(whole: 2), user: "budi",
      now: Fixtures.at(2026, 11, 29, 11, 30))
    _ = try await store.applyDiscount(
      saleId: rice.id, lineNo: nil, discount: .amount(500), user: "budi",
      now: Fixtures.at(2026, 11, 29, 11, 31))
    let riceSale = try await store.pay(
      saleId: rice.id, payments: [Payment(method: .qris, amount: 29_000)], user: "budi",
      now: Fixtures.at(2026, 11, 29, 11, 31)
    ).sale
    #expect(riceSale.total == 29_000)  // 22.500 + 7.000 − 500
    let voided = try await sell(
      store, "MIE-001", Quantity(whole: 3), payments: [Payment(method: .cash, amount: 10_500)],
      at: Fixtures.at(2026, 11, 29, 12, 0))
    _ = try await store.void(
      number: voided.number, reason: "salah input", user: "manager",
      now: Fixtures.at(2026, 11, 29, 12, 1))
    let refund = try await store.refund(
      number: riceSale.number, lines: [.init(lineNo: 2, quantity: .one)], reason: "rusak",
      user: "budi", now: Fixtures.at(2026, 11, 29, 13, 15))
    #expect(refund.total > .zero)
    _ = try await store.moveCash(
      amount: -5_000, reason: "galon", user: "ani", now: Fixtures.at(2026, 11, 29, 13, 20))

    // When the shift is closed and the day summed up
    let report = try await store.closeShift(
      countedCash: 0, note: nil, user: "ani", now: Fixtures.at(2026, 11, 29, 14, 0)
    ).report
    let summary = try await day(store, 29)

    // Then the day has the shift's figures
    #expect(summary.salesCount == report.salesCount && summary.salesCount == 3)
    #expect(summary.gross == report.gross)
    #expect(summary.discounts == report.discounts)
    #expect(summary.refunds == report.refunds && summary.refunds == refund.total)
    #expect(summary.voids == report.voids && summary.voids == 10_500)
    #expect(summary.net == report.net)
    #expect(summary.byMethod == report.byMethod)
    #expect(summary.net == memberSale.total + riceSale.total - refund.total)
    // and the splits each add up to net: voided and refunded sales are in them, not dropped
    func sum(_ totals: [DailySummary.Total]) -> Money { totals.reduce(.zero) { $0 + $1.amount } }
    #expect(sum(summary.byCashier) == summary.net && sum(summary.byHour) == summary.net)
    #expect(
      summary.byCashier == [
        .init(key: "ani", amount: memberSale.total),
        .init(key: "budi", amount: 29_000 - refund.total),
      ])
    #expect(summary.byHour.map(\.key) == ["10", "11", "12", "13"])
    #expect(summary.byHour[2].amount == .zero)  // sold and voided in the same hour
    #expect(summary.byHour[3].amount == .zero - refund.total)
    #expect(summary.memberSales == memberSale.total)
    #expect(summary.nonMemberSales == summary.net - memberSale.total)
    // and the voided noodles count for nothing, the refunded one is taken off
    #expect(
      summary.topProducts == [
        .init(
          sku: "BERAS-PW", name: "Beras Pandan Wangi", quantity: Quantity(thousandths: 1_500),
          amount: 22_500),
        .init(
          sku: "MIE-001", name: "Indomie Goreng Spesial", quantity: Quantity(whole: 5),
          amount: 13_000 + 7_000 - 3_500),
      ])
  }

  @Test func aDayWithTwoShiftsIsTheSumOfTheirReports() async throws {
    // Given ani's morning shift and budi's afternoon shift, each with sales, budi refunding
    // one of ani's sales and voiding one of his own
    let store = try await Fixtures.stockedStore()  // ani's shift opened at 10:00
    let morning = try await sell(
      store, "MIE-001", Quantity(whole: 5), payments: [Payment(method: .cash, amount: 20_000)],
      at: Fixtures.at(2026, 11, 29, 10, 30))
    _ = try await sell(
      store, "BERAS-PW", Quantity(whole: 2), payments: [Payment(method: .transfer, amount: 30_000)],
      at: Fixtures.at(2026, 11, 29, 11, 0))
    let first = try await store.closeShift(
      countedCash: 0, note: nil, user: "ani", now: Fixtures.at(2026, 11, 29, 14, 0)
    ).report
    _ = try await store.openShift(
      openingCash: 50_000, user: "budi", now: Fixtures.at(2026, 11, 29, 14, 5))
    _ = try await sell(
      store, "MIE-001", Quantity(whole: 2), payments: [Payment(method: .qris, amount: 7_000)],
      cashier: "budi", at: Fixtures.at(2026, 11, 29, 15, 0))
    let wrong = try await sell(
      store, "BERAS-PW", .one, payments: [Payment(method: .cash, amount: 15_000)],
      cashier: "budi", at: Fixtures.at(2026, 11, 29, 16, 0))
    _ = try await store.void(
      number: wrong.number, reason: "salah", user: "budi", now: Fixtures.at(2026, 11, 29, 16, 1))
    _ = try await store.refund(
      number: morning.number, lines: [.init(lineNo: 1, quantity: Quantity(whole: 2))],
      reason: "kedaluwarsa", user: "budi", now: Fixtures.at(2026, 11, 29, 17, 0))
    let second = try await store.closeShift(
      countedCash: 0, note: nil, user: "budi", now: Fixtures.at(2026, 11, 29, 20, 0)
    ).report

    // When the day is summed up
    let summary = try await day(store, 29)

    // Then each figure is the sum of the two reports'
    #expect(summary.salesCount == first.salesCount + second.salesCount)
    #expect(summary.gross == first.gross + second.gross)
    #expect(summary.discounts == first.discounts + second.discounts)
    #expect(summary.refunds == first.refunds + second.refunds && summary.refunds == 7_000)
    #expect(summary.voids == first.voids + second.voids && summary.voids == 15_000)
    #expect(summary.net == first.net + second.net)
    var methods = [Payment.Method: Money]()
    for total in first.byMethod + second.byMethod {
      methods[total.method, default: .zero] += total.amount
    }
    #expect(summary.byMethod.map(\.method) == Payment.Method.allCases.filter { methods[$0] != nil })
    for total in summary.byMethod { #expect(methods[total.method] == total.amount) }
    #expect(summary.byCashier.map(\.key) == ["ani", "budi"])
    #expect(summary.byCashier.reduce(.zero) { $0 + $1.amount } == summary.net)
  }

  @Test func salesLandOnTheShopDayWhateverTheMachinesZone() async throws {
    // Given the process's own zone is New York, 13 hours behind Makassar
    let previous = ProcessInfo.processInfo.environment["TZ"]
    setenv("TZ", "America/New_York", 1)
    NSTimeZone.resetSystemTimeZone()
    defer {
      if let previous { setenv("TZ", previous, 1) } else { unsetenv("TZ") }
      NSTimeZone.resetSystemTimeZone()
    }
    #expect(TimeZone.current.identifier == "America/New_York")
    let store = try await Fixtures.stockedStore()
    // When sales complete at 23:59:59 on the 29th and at 00:00:00 on the 30th, Makassar time
    let late = try await sell(
      store, "MIE-001", .one, payments: [Payment(method: .cash, amount: 3_500)],
      at: Fixtures.at(2026, 11, 29, 23, 59, 59))
    let early = try await sell(
      store, "MIE-001", Quantity(whole: 2), payments: [Payment(method: .cash, amount: 7_000)],
      at: Fixtures.at(2026, 11, 30, 0, 0, 0))

    // Then each is on its own shop day, in its own hour
    let (first, second) = (try await day(store, 29), try await day(store, 30))
    #expect(first.salesCount == 1 && first.net == late.total)
    #expect(first.byHour == [.init(key: "23", amount: 3_500)])
    #expect(second.salesCount == 1 && second.net == early.total)
    #expect(second.byHour == [.init(key: "00", amount: 7_000)])
    #expect(try await day(store, 28).salesCount == 0)
  }

  @Test func anEmptyDayIsAllZero() async throws {
    let store = try await Fixtures.stockedStore()
    let summary = try await day(store, 29)
    #expect(summary.salesCount == 0 && summary.net == .zero)
    #expect(summary.byMethod.isEmpty && summary.byHour.isEmpty && summary.topProducts.isEmpty)
  }
}
