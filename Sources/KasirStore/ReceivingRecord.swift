import Foundation
import GRDB

/// A row of `receiving`: one delivery.
struct ReceivingRecord: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "receiving"

  var id: Int64?
  var supplier: String?
  var reference: String?
  var user: String
  var at: Date

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
