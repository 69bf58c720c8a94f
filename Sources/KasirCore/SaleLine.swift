/// One line of a sale. Name, unit, unit price and tax class are copied at the time of sale.
public struct SaleLine: Sendable, Equatable, Codable {
  public enum PriceTier: String, Sendable, Codable {
    case regular, member, pack
  }

  public var lineNo: Int
  public var sku: String
  public var name: String
  public var unit: String
  public var weighed: Bool
  public var quantity: Quantity
  public var unitPrice: Money
  public var priceTier: PriceTier
  public var taxClass: TaxClass
  /// For pack lines: the barcode and how many base units one pack holds.
  public var packBarcode: String?
  public var packFactor: Int64?
  public var discount: Money
  /// For member-priced lines: the regular unit price, so the receipt can show what the member
  /// saved.
  public var regularPrice: Money?

  public init(
    lineNo: Int, sku: String, name: String, unit: String, weighed: Bool, quantity: Quantity,
    unitPrice: Money, priceTier: PriceTier, taxClass: TaxClass, packBarcode: String? = nil,
    packFactor: Int64? = nil, discount: Money = .zero, regularPrice: Money? = nil
  ) {
    self.lineNo = lineNo
    self.sku = sku
    self.name = name
    self.unit = unit
    self.weighed = weighed
    self.quantity = quantity
    self.unitPrice = unitPrice
    self.priceTier = priceTier
    self.taxClass = taxClass
    self.packBarcode = packBarcode
    self.packFactor = packFactor
    self.discount = discount
    self.regularPrice = regularPrice
  }

  /// Quantity × unit price, rounded half up, less the line's discount.
  public var amount: Money { quantity.amount(at: unitPrice) - discount }

  /// What the member saved on this line: quantity × (regular − member price).
  public var memberSaving: Money {
    guard let regularPrice, priceTier == .member else { return .zero }
    return quantity.amount(at: regularPrice) - quantity.amount(at: unitPrice)
  }

  /// The quantity in the product's base unit: packs count as `factor` units each.
  public var baseQuantity: Quantity { quantity * (packFactor ?? 1) }
}
