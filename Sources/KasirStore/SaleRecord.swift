import Foundation
import GRDB
import KasirCore

/// A row of `sale`. Lines and payments live in `saleLine` and `payment`.
struct SaleRecord: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "sale"

  var id: Int64?
  var number: String
  var shopDay: String
  var dayCounter: Int
  var state: String
  var cashier: String
  var memberNumber: String?
  var saleDiscount: Int64
  var rounding: Int64
  var total: Int64?
  var openedAt: Date
  var completedAt: Date?
  var completedBy: String?
  var refundOf: String?
  var shiftId: Int64?
  var reason: String?
  var endedBy: String?
  var endedAt: Date?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  func sale(lines: [SaleLineRecord], payments: [PaymentRecord]) -> Sale {
    Sale(
      id: id ?? 0, number: number, state: Sale.State(rawValue: state) ?? .open,
      cashier: cashier, memberNumber: memberNumber,
      lines: lines.sorted { $0.lineNo < $1.lineNo }.map(\.saleLine),
      saleDiscount: Money(saleDiscount), rounding: Money(rounding),
      payments: payments.sorted { ($0.id ?? 0) < ($1.id ?? 0) }.map(\.payment),
      openedAt: openedAt, completedAt: completedAt, refundOf: refundOf, shiftId: shiftId)
  }
}

extension SaleRecord {
  /// Decodes a row by hand (faster than the synthesized `Decodable` path; every AddItem and
  /// Pay reads its sale).
  init(row: Row) {
    id = row["id"]
    number = row["number"]
    shopDay = row["shopDay"]
    dayCounter = row["dayCounter"]
    state = row["state"]
    cashier = row["cashier"]
    memberNumber = row["memberNumber"]
    saleDiscount = row["saleDiscount"]
    rounding = row["rounding"]
    total = row["total"]
    openedAt = row["openedAt"]
    completedAt = row["completedAt"]
    completedBy = row["completedBy"]
    refundOf = row["refundOf"]
    shiftId = row["shiftId"]
    reason = row["reason"]
    endedBy = row["endedBy"]
    endedAt = row["endedAt"]
  }
}
