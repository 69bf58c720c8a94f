/// What can go wrong while selling.
public enum SaleError: Error, Sendable, Equatable {
  case saleNotFound(reference: String)
  case noOpenShift
  /// The sale is `state`; the action needs one of `allowed`.
  case invalidState(number: String, state: Sale.State, allowed: [Sale.State])
  case lineNotFound(lineNo: Int)
  case invalidQuantity(Quantity, reason: QuantityProblem)
  case maxPerSaleExceeded(sku: String, max: Quantity, requested: Quantity)
  case priceAboveCap(sku: String, price: Money, cap: Money)
  case inactiveProduct(sku: String)
  case emptySale
  case underpaid(due: Money, tendered: Money)
  /// Non-cash payments may not exceed the total: there is no change from QRIS or transfer.
  case nonCashOverpaid(due: Money, nonCash: Money)
  case invalidPayment(reason: PaymentProblem)
  case memberRequired
  /// A discount that is negative, over 100 %, or given as both (or neither) amount and percent.
  case invalidDiscount(field: String)
  /// A discount larger than what it discounts: the line's quantity × price, or the subtotal.
  case discountTooLarge(lineNo: Int?, discount: Money, limit: Money)
  /// Refunding `requested` of line `lineNo` would exceed what was sold less what was refunded.
  case refundExceedsSold(lineNo: Int, sold: Quantity, refunded: Quantity, requested: Quantity)
  case refundNotAllowed(number: String, reason: RefundProblem)
  case voidNotAllowed(number: String, reason: VoidProblem)

  public enum QuantityProblem: String, Sendable {
    case notPositive, fractionOfUnweighed, tooLarge
  }

  public enum PaymentProblem: String, Sendable {
    case noPayments, notPositive, unsupportedMethod
    /// The amounts add up to more than `Money.limit`.
    case tooLarge
  }

  public enum RefundProblem: String, Sendable {
    /// The sale is itself a refund.
    case isRefund
    /// No lines were asked for.
    case noLines
  }

  public enum VoidProblem: String, Sendable {
    /// Only a sale completed on the current shop day can be voided; later, refund it.
    case notSameDay
    /// A refund is not voided; nor is a sale that has refunds.
    case isRefund, hasRefunds
  }
}
