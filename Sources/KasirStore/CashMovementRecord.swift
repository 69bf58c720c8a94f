import Foundation
import GRDB
import KasirCore

/// A row of `cashMovement`: cash put into (positive) or taken out of (negative) the drawer.
struct CashMovementRecord: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "cashMovement"

  var id: Int64?
  var shiftId: Int64
  var amount: Int64
  var reason: String
  var user: String
  var at: Date

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
