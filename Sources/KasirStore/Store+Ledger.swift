import Foundation
import GRDB
import KasirCore

extension Store {
  /// Appends one movement to the stock ledger and updates the product's cached `onHand` in the
  /// same transaction, so `onHand` is always the sum of the deltas and `balance` the running sum.
  static func recordMovement(
    _ db: Database, sku: String, delta: Quantity, kind: Movement.Kind, reference: String,
    user: String, at: Date, reason: String? = nil, note: String? = nil, saleId: Int64? = nil,
    receivingId: Int64? = nil
  ) throws -> Movement {
    guard
      let balance = try Int64.fetchOne(
        db.cachedStatement(
          sql: "UPDATE product SET onHand = onHand + ? WHERE sku = ? RETURNING onHand"),
        arguments: [delta.thousandths, sku])
    else { throw CatalogError.productNotFound(code: sku) }
    var record = MovementRecord(
      at: at, sku: sku, delta: delta.thousandths, balance: balance, kind: kind.rawValue,
      reference: reference, user: user, reason: reason, note: note, saleId: saleId,
      receivingId: receivingId)
    try record.insert(db)
    return record.movement
  }
}
