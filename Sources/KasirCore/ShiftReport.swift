/// The Z report of a shift: what was sold and what the drawer should hold.
public struct ShiftReport: Sendable, Equatable, Codable {
  public var shift: Shift
  public var salesCount: Int
  public var gross: Money
  public var discounts: Money
  public var refunds: Money
  public var voids: Money
  public var byMethod: [MethodTotal]
  public var cashIn: Money
  public var cashOut: Money
  /// Cash received from customers, before change.
  public var cashTaken: Money
  public var changeGiven: Money
  public var cashRefunds: Money

  public struct MethodTotal: Sendable, Equatable, Codable {
    public var method: Payment.Method
    public var amount: Money
    public init(method: Payment.Method, amount: Money) {
      self.method = method
      self.amount = amount
    }
  }

  public init(
    shift: Shift, salesCount: Int, gross: Money, discounts: Money, refunds: Money = .zero,
    voids: Money = .zero, byMethod: [MethodTotal], cashIn: Money = .zero, cashOut: Money = .zero,
    cashTaken: Money, changeGiven: Money, cashRefunds: Money = .zero
  ) {
    self.shift = shift
    self.salesCount = salesCount
    self.gross = gross
    self.discounts = discounts
    self.refunds = refunds
    self.voids = voids
    self.byMethod = byMethod
    self.cashIn = cashIn
    self.cashOut = cashOut
    self.cashTaken = cashTaken
    self.changeGiven = changeGiven
    self.cashRefunds = cashRefunds
  }

  /// Gross less discounts, refunds and voids.
  public var net: Money { gross - discounts - refunds - voids }
  public var openingCash: Money { shift.openingCash }
  /// Opening + cash taken − change given + cash in − cash out − cash refunds.
  public var expectedCash: Money {
    shift.openingCash + cashTaken - changeGiven + cashIn - cashOut - cashRefunds
  }
  public var countedCash: Money? { shift.countedCash }
  /// Counted − expected: negative when the drawer is short. Recorded, never refused.
  public var difference: Money? { countedCash.map { $0 - expectedCash } }
}
