/// A sale's member: member prices for every line that has one.
extension Sale {
  /// Gives the open sale to member `number` (or takes it away with nil) and prices every line
  /// again: the member price where the product has one, else the regular price; pack lines keep
  /// their pack price. `products` holds the current product of each line's SKU.
  public mutating func setMember(_ number: String?, products: [String: Product]) throws(SaleError) {
    try requireState(.open)
    var lines = self.lines
    for index in lines.indices where lines[index].priceTier != .pack {
      guard let product = products[lines[index].sku] else { continue }
      let (price, tier) = product.sellingPrice(pack: nil, member: number != nil)
      lines[index].unitPrice = price
      lines[index].priceTier = tier
      lines[index].regularPrice = tier == .member ? product.price : nil
      let gross = lines[index].quantity.amount(at: price)
      if lines[index].discount > gross {
        throw .discountTooLarge(
          lineNo: lines[index].lineNo, discount: lines[index].discount, limit: gross)
      }
    }
    let subtotal = lines.reduce(Money.zero) { $0 + $1.amount }
    if saleDiscount > subtotal {
      throw .discountTooLarge(lineNo: nil, discount: saleDiscount, limit: subtotal)
    }
    self.lines = lines
    memberNumber = number
  }

  /// What the member saved on this sale against regular prices.
  public var memberSaving: Money { lines.reduce(.zero) { $0 + $1.memberSaving } }

  /// What this sale put on (or, for a refund, took off) the member's kasbon.
  public var kasbonPaid: Money {
    payments.filter { $0.method == .kasbon }.reduce(.zero) { $0 + $1.amount }
  }
}
