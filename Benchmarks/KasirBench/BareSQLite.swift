import GRDBSQLite

/// SQLite through its C API and nothing else: prepared statements bound and stepped by hand.
/// The floor `Sale.Pay` is compared with (`BarePay`). Use it on one thread only.
final class BareSQLite {
  private var handle: OpaquePointer?

  /// Opens `path` as kasird opens its database: WAL, `synchronous = FULL`, foreign keys on.
  init(path: String) throws {
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
    guard sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK else {
      let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close(handle)
      throw BenchError("sqlite3_open_v2(\(path)): \(message)")
    }
    sqlite3_busy_timeout(handle, 5000)
    try execute("PRAGMA journal_mode = WAL")
    try execute("PRAGMA synchronous = FULL")
    try execute("PRAGMA foreign_keys = ON")
  }

  deinit {
    // Statements are finalized by their own deinit first: `Statement` holds this object.
    sqlite3_close(handle)
  }

  func execute(_ sql: String) throws {
    guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else {
      throw BenchError("\(sql): \(String(cString: sqlite3_errmsg(handle)))")
    }
  }

  /// A statement prepared once and reused (`SQLITE_PREPARE_PERSISTENT`).
  func prepare(_ sql: String) throws -> Statement {
    var statement: OpaquePointer?
    guard
      sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        == SQLITE_OK, let statement
    else { throw BenchError("prepare \(sql): \(String(cString: sqlite3_errmsg(handle)))") }
    return Statement(database: self, statement: statement, sql: sql)
  }

  /// The first column of every row of `sql`, as text.
  func texts(_ sql: String) throws -> [String] {
    let statement = try prepare(sql)
    var rows: [String] = []
    while sqlite3_step(statement.statement) == SQLITE_ROW {
      rows.append(String(cString: sqlite3_column_text(statement.statement, 0)))
    }
    return rows
  }

  var lastError: String { String(cString: sqlite3_errmsg(handle)) }

  var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

  /// One prepared statement. Text arguments are bound as transient copies.
  final class Statement {
    let database: BareSQLite
    let statement: OpaquePointer
    let sql: String

    init(database: BareSQLite, statement: OpaquePointer, sql: String) {
      self.database = database
      self.statement = statement
      self.sql = sql
    }

    deinit { sqlite3_finalize(statement) }

    enum Value {
      case int(Int64)
      case text(String)
      case null
    }

    /// Binds `values`, steps once and gives the first column of a row, if one came.
    @discardableResult
    func run(_ values: [Value]) throws -> Int64? {
      sqlite3_reset(statement)
      for (index, value) in values.enumerated() {
        let position = Int32(index + 1)
        switch value {
        case .int(let number): sqlite3_bind_int64(statement, position, number)
        case .text(let text):
          sqlite3_bind_text(statement, position, text, -1, Self.transient)
        case .null: sqlite3_bind_null(statement, position)
        }
      }
      let result = sqlite3_step(statement)
      switch result {
      case SQLITE_ROW:
        let first = sqlite3_column_int64(statement, 0)
        // Finish the statement (RETURNING writes are done by the first step).
        while sqlite3_step(statement) == SQLITE_ROW {}
        sqlite3_reset(statement)
        return first
      case SQLITE_DONE:
        sqlite3_reset(statement)
        return nil
      default:
        let message = database.lastError
        sqlite3_reset(statement)
        throw BenchError("\(sql): \(message)")
      }
    }

    /// SQLite's `SQLITE_TRANSIENT`: copy the text before `bind` returns.
    private static let transient = unsafeBitCast(
      OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
  }
}
