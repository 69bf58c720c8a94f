import Foundation
import GRDB
import KasirCore

/// Reversing completed sales. The original is never edited, except completed → voided.
extension Store {
  /// Refunds lines of sale `number` as a new completed sale (`refundOf` = `number`) in the
  /// open shift: stock goes back through movements of kind `refund`, the cash paid back is its
  /// payment. One transaction. With no shift open it throws `noOpenShift`, unless
  /// `requireOpenShift` is false (`[sale] require_open_shift`): then the refund belongs to no
  /// shift (it counts in the day's summary and exports, in no Z report).
  public func refund(
    number: String, lines: [Sale.RefundRequest], reason: String, requireOpenShift: Bool = true,
    user: String, now: Date
  ) async throws -> Sale {
    let day = Store.shopDay(now, in: timeZone)
    return try await writer.write { db in
      let original = try Store.sale(db, number: number)
      let shift = try ShiftRecord.open(db)
      if shift == nil, requireOpenShift { throw SaleError.noOpenShift }
      let (refundNumber, counter) = try Store.nextNumber(db, day: day)
      let owed = try original.memberNumber.flatMap { try MemberRecord.fetchOne(db, key: $0) }
        .map { Money($0.kasbonOutstanding) }
      var refund = try original.makeRefund(
        lines, previous: try Store.refunds(db, of: number), number: refundNumber,
        cashier: user, at: now, shiftId: shift?.id, kasbonOwed: owed)
      // Lines may only be written while the sale is open: insert open, then complete it.
      var record = SaleRecord(
        number: refundNumber, shopDay: day, dayCounter: counter, state: Sale.State.open.rawValue,
        cashier: user, memberNumber: refund.memberNumber,
        saleDiscount: refund.saleDiscount.rupiah, rounding: refund.rounding.rupiah,
        openedAt: now, refundOf: number, shiftId: shift?.id, reason: reason)
      try record.insert(db)
      refund.id = record.id!
      try Store.saveLines(db, saleId: refund.id, old: [], new: refund.lines)
      for payment in refund.payments {
        var row = PaymentRecord(payment, saleId: refund.id)
        try row.insert(db)
      }
      for line in refund.lines {
        _ = try Store.recordMovement(
          db, sku: line.sku, delta: line.baseQuantity, kind: .refund, reference: refundNumber,
          user: user, at: now, reason: reason, saleId: refund.id)
      }
      record.state = Sale.State.completed.rawValue
      record.completedAt = now
      record.completedBy = user
      record.total = refund.total.rupiah
      try record.update(db)
      if let member = refund.memberNumber, refund.kasbonPaid > .zero {
        try Store.recordKasbon(
          db, number: member, kind: .refund, amount: -refund.kasbonPaid, saleId: refund.id,
          reference: refundNumber, user: user, shiftId: shift?.id, at: now)
      }
      return refund
    }
  }

  /// Voids sale `number` (completed today, in the shop's time zone): movements of kind `void`
  /// put its stock back; its payments stay and reports leave voided sales out of the takings.
  public func void(number: String, reason: String, user: String, now: Date) async throws -> Sale {
    let timeZone = self.timeZone
    return try await writer.write { db in
      var sale = try Store.sale(db, number: number)
      let hasRefunds = try !Store.refunds(db, of: number).isEmpty
      try sale.void(now: now, timeZone: timeZone, hasRefunds: hasRefunds)
      for line in sale.lines {
        _ = try Store.recordMovement(
          db, sku: line.sku, delta: line.baseQuantity, kind: .void, reference: number,
          user: user, at: now, reason: reason, saleId: sale.id)
      }
      guard var record = try SaleRecord.fetchOne(db, key: sale.id) else {
        throw SaleError.saleNotFound(reference: number)
      }
      record.state = Sale.State.voided.rawValue
      record.reason = reason
      record.endedBy = user
      record.endedAt = now
      try record.update(db)
      if let member = sale.memberNumber, sale.kasbonPaid > .zero {
        try Store.recordKasbon(
          db, number: member, kind: .void, amount: -sale.kasbonPaid, saleId: sale.id,
          reference: number, user: user, shiftId: try ShiftRecord.open(db)?.id, at: now)
      }
      return sale
    }
  }

  /// The completed refunds of sale `number`, oldest first.
  public func refunds(of number: String) async throws -> [Sale] {
    try await writer.read { db in try Store.refunds(db, of: number) }
  }

  static func refunds(_ db: Database, of number: String) throws -> [Sale] {
    try sales(
      db,
      SaleRecord.filter(Column("refundOf") == number && Column("state") == "completed")
        .order(Column("id")).fetchAll(db))
  }

  static func sale(_ db: Database, number: String) throws -> Sale {
    guard let record = try SaleRecord.filter(Column("number") == number).fetchOne(db) else {
      throw SaleError.saleNotFound(reference: number)
    }
    return try sales(db, [record])[0]
  }
}
