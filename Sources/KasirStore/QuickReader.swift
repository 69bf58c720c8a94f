import Foundation
import GRDB
import KasirCore

/// Point reads answered on the calling thread, from a read-only connection of their own.
///
/// Why: a stock check through the usual path hops threads four times (NIO's event loop, a
/// Swift task, GRDB's reader queue, back, and to the event loop to write) and spends most of
/// its ~130 µs waking threads; the read itself takes a few µs. The socket server answers such
/// calls right on the event loop with this reader (`QuickReadHandler`).
///
/// Safe because: each read is a single SQL statement, so it sees one committed state of the
/// database (a WAL snapshot) whatever the writer is doing, and never waits for it; a busy
/// database is an error at once (never a wait), and the caller then takes the usual path.
/// Two event loops share the one connection; GRDB runs each read on the calling thread.
public struct QuickReader: Sendable {
  private let connection: DatabaseQueue

  /// Opens the database file at `path` read-only. It must exist (the store opens it first).
  init(path: String) throws {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .immediateError
    configuration.label = "Kasir quick reads"
    connection = try DatabaseQueue(path: path, configuration: configuration)
  }

  /// The stock level of the product whose SKU or product or pack barcode is `code`; nil when
  /// `code` is none of these (a scale label, or unknown): the usual path answers those.
  public func stockLevel(code: String) throws -> StockLevel? {
    try connection.inDatabase { db in
      // One statement, one snapshot: a SKU first, as `Store.lookUp` does.
      let statement = try db.cachedStatement(
        sql: """
          SELECT 0 AS via, sku, name, unit, onHand, reorderLevel FROM product WHERE sku = ?1
          UNION ALL
          SELECT 1, product.sku, name, unit, onHand, reorderLevel
          FROM barcode JOIN product ON product.sku = barcode.sku WHERE barcode.code = ?1
          ORDER BY via LIMIT 1
          """)
      guard let row = try Row.fetchOne(statement, arguments: [code]) else { return nil }
      // Columns by position: a lookup by name lowercases and hashes the name each time.
      let reorderLevel: Int64? = row[5]
      return StockLevel(
        sku: row[1], name: row[2], unit: row[3], onHand: Quantity(thousandths: row[4]),
        reorderLevel: reorderLevel.map { Quantity(thousandths: $0) })
    }
  }

  func close() throws {
    try connection.close()
  }
}
