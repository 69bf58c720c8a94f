import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

/// Report.DailySummary and Shift.CashMovement over the handler.
@Suite struct ReportMethodsTests {
  func shop() async throws -> HandlerHarness {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    return shop
  }

  @Test func theDaysSummaryMatchesTheShiftReport() async throws {
    // Given siti's sale of 20.325 at 10:15 Makassar time, paid 50.000 in cash
    let shop = try await shop()
    let sale = try await shop.completedSale()

    // When the day is summed up and the shift closed
    let summary = try await shop.call(
      ReportAPI.DailySummary.self, .init(date: "2026-11-29"), as: HandlerHarness.cashier
    ).summary
    let report = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 120_325)).report

    // Then
    #expect(
      summary
        == ReportAPI.Summary(
          date: "2026-11-29", salesCount: 1, gross: 20_325, discounts: 0, refunds: 0, voids: 0,
          net: 20_325, byMethod: [.init(key: "cash", amount: 20_325)],
          byCashier: [.init(key: "siti", amount: 20_325)],
          byHour: [.init(key: "10", amount: 20_325)], memberSales: 0, nonMemberSales: 20_325,
          topProducts: [
            .init(
              sku: "MIE-GOR", name: "Mie instan goreng", quantity: Thousandths(whole: 3),
              amount: 10_200),
            .init(sku: "BER-MED", name: "Beras medium", quantity: Thousandths(750), amount: 10_125),
          ]))
    #expect(sale.total == summary.net && report.net == summary.net)
    #expect(report.byMethod.map(\.amount) == summary.byMethod.map(\.amount))
    // The next day has nothing.
    let next = try await shop.call(ReportAPI.DailySummary.self, .init(date: "2026-11-30")).summary
    #expect(next.salesCount == 0 && next.byHour.isEmpty && next.date == "2026-11-30")
  }

  @Test(arguments: ["2026-02-30", "2026-13-01", "2025-02-29", "29-11-2026", "2026-11-9", ""])
  func aDateThatDoesNotExistIsAnInvalidParameter(date: String) async throws {
    let shop = try await shop()
    let parameters = try await shop.refuses(
      #"{"method":"id.kasir.Report.DailySummary","parameters":{"date":"\#(date)"}}"#,
      with: "org.varlink.service.InvalidParameter")
    #expect(parameters == .object(["parameter": .string("date")]))
  }

  @Test func cashMovesInAndOutOfTheOpenShift() async throws {
    let shop = try await shop()
    let shift = try await shop.call(
      ShiftAPI.CashMovement.self, .init(amount: 50_000, reason: "modal kembalian"),
      as: HandlerHarness.cashier
    ).shift
    #expect(shift.state == "open" && shift.openedBy == "siti")
    try await shop.call(
      ShiftAPI.CashMovement.self, .init(amount: -20_000, reason: " setor ke bank "),
      as: HandlerHarness.cashier)
    let report = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 130_000)).report
    #expect(report.cashIn == 50_000 && report.cashOut == 20_000)
    #expect(report.expectedCash == 130_000 && report.difference == 0)
  }

  @Test func aCashMovementNeedsAnAmountAReasonAndAnOpenShift() async throws {
    let shop = try await shop()
    func refused(_ amount: Int64, _ reason: String, _ error: String) async throws -> JSONValue {
      try await shop.refuses(
        #"{"method":"id.kasir.Shift.CashMovement","parameters":{"amount":\#(amount),"reason":"\#(reason)"}}"#,
        with: error)
    }
    let invalid = "org.varlink.service.InvalidParameter"
    #expect(try await refused(0, "modal", invalid) == .object(["parameter": .string("amount")]))
    #expect(try await refused(1_000, "  ", invalid) == .object(["parameter": .string("reason")]))
    let long = String(repeating: "x", count: 201)
    #expect(try await refused(1_000, long, invalid) == .object(["parameter": .string("reason")]))
    try await shop.call(ShiftAPI.Close.self, .init(countedCash: 100_000))
    _ = try await refused(1_000, "modal", "id.kasir.Shift.NoOpenShift")
  }
}
