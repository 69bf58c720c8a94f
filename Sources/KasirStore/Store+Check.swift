import GRDB
import KasirCore

/// The result of checking the whole database.
public struct IntegrityReport: Sendable, Equatable {
  /// A product whose cached on-hand is not the sum of its movements.
  public struct Mismatch: Sendable, Equatable {
    public var sku: String
    public var onHand: Quantity
    public var sumOfMovements: Quantity
  }
  /// `ok`, or SQLite's messages joined by newlines.
  public var integrity: String
  public var mismatches: [Mismatch]
  public var ledgerOk: Bool { mismatches.isEmpty }
}

extension Store {
  /// `PRAGMA integrity_check`, and for every product: on hand equals the sum of its movements.
  public func check() async throws -> IntegrityReport {
    try await writer.read { db in
      let messages = try String.fetchAll(db, sql: "PRAGMA integrity_check")
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT p.sku, p.onHand, COALESCE(SUM(m.delta), 0) AS total
          FROM product p LEFT JOIN stockMovement m ON m.sku = p.sku
          GROUP BY p.sku HAVING p.onHand IS NOT COALESCE(SUM(m.delta), 0)
          ORDER BY p.sku
          """)
      return IntegrityReport(
        integrity: messages.joined(separator: "\n"),
        mismatches: rows.map {
          IntegrityReport.Mismatch(
            sku: $0["sku"], onHand: Quantity(thousandths: $0["onHand"]),
            sumOfMovements: Quantity(thousandths: $0["total"]))
        })
    }
  }
}
