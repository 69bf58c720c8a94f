import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

/// SetQuantity, RemoveLine, ApplyDiscount, Hold, Resume, Cancel and ListOpen, with their errors.
@Suite struct SaleWorkflowTests {
  let cashier = HandlerHarness.cashier

  func shop(_ configure: (inout KasirConfig) -> Void = { _ in }) async throws -> HandlerHarness {
    let shop = try HandlerHarness(configure: configure)
    try await shop.stockTheShop()
    return shop
  }

  @Test func setQuantityChangesOneLine() async throws {
    let shop = try await shop()
    let cart = try await shop.openCart()
    let sale = try await shop.call(
      SaleAPI.SetQuantity.self, .init(saleId: cart.id, lineNo: 2, quantity: Thousandths(1_250)),
      as: cashier
    ).sale
    // 3 × 3.400 + 1,25 × 13.500 = 10.200 + 16.875
    #expect(sale.lines.map(\.amount) == [10_200, 16_875])
    #expect(sale.total == 27_075)
    #expect(try await shop.call(SaleAPI.Get.self, .init(saleId: cart.id)).sale == sale)
  }

  @Test func setQuantityRefusesBadQuantities() async throws {
    let shop = try await shop()
    let cart = try await shop.openCart()
    for quantity in ["0.5", "0", "-1", "0.0005"] {
      let parameters = try await shop.refuses(
        #"{"method":"id.kasir.Sale.SetQuantity","parameters":{"saleId":\#(cart.id),"lineNo":1,"quantity":\#(quantity)}}"#,
        with: "org.varlink.service.InvalidParameter")
      #expect(parameters["parameter"] == .string("quantity"))
    }
    let missing = try await shop.refuses(
      #"{"method":"id.kasir.Sale.SetQuantity","parameters":{"saleId":\#(cart.id),"lineNo":9,"quantity":1}}"#,
      with: "id.kasir.Sale.LineNotFound")
    #expect(missing == .object(["lineNo": .int(9)]))
  }

  @Test func setQuantityKeepsTheLimitPerSale() async throws {
    let shop = try await shop()
    let sale = try await shop.call(SaleAPI.Open.self, .init()).sale
    try await shop.call(SaleAPI.AddItem.self, .init(saleId: sale.id, code: "MINYAKITA"))
    let parameters = try await shop.refuses(
      #"{"method":"id.kasir.Sale.SetQuantity","parameters":{"saleId":\#(sale.id),"lineNo":1,"quantity":3}}"#,
      with: "id.kasir.Sale.MaxPerSaleExceeded")
    #expect(
      parameters == .object(["sku": .string("MINYAKITA"), "max": .int(2), "requested": .int(3)]))
  }

  @Test func removeLine() async throws {
    let shop = try await shop()
    let cart = try await shop.openCart()
    let sale = try await shop.call(
      SaleAPI.RemoveLine.self, .init(saleId: cart.id, lineNo: 1), as: cashier
    ).sale
    #expect(sale.lines.map(\.lineNo) == [2])
    #expect(sale.total == 10_125)
    try await shop.refuses(
      #"{"method":"id.kasir.Sale.RemoveLine","parameters":{"saleId":\#(cart.id),"lineNo":1}}"#,
      with: "id.kasir.Sale.LineNotFound")
  }

  @Test func discountsOnALineAndOnTheSale() async throws {
    let shop = try await shop()
    let cart = try await shop.openCart()
    // 12,5 % of 10.125 = 1.265,625 → 1.266 (half up).
    var sale = try await shop.call(
      SaleAPI.ApplyDiscount.self, .init(saleId: cart.id, lineNo: 2, percent: Thousandths(12_500))
    ).sale
    #expect(sale.lines[1].discount == 1_266)
    #expect(sale.lines[1].amount == 8_859)
    // Re-applying replaces.
    sale = try await shop.call(
      SaleAPI.ApplyDiscount.self, .init(saleId: cart.id, lineNo: 2, amount: 125)
    ).sale
    #expect(sale.lines[1].discount == 125)
    sale = try await shop.call(
      SaleAPI.ApplyDiscount.self, .init(saleId: cart.id, amount: 200)
    ).sale
    // 10.200 + 10.000 − 200
    #expect(sale.subtotal == 20_200)
    #expect(sale.discount == 325)
    #expect(sale.total == 20_000)
    #expect(try await shop.call(SaleAPI.Get.self, .init(saleId: cart.id)).sale == sale)
  }

  @Test func discountsThatCannotBe() async throws {
    let shop = try await shop()
    let cart = try await shop.openCart()
    let call = #"{"method":"id.kasir.Sale.ApplyDiscount","parameters":{"saleId":\#(cart.id)"#
    let tooMuch = try await shop.refuses(
      call + #","lineNo":1,"amount":10201}}"#, with: "id.kasir.Sale.DiscountTooLarge")
    #expect(
      tooMuch == .object(["lineNo": .int(1), "discount": .int(10_201), "limit": .int(10_200)]))
    let overSale = try await shop.refuses(
      call + #","amount":20326}}"#, with: "id.kasir.Sale.DiscountTooLarge")
    #expect(overSale == .object(["discount": .int(20_326), "limit": .int(20_325)]))
    for (body, parameter) in [
      (#","amount":100,"percent":5}}"#, "amount"), ("}}", "amount"),
      (#","percent":100.5}}"#, "percent"), (#","amount":-1}}"#, "amount"),
    ] {
      let refused = try await shop.refuses(
        call + body, with: "org.varlink.service.InvalidParameter")
      #expect(refused["parameter"] == .string(parameter))
    }
    try await shop.refuses(
      call + #","lineNo":7,"amount":1}}"#, with: "id.kasir.Sale.LineNotFound")
  }

  @Test func holdResumeCancelAndListOpen() async throws {
    let shop = try await shop()
    let first = try await shop.openCart()
    let second = try await shop.call(SaleAPI.Open.self, .init(), as: cashier).sale
    let held = try await shop.call(SaleAPI.Hold.self, .init(saleId: first.id), as: cashier).sale
    #expect(held.state == "held")
    var open = try await shop.call(SaleAPI.ListOpen.self, Empty(), as: cashier).sales
    #expect(open.map(\.state) == ["held", "open"])
    #expect(open[0].lines == first.lines)
    let add = try await shop.refuses(
      #"{"method":"id.kasir.Sale.AddItem","parameters":{"saleId":\#(first.id),"code":"MIE-GOR"}}"#,
      with: "id.kasir.Sale.InvalidState")
    #expect(add["allowed"] == .array([.string("open")]))
    let payHeld = try await shop.refuses(
      #"{"method":"id.kasir.Sale.Pay","parameters":{"saleId":\#(first.id),"payments":[{"method":"cash","amount":50000}]}}"#,
      with: "id.kasir.Sale.InvalidState")
    #expect(payHeld["state"] == .string("held"))
    try await shop.refuses(
      #"{"method":"id.kasir.Sale.Hold","parameters":{"saleId":\#(first.id)}}"#,
      with: "id.kasir.Sale.InvalidState")
    let resumed = try await shop.call(SaleAPI.Resume.self, .init(saleId: first.id)).sale
    #expect(resumed.state == "open")
    try await shop.call(SaleAPI.Cancel.self, .init(saleId: second.id), as: cashier)
    open = try await shop.call(SaleAPI.ListOpen.self, Empty()).sales
    #expect(open.map(\.id) == [first.id])
    #expect(
      try await shop.call(SaleAPI.Get.self, .init(saleId: second.id)).sale.state == "cancelled")
    for method in ["Pay", "Resume", "Cancel"] {
      let payments = method == "Pay" ? #","payments":[{"method":"cash","amount":1}]"# : ""
      try await shop.refuses(
        #"{"method":"id.kasir.Sale.\#(method)","parameters":{"saleId":\#(second.id)\#(payments)}}"#,
        with: "id.kasir.Sale.InvalidState")
    }
    try await shop.refuses(
      #"{"method":"id.kasir.Sale.Hold","parameters":{"saleId":999}}"#,
      with: "id.kasir.Sale.SaleNotFound")
  }

  @Test func cashRoundingForAllCashSales() async throws {
    let shop = try await shop { $0.cashRounding = 100 }
    let cart = try await shop.openCart()
    let paid = try await shop.call(
      SaleAPI.Pay.self, .init(saleId: cart.id, payments: [.init(method: "cash", amount: 50_000)]))
    // 20.325 → 20.300: the rounding is its own amount, change is exact.
    #expect(paid.sale.rounding == -25)
    #expect(paid.sale.total == 20_300)
    #expect(paid.change == 29_700)
    let split = try await shop.openCart()
    let noRounding = try await shop.call(
      SaleAPI.Pay.self,
      .init(
        saleId: split.id,
        payments: [.init(method: "qris", amount: 10_000), .init(method: "cash", amount: 10_325)]))
    #expect(noRounding.sale.rounding == 0)
    #expect(noRounding.change == 0)
  }

  @Test func badInputAtTheTill() async throws {
    let shop = try await shop()
    let cart = try await shop.openCart()
    let add = #"{"method":"id.kasir.Sale.AddItem","parameters":{"saleId":\#(cart.id),"#
    try await shop.refuses(
      add + #""code":"8990000000000"}}"#, with: "id.kasir.Sale.ProductNotFound")
    // A scale label for PLU 10001, 750 g, with its check digit off by one.
    let label = try await shop.refuses(
      add + #""code":"2010001007501"}}"#, with: "id.kasir.Sale.InvalidBarcode")
    #expect(label["reason"] == .string("checkDigit"))
    let good = try await shop.call(
      SaleAPI.AddItem.self, .init(saleId: cart.id, code: "2010001007500"))
    #expect(good.sale.lines.last?.quantity == Thousandths(750))
    let overpaid = try await shop.refuses(
      #"{"method":"id.kasir.Sale.Pay","parameters":{"saleId":\#(cart.id),"payments":[{"method":"qris","amount":40000}]}}"#,
      with: "id.kasir.Sale.NonCashOverpaid")
    #expect(overpaid == .object(["due": .int(30_450), "nonCash": .int(40_000)]))
  }
}
