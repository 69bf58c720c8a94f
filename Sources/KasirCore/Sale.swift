import Foundation

/// A sale from the first scan to its payment. A completed sale is never edited.
public struct Sale: Sendable, Equatable, Codable {
  public enum State: String, Sendable, Codable {
    case open, held, completed, cancelled, voided
  }

  public var id: Int64
  public var number: String
  public var state: State
  public var cashier: String
  public var memberNumber: String?
  public var lines: [SaleLine]
  /// Discount on the whole sale, on top of line discounts.
  public var saleDiscount: Money
  public var rounding: Money
  public var payments: [Payment]
  public var openedAt: Date
  public var completedAt: Date?
  public var refundOf: String?
  public var shiftId: Int64?

  public init(
    id: Int64, number: String, state: State = .open, cashier: String,
    memberNumber: String? = nil, lines: [SaleLine] = [], saleDiscount: Money = .zero,
    rounding: Money = .zero, payments: [Payment] = [], openedAt: Date, completedAt: Date? = nil,
    refundOf: String? = nil, shiftId: Int64? = nil
  ) {
    self.id = id
    self.number = number
    self.state = state
    self.cashier = cashier
    self.memberNumber = memberNumber
    self.lines = lines
    self.saleDiscount = saleDiscount
    self.rounding = rounding
    self.payments = payments
    self.openedAt = openedAt
    self.completedAt = completedAt
    self.refundOf = refundOf
    self.shiftId = shiftId
  }

  /// The sum of the line amounts (each already net of its line discount).
  public var subtotal: Money { lines.reduce(.zero) { $0 + $1.amount } }
  /// Line discounts plus the sale discount.
  public var discount: Money { lines.reduce(saleDiscount) { $0 + $1.discount } }
  /// Subtotal less the sale discount, plus cash rounding.
  public var total: Money { subtotal - saleDiscount + rounding }
  public var paid: Money { payments.reduce(.zero) { $0 + $1.amount } }
  public var change: Money { state == .completed ? max(.zero, paid - total) : .zero }
  public var cashPaid: Money {
    payments.filter { $0.method == .cash }.reduce(.zero) { $0 + $1.amount }
  }

  /// Everything already sold of `sku` on this sale, in base units.
  public func quantitySold(of sku: String) -> Quantity {
    lines.filter { $0.sku == sku }.reduce(.zero) { $0 + $1.baseQuantity }
  }

  public func requireState(_ allowed: State...) throws(SaleError) {
    guard allowed.contains(state) else {
      throw .invalidState(number: number, state: state, allowed: allowed)
    }
  }
}
