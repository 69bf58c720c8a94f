import Foundation
import GRDB
import KasirCore

/// A row of `payment`.
struct PaymentRecord: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "payment"

  var id: Int64?
  var saleId: Int64
  var method: String
  var amount: Int64
  var reference: String?

  init(_ payment: Payment, saleId: Int64) {
    self.saleId = saleId
    method = payment.method.rawValue
    amount = payment.amount.rupiah
    reference = payment.reference
  }

  /// Decodes a row by hand (faster than the synthesized `Decodable` path).
  init(row: Row) {
    id = row["id"]
    saleId = row["saleId"]
    method = row["method"]
    amount = row["amount"]
    reference = row["reference"]
  }

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  var payment: Payment {
    Payment(
      method: Payment.Method(rawValue: method) ?? .cash, amount: Money(amount), reference: reference
    )
  }
}
