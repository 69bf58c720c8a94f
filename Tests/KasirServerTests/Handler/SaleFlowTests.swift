import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

@Suite struct SaleFlowTests {
  @Test func aCashSaleFromScanToChange() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let cashier = HandlerHarness.cashier
    let sale = try await shop.call(SaleAPI.Open.self, .init(), as: cashier).sale
    #expect(sale.number == "20261129-0001")
    #expect(sale.cashier == "siti")
    try await shop.call(
      SaleAPI.AddItem.self,
      .init(saleId: sale.id, code: "8991234000206", quantity: Thousandths(whole: 3)),
      as: cashier)
    let added = try await shop.call(
      SaleAPI.AddItem.self, .init(saleId: sale.id, code: "BER-MED", quantity: Thousandths(750)),
      as: cashier)
    // 3 × 3.400 + 0,75 × 13.500 = 10.200 + 10.125
    #expect(added.sale.total == 20_325)
    #expect(added.sale.lines.map(\.amount) == [10_200, 10_125])
    let paid = try await shop.call(
      SaleAPI.Pay.self, .init(saleId: sale.id, payments: [.init(method: "cash", amount: 50_000)]),
      as: cashier)
    #expect(paid.change == 29_675)
    #expect(paid.sale.state == "completed")
    let level = try await shop.call(StockAPI.GetLevel.self, .init(code: "BER-MED")).level
    #expect(level.onHand == Thousandths(49_250))
    let again = try await shop.call(SaleAPI.Get.self, .init(number: sale.number)).sale
    #expect(again == paid.sale)
  }

  @Test func underpaymentIsRefusedAndChangesNothing() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let sale = try await shop.call(SaleAPI.Open.self, .init()).sale
    try await shop.call(SaleAPI.AddItem.self, .init(saleId: sale.id, code: "MIE-GOR"))
    await #expect(
      throws: VarlinkError("id.kasir.Sale.Underpaid", ["due": .int(3400), "tendered": .int(3000)])
    ) {
      try await shop.call(
        SaleAPI.Pay.self, .init(saleId: sale.id, payments: [.init(method: "cash", amount: 3000)]))
    }
    let after = try await shop.call(SaleAPI.Get.self, .init(saleId: sale.id)).sale
    #expect(after.state == "open")
    #expect(after.payments.isEmpty)
    let level = try await shop.call(StockAPI.GetLevel.self, .init(code: "MIE-GOR")).level
    #expect(level.onHand == Thousandths(whole: 40))
  }

  @Test func badQuantitiesAreInvalidParameters() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let sale = try await shop.call(SaleAPI.Open.self, .init()).sale
    let fourDecimals = try await shop.raw(
      #"{"method":"id.kasir.Sale.AddItem","parameters":{"saleId":\#(sale.id),"code":"BER-MED","quantity":0.7505}}"#
    )
    #expect(fourDecimals["error"] == .string("org.varlink.service.InvalidParameter"))
    #expect(fourDecimals["parameters"]?["parameter"] == .string("quantity"))
    let halfNoodle = try await shop.raw(
      #"{"method":"id.kasir.Sale.AddItem","parameters":{"saleId":\#(sale.id),"code":"MIE-GOR","quantity":0.5}}"#
    )
    #expect(halfNoodle["parameters"]?["parameter"] == .string("quantity"))
    let zero = try await shop.raw(
      #"{"method":"id.kasir.Sale.AddItem","parameters":{"saleId":\#(sale.id),"code":"MIE-GOR","quantity":0}}"#
    )
    #expect(zero["parameters"]?["parameter"] == .string("quantity"))
    let unknown = try await shop.raw(
      #"{"method":"id.kasir.Sale.AddItem","parameters":{"saleId":\#(sale.id),"code":"0000"}}"#)
    #expect(unknown["error"] == .string("id.kasir.Sale.ProductNotFound"))
    let untouched = try await shop.call(SaleAPI.Get.self, .init(saleId: sale.id)).sale
    #expect(untouched.lines.isEmpty)
  }

  @Test func shopRulesAreEnforced() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let sale = try await shop.call(SaleAPI.Open.self, .init()).sale
    try await shop.call(
      SaleAPI.AddItem.self,
      .init(saleId: sale.id, code: "MINYAKITA", quantity: Thousandths(whole: 2)))
    await #expect(throws: VarlinkError.self) {
      try await shop.call(SaleAPI.AddItem.self, .init(saleId: sale.id, code: "MINYAKITA"))
    }
    let capped = try await shop.raw(
      #"{"method":"id.kasir.Catalog.SetPrice","parameters":{"sku":"BER-MED","price":14000}}"#)
    #expect(capped["error"] == .string("id.kasir.Catalog.PriceAboveCap"))
    #expect(capped["parameters"]?["cap"] == .int(13500))
  }

  @Test func aSaleNeedsAnOpenShift() async throws {
    let shop = try HandlerHarness()
    let reply = try await shop.raw(#"{"method":"id.kasir.Sale.Open","parameters":{}}"#)
    #expect(reply["error"] == .string("id.kasir.Sale.NoOpenShift"))
  }

  @Test func closingTheShiftCountsTheDrawer() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let sale = try await shop.call(SaleAPI.Open.self, .init()).sale
    try await shop.call(
      SaleAPI.AddItem.self,
      .init(saleId: sale.id, code: "MIE-GOR", quantity: Thousandths(whole: 10)))
    try await shop.call(
      SaleAPI.Pay.self, .init(saleId: sale.id, payments: [.init(method: "cash", amount: 50_000)]))
    let report = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 133_500)).report
    #expect(report.salesCount == 1)
    #expect(report.expectedCash == 134_000)
    #expect(report.difference == -500)
    let current = try await shop.call(ShiftAPI.Current.self, Empty())
    #expect(current.shift == nil)
  }
}
