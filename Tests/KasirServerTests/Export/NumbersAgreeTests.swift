import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

/// The "numbers agree": for one day, the export's net, the day's summary, the two
/// shifts' Z reports and the sum of the sales themselves are the same figure.
@Suite struct NumbersAgreeTests {
  @Test func exportSummaryShiftReportsAndSalesAgree() async throws {
    // Given a day of two shifts: in the first a cash sale with change, a member's sale paid by
    // QRIS and a refund; in the second a cash sale and a sale that is then voided.
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    _ = try await shop.call(
      MemberAPI.UpsertMember.self,
      .init(member: .init(number: "KMP-0001", name: "Siti", active: true)))
    let first = try await shop.completedSale()
    let opened = try await shop.call(
      SaleAPI.Open.self, .init(memberNumber: "KMP-0001"), as: HandlerHarness.cashier
    ).sale
    let cart = try await shop.call(
      SaleAPI.AddItem.self,
      .init(saleId: opened.id, code: "MIE-GOR", quantity: Thousandths(whole: 2)),
      as: HandlerHarness.cashier
    ).sale
    let member = try await shop.call(
      SaleAPI.Pay.self,
      .init(
        saleId: cart.id, payments: [.init(method: "qris", amount: cart.total, reference: "Q1")]),
      as: HandlerHarness.cashier
    ).sale
    let refund = try await shop.call(
      SaleAPI.Refund.self,
      .init(
        number: first.number, lines: [.init(lineNo: 1, quantity: Thousandths(whole: 2))],
        reason: "rusak")
    ).refund
    let morning = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 0)).report
    _ = try await shop.call(
      ShiftAPI.Open.self, .init(openingCash: 50_000), as: HandlerHarness.cashier)
    let second = try await shop.completedSale()
    let voided = try await shop.completedSale()
    try await shop.call(SaleAPI.VoidSale.self, .init(number: voided.number, reason: "salah"))
    let afternoon = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 0)).report

    // When the day is exported and summed up
    let sales = csvRecords(try await shop.export("sales").text)
    let lines = csvRecords(try await shop.export("lines").text)
    let summary = try await shop.call(
      ReportAPI.DailySummary.self, .init(date: "2026-11-29")
    ).summary

    // Then every figure is the sum of the sales: voided counts nothing, a refund subtracts
    let takings = first.total + member.total - refund.total + second.total
    #expect(first.total == 20_325 && refund.total == 6_800 && member.total > 0)
    #expect(try net(sales) == takings)
    #expect(try net(lines) == takings)
    #expect(summary.net == takings)
    #expect(morning.net + afternoon.net == takings)
    #expect(morning.net == first.total + member.total - refund.total)
    // and the voided sale and the refund are in the export, not dropped
    let numbers = try column(sales, "sale_number")
    #expect(
      numbers == [first.number, member.number, refund.number, second.number, voided.number])
    #expect(
      try column(sales, "state") == ["completed", "completed", "completed", "completed", "voided"])
    #expect(try column(sales, "type") == ["sale", "sale", "refund", "sale", "sale"])
    #expect(try column(sales, "member_number") == ["", "KMP-0001", "", "", ""])
    #expect(try column(lines, "state").filter { $0 == "voided" }.count == 2)
  }

  private func column(_ records: [[String]], _ name: String) throws -> [String] {
    let index = try #require(records[0].firstIndex(of: name), "no column \(name)")
    return records.dropFirst().map { $0[index] }
  }

  /// The sum of the `net` column.
  private func net(_ records: [[String]]) throws -> Int64 {
    try column(records, "net").map { try #require(Int64($0), "net \($0)") }.reduce(0, +)
  }
}
