import Foundation
import GRDB

/// What a database file holds, as far as a restore cares.
public struct BackupInspection: Sendable, Equatable {
  /// `ok`, or SQLite's messages joined by newlines.
  public var integrity: String
  /// The migrations applied to it, e.g. `["v1", "v2"]`; empty when it is not a Kasir database.
  public var migrations: [String]
  /// Applied migrations this version of Kasir does not know (made by a newer Kasir).
  public var unknownMigrations: [String]
  /// Completed sales (refunds included; voided and open ones not).
  public var sales: Int

  public var isKasirDatabase: Bool { !migrations.isEmpty }
}

/// An SQLite error while copying or inspecting a database file, in plain words.
public struct DatabaseFileError: Error, Sendable, CustomStringConvertible {
  public var description: String

  init(_ error: any Error) {
    if Store.isStorageFull(error) {
      description = "the disk is full"
    } else if let error = error as? DatabaseError {
      description = error.message ?? "SQLite error \(error.resultCode.rawValue)"
    } else {
      description = "\(error)"
    }
  }
}

extension Store {
  /// Copies the whole database into a new file at `path` with SQLite's online backup API, in
  /// one step inside one read transaction: a consistent snapshot, while other connections keep
  /// writing (WAL). The copy is a self-contained file (journal mode DELETE, no `-wal`).
  /// Blocks the calling thread: never call it on Swift's cooperative pool.
  public func copyDatabase(to path: String) throws(DatabaseFileError) {
    do {
      var configuration = Configuration()
      configuration.label = "KasirBackup"
      let destination = try DatabaseQueue(path: path, configuration: configuration)
      do {
        try writer.backup(to: destination)
        try Self.useRollbackJournal(destination)
        try destination.close()
      } catch {
        try? destination.close()
        throw error
      }
    } catch {
      throw DatabaseFileError(error)
    }
  }

  /// Turns the database file at `path` into one file (journal mode DELETE), as a restored
  /// database must be: a copy of a live WAL database would otherwise leave `-wal`/`-shm`
  /// beside it. Blocks the calling thread.
  public static func makeSelfContained(path: String) throws(DatabaseFileError) {
    do {
      var configuration = Configuration()
      configuration.label = "KasirRestore"
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      defer { try? queue.close() }
      try useRollbackJournal(queue)
    } catch {
      throw DatabaseFileError(error)
    }
  }

  /// Journal mode DELETE: the file stands alone, with no `-wal` or `-shm` beside it.
  private static func useRollbackJournal(_ queue: DatabaseQueue) throws {
    try queue.writeWithoutTransaction { db in
      _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
    }
  }

  /// Opens the file at `path` read-only and checks it: `PRAGMA integrity_check`, the migrations
  /// table, the sales. Blocks the calling thread.
  public static func inspect(path: String) throws(DatabaseFileError) -> BackupInspection {
    do {
      return try inspectFile(path: path)
    } catch {
      throw DatabaseFileError(error)
    }
  }

  private static func inspectFile(path: String) throws -> BackupInspection {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.label = "KasirInspect"
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? queue.close() }
    let known = Set(migrator.migrations)
    return try queue.read { db in
      let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        .joined(separator: "\n")
      guard integrity == "ok", try db.tableExists("grdb_migrations") else {
        return BackupInspection(
          integrity: integrity, migrations: [], unknownMigrations: [], sales: 0)
      }
      let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
      let sales =
        try db.tableExists("sale")
        ? try Int.fetchOne(
          db, sql: "SELECT COUNT(*) FROM sale WHERE state = 'completed'") ?? 0 : 0
      return BackupInspection(
        integrity: integrity, migrations: applied,
        unknownMigrations: applied.filter { !known.contains($0) }, sales: sales)
    }
  }
}
