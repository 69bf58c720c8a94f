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
    let (id, balance) = try appendMovement(
      db, sku: sku, delta: delta, kind: kind, reference: reference, user: user,
      at: StorageTime.databaseValue(at), reason: reason, note: note, saleId: saleId,
      receivingId: receivingId)
    return Movement(
      id: id, at: at, sku: sku, delta: delta, balance: balance, kind: kind, reference: reference,
      user: user, reason: reason, note: note)
  }

  /// `recordMovement` with the time already as the database stores it (a sale's movements
  /// share one), giving the movement's id and balance. Two cached statements: a sale's Pay
  /// runs this once per line.
  @discardableResult
  static func appendMovement(
    _ db: Database, sku: String, delta: Quantity, kind: Movement.Kind, reference: String,
    user: String, at: DatabaseValue, reason: String? = nil, note: String? = nil,
    saleId: Int64? = nil, receivingId: Int64? = nil
  ) throws -> (id: Int64, balance: Quantity) {
    guard
      let balance = try Int64.fetchOne(
        db.cachedStatement(
          sql: "UPDATE product SET onHand = onHand + ? WHERE sku = ? RETURNING onHand"),
        arguments: [delta.thousandths, sku])
    else { throw CatalogError.productNotFound(code: sku) }
    try db.cachedStatement(
      sql: """
        INSERT INTO stockMovement (at, sku, delta, balance, kind, reference, user, reason, note,
          saleId, receivingId)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      at, sku, delta.thousandths, balance, kind.rawValue, reference, user, reason, note, saleId,
      receivingId,
    ])
    return (db.lastInsertedRowID, Quantity(thousandths: balance))
  }
}
