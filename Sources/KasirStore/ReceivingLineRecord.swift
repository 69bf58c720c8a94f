import Foundation
import GRDB

/// A row of `receivingLine`: the quantity as delivered (packs when `packFactor` is set).
struct ReceivingLineRecord: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "receivingLine"

  var id: Int64?
  var receivingId: Int64
  var lineNo: Int
  var code: String
  var sku: String
  var quantity: Int64
  var packFactor: Int64?
  var unitCost: Int64?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
