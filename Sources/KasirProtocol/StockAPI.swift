/// `id.kasir.Stock`: the stock ledger.
public enum StockAPI {
  public struct StockLevel: Codable, Sendable, Equatable {
    public var sku: String
    public var name: String
    public var unit: String
    public var onHand: Thousandths
    public var reorderLevel: Thousandths?
    public var low: Bool
    public init(
      sku: String, name: String, unit: String, onHand: Thousandths, reorderLevel: Thousandths?,
      low: Bool
    ) {
      self.sku = sku
      self.name = name
      self.unit = unit
      self.onHand = onHand
      self.reorderLevel = reorderLevel
      self.low = low
    }
  }

  public struct Movement: Codable, Sendable, Equatable {
    public var id: Int64
    public var at: String
    public var sku: String
    public var delta: Thousandths
    public var balance: Thousandths
    public var kind: String
    public var reference: String
    public var user: String
    public var reason: String?
    public var note: String?
    public init(
      id: Int64, at: String, sku: String, delta: Thousandths, balance: Thousandths, kind: String,
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

  public struct ReceiveLine: Codable, Sendable, Equatable {
    public var code: String
    public var quantity: Thousandths
    public var unitCost: Int64?
    public init(code: String, quantity: Thousandths, unitCost: Int64? = nil) {
      self.code = code
      self.quantity = quantity
      self.unitCost = unitCost
    }
  }

  public struct Receiving: Codable, Sendable, Equatable {
    public var id: Int64
    public var supplier: String?
    public var reference: String?
    public var user: String
    public var at: String
    public var movements: [Movement]
    public init(
      id: Int64, supplier: String?, reference: String?, user: String, at: String,
      movements: [Movement]
    ) {
      self.id = id
      self.supplier = supplier
      self.reference = reference
      self.user = user
      self.at = at
      self.movements = movements
    }
  }

  public enum GetLevel: VarlinkMethod {
    public static let name = "id.kasir.Stock.GetLevel"
    public struct Parameters: Codable, Sendable {
      public var code: String
      public init(code: String) { self.code = code }
    }
    public struct Reply: Codable, Sendable {
      public var level: StockLevel
      public init(level: StockLevel) { self.level = level }
    }
  }

  public enum ListLevels: VarlinkMethod {
    public static let name = "id.kasir.Stock.ListLevels"
    public struct Parameters: Codable, Sendable {
      public var query: String?
      public var lowOnly: Bool?
      public init(query: String? = nil, lowOnly: Bool? = nil) {
        self.query = query
        self.lowOnly = lowOnly
      }
    }
    public struct Reply: Codable, Sendable {
      public var levels: [StockLevel]
      public init(levels: [StockLevel]) { self.levels = levels }
    }
  }

  public enum Receive: VarlinkMethod {
    public static let name = "id.kasir.Stock.Receive"
    public struct Parameters: Codable, Sendable {
      public var supplier: String?
      public var reference: String?
      public var lines: [ReceiveLine]
      public init(supplier: String? = nil, reference: String? = nil, lines: [ReceiveLine]) {
        self.supplier = supplier
        self.reference = reference
        self.lines = lines
      }
    }
    public struct Reply: Codable, Sendable {
      public var receiving: Receiving
      public init(receiving: Receiving) { self.receiving = receiving }
    }
  }
}
