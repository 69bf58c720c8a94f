/// A product as the shop sells it. Quantities are in `unit`, its base unit.
public struct Product: Sendable, Equatable, Codable {
  public var sku: String
  public var name: String
  public var unit: String
  public var weighed: Bool
  public var plu: String?
  public var barcodes: [String]
  public var price: Money
  public var memberPrice: Money?
  public var priceCap: Money?
  public var maxPerSale: Quantity?
  public var taxClass: TaxClass
  public var reorderLevel: Quantity?
  public var packs: [Pack]
  public var active: Bool
  public var onHand: Quantity

  public init(
    sku: String, name: String, unit: String, weighed: Bool = false, plu: String? = nil,
    barcodes: [String] = [], price: Money, memberPrice: Money? = nil, priceCap: Money? = nil,
    maxPerSale: Quantity? = nil, taxClass: TaxClass = .exempt, reorderLevel: Quantity? = nil,
    packs: [Pack] = [], active: Bool = true, onHand: Quantity = .zero
  ) {
    self.sku = sku
    self.name = name
    self.unit = unit
    self.weighed = weighed
    self.plu = plu
    self.barcodes = barcodes
    self.price = price
    self.memberPrice = memberPrice
    self.priceCap = priceCap
    self.maxPerSale = maxPerSale
    self.taxClass = taxClass
    self.reorderLevel = reorderLevel
    self.packs = packs
    self.active = active
    self.onHand = onHand
  }

  public var isLow: Bool {
    if onHand < .zero { return true }
    guard let reorderLevel else { return false }
    return onHand <= reorderLevel
  }
}

/// A pack sold under its own barcode, e.g. a carton of 40 noodles.
public struct Pack: Sendable, Equatable, Codable {
  public var barcode: String
  public var name: String
  public var factor: Int64
  public var price: Money

  public init(barcode: String, name: String, factor: Int64, price: Money) {
    self.barcode = barcode
    self.name = name
    self.factor = factor
    self.price = price
  }
}
