import Foundation
import GRDB
import KasirCore

/// A row of `priceChange`. `applied` is false while a scheduled change waits.
struct PriceChangeRecord: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "priceChange"

  var id: Int64?
  var sku: String
  var price: Int64
  var memberPrice: Int64?
  var previousPrice: Int64?
  var effectiveAt: Date
  var changedAt: Date
  var user: String
  var reason: String?
  var applied: Bool

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  var priceChange: PriceChange {
    PriceChange(
      sku: sku, price: Money(price), memberPrice: memberPrice.map { Money($0) },
      previousPrice: previousPrice.map { Money($0) }, effectiveAt: effectiveAt,
      changedAt: changedAt, user: user, reason: reason)
  }
}
