import Foundation
import GRDB
import KasirCore

/// A row of `shift`. The report totals are filled in when the shift closes.
struct ShiftRecord: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "shift"

  var id: Int64?
  var state: String
  var openedBy: String
  var openingCash: Int64
  var openedAt: Date
  var closedBy: String?
  var closedAt: Date?
  var countedCash: Int64?
  var note: String?
  var salesCount: Int?
  var gross: Int64?
  var discounts: Int64?
  var refunds: Int64?
  var voids: Int64?
  var cashIn: Int64?
  var cashOut: Int64?
  var cashTaken: Int64?
  var changeGiven: Int64?
  var cashRefunds: Int64?
  var expectedCash: Int64?
  var difference: Int64?

  init(openedBy: String, openingCash: Money, openedAt: Date) {
    state = Shift.State.open.rawValue
    self.openedBy = openedBy
    self.openingCash = openingCash.rupiah
    self.openedAt = openedAt
  }

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  var shift: Shift {
    Shift(
      id: id ?? 0, state: Shift.State(rawValue: state) ?? .closed, openedBy: openedBy,
      openingCash: Money(openingCash), openedAt: openedAt, closedBy: closedBy,
      closedAt: closedAt, countedCash: countedCash.map { Money($0) }, note: note)
  }

  static func open(_ db: Database) throws -> ShiftRecord? {
    let statement = try db.cachedStatement(sql: "SELECT * FROM shift WHERE state = ? LIMIT 1")
    return try ShiftRecord.fetchOne(statement, arguments: [Shift.State.open.rawValue])
  }
}
