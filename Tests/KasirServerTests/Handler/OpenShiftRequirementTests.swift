import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

/// `[sale] require_open_shift`: by default a sale needs an open shift; turned off, a sale
/// without one belongs to no shift and counts in the day, not in any Z report.
@Suite struct OpenShiftRequirementTests {
  /// A stocked shop whose shift has been closed again.
  func shopWithoutShift(_ configure: (inout KasirConfig) -> Void = { _ in }) async throws
    -> HandlerHarness
  {
    let shop = try HandlerHarness(configure: configure)
    try await shop.stockTheShop()
    _ = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 100_000))
    return shop
  }

  @Test func theKeyDefaultsToTrueAndIsRead() throws {
    #expect(try KasirConfig.parse("").requireOpenShift)
    #expect(try !KasirConfig.parse("[sale]\nrequire_open_shift = false").requireOpenShift)
    #expect {
      try KasirConfig.parse("[sale]\nrequire_open_shift = \"no\"")
    } throws: { error in
      (error as? ConfigError)?.key == "sale.require_open_shift"
    }
  }

  @Test func byDefaultOpenAndPayNeedAnOpenShift() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let cart = try await shop.openCart()
    _ = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 100_000))
    try await shop.refuses(
      #"{"method":"id.kasir.Sale.Open","parameters":{}}"#, with: "id.kasir.Sale.NoOpenShift",
      as: HandlerHarness.cashier)
    try await shop.refuses(
      #"{"method":"id.kasir.Sale.Pay","parameters":{"saleId":\#(cart.id),"payments":[{"method":"cash","amount":50000}]}}"#,
      with: "id.kasir.Sale.NoOpenShift", as: HandlerHarness.cashier)
  }

  @Test func turnedOffASaleWithoutShiftCountsInTheDayAndInNoZReport() async throws {
    // Given a shop that does not require shifts, with no shift open
    let shop = try await shopWithoutShift { $0.requireOpenShift = false }

    // When a sale is opened and paid
    let sale = try await shop.completedSale()

    // Then it is completed in no shift
    #expect(sale.state == "completed" && sale.total == 20_325)
    #expect(try await shop.store.sale(id: sale.id).shiftId == nil)
    // it is in the day's summary and the export
    let summary = try await shop.call(ReportAPI.DailySummary.self, .init(date: "2026-11-29"))
      .summary
    #expect(summary.salesCount == 1 && summary.net == 20_325)
    let records = csvRecords(try await shop.export("sales").text)
    #expect(records.count == 2 && records[1].contains(sale.number))
    // and in no Z report: not the closed shift's, not the next one's
    _ = try await shop.call(
      ShiftAPI.Open.self, .init(openingCash: 100_000), as: HandlerHarness.cashier)
    let next = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 100_000)).report
    #expect(next.salesCount == 0 && next.net == 0 && next.expectedCash == 100_000)
  }

  @Test func turnedOffASaleStillJoinsTheShiftThatIsOpen() async throws {
    let shop = try HandlerHarness { $0.requireOpenShift = false }
    try await shop.stockTheShop()
    let sale = try await shop.completedSale()
    let shift = try #require(try await shop.store.sale(id: sale.id).shiftId)
    let report = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 120_325)).report
    #expect(report.salesCount == 1 && report.net == 20_325 && report.difference == 0)
    #expect(shift > 0)
  }
}
