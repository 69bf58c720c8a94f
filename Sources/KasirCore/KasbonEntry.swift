import Foundation

/// One change of what a member owes: a kasbon purchase adds, a refund, a void or a
/// settlement takes off. `balance` is what the member owed after it.
public struct KasbonEntry: Sendable, Equatable, Codable {
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case purchase, refund, void, settlement
  }

  public var id: Int64
  public var memberNumber: String
  public var at: Date
  public var kind: Kind
  /// Positive: more owed; negative: less.
  public var amount: Money
  public var balance: Money
  public var saleId: Int64?
  /// How a settlement was paid.
  public var method: Payment.Method?
  /// The sale number of a purchase, refund or void; the payer's reference of a settlement.
  public var reference: String?
  public var user: String

  public init(
    id: Int64, memberNumber: String, at: Date, kind: Kind, amount: Money, balance: Money,
    saleId: Int64? = nil, method: Payment.Method? = nil, reference: String? = nil, user: String
  ) {
    self.id = id
    self.memberNumber = memberNumber
    self.at = at
    self.kind = kind
    self.amount = amount
    self.balance = balance
    self.saleId = saleId
    self.method = method
    self.reference = reference
    self.user = user
  }
}
