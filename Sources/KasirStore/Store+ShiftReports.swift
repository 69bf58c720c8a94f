import Foundation
import GRDB
import KasirCore

extension Store {
  /// The Z report of a closed shift as it was stored when it closed, so a reprint shows the
  /// same figures whatever happened afterwards. `ShiftError.shiftNotFound` for an unknown id
  /// and for a shift that is still open.
  public func closedShiftReport(id: Int64) async throws -> ShiftReport {
    try await writer.read { db in
      guard let record = try ShiftRecord.fetchOne(db, key: id), record.closedAt != nil else {
        throw ShiftError.shiftNotFound(id: id)
      }
      let totals = try ShiftPaymentTotalRecord.filter(Column("shiftId") == id).fetchAll(db)
      let byMethod = Payment.Method.allCases.compactMap { method in
        totals.first { $0.method == method.rawValue }.map {
          ShiftReport.MethodTotal(method: method, amount: Money($0.amount))
        }
      }
      func money(_ value: Int64?) -> Money { Money(value ?? 0) }
      return ShiftReport(
        shift: record.shift, salesCount: record.salesCount ?? 0, gross: money(record.gross),
        discounts: money(record.discounts), refunds: money(record.refunds),
        voids: money(record.voids), byMethod: byMethod, cashIn: money(record.cashIn),
        cashOut: money(record.cashOut), cashTaken: money(record.cashTaken),
        changeGiven: money(record.changeGiven), cashRefunds: money(record.cashRefunds))
    }
  }
}
