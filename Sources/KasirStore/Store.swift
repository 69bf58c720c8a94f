import CKasirSQLite
import Foundation
import GRDB
import GRDBSQLite
import KasirCore

/// The shop's database: one `Store` per daemon, shared by every connection.
///
/// Each public method is one use case in one transaction. Time is passed in (`now:`), never
/// read from a clock, and the shop day (for sale numbers) is computed in `timeZone`.
public struct Store: Sendable {
  let writer: any DatabaseWriter
  let timeZone: TimeZone
  let scale: ScaleSettings
  /// Point reads on the calling thread; nil for a database in memory.
  public private(set) var quickReader: QuickReader?

  /// Wraps `writer` and brings its schema up to date.
  public init(writer: any DatabaseWriter, timeZone: TimeZone, scale: ScaleSettings) throws {
    self.writer = writer
    self.timeZone = timeZone
    self.scale = scale
    try Store.migrator.migrate(writer)
  }

  /// Opens (or creates) the database file at `path` in WAL mode, with `synchronous = FULL`:
  /// when a use case returns, its transaction is on disk. `maxSizeBytes` caps the main file
  /// (`PRAGMA max_page_count`): a use case that would grow it further fails as a full disk
  /// does (`isStorageFull`) and changes nothing.
  public static func open(
    path: String, timeZone: TimeZone, scale: ScaleSettings = .init(), maxSizeBytes: Int64? = nil
  ) throws -> Store {
    let pool = try DatabasePool(path: path, configuration: configuration())
    // DatabasePool resets `synchronous` to NORMAL while it sets up WAL: set FULL afterwards,
    // on the one writer connection (the only one that writes). max_page_count belongs to a
    // connection too.
    try pool.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA synchronous = FULL")
      if let maxSizeBytes {
        let pageSize = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
        try db.execute(sql: "PRAGMA max_page_count = \(max(1, maxSizeBytes / pageSize))")
      }
    }
    var store = try Store(writer: pool, timeZone: timeZone, scale: scale)
    // After the migrations: the reader only reads the schema they made.
    let reader = try QuickReader(path: path)
    store.quickReader = reader
    pool.add(transactionObserver: SnapshotEnder(reader: reader), extent: .databaseLifetime)
    return store
  }

  /// An in-memory database, for tests.
  public static func inMemory(timeZone: TimeZone, scale: ScaleSettings = .init()) throws -> Store {
    let queue = try DatabaseQueue(configuration: configuration())
    return try Store(writer: queue, timeZone: timeZone, scale: scale)
  }

  /// The database file, or an empty string in memory.
  public var path: String { writer.path }

  /// Checkpoints the WAL into the main file and closes every connection.
  public func close() throws {
    try quickReader?.close()
    if writer is DatabasePool {
      // Folding the WAL into the database needs room on the disk. Without it (a full disk) the
      // WAL stays, and SQLite replays it at the next open: nothing is lost, so the stop is
      // still clean.
      try? writer.writeWithoutTransaction { db in
        _ = try db.checkpoint(.truncate)
      }
    }
    try writer.close()
  }

  /// Turns SQLite's memory statistics off for the whole process. With them on, every
  /// allocation SQLite makes takes a process-wide mutex to count bytes that Kasir reads only to
  /// log whether they are counted (`memoryStatisticsOn`); off, a stock check's read costs about
  /// a tenth less.
  /// Call it before anything in the process uses SQLite (SQLite allows no other call at the
  /// same time); kasird does, first thing. Once SQLite has started nothing changes (SQLite
  /// refuses the setting); `memoryStatisticsOn` tells which way it went.
  public static func turnOffMemoryStatistics() {
    _ = kasir_sqlite_memory_statistics_off()
  }

  /// Whether SQLite counts the memory it uses: read from the count itself, which stays 0 with
  /// the statistics off (and is never 0 with them on and a database open).
  public static var memoryStatisticsOn: Bool { sqlite3_memory_used() > 0 }

  /// The SQLite library's version, e.g. `3.40.1`.
  public static var sqliteVersion: String { String(cString: sqlite3_libversion()) }

  static func configuration() -> Configuration {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(5)
    configuration.label = "Kasir"
    // 8 MiB of pages per connection instead of 2: a search at 50,000 products touches more
    // pages than 2 MiB hold, and each miss is a read from the file.
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -8192") }
    return configuration
  }
}
