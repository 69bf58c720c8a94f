import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

/// `[sale] require_open_shift` for refunds (`Sale.Refund`) and cash kasbon settlements
/// (`Member.PayKasbon`): turned off, they work with no shift open and belong to none; by
/// default they still need one.
@Suite struct ReversalsWithoutShiftTests {
  /// A stocked shop with a completed sale (20.325 in cash) and a member owing 10.200 on
  /// kasbon, whose shift has been closed again.
  func shopWithoutShift(_ configure: (inout KasirConfig) -> Void = { _ in }) async throws
    -> (shop: HandlerHarness, sale: String)
  {
    let shop = try HandlerHarness(configure: configure)
    try await shop.stockTheShop()
    let sale = try await shop.completedSale()
    try await shop.call(
      MemberAPI.UpsertMember.self,
      .init(member: .init(number: "KMP-0007", name: "Wati Lestari", creditLimit: 50_000)))
    let credit = try await shop.call(SaleAPI.Open.self, .init(memberNumber: "KMP-0007")).sale
    try await shop.call(
      SaleAPI.AddItem.self, .init(saleId: credit.id, code: "MIE-GOR", quantity: .init(whole: 3)))
    try await shop.call(
      SaleAPI.Pay.self,
      .init(saleId: credit.id, payments: [.init(method: "kasbon", amount: 10_200)]))
    _ = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 120_325))
    return (shop, sale.number)
  }

  static let refund = SaleAPI.Refund.Parameters(
    number: "", lines: [.init(lineNo: 1, quantity: Thousandths(whole: 2))], reason: "rusak")

  @Test func turnedOffARefundWithoutShiftBelongsToNoShiftAndCountsInTheDay() async throws {
    // Given a shop that does not require shifts, with no shift open
    let (shop, sale) = try await shopWithoutShift { $0.requireOpenShift = false }

    // When two noodles of the sale are refunded
    var parameters = Self.refund
    parameters.number = sale
    let refund = try await shop.call(SaleAPI.Refund.self, parameters).refund

    // Then the refund is completed in no shift
    #expect(refund.state == "completed" && refund.total == 6_800)
    #expect(try await shop.store.sale(id: refund.id).shiftId == nil)
    // it counts in the day's summary and in the exports
    let summary = try await shop.call(ReportAPI.DailySummary.self, .init(date: "2026-11-29"))
      .summary
    #expect(summary.refunds == 6_800 && summary.net == 20_325 + 10_200 - 6_800)
    let sales = csvRecords(try await shop.export("sales").text)
    #expect(sales.contains { $0.first == refund.number && $0.contains("refund") })
    let payments = csvRecords(try await shop.export("payments").text)
    #expect(payments.contains { $0.first == refund.number && $0.last == "-6800" })
    let movements = csvRecords(try await shop.export("movements").text)
    #expect(movements.contains { $0.contains("refund") && $0.contains(refund.number) })
    // and in no Z report: the next shift's drawer did not pay it out
    _ = try await shop.call(
      ShiftAPI.Open.self, .init(openingCash: 100_000), as: HandlerHarness.cashier)
    let next = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 100_000)).report
    #expect(next.refunds == 0 && next.expectedCash == 100_000 && next.difference == 0)
  }

  @Test func turnedOffACashKasbonSettlementWithoutShiftIsRecorded() async throws {
    // Given a shop that does not require shifts, with no shift open
    let (shop, _) = try await shopWithoutShift { $0.requireOpenShift = false }

    // When the member pays 4.000 of the kasbon in cash
    let settled = try await shop.call(
      MemberAPI.PayKasbon.self, .init(number: "KMP-0007", amount: 4_000, method: "cash"))

    // Then the kasbon is lower, the statement shows the settlement and the export the balance
    #expect(settled.member.kasbonOutstanding == 6_200)
    let statement = try await shop.call(MemberAPI.Statement.self, .init(number: "KMP-0007"))
    #expect(statement.entries.map(\.kind) == ["purchase", "settlement"])
    #expect(statement.entries.last?.amount == -4_000 && statement.entries.last?.method == "cash")
    let members = csvRecords(try await shop.export("members").text)
    let outstanding = try #require(members[0].firstIndex(of: "kasbon_outstanding"))
    #expect(members[1][outstanding] == "6200")
    // and it is in no drawer: the next shift expects only its opening cash
    _ = try await shop.call(
      ShiftAPI.Open.self, .init(openingCash: 100_000), as: HandlerHarness.cashier)
    let next = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 100_000)).report
    #expect(next.expectedCash == 100_000 && next.difference == 0)
  }

  @Test func byDefaultARefundAndACashSettlementNeedAnOpenShift() async throws {
    let (shop, sale) = try await shopWithoutShift()
    try await shop.refuses(
      #"{"method":"id.kasir.Sale.Refund","parameters":{"number":"\#(sale)","lines":[{"lineNo":1,"quantity":2000}],"reason":"rusak"}}"#,
      with: "id.kasir.Sale.NoOpenShift")
    try await shop.refuses(
      #"{"method":"id.kasir.Member.PayKasbon","parameters":{"number":"KMP-0007","amount":4000,"method":"cash"}}"#,
      with: "id.kasir.Sale.NoOpenShift")
    // A settlement that does not touch the drawer never needed a shift.
    let settled = try await shop.call(
      MemberAPI.PayKasbon.self, .init(number: "KMP-0007", amount: 4_000, method: "qris"))
    #expect(settled.member.kasbonOutstanding == 6_200)
  }

  @Test func turnedOffTheyStillJoinTheShiftThatIsOpen() async throws {
    let (shop, sale) = try await shopWithoutShift { $0.requireOpenShift = false }
    _ = try await shop.call(
      ShiftAPI.Open.self, .init(openingCash: 100_000), as: HandlerHarness.cashier)
    var parameters = Self.refund
    parameters.number = sale
    let refund = try await shop.call(SaleAPI.Refund.self, parameters).refund
    try await shop.call(
      MemberAPI.PayKasbon.self, .init(number: "KMP-0007", amount: 4_000, method: "cash"))
    #expect(try await shop.store.sale(id: refund.id).shiftId != nil)
    let report = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 97_200)).report
    #expect(report.refunds == 6_800 && report.expectedCash == 97_200 && report.difference == 0)
  }
}
