import Foundation
import KasirStore
import Logging

/// A backup that was made: the file, its size, how long it took.
public struct BackupResult: Sendable, Equatable {
  public var path: String
  public var bytes: Int64
  public var seconds: Double
}

/// Why a backup was not made. Nothing of it is left behind.
public struct BackupFailure: Error, Sendable, Equatable, CustomStringConvertible {
  public var reason: String
  public var description: String { reason }
}

/// Makes verified backups of the live database into one directory and rotates them: SQLite's
/// online backup into a temporary file, `PRAGMA integrity_check` on the copy, fsync, rename to
/// `kasir-YYYYMMDD-HHMMSS.sqlite` (shop time), fsync of the directory, then the oldest beyond
/// `keep` are deleted. One backup at a time, each on a thread of its own (it blocks on files);
/// sales go on meanwhile, since the copy only reads.
public final class BackupMaker: Sendable {
  let store: Store
  let directory: String
  let keep: Int
  let timeZone: TimeZone
  let now: @Sendable () -> Date
  let logger: Logger
  /// Called with the temporary copy before it is verified; tests use it to damage the copy.
  let afterCopy: @Sendable (String) throws -> Void
  private let lock = NSLock()

  init(
    store: Store, config: KasirConfig, now: @escaping @Sendable () -> Date, logger: Logger,
    afterCopy: @escaping @Sendable (String) throws -> Void = { _ in }
  ) {
    self.store = store
    self.directory = config.backupDirectoryPath
    self.keep = config.backupKeep
    self.timeZone = config.shopTime.timeZone
    self.now = now
    self.logger = logger
    self.afterCopy = afterCopy
  }

  /// Makes one backup; `trigger` (`call`, `daily`) goes into the log. Throws `BackupFailure`.
  public func make(trigger: String) async throws -> BackupResult {
    do {
      let result = try await Self.onOwnThread { try self.makeNow() }
      logger.info(
        "backup made",
        metadata: [
          "backup.path": "\(result.path)", "backup.bytes": "\(result.bytes)",
          "backup.seconds": "\(String(format: "%.3f", result.seconds))",
          "backup.trigger": "\(trigger)",
        ])
      return result
    } catch let failure as BackupFailure {
      logger.error(
        "backup failed",
        metadata: [
          "backup.directory": "\(directory)", "backup.reason": "\(failure.reason)",
          "backup.trigger": "\(trigger)",
        ])
      throw failure
    }
  }

  /// The whole backup, on the calling thread, one at a time.
  func makeNow() throws(BackupFailure) -> BackupResult {
    lock.lock()
    defer { lock.unlock() }
    let started = ContinuousClock.now
    do {
      try FileSystem.makeDirectory(directory)
    } catch {
      throw BackupFailure(reason: "cannot create the backup directory: \(error)")
    }
    let temporary = directory + "/.kasir-backup-\(UUID().uuidString).tmp"
    let path: String
    do throws(BackupFailure) {
      try copy(to: temporary)
      path = try publish(temporary)
    } catch {
      for suffix in ["", "-journal", "-wal", "-shm"] {
        try? FileSystem.remove(temporary + suffix)
      }
      throw error
    }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let bytes = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
    rotate()
    let elapsed = ContinuousClock.now - started
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return BackupResult(path: path, bytes: bytes, seconds: seconds)
  }

  /// The online copy into `temporary`, verified, on disk.
  private func copy(to temporary: String) throws(BackupFailure) {
    do {
      try store.copyDatabase(to: temporary)
    } catch {
      throw BackupFailure(reason: "copying the database failed: \(error)")
    }
    do {
      try afterCopy(temporary)
    } catch {
      throw BackupFailure(reason: "\(error)")
    }
    let inspection: BackupInspection
    do {
      inspection = try Store.inspect(path: temporary)
    } catch {
      throw BackupFailure(reason: "the copy cannot be read back: \(error)")
    }
    guard inspection.integrity == "ok" else {
      throw BackupFailure(
        reason: "the copy did not verify (PRAGMA integrity_check: \(inspection.integrity))")
    }
    // The database holds members' personal data: the copy is for the shop's users only.
    guard chmod(temporary, 0o640) == 0 else {
      throw BackupFailure(reason: "\(POSIXFailure(call: "chmod", path: temporary, code: errno))")
    }
    do {
      try FileSystem.sync(temporary)
    } catch {
      throw BackupFailure(reason: "\(error)")
    }
  }

  /// Renames the verified copy to its final name (a free one) and syncs the directory.
  private func publish(_ temporary: String) throws(BackupFailure) -> String {
    let stamp = BackupFiles.stamp(now(), in: timeZone)
    var sequence = 1
    var path = directory + "/" + BackupFiles.name(stamp: stamp, sequence: sequence)
    // Backups are made one at a time, so a name free now is still free at the rename.
    while FileManager.default.fileExists(atPath: path) {
      sequence += 1
      path = directory + "/" + BackupFiles.name(stamp: stamp, sequence: sequence)
    }
    guard rename(temporary, path) == 0 else {
      throw BackupFailure(reason: "\(POSIXFailure(call: "rename", path: path, code: errno))")
    }
    do {
      try FileSystem.sync(directory)
    } catch {
      // The file is there but may not survive a power cut: do not call it a backup.
      try? FileSystem.remove(path)
      throw BackupFailure(reason: "\(error)")
    }
    return path
  }

  /// Deletes the oldest backups beyond `keep`; a file that cannot be deleted is logged.
  private func rotate() {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    for name in BackupFiles.surplus(names, keep: keep) {
      do {
        try FileSystem.remove(directory + "/" + name)
        logger.info("old backup deleted", metadata: ["backup.path": "\(directory)/\(name)"])
      } catch {
        logger.warning(
          "cannot delete an old backup",
          metadata: ["backup.path": "\(directory)/\(name)", "error": "\(error)"])
      }
    }
  }

  private static func onOwnThread<T: Sendable>(
    _ work: @escaping @Sendable () throws -> T
  ) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      let thread = Thread { continuation.resume(with: Result { try work() }) }
      thread.name = "kasir-backup"
      thread.stackSize = 1 << 20
      thread.start()
    }
  }
}
