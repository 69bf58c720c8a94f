import Foundation
import KasirCore
import Testing

@Suite struct SaleEditingTests {
  let noodles = Product(sku: "MIE", name: "Mie instan goreng", unit: "pcs", price: 3_400)
  let rice = Product(
    sku: "BERAS", name: "Beras medium", unit: "kg", weighed: true, price: 13_500)
  let oil = Product(
    sku: "MINYAKITA", name: "Minyakita", unit: "pcs", price: 15_700,
    maxPerSale: Quantity(whole: 2))
  let now = Date(timeIntervalSince1970: 1_795_918_502)
  let makassar = TimeZone(identifier: "Asia/Makassar")!

  func cart() throws -> Sale {
    var sale = Sale(id: 1, number: "20261129-0001", cashier: "siti", openedAt: now)
    _ = try sale.add(noodles, quantity: Quantity(whole: 3))
    _ = try sale.add(rice, quantity: Quantity(thousandths: 750))
    return sale
  }

  @Test func quantitiesFollowTheRulesOfAdd() throws {
    var sale = try cart()
    try sale.setQuantity(lineNo: 2, to: Quantity(thousandths: 1_250), product: rice)
    #expect(sale.total == Money(27_075))
    #expect(
      throws: SaleError.invalidQuantity(Quantity(thousandths: 500), reason: .fractionOfUnweighed)
    ) {
      try sale.setQuantity(lineNo: 1, to: Quantity(thousandths: 500), product: noodles)
    }
    #expect(throws: SaleError.invalidQuantity(.zero, reason: .notPositive)) {
      try sale.setQuantity(lineNo: 1, to: .zero, product: noodles)
    }
    _ = try sale.add(oil, quantity: .one)
    #expect(
      throws: SaleError.maxPerSaleExceeded(
        sku: "MINYAKITA", max: Quantity(whole: 2), requested: Quantity(whole: 3))
    ) { try sale.setQuantity(lineNo: 3, to: Quantity(whole: 3), product: oil) }
  }

  @Test func discountsRoundHalfUpAndNeverExceedTheirBase() throws {
    var sale = try cart()
    try sale.applyDiscount(.percent(thousandths: 12_500), lineNo: 2)
    #expect(sale.lines[1].discount == Money(1_266))
    try sale.applyDiscount(.amount(Money(20_325 - 1_266)), lineNo: nil)
    #expect(sale.total == .zero)
    // The sale discount must still fit: removing a line would break it.
    #expect(throws: SaleError.self) { try sale.removeLine(1) }
    try sale.applyDiscount(.amount(.zero), lineNo: nil)
    try sale.removeLine(1)
    #expect(sale.lines.map(\.lineNo) == [2])
    #expect(
      throws: SaleError.discountTooLarge(lineNo: 2, discount: Money(10_126), limit: Money(10_125))
    ) { try sale.applyDiscount(.amount(Money(10_126)), lineNo: 2) }
    #expect(throws: SaleError.invalidDiscount(field: "percent")) {
      try sale.applyDiscount(.percent(thousandths: 100_001), lineNo: nil)
    }
  }

  @Test func theLifecycle() throws {
    var sale = try cart()
    try sale.hold()
    #expect(throws: SaleError.invalidState(number: sale.number, state: .held, allowed: [.open])) {
      try sale.hold()
    }
    try sale.resume()
    _ = try sale.pay([Payment(method: .cash, amount: Money(50_000))], at: now)
    #expect(throws: SaleError.self) { try sale.cancel() }
    let nextDay = now.addingTimeInterval(14 * 3600)
    var late = sale
    #expect(throws: SaleError.voidNotAllowed(number: sale.number, reason: .notSameDay)) {
      try late.void(now: nextDay, timeZone: makassar, hasRefunds: false)
    }
    try sale.void(now: now.addingTimeInterval(3600), timeZone: makassar, hasRefunds: false)
    #expect(sale.state == .voided)
  }

  @Test func cashRoundsToTheNearestStepHalfDown() throws {
    #expect(Money(20_325).roundedToCash(step: Money(100)) == Money(20_300))
    #expect(Money(20_350).roundedToCash(step: Money(100)) == Money(20_300))
    #expect(Money(20_351).roundedToCash(step: Money(100)) == Money(20_400))
    #expect(Money(20_351).roundedToCash(step: .zero) == Money(20_351))
    var sale = try cart()
    let change = try sale.pay(
      [Payment(method: .cash, amount: Money(20_300))], at: now, cashRoundingStep: Money(100))
    #expect(sale.rounding == Money(-25))
    #expect(change == .zero)
  }

  @Test func refundsShareDiscountsSoTheWholeComesBackExactly() throws {
    var sale = try cart()
    try sale.applyDiscount(.amount(Money(1_000)), lineNo: 1)
    try sale.applyDiscount(.amount(Money(325)), lineNo: nil)
    _ = try sale.pay([Payment(method: .cash, amount: Money(20_000))], at: now)
    let first = try sale.makeRefund(
      [.init(lineNo: 1, quantity: .one)], previous: [], number: "R1", cashier: "adi", at: now,
      shiftId: 1)
    #expect(first.lines[0].discount == Money(333))
    let rest = try sale.makeRefund(
      [
        .init(lineNo: 1, quantity: Quantity(whole: 2)),
        .init(lineNo: 2, quantity: Quantity(thousandths: 750)),
      ],
      previous: [first], number: "R2", cashier: "adi", at: now, shiftId: 1)
    #expect(first.total + rest.total == sale.total)
    #expect(rest.payments == [Payment(method: .cash, amount: rest.total)])
    #expect(
      throws: SaleError.refundExceedsSold(
        lineNo: 1, sold: Quantity(whole: 3), refunded: Quantity(whole: 3), requested: .one)
    ) {
      try sale.makeRefund(
        [.init(lineNo: 1, quantity: .one)], previous: [first, rest], number: "R3", cashier: "adi",
        at: now, shiftId: 1)
    }
  }
}
