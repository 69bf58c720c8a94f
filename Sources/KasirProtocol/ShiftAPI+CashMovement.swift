extension ShiftAPI {
  /// Cash put into (`amount` > 0) or taken out of (`amount` < 0) the drawer of the open shift.
  public enum CashMovement: VarlinkMethod {
    public static let name = "id.kasir.Shift.CashMovement"
    public struct Parameters: Codable, Sendable {
      public var amount: Int64
      public var reason: String
      public init(amount: Int64, reason: String) {
        self.amount = amount
        self.reason = reason
      }
    }
    public typealias Reply = ShiftReply
  }
}
