/// Changing the lines of an open sale: quantities, removals and discounts.
extension Sale {
  /// A discount as given at the till: rupiah off, or a percent in thousandths (12,5 % is 12500).
  public enum Discount: Sendable, Equatable {
    case amount(Money)
    case percent(thousandths: Int64)
  }

  /// Sets the quantity of line `lineNo`, with the rules of `add`: positive, whole unless
  /// weighed, within `product.maxPerSale` (counted in base units over the whole sale). A line
  /// discount is kept and must still fit the new line amount.
  public mutating func setQuantity(
    lineNo: Int, to quantity: Quantity, product: Product
  ) throws(SaleError) {
    try requireState(.open)
    let index = try lineIndex(lineNo)
    try Sale.check(quantity, weighed: lines[index].weighed)
    var changed = lines[index]
    changed.quantity = quantity
    if let max = product.maxPerSale {
      let requested =
        quantitySold(of: changed.sku) - lines[index].baseQuantity + changed.baseQuantity
      if changed.baseQuantity > lines[index].baseQuantity && requested > max {
        throw .maxPerSaleExceeded(sku: changed.sku, max: max, requested: requested)
      }
    }
    let gross = quantity.amount(at: changed.unitPrice)
    guard changed.discount <= gross else {
      throw .discountTooLarge(lineNo: lineNo, discount: changed.discount, limit: gross)
    }
    var after = self
    after.lines[index] = changed
    try after.checkSaleDiscount()
    self = after
  }

  /// Removes line `lineNo`. The sale discount must still fit what is left.
  public mutating func removeLine(_ lineNo: Int) throws(SaleError) {
    try requireState(.open)
    var after = self
    after.lines.remove(at: try lineIndex(lineNo))
    try after.checkSaleDiscount()
    self = after
  }

  /// Sets the discount of line `lineNo`, or of the whole sale when `lineNo` is nil, replacing
  /// any earlier one. A percent is of the line's quantity × price (for a line) or of the
  /// subtotal (for the sale), rounded half up to a whole rupiah. Zero removes the discount.
  public mutating func applyDiscount(_ discount: Discount, lineNo: Int?) throws(SaleError) {
    try requireState(.open)
    let base: Money
    var index: Int?
    if let lineNo {
      index = try lineIndex(lineNo)
      base = lines[index!].quantity.amount(at: lines[index!].unitPrice)
    } else {
      base = subtotal
    }
    let amount: Money
    switch discount {
    case .amount(let money):
      guard money >= .zero else { throw .invalidDiscount(field: "amount") }
      amount = money
    case .percent(let thousandths):
      guard (0...100_000).contains(thousandths) else { throw .invalidDiscount(field: "percent") }
      amount = Money(Money.divideRounded(base.rupiah * thousandths, by: 100_000))
    }
    guard amount <= base else {
      throw .discountTooLarge(lineNo: lineNo, discount: amount, limit: base)
    }
    var after = self
    if let index {
      after.lines[index].discount = amount
      try after.checkSaleDiscount()
    } else {
      after.saleDiscount = amount
    }
    self = after
  }

  func lineIndex(_ lineNo: Int) throws(SaleError) -> Int {
    guard let index = lines.firstIndex(where: { $0.lineNo == lineNo }) else {
      throw .lineNotFound(lineNo: lineNo)
    }
    return index
  }

  /// The sale discount may never exceed the subtotal it is taken from.
  func checkSaleDiscount() throws(SaleError) {
    guard saleDiscount <= subtotal else {
      throw .discountTooLarge(lineNo: nil, discount: saleDiscount, limit: subtotal)
    }
  }

  /// A line quantity: positive, at most `maxLineQuantity`, whole unless the line is weighed.
  static func check(_ quantity: Quantity, weighed: Bool) throws(SaleError) {
    guard quantity > .zero else { throw .invalidQuantity(quantity, reason: .notPositive) }
    guard quantity <= maxLineQuantity else { throw .invalidQuantity(quantity, reason: .tooLarge) }
    guard weighed || quantity.isWhole else {
      throw .invalidQuantity(quantity, reason: .fractionOfUnweighed)
    }
  }
}
