import Foundation
import GRDB
import KasirCore

/// What one read of an export gave: how many rows, the key of the last (to read on after it),
/// and whether the rows ran out.
public struct ExportPage: Sendable {
  public var rows: Int
  public var lastKey: Int64
  public var finished: Bool
}

/// A fixed view of the database for one export: every read of it sees the database as it was
/// when the export began, so a sale completed meanwhile is in no page, and the row count
/// agrees with the rows. For a database file it is a GRDB `DatabaseSnapshot` (a connection of
/// its own holding one read transaction until it is released); in memory, the database itself.
public struct ExportSnapshot: Sendable {
  let reader: any DatabaseReader

  /// The rows of `kind` for the instants `start..<end` whose key is above `after` (0 for the
  /// first), in the order the records were made, each handed to `row` as its cells (in the
  /// order of `kind.columns`) until `row` returns false or the rows run out. Sales, lines and
  /// payments are those of sales completed or voided in the range (refunds included);
  /// movements those made in it; members are every member with their purchases in the range.
  /// It all happens in one read on one of GRDB's threads: `row` may block, and must not await.
  public func read(
    _ kind: ExportKind, start: Date, end: Date, after: Int64,
    _ row: @escaping @Sendable ([ExportValue]) throws -> Bool
  ) async throws -> ExportPage {
    try await reader.read { db in
      let statement = try db.cachedStatement(sql: ExportSnapshot.sql(kind))
      statement.arguments = ExportSnapshot.arguments(kind, start, end) + [after]
      let rows = try Row.fetchCursor(statement)
      var page = ExportPage(rows: 0, lastKey: after, finished: false)
      while let next = try rows.next() {
        page.rows += 1
        page.lastKey = next[0]
        guard try row(ExportSnapshot.values(kind, next)) else { return page }
      }
      page.finished = true
      return page
    }
  }

  /// How many rows `kind` has for `start..<end`: for progress.
  public func count(_ kind: ExportKind, start: Date, end: Date) async throws -> Int {
    try await reader.read { db in
      let sql = "SELECT count(*) FROM (\(ExportSnapshot.sql(kind)))"
      return try Int.fetchOne(
        db, sql: sql, arguments: ExportSnapshot.arguments(kind, start, end) + [0]) ?? 0
    }
  }

  private static let inRange = """
    s.state IN ('completed', 'voided') AND s.completedAt >= ? AND s.completedAt < ?
    """

  /// Times as whole Unix seconds, computed by SQLite from the stored text (GRDB's format,
  /// UTC): much cheaper than decoding a `Date` from text per row.
  private static func seconds(_ column: String) -> String {
    "CAST(strftime('%s', \(column)) AS INTEGER)"
  }

  private static func arguments(_ kind: ExportKind, _ start: Date, _ end: Date)
    -> StatementArguments
  {
    kind == .members ? [start, end, start, end] : [start, end]
  }

  /// The query of `kind`: the row's key first, then the columns `values` reads by position.
  static func sql(_ kind: ExportKind) -> String {
    switch kind {
    case .sales:
      return """
        SELECT s.id, s.number, \(seconds("s.completedAt")), s.cashier, s.memberNumber, s.state,
          s.refundOf, s.saleDiscount, s.rounding, s.total,
          (SELECT count(*) FROM saleLine l WHERE l.saleId = s.id)
        FROM sale s WHERE \(inRange) AND s.id > ? ORDER BY s.id
        """
    case .lines:
      return """
        SELECT l.id, s.number, \(seconds("s.completedAt")), s.cashier, s.memberNumber, l.sku,
          l.name, l.quantity, l.unit, l.unitPrice, l.discount, s.state, s.refundOf
        FROM saleLine l JOIN sale s ON s.id = l.saleId
        WHERE \(inRange) AND l.id > ? ORDER BY l.id
        """
    case .payments:
      return """
        SELECT p.id, s.number, \(seconds("s.completedAt")), s.cashier, p.method, p.amount,
          p.reference, s.state, s.refundOf
        FROM payment p JOIN sale s ON s.id = p.saleId
        WHERE \(inRange) AND p.id > ? ORDER BY p.id
        """
    case .movements:
      return """
        SELECT m.id, \(seconds("m.at")), m.sku, p.name, m.kind, m.delta, m.balance, m.reference,
          m.user, m.reason, m.note
        FROM stockMovement m LEFT JOIN product p ON p.sku = m.sku
        WHERE m.at >= ? AND m.at < ? AND m.id > ? ORDER BY m.id
        """
    case .members:
      let sales = """
        FROM sale s WHERE s.memberNumber = m.number COLLATE NOCASE AND s.state = 'completed'
          AND s.completedAt >= ? AND s.completedAt < ?
        """
      return """
        SELECT m.rowid, m.number, m.name, m.nik, m.phone, m.creditLimit, m.kasbonOutstanding,
          m.active,
          coalesce((SELECT sum(CASE WHEN s.refundOf IS NULL THEN s.total ELSE -s.total END)
            \(sales)), 0),
          (SELECT count(*) \(sales) AND s.refundOf IS NULL)
        FROM member m WHERE m.rowid > ? ORDER BY m.rowid
        """
    }
  }
}

extension Store {
  /// A fixed view of the database for one export (see `ExportSnapshot`). For a database file
  /// it opens a connection: it blocks, so call it off Swift's cooperative pool.
  public func exportSnapshot() throws -> ExportSnapshot {
    if let pool = writer as? DatabasePool {
      return ExportSnapshot(reader: try pool.makeSnapshot())
    }
    return ExportSnapshot(reader: writer)
  }
}
