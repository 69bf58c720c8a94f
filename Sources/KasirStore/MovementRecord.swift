import Foundation
import GRDB
import KasirCore

/// A row of `stockMovement`: one entry of the stock ledger.
struct MovementRecord: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "stockMovement"

  var id: Int64?
  var at: Date
  var sku: String
  var delta: Int64
  var balance: Int64
  var kind: String
  var reference: String
  var user: String
  var reason: String?
  var note: String?
  var saleId: Int64?
  var receivingId: Int64?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  var movement: Movement {
    Movement(
      id: id ?? 0, at: at, sku: sku, delta: Quantity(thousandths: delta),
      balance: Quantity(thousandths: balance), kind: Movement.Kind(rawValue: kind) ?? .adjustment,
      reference: reference, user: user, reason: reason, note: note)
  }
}
