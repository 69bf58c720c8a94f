import Foundation

/// The lifecycle of a sale: open ⇄ held, open or held → cancelled, completed → voided.
extension Sale {
  /// Parks an open sale (the customer went to fetch something).
  public mutating func hold() throws(SaleError) {
    try requireState(.open)
    state = .held
  }

  public mutating func resume() throws(SaleError) {
    try requireState(.held)
    state = .open
  }

  /// Cancels an open or held sale. It is kept, with its lines, as cancelled.
  public mutating func cancel() throws(SaleError) {
    try requireState(.open, .held)
    state = .cancelled
  }

  /// Voids a completed sale on the shop day it was completed (days in `timeZone`). A refund,
  /// or a sale that has refunds, is not voided. The caller reverses its stock movements; its
  /// payments stay, and reports leave voided sales out of what the drawer took.
  public mutating func void(now: Date, timeZone: TimeZone, hasRefunds: Bool) throws(SaleError) {
    try requireState(.completed)
    guard refundOf == nil else { throw .voidNotAllowed(number: number, reason: .isRefund) }
    guard !hasRefunds else { throw .voidNotAllowed(number: number, reason: .hasRefunds) }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    guard let completedAt, calendar.isDate(completedAt, inSameDayAs: now) else {
      throw .voidNotAllowed(number: number, reason: .notSameDay)
    }
    state = .voided
  }
}
