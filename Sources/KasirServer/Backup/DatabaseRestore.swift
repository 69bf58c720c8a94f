import Foundation
import KasirStore

#if canImport(Glibc)
  import Glibc
#endif

/// What a restore did.
public struct RestoreResult: Sendable, Equatable {
  /// The database file that now holds the backup.
  public var database: String
  /// Where the database it replaced was kept (with its `-wal` beside it, if it had one); nil
  /// when there was none.
  public var keptAside: String?
  /// Completed sales (refunds included) in the restored database.
  public var sales: Int
  /// Its migrations; the next start of kasird applies any newer ones.
  public var migrations: [String]
}

/// Why a restore was refused or failed. The database is as it was.
public struct RestoreFailure: Error, Sendable, Equatable, CustomStringConvertible {
  public var description: String
}

/// Puts a backup in place of the database of a stopped shop (`kasird restore`): refuses while
/// a kasird answers on the socket, copies the backup beside the database, checks the copy
/// (integrity, a Kasir database this version knows), keeps the current database aside as
/// `<db>.before-restore-<time>`, then renames the copy over it. The old `-wal`/`-shm` go, so
/// SQLite never applies them to the restored file. Blocking: run it from `kasird`, not the pool.
public enum DatabaseRestore {
  public static func restore(
    backup: String, config: KasirConfig, now: Date
  ) throws(RestoreFailure) -> RestoreResult {
    let database = config.databasePath
    if ListenSocket.isInUse(path: config.socketPath) {
      throw RestoreFailure(
        description:
          "kasird is running: it answers on \(config.socketPath). Stop it first "
          + "(systemctl stop kasird.socket kasird.service), then restore again")
    }
    guard FileManager.default.isReadableFile(atPath: backup) else {
      throw RestoreFailure(description: "cannot read the backup file \(backup)")
    }
    if let existing = realPath(database), realPath(backup) == existing {
      throw RestoreFailure(description: "\(backup) is the database itself; name a backup file")
    }
    let directory = (database as NSString).deletingLastPathComponent
    let base = directory.isEmpty ? "." : directory
    let temporary = base + "/.kasir-restore-\(UUID().uuidString).tmp"
    do throws(RestoreFailure) {
      let inspection = try copyAndCheck(backup, to: temporary, like: database)
      let aside = try keepAside(database, now: now, timeZone: config.shopTime.timeZone)
      try replace(database, with: temporary, directory: base)
      return RestoreResult(
        database: database, keptAside: aside, sales: inspection.sales,
        migrations: inspection.migrations)
    } catch {
      for suffix in ["", "-journal", "-wal", "-shm"] {
        try? FileSystem.remove(temporary + suffix)
      }
      throw error
    }
  }

  /// Copies the backup to `temporary`, with the database's owner and mode, and checks the copy.
  private static func copyAndCheck(
    _ backup: String, to temporary: String, like database: String
  ) throws(RestoreFailure) -> BackupInspection {
    do {
      try FileSystem.copy(backup, to: temporary)
    } catch {
      throw RestoreFailure(description: "cannot copy the backup beside the database: \(error)")
    }
    adoptOwnership(of: temporary, from: database)
    let inspection: BackupInspection
    do {
      try Store.makeSelfContained(path: temporary)
      inspection = try Store.inspect(path: temporary)
    } catch {
      throw RestoreFailure(description: "\(backup) is not a readable SQLite database: \(error)")
    }
    guard inspection.integrity == "ok" else {
      throw RestoreFailure(
        description:
          "\(backup) is damaged (PRAGMA integrity_check: \(inspection.integrity)); "
          + "choose another backup")
    }
    guard inspection.isKasirDatabase else {
      throw RestoreFailure(
        description: "\(backup) is not a Kasir database (it has no migrations table)")
    }
    guard inspection.unknownMigrations.isEmpty else {
      throw RestoreFailure(
        description:
          "\(backup) was made by a newer Kasir (migrations "
          + "\(inspection.unknownMigrations.joined(separator: ", "))); "
          + "restore it with that version")
    }
    return inspection
  }

  /// The restored file belongs to whoever owned the database (kasir), even when root restores.
  private static func adoptOwnership(of path: String, from database: String) {
    let source =
      FileManager.default.fileExists(atPath: database)
      ? database : (database as NSString).deletingLastPathComponent
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: source) else {
      return
    }
    var wanted: [FileAttributeKey: Any] = [:]
    if source == database, let mode = attributes[.posixPermissions] {
      wanted[.posixPermissions] = mode
    }
    if getuid() == 0 {
      wanted[.ownerAccountID] = attributes[.ownerAccountID]
      wanted[.groupOwnerAccountID] = attributes[.groupOwnerAccountID]
    }
    try? FileManager.default.setAttributes(wanted, ofItemAtPath: path)
  }

  /// Keeps the database (and its `-wal`) as `<db>.before-restore-<time>` with hard links, or
  /// copies where links are not possible; the database stays in place meanwhile.
  private static func keepAside(
    _ database: String, now: Date, timeZone: TimeZone
  ) throws(RestoreFailure) -> String? {
    guard FileManager.default.fileExists(atPath: database) else { return nil }
    let stamp = BackupFiles.stamp(now, in: timeZone)
    var aside = database + ".before-restore-" + stamp
    var sequence = 1
    while FileManager.default.fileExists(atPath: aside) {
      sequence += 1
      aside = database + ".before-restore-" + stamp + "-\(sequence)"
    }
    do {
      try FileSystem.linkOrCopy(database, aside)
      if FileManager.default.fileExists(atPath: database + "-wal") {
        try FileSystem.linkOrCopy(database + "-wal", aside + "-wal")
      }
    } catch {
      try? FileSystem.remove(aside)
      throw RestoreFailure(description: "cannot keep the current database aside: \(error)")
    }
    return aside
  }

  /// Drops the old database's journal files, then renames the checked copy over it.
  private static func replace(
    _ database: String, with temporary: String, directory: String
  ) throws(RestoreFailure) {
    for suffix in ["-wal", "-shm", "-journal"] {
      do {
        try FileSystem.remove(database + suffix)
      } catch {
        throw RestoreFailure(description: "\(error); nothing restored")
      }
    }
    guard rename(temporary, database) == 0 else {
      throw RestoreFailure(
        description: "\(POSIXFailure(call: "rename", path: database, code: errno))")
    }
    do {
      try FileSystem.sync(directory)
    } catch {
      throw RestoreFailure(description: "restored, but \(error)")
    }
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
