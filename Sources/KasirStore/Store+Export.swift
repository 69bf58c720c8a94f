import Foundation
import GRDB
import KasirCore

/// One page of an export: its rows, and the key to ask for the next page after.
public struct ExportPage: Sendable {
  public var rows: [[ExportValue]]
  public var lastKey: Int64
}

extension Store {
  /// Rows `after` key `after` (0 for the first page), at most `limit`, of `kind` for the
  /// instants `start..<end`. Sales, lines and payments are those of sales completed or voided
  /// in the range (refunds included); movements those made in it; members are every member with
  /// their purchases in the range. Rows come in the order the records were made.
  public func exportPage(
    _ kind: ExportKind, start: Date, end: Date, after: Int64, limit: Int
  ) async throws -> ExportPage {
    try await writer.read { db in
      let rows = try Row.fetchAll(
        db, sql: Store.exportSQL(kind) + " LIMIT ?",
        arguments: Store.exportArguments(kind, start, end) + [after, limit])
      return ExportPage(
        rows: rows.map { Store.exportValues(kind, $0) }, lastKey: rows.last?["id"] ?? after)
    }
  }

  /// How many rows `kind` has for `start..<end`: for progress.
  public func exportCount(_ kind: ExportKind, start: Date, end: Date) async throws -> Int {
    try await writer.read { db in
      let sql = "SELECT count(*) FROM (\(Store.exportSQL(kind)))"
      return try Int.fetchOne(
        db, sql: sql, arguments: Store.exportArguments(kind, start, end) + [0]) ?? 0
    }
  }

  private static let inRange = """
    s.state IN ('completed', 'voided') AND s.completedAt >= ? AND s.completedAt < ?
    """

  private static func exportArguments(_ kind: ExportKind, _ start: Date, _ end: Date)
    -> StatementArguments
  {
    kind == .members ? [start, end, start, end] : [start, end]
  }

  private static func exportSQL(_ kind: ExportKind) -> String {
    switch kind {
    case .sales:
      return """
        SELECT s.id, s.number, s.completedAt, s.cashier, s.memberNumber, s.state, s.refundOf,
          s.saleDiscount, s.rounding, s.total,
          (SELECT count(*) FROM saleLine l WHERE l.saleId = s.id) AS lines
        FROM sale s WHERE \(inRange) AND s.id > ? ORDER BY s.id
        """
    case .lines:
      return """
        SELECT l.id, s.number, s.completedAt, s.cashier, s.memberNumber, l.sku, l.name,
          l.quantity, l.unit, l.unitPrice, l.discount, s.state, s.refundOf
        FROM saleLine l JOIN sale s ON s.id = l.saleId
        WHERE \(inRange) AND l.id > ? ORDER BY l.id
        """
    case .payments:
      return """
        SELECT p.id, s.number, s.completedAt, s.cashier, p.method, p.amount, p.reference,
          s.state, s.refundOf
        FROM payment p JOIN sale s ON s.id = p.saleId
        WHERE \(inRange) AND p.id > ? ORDER BY p.id
        """
    case .movements:
      return """
        SELECT m.id, m.at, m.sku, p.name, m.kind, m.delta, m.balance, m.reference, m.user,
          m.reason, m.note
        FROM stockMovement m LEFT JOIN product p ON p.sku = m.sku
        WHERE m.at >= ? AND m.at < ? AND m.id > ? ORDER BY m.id
        """
    case .members:
      let sales = """
        FROM sale s WHERE s.memberNumber = m.number COLLATE NOCASE AND s.state = 'completed'
          AND s.completedAt >= ? AND s.completedAt < ?
        """
      return """
        SELECT m.rowid AS id, m.number, m.name, m.nik, m.phone, m.creditLimit,
          m.kasbonOutstanding, m.active,
          coalesce((SELECT sum(CASE WHEN s.refundOf IS NULL THEN s.total ELSE -s.total END)
            \(sales)), 0) AS purchases,
          (SELECT count(*) \(sales) AND s.refundOf IS NULL) AS transactions
        FROM member m WHERE m.rowid > ? ORDER BY m.rowid
        """
    }
  }
}
