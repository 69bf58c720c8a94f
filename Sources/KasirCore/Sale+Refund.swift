import Foundation

/// Refunds: a new completed sale that points at the original, which is never edited.
extension Sale {
  /// One line to give back: the original line number and how much of it (in the line's unit).
  public struct RefundRequest: Sendable, Equatable {
    public var lineNo: Int
    public var quantity: Quantity
    public init(lineNo: Int, quantity: Quantity) {
      self.lineNo = lineNo
      self.quantity = quantity
    }
  }

  /// Builds the refund of `requests` from this completed sale, given its earlier refunds.
  ///
  /// Each refund line keeps the original's line number, name and unit price; requests for the
  /// same line are added up. Never more than sold less already refunded, per line. Discounts are
  /// shared out in proportion so that refunding everything gives back exactly what was paid:
  /// a line's discount by quantity, the sale discount (and cash rounding, on the last refund)
  /// by amount. What was put on kasbon is taken off it first (a `kasbon` payment of the refund),
  /// up to `kasbonOwed`, what the member owes now; the rest is paid back in cash.
  public func makeRefund(
    _ requests: [RefundRequest], previous: [Sale], number: String, cashier: String, at now: Date,
    shiftId: Int64?, kasbonOwed: Money? = nil
  ) throws(SaleError) -> Sale {
    try requireState(.completed)
    guard refundOf == nil else { throw .refundNotAllowed(number: self.number, reason: .isRefund) }
    guard !requests.isEmpty else { throw .refundNotAllowed(number: self.number, reason: .noLines) }
    var wanted = [Int: Quantity]()
    for request in requests { wanted[request.lineNo, default: .zero] += request.quantity }
    var refundLines = [SaleLine]()
    for (lineNo, quantity) in wanted.sorted(by: { $0.key < $1.key }) {
      let line = lines[try lineIndex(lineNo)]
      for request in requests where request.lineNo == lineNo {
        try Sale.check(request.quantity, weighed: line.weighed)
      }
      let refunded = previous.flatMap(\.lines).filter { $0.lineNo == lineNo }
        .reduce(Quantity.zero) { $0 + $1.quantity }
      guard refunded + quantity <= line.quantity else {
        throw .refundExceedsSold(
          lineNo: lineNo, sold: line.quantity, refunded: refunded, requested: quantity)
      }
      var back = line
      back.quantity = quantity
      back.discount = line.discountShare(of: refunded + quantity) - line.discountShare(of: refunded)
      refundLines.append(back)
    }
    var refund = Sale(
      id: 0, number: number, state: .completed, cashier: cashier, memberNumber: memberNumber,
      lines: refundLines, openedAt: now, completedAt: now, refundOf: self.number,
      shiftId: shiftId)
    let earlierDiscount = previous.reduce(Money.zero) { $0 + $1.saleDiscount }
    let earlierRounding = previous.reduce(Money.zero) { $0 + $1.rounding }
    let everything = lines.allSatisfy { line in
      previous.flatMap(\.lines).filter { $0.lineNo == line.lineNo }
        .reduce(wanted[line.lineNo] ?? .zero) { $0 + $1.quantity } == line.quantity
    }
    if everything {
      refund.saleDiscount = saleDiscount - earlierDiscount
      refund.rounding = rounding - earlierRounding
    } else if subtotal > .zero {
      let share = Money(
        Money.divideRounded(saleDiscount.rupiah * refund.subtotal.rupiah, by: subtotal.rupiah))
      refund.saleDiscount = min(share, saleDiscount - earlierDiscount)
    }
    refund.saleDiscount = max(.zero, min(refund.saleDiscount, refund.subtotal))
    if refund.total < .zero { refund.rounding = .zero }
    if refund.total > .zero {
      // What went on the member's kasbon comes off it first; the rest is paid back in cash.
      let kasbonLeft = kasbonPaid - previous.reduce(Money.zero) { $0 + $1.kasbonPaid }
      // Never more than the member owes now: what they already settled comes back in cash.
      let owed = max(kasbonOwed ?? refund.total, .zero)
      let kasbon = min(max(kasbonLeft, .zero), refund.total, owed)
      refund.payments = [
        Payment(method: .kasbon, amount: kasbon),
        Payment(method: .cash, amount: refund.total - kasbon),
      ].filter { $0.amount > .zero }
    }
    return refund
  }
}

extension SaleLine {
  /// The part of this line's discount that goes with `part` of its quantity, rounded half up;
  /// the whole quantity gets the whole discount.
  func discountShare(of part: Quantity) -> Money {
    guard quantity.thousandths > 0 else { return .zero }
    return Money(
      Money.divideRounded(discount.rupiah * part.thousandths, by: quantity.thousandths))
  }
}

extension Quantity {
  public static func += (a: inout Quantity, b: Quantity) { a = a + b }
}
