import Foundation
import GRDBSQLite
import KasirCore

/// Point reads answered on the calling thread, from a read-only connection of their own.
///
/// Why: a stock check through the usual path hops threads four times (NIO's event loop, a
/// Swift task, GRDB's reader queue, back, and to the event loop to write) and spends most of
/// its ~130 µs waking threads; the read itself takes a few µs. The socket server answers such
/// calls right on the event loop with this reader (`QuickReadHandler`). It speaks the SQLite C
/// API directly: one prepared statement, bound and stepped under a lock. Through GRDB the same
/// read cost a dispatch-queue hop and a `Row` per call, a third of the stock check's time.
///
/// Safe because: each read is a single statement, so it sees one committed state of the
/// database (a WAL snapshot) whatever the writer is doing, and never waits for it; a busy
/// database is an error at once (no busy timeout is set), and the caller then takes the usual
/// path. Two event loops share the connection; the lock makes them take turns.
///
/// Snapshots: beginning and ending a read transaction costs more than the read (SQLite takes
/// and releases its WAL read lock with two `fcntl` calls), so checks in a row share one read
/// transaction while nothing is written. The store's writer ends it whenever it commits or
/// rolls back, before and after (`endSnapshot`), so a check never sees less than what was
/// committed before it began, and an open snapshot never holds back the checkpoint that
/// follows a commit. A change made by another process (there should be none) is seen at the
/// latest `maxSnapshotAge` later, when the snapshot is renewed.
public final class QuickReader: @unchecked Sendable {
  public struct Failure: Error, CustomStringConvertible {
    public var code: Int32
    public var message: String
    public var description: String { "SQLite error \(code): \(message)" }
  }

  private let lock = NSLock()
  private var connection: OpaquePointer?
  private var statement: OpaquePointer?
  private var begin: OpaquePointer?
  private var commit: OpaquePointer?
  /// When the open read transaction began (`DispatchTime` nanoseconds); nil when none is open.
  private var snapshotStart: UInt64?
  private let maxSnapshotAge: UInt64

  /// Opens the database file at `path` read-only. It must exist (the store opens it first).
  /// A snapshot is renewed when it is older than `maxSnapshotAge` nanoseconds.
  init(path: String, maxSnapshotAge: UInt64 = 1_000_000_000) throws {
    self.maxSnapshotAge = maxSnapshotAge
    let flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX
    var handle: OpaquePointer?
    let opened = sqlite3_open_v2(path, &handle, flags, nil)
    connection = handle
    guard opened == SQLITE_OK else {
      let failure = Failure(code: opened, message: Self.message(handle))
      sqlite3_close_v2(handle)
      throw failure
    }
    // The same page cache as the store's other connections (`Store.configuration`).
    sqlite3_exec(handle, "PRAGMA cache_size = -8192", nil, nil, nil)
    // One statement, one snapshot: a SKU first, as `Store.lookUp` does.
    // The barcode arm excludes a SKU match itself, so the answer does not depend on the order
    // SQLite runs the arms in; it runs them in order, so a SKU found ends the statement (no
    // barcode lookup, no sort).
    let sql = """
      SELECT sku, name, unit, onHand, reorderLevel FROM product WHERE sku = ?1
      UNION ALL
      SELECT product.sku, name, unit, onHand, reorderLevel
      FROM barcode JOIN product ON product.sku = barcode.sku WHERE barcode.code = ?1
        AND NOT EXISTS (SELECT 1 FROM product WHERE sku = ?1)
      LIMIT 1
      """
    var prepared = sqlite3_prepare_v3(
      handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
    if prepared == SQLITE_OK {
      prepared = sqlite3_prepare_v3(
        handle, "BEGIN", -1, UInt32(SQLITE_PREPARE_PERSISTENT), &begin, nil)
    }
    if prepared == SQLITE_OK {
      prepared = sqlite3_prepare_v3(
        handle, "COMMIT", -1, UInt32(SQLITE_PREPARE_PERSISTENT), &commit, nil)
    }
    guard prepared == SQLITE_OK else {
      for each in [statement, begin, commit] { sqlite3_finalize(each) }
      let failure = Failure(code: prepared, message: Self.message(handle))
      sqlite3_close_v2(handle)
      throw failure
    }
  }

  deinit {
    for each in [statement, begin, commit] { sqlite3_finalize(each) }
    sqlite3_close_v2(connection)
  }

  /// A stock level as SQLite hands it out: the texts point into SQLite's row and are valid
  /// only inside the closure given to `withStockLevel`.
  public struct StockRow {
    public var sku: UnsafeBufferPointer<UInt8>
    public var name: UnsafeBufferPointer<UInt8>
    public var unit: UnsafeBufferPointer<UInt8>
    public var onHand: Quantity
    public var reorderLevel: Quantity?

    public init(
      sku: UnsafeBufferPointer<UInt8>, name: UnsafeBufferPointer<UInt8>,
      unit: UnsafeBufferPointer<UInt8>, onHand: Quantity, reorderLevel: Quantity?
    ) {
      self.sku = sku
      self.name = name
      self.unit = unit
      self.onHand = onHand
      self.reorderLevel = reorderLevel
    }

    /// As `StockLevel.low`.
    public var low: Bool { StockLevel.isLow(onHand: onHand, reorderLevel: reorderLevel) }
  }

  /// `body` of the stock level of the product whose SKU or product or pack barcode is `code`,
  /// its texts read in place (the stock check writes them straight into its reply); nil when
  /// `code` is none of these (a scale label, or unknown): the usual path answers those.
  public func withStockLevel<T>(code: String, _ body: (StockRow) throws -> T) throws -> T? {
    lock.lock()
    defer { lock.unlock() }
    guard let statement else { throw Failure(code: SQLITE_MISUSE, message: "closed") }
    try beginSnapshot()
    defer {
      // Reset ends the statement, not the read transaction (see `endSnapshot`).
      if sqlite3_reset(statement) != SQLITE_OK { endSnapshotLocked() }
    }
    return try code.withCString { text in
      // SQLITE_STATIC: `text` outlives the step, so SQLite needs no copy of it.
      sqlite3_bind_text(statement, 1, text, -1, nil)
      switch sqlite3_step(statement) {
      case SQLITE_ROW:
        let reorderLevel =
          sqlite3_column_type(statement, 4) == SQLITE_NULL
          ? nil : Quantity(thousandths: sqlite3_column_int64(statement, 4))
        return try body(
          StockRow(
            sku: bytes(statement, 0), name: bytes(statement, 1), unit: bytes(statement, 2),
            onHand: Quantity(thousandths: sqlite3_column_int64(statement, 3)),
            reorderLevel: reorderLevel))
      case SQLITE_DONE:
        return nil
      case let code:
        throw Failure(code: code, message: Self.message(connection))
      }
    }
  }

  /// Ends the read transaction that checks share, if one is open: the next check sees every
  /// commit made before it. The store's writer calls this around each of its commits.
  public func endSnapshot() {
    lock.lock()
    defer { lock.unlock() }
    endSnapshotLocked()
  }

  /// Begins a read transaction unless one is open and young enough. SQLite starts reading at
  /// the first step after `BEGIN`.
  private func beginSnapshot() throws {
    let now = DispatchTime.now().uptimeNanoseconds
    // Wrapping: a clock that ever went back would renew the snapshot, not trap.
    if let start = snapshotStart, now &- start <= maxSnapshotAge { return }
    endSnapshotLocked()
    guard let begin else { throw Failure(code: SQLITE_MISUSE, message: "closed") }
    let result = sqlite3_step(begin)
    sqlite3_reset(begin)
    guard result == SQLITE_DONE else {
      throw Failure(code: result, message: Self.message(connection))
    }
    snapshotStart = now
  }

  /// Ends whatever read transaction the connection has (one begun by `beginSnapshot`, or one a
  /// failed step left behind).
  private func endSnapshotLocked() {
    snapshotStart = nil
    guard let connection, let commit, sqlite3_get_autocommit(connection) == 0 else { return }
    sqlite3_step(commit)
    sqlite3_reset(commit)
  }

  func close() throws {
    lock.lock()
    defer { lock.unlock() }
    endSnapshotLocked()
    for each in [statement, begin, commit] { sqlite3_finalize(each) }
    statement = nil
    begin = nil
    commit = nil
    let closed = sqlite3_close_v2(connection)
    connection = nil
    guard closed == SQLITE_OK else { throw Failure(code: closed, message: "close") }
  }

  /// A text column's UTF-8 bytes (the text first, then its length, as SQLite asks).
  private func bytes(_ statement: OpaquePointer, _ column: Int32) -> UnsafeBufferPointer<UInt8> {
    guard let text = sqlite3_column_text(statement, column) else {
      return UnsafeBufferPointer(start: nil, count: 0)
    }
    return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, column)))
  }

  private static func message(_ connection: OpaquePointer?) -> String {
    sqlite3_errmsg(connection).map { String(cString: $0) } ?? "unknown"
  }
}
