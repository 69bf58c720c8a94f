import Foundation
import GRDB
import KasirCore

/// A row of `shiftPaymentTotal`: a closed shift's takings per payment method.
struct ShiftPaymentTotalRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "shiftPaymentTotal"

  var shiftId: Int64
  var method: String
  var amount: Int64
}
