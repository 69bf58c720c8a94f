extension StockAPI {
  public enum Adjust: VarlinkMethod {
    public static let name = "id.kasir.Stock.Adjust"
    public struct Parameters: Codable, Sendable {
      public var code: String
      public var countedQuantity: Thousandths?
      public var delta: Thousandths?
      public var reason: String
      public var note: String?
      public init(
        code: String, countedQuantity: Thousandths? = nil, delta: Thousandths? = nil,
        reason: String, note: String? = nil
      ) {
        self.code = code
        self.countedQuantity = countedQuantity
        self.delta = delta
        self.reason = reason
        self.note = note
      }
    }
    public struct Reply: Codable, Sendable {
      public var level: StockLevel
      public var movement: Movement
      public init(level: StockLevel, movement: Movement) {
        self.level = level
        self.movement = movement
      }
    }
  }

  public enum Movements: VarlinkMethod {
    public static let name = "id.kasir.Stock.Movements"
    public struct Parameters: Codable, Sendable {
      public var code: String
      public var from: String?
      public var to: String?
      public init(code: String, from: String? = nil, to: String? = nil) {
        self.code = code
        self.from = from
        self.to = to
      }
    }
    public struct Reply: Codable, Sendable {
      public var movements: [Movement]
      public init(movements: [Movement]) { self.movements = movements }
    }
  }
}
