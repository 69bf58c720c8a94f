import Foundation

extension Sale {
  /// The largest quantity one line may carry: 1,000,000 units.
  public static let maxLineQuantity = Quantity(whole: 1_000_000)

  /// Adds `quantity` of `product` (or of one of its packs) and returns the line number used.
  /// A repeated scan of the same item joins its line.
  public mutating func add(
    _ product: Product, quantity: Quantity, pack: Pack? = nil, memberPricing: Bool = false
  ) throws(SaleError) -> Int {
    try requireState(.open)
    guard product.active else { throw .inactiveProduct(sku: product.sku) }
    guard quantity > .zero else { throw .invalidQuantity(quantity, reason: .notPositive) }
    guard quantity <= Sale.maxLineQuantity else {
      throw .invalidQuantity(quantity, reason: .tooLarge)
    }
    guard product.weighed && pack == nil || quantity.isWhole else {
      throw .invalidQuantity(quantity, reason: .fractionOfUnweighed)
    }
    let (unitPrice, tier) = product.sellingPrice(pack: pack, member: memberPricing)
    if let cap = product.priceCap, pack == nil, unitPrice > cap {
      throw .priceAboveCap(sku: product.sku, price: unitPrice, cap: cap)
    }
    let added = quantity * (pack?.factor ?? 1)
    if let max = product.maxPerSale, quantitySold(of: product.sku) + added > max {
      throw .maxPerSaleExceeded(
        sku: product.sku, max: max, requested: quantitySold(of: product.sku) + added)
    }
    if !product.weighed,
      let index = lines.lastIndex(where: {
        $0.sku == product.sku && $0.packBarcode == pack?.barcode && $0.unitPrice == unitPrice
          && $0.priceTier == tier && $0.discount == .zero
      })
    {
      lines[index].quantity = lines[index].quantity + quantity
      return lines[index].lineNo
    }
    let lineNo = (lines.map(\.lineNo).max() ?? 0) + 1
    lines.append(
      SaleLine(
        lineNo: lineNo, sku: product.sku,
        name: pack.map { "\(product.name) (\($0.name))" } ?? product.name,
        unit: pack == nil ? product.unit : "pack", weighed: product.weighed && pack == nil,
        quantity: quantity, unitPrice: unitPrice, priceTier: tier, taxClass: product.taxClass,
        packBarcode: pack?.barcode, packFactor: pack?.factor,
        regularPrice: tier == .member ? product.price : nil))
    return lineNo
  }

  /// Checks `payments` against the total and completes the sale. Returns the change.
  ///
  /// Cash rounding: when `cashRoundingStep` is positive and every payment is cash, the total
  /// is rounded to the nearest multiple of the step, an exact half rounded down (in the
  /// customer's favour): with a step of 100, 20.325 → 20.300, 20.350 → 20.300, 20.351 →
  /// 20.400. The difference is the sale's `rounding`; change is exact against the rounded total.
  public mutating func pay(
    _ payments: [Payment], at now: Date, cashRoundingStep: Money = .zero
  ) throws(SaleError) -> Money {
    try requireState(.open)
    guard !lines.isEmpty else { throw .emptySale }
    let allCash = !payments.isEmpty && payments.allSatisfy { $0.method == .cash }
    let unrounded = subtotal - saleDiscount
    let rounding = allCash ? unrounded.roundedToCash(step: cashRoundingStep) - unrounded : .zero
    var sale = self
    sale.rounding = rounding
    let change = try sale.complete(payments, at: now)
    self = sale
    return change
  }

  private mutating func complete(_ payments: [Payment], at now: Date) throws(SaleError) -> Money {
    guard !payments.isEmpty else { throw .invalidPayment(reason: .noPayments) }
    guard payments.allSatisfy({ $0.amount > .zero }) else {
      throw .invalidPayment(reason: .notPositive)
    }
    if payments.contains(where: { $0.method == .kasbon }) && memberNumber == nil {
      throw .memberRequired
    }
    let tendered = try Self.sum(payments)
    guard tendered >= total else { throw .underpaid(due: total, tendered: tendered) }
    let nonCash = try Self.sum(payments.filter { $0.method != .cash })
    guard nonCash <= total else { throw .nonCashOverpaid(due: total, nonCash: nonCash) }
    self.payments = payments
    state = .completed
    completedAt = now
    return tendered - total
  }

  /// The payments' total; more than `Money.limit` is refused, never a crash (the amounts
  /// come from the wire, and Int64.max twice overflows).
  private static func sum(_ payments: [Payment]) throws(SaleError) -> Money {
    var total: Int64 = 0
    for payment in payments {
      let (sum, overflow) = total.addingReportingOverflow(payment.amount.rupiah)
      guard !overflow, sum <= Money.limit.rupiah else { throw .invalidPayment(reason: .tooLarge) }
      total = sum
    }
    return Money(total)
  }
}

extension Money {
  /// The nearest multiple of `step`, an exact half rounded down; itself when `step` is not
  /// positive.
  public func roundedToCash(step: Money) -> Money {
    guard step.rupiah > 0 else { return self }
    let remainder = rupiah % step.rupiah
    let down = rupiah - remainder
    return Money(remainder * 2 > step.rupiah ? down + step.rupiah : down)
  }
}

extension Product {
  /// The unit price and tier that apply: the pack's price, the member price, or the regular one.
  public func sellingPrice(pack: Pack?, member: Bool) -> (Money, SaleLine.PriceTier) {
    if let pack { return (pack.price, .pack) }
    if member, let memberPrice { return (memberPrice, .member) }
    return (price, .regular)
  }
}
