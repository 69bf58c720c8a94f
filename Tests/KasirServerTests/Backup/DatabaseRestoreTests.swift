import Foundation
import KasirProtocol
import KasirStore
import KasirTestSupport
import Testing

@testable import KasirServer

/// `kasird restore`'s work: refusals leave the database as it was; a restore keeps the old one.
@Suite(.serialized) struct DatabaseRestoreTests {
  /// A shop with one sale, its backup, then a second sale; the store is closed (shop stopped).
  func stoppedShopWithABackup() async throws -> (shop: BackupShop, backup: String) {
    let shop = try BackupShop()
    try await shop.harness.stockTheShop()
    _ = try await shop.harness.completedSale()
    let backup = try await shop.harness.call(AdminAPI.Backup.self, Empty()).path
    _ = try await shop.harness.completedSale()
    try shop.stop()
    return (shop, backup)
  }

  func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

  /// Runs `sql` on the file with the sqlite3 tool, off the cooperative pool.
  func sqlite(_ path: String, _ sql: String) async throws {
    let result = try await onThread { try ProcessRunner.run("/usr/bin/sqlite3", [path, sql]) }
    #expect(result.status == 0, "\(result.stderr)")
  }

  @Test func aRestoreKeepsTheOldDatabaseAsideAndPutsTheBackupInPlace() async throws {
    let (shop, backup) = try await stoppedShopWithABackup()
    defer { shop.tearDown() }
    let database = shop.config.databasePath
    let before = try #require(contents(database))
    // A leftover -wal of the old database must never meet the restored file.
    try Data("stale wal".utf8).write(to: URL(fileURLWithPath: database + "-wal"))
    try Data("stale shm".utf8).write(to: URL(fileURLWithPath: database + "-shm"))

    let later = HandlerHarness.start.addingTimeInterval(3600)
    let result = try DatabaseRestore.restore(backup: backup, config: shop.config, now: later)

    #expect(result.database == database)
    #expect(result.keptAside == database + ".before-restore-20261129-111502")
    #expect(result.sales == 1)
    #expect(contents(database) == contents(backup))
    #expect(contents(database + ".before-restore-20261129-111502") == before)
    #expect(
      contents(database + ".before-restore-20261129-111502-wal") == Data("stale wal".utf8))
    #expect(!FileManager.default.fileExists(atPath: database + "-wal"))
    #expect(!FileManager.default.fileExists(atPath: database + "-shm"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: shop.directory)
      .filter { $0.hasPrefix(".kasir-restore") }
    #expect(leftovers.isEmpty)
    // The restored shop opens, migrates and holds the backup's one sale.
    let reopened = try Store.open(path: database, timeZone: .init(identifier: "Asia/Makassar")!)
    #expect(try await reopened.check().integrity == "ok")
    try reopened.close()
    #expect(try Store.inspect(path: database).sales == 1)

    // A second restore in the same second keeps that database under another name.
    let again = try DatabaseRestore.restore(backup: backup, config: shop.config, now: later)
    #expect(again.keptAside == database + ".before-restore-20261129-111502-2")
    // A plain copy of a live database (WAL mode) restores as one file, nothing beside it.
    let live = try #require(again.keptAside)
    let third = try DatabaseRestore.restore(backup: live, config: shop.config, now: later)
    #expect(third.sales == 1)
    let names = try FileManager.default.contentsOfDirectory(atPath: shop.directory)
    #expect(!names.contains { $0.hasPrefix(".kasir-restore") }, "\(names)")
    #expect(!names.contains("kasir.sqlite-wal") && !names.contains("kasir.sqlite-shm"))
  }

  @Test func aRunningDaemonIsNeverRestoredUnder() async throws {
    let daemon = try await RunningDaemon()
    let (shop, backup) = try await stoppedShopWithABackup()
    defer { shop.tearDown() }
    var config = shop.config
    config.socketPath = daemon.socketPath
    let before = contents(config.databasePath)
    let failure = #expect(throws: RestoreFailure.self) {
      try DatabaseRestore.restore(backup: backup, config: config, now: HandlerHarness.start)
    }
    #expect(failure?.description.contains("kasird is running") == true)
    #expect(failure?.description.contains("systemctl stop kasird.socket kasird.service") == true)
    #expect(contents(config.databasePath) == before)
    try await daemon.stop()
  }

  @Test func aFileThatIsNotAGoodKasirBackupIsRefused() async throws {
    let (shop, backup) = try await stoppedShopWithABackup()
    defer { shop.tearDown() }
    let database = shop.config.databasePath
    let before = contents(database)

    let garbage = shop.directory + "/garbage.sqlite"
    try Data(repeating: 0x42, count: 8192).write(to: URL(fileURLWithPath: garbage))
    let foreign = shop.directory + "/foreign.sqlite"
    let other = try Store.open(path: foreign, timeZone: .current)
    try other.close()
    try await sqlite(foreign, "DROP TABLE grdb_migrations")
    let newer = shop.directory + "/newer.sqlite"
    try FileManager.default.copyItem(atPath: backup, toPath: newer)
    try await sqlite(newer, "INSERT INTO grdb_migrations VALUES ('v99')")

    for (file, words) in [
      (garbage, "is not a readable SQLite database"),
      (foreign, "is not a Kasir database"),
      (newer, "was made by a newer Kasir (migrations v99)"),
      (shop.directory + "/missing.sqlite", "cannot read the backup file"),
      (database, "is the database itself"),
    ] {
      let failure = #expect(throws: RestoreFailure.self) {
        try DatabaseRestore.restore(backup: file, config: shop.config, now: HandlerHarness.start)
      }
      #expect(failure?.description.contains(words) == true, "\(String(describing: failure))")
    }
    #expect(contents(database) == before)
    let names = try FileManager.default.contentsOfDirectory(atPath: shop.directory)
    #expect(
      !names.contains { $0.hasPrefix(".kasir-restore") || $0.contains("before-restore") },
      "\(names)")
  }
}
