/// A payment toward a sale. Only cash may exceed what is due; the excess is change.
public struct Payment: Sendable, Equatable, Codable {
  public enum Method: String, Sendable, Codable, CaseIterable {
    case cash, qris, transfer, kasbon
  }

  public var method: Method
  public var amount: Money
  public var reference: String?

  public init(method: Method, amount: Money, reference: String? = nil) {
    self.method = method
    self.amount = amount
    self.reference = reference
  }
}
