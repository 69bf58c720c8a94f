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

  public enum QuantityProblem: String, Sendable {
    case notPositive, fractionOfUnweighed, tooLarge
  }

  public enum PaymentProblem: String, Sendable {
    case noPayments, notPositive, unsupportedMethod
  }
}
