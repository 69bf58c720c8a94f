import Foundation
import KasirCore
import Testing

@Suite struct SaleTests {
  let noodles = Product(
    sku: "MIE", name: "Mie instan goreng", unit: "pcs", price: 3_400,
    packs: [Pack(barcode: "8991234000213", name: "Karton 40", factor: 40, price: 118_000)])
  let rice = Product(
    sku: "BERAS", name: "Beras medium", unit: "kg", weighed: true, price: 13_500,
    priceCap: 13_500)
  let oil = Product(
    sku: "MINYAKITA", name: "Minyakita 1 liter", unit: "pcs", price: 15_700,
    memberPrice: 15_500, priceCap: 15_700, maxPerSale: Quantity(whole: 2))
  let opened = Date(timeIntervalSince1970: 1_795_918_502)

  func newSale() -> Sale { Sale(id: 1, number: "20261129-0001", cashier: "siti", openedAt: opened) }

  @Test func repeatedScansJoinTheirLine() throws {
    var sale = newSale()
    #expect(try sale.add(noodles, quantity: .one) == 1)
    #expect(try sale.add(noodles, quantity: Quantity(whole: 2)) == 1)
    #expect(try sale.add(rice, quantity: Quantity(thousandths: 750)) == 2)
    #expect(sale.lines[0].quantity == Quantity(whole: 3))
    #expect(sale.total == Money(20_325))
  }

  @Test func packsSellAtThePackPriceAndCountBaseUnits() throws {
    var sale = newSale()
    _ = try sale.add(noodles, quantity: .one, pack: noodles.packs[0])
    #expect(sale.lines[0].priceTier == .pack)
    #expect(sale.lines[0].amount == 118_000)
    #expect(sale.lines[0].baseQuantity == Quantity(whole: 40))
  }

  @Test func rulesOfTheShop() throws {
    var sale = newSale()
    #expect(
      throws: SaleError.invalidQuantity(Quantity(thousandths: 500), reason: .fractionOfUnweighed)
    ) {
      try sale.add(noodles, quantity: Quantity(thousandths: 500))
    }
    #expect(throws: SaleError.invalidQuantity(.zero, reason: .notPositive)) {
      try sale.add(noodles, quantity: .zero)
    }
    _ = try sale.add(oil, quantity: Quantity(whole: 2))
    #expect(
      throws: SaleError.maxPerSaleExceeded(
        sku: "MINYAKITA", max: Quantity(whole: 2), requested: Quantity(whole: 3))
    ) {
      try sale.add(oil, quantity: .one)
    }
    var inactive = noodles
    inactive.active = false
    #expect(throws: SaleError.inactiveProduct(sku: "MIE")) {
      try sale.add(inactive, quantity: .one)
    }
    var overCap = rice
    overCap.price = 14_000
    #expect(throws: SaleError.priceAboveCap(sku: "BERAS", price: 14_000, cap: 13_500)) {
      try sale.add(overCap, quantity: .one)
    }
  }

  @Test func memberPricesApplyWhenAsked() throws {
    var sale = newSale()
    _ = try sale.add(oil, quantity: .one, memberPricing: true)
    #expect(sale.lines[0].unitPrice == 15_500)
    #expect(sale.lines[0].priceTier == .member)
  }

  @Test func payingChecksTheAmountsAndGivesExactChange() throws {
    var sale = newSale()
    _ = try sale.add(rice, quantity: Quantity(thousandths: 750))
    #expect(throws: SaleError.underpaid(due: 10_125, tendered: 10_000)) {
      var copy = sale
      _ = try copy.pay([Payment(method: .cash, amount: 10_000)], at: opened)
    }
    #expect(throws: SaleError.nonCashOverpaid(due: 10_125, nonCash: 20_000)) {
      var copy = sale
      _ = try copy.pay([Payment(method: .qris, amount: 20_000)], at: opened)
    }
    #expect(throws: SaleError.memberRequired) {
      var copy = sale
      _ = try copy.pay([Payment(method: .kasbon, amount: 10_125)], at: opened)
    }
    let change = try sale.pay(
      [Payment(method: .qris, amount: 5_000), Payment(method: .cash, amount: 10_000)], at: opened)
    #expect(change == 4_875)
    #expect(sale.state == .completed)
    #expect(sale.change == 4_875)
    #expect(
      throws: SaleError.invalidState(number: "20261129-0001", state: .completed, allowed: [.open])
    ) {
      try sale.add(rice, quantity: .one)
    }
  }

  @Test func anEmptySaleCannotBePaid() {
    var sale = newSale()
    #expect(throws: SaleError.emptySale) {
      try sale.pay([Payment(method: .cash, amount: 1)], at: opened)
    }
  }
}

@Suite struct ShiftReportTests {
  @Test func expectedCashAndDifference() {
    var shift = Shift(id: 1, openedBy: "siti", openingCash: 100_000, openedAt: Date())
    shift.countedCash = 180_000
    let report = ShiftReport(
      shift: shift, salesCount: 3, gross: 120_000, discounts: 2_000,
      byMethod: [.init(method: .cash, amount: 95_000)], cashIn: 10_000, cashOut: 5_000,
      cashTaken: 100_000, changeGiven: 5_000, cashRefunds: 20_000)
    // 100.000 + 100.000 − 5.000 + 10.000 − 5.000 − 20.000
    #expect(report.expectedCash == 180_000)
    #expect(report.difference == 0)
    #expect(report.net == 118_000)
  }
}

@Suite struct ProductValidationTests {
  @Test func aGoodProductPasses() throws {
    try Product(sku: "MIE-1", name: "Mie", unit: "pcs", barcodes: ["8991234000206"], price: 3_400)
      .validate()
  }

  @Test func problemsAreNamed() {
    #expect(throws: CatalogError.invalidField(field: "sku", reason: .skuFormat)) {
      try Product(sku: "a b", name: "x", unit: "pcs", price: 1).validate()
    }
    #expect(throws: CatalogError.invalidField(field: "name", reason: .nameLength)) {
      try Product(sku: "A", name: "  ", unit: "pcs", price: 1).validate()
    }
    #expect(throws: CatalogError.priceAboveCap(price: 15_800, cap: 15_700)) {
      try Product(sku: "A", name: "x", unit: "pcs", price: 15_800, priceCap: 15_700).validate()
    }
    #expect(throws: CatalogError.invalidField(field: "taxClass", reason: .taxClassFormat)) {
      try Product(sku: "A", name: "x", unit: "pcs", price: 1, taxClass: TaxClass(rawValue: "V A T"))
        .validate()
    }
    #expect(throws: CatalogError.duplicateBarcode(code: "8991234000206", sku: "A")) {
      try Product(
        sku: "A", name: "x", unit: "pcs", barcodes: ["8991234000206", "8991234000206"], price: 1
      )
      .validate()
    }
  }
}
