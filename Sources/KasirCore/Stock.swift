import Foundation

/// How much of a product is on the shelf, by the ledger.
public struct StockLevel: Sendable, Equatable, Codable {
  public var sku: String
  public var name: String
  public var unit: String
  public var onHand: Quantity
  public var reorderLevel: Quantity?

  public init(sku: String, name: String, unit: String, onHand: Quantity, reorderLevel: Quantity?) {
    self.sku = sku
    self.name = name
    self.unit = unit
    self.onHand = onHand
    self.reorderLevel = reorderLevel
  }

  /// Negative stock, or at or below the reorder level.
  public var low: Bool { Self.isLow(onHand: onHand, reorderLevel: reorderLevel) }

  public static func isLow(onHand: Quantity, reorderLevel: Quantity?) -> Bool {
    onHand < .zero || reorderLevel.map { onHand <= $0 } ?? false
  }
}

/// One entry of the stock ledger. On hand is always the sum of the deltas.
public struct Movement: Sendable, Equatable, Codable {
  public enum Kind: String, Sendable, Codable {
    case sale, refund, void, receiving, adjustment
  }

  public var id: Int64
  public var at: Date
  public var sku: String
  public var delta: Quantity
  public var balance: Quantity
  public var kind: Kind
  public var reference: String
  public var user: String
  public var reason: String?
  public var note: String?

  public init(
    id: Int64, at: Date, sku: String, delta: Quantity, balance: Quantity, kind: Kind,
    reference: String, user: String, reason: String? = nil, note: String? = nil
  ) {
    self.id = id
    self.at = at
    self.sku = sku
    self.delta = delta
    self.balance = balance
    self.kind = kind
    self.reference = reference
    self.user = user
    self.reason = reason
    self.note = note
  }
}

/// Goods in: a delivery with one line per product.
public struct Receiving: Sendable, Equatable, Codable {
  public struct Line: Sendable, Equatable, Codable {
    public var code: String
    public var sku: String
    public var quantity: Quantity
    public var unitCost: Money?
    public init(code: String, sku: String = "", quantity: Quantity, unitCost: Money? = nil) {
      self.code = code
      self.sku = sku
      self.quantity = quantity
      self.unitCost = unitCost
    }
  }

  public var id: Int64
  public var supplier: String?
  public var reference: String?
  public var user: String
  public var at: Date
  public var lines: [Line]
  public var movements: [Movement]

  public init(
    id: Int64, supplier: String?, reference: String?, user: String, at: Date, lines: [Line],
    movements: [Movement]
  ) {
    self.id = id
    self.supplier = supplier
    self.reference = reference
    self.user = user
    self.at = at
    self.lines = lines
    self.movements = movements
  }
}

/// What can go wrong with stock.
public enum StockError: Error, Sendable, Equatable {
  case emptyReceiving
  case invalidQuantity(code: String, reason: SaleError.QuantityProblem)
  case negativeCost(code: String)
  /// A unit cost above `Money.maxPrice`.
  case costTooLarge(code: String)
}

/// A price change, kept for the history.
public struct PriceChange: Sendable, Equatable, Codable {
  public var sku: String
  public var price: Money
  public var memberPrice: Money?
  public var previousPrice: Money?
  public var effectiveAt: Date
  public var changedAt: Date
  public var user: String
  public var reason: String?

  public init(
    sku: String, price: Money, memberPrice: Money?, previousPrice: Money?, effectiveAt: Date,
    changedAt: Date, user: String, reason: String?
  ) {
    self.sku = sku
    self.price = price
    self.memberPrice = memberPrice
    self.previousPrice = previousPrice
    self.effectiveAt = effectiveAt
    self.changedAt = changedAt
    self.user = user
    self.reason = reason
  }
}
