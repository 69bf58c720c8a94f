import Foundation
import InMemoryLogging
import KasirProtocol
import KasirStore
import Logging
import Testing

@testable import KasirServer

/// Admin.Backup on a real database file: the verified copy, its name, rotation, refusals.
@Suite struct BackupMethodTests {
  @Test func aManagerGetsAVerifiedCopyNamedInShopTime() async throws {
    let log = InMemoryLogHandler()
    let shop = try BackupShop(logger: Logger(label: "test") { _ in log })
    defer { shop.tearDown() }
    try await shop.harness.stockTheShop()
    _ = try await shop.harness.completedSale()

    let reply = try await shop.harness.call(AdminAPI.Backup.self, Empty())

    // 2026-11-29 10:15:02 in Asia/Makassar.
    #expect(reply.path == shop.backups + "/kasir-20261129-101502.sqlite")
    let attributes = try FileManager.default.attributesOfItem(atPath: reply.path)
    #expect(reply.bytes == (attributes[.size] as? NSNumber)?.int64Value)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
    #expect(reply.bytes > 0)
    // One self-contained file: no temporary file, no -wal or -journal beside it.
    #expect(try shop.files() == ["kasir-20261129-101502.sqlite"])
    let copy = try Store.inspect(path: reply.path)
    #expect(copy.integrity == "ok")
    #expect(copy.sales == 1)
    #expect(copy.unknownMigrations.isEmpty && copy.isKasirDatabase)
    let made = try #require(log.entries.first { $0.message == "backup made" })
    #expect(made.metadata["backup.path"] == "\(reply.path)")
    #expect(made.metadata["backup.bytes"] == "\(reply.bytes)")
    #expect(made.metadata["backup.seconds"] != nil)
  }

  @Test func twoBackupsInOneSecondGetTwoNames() async throws {
    let shop = try BackupShop()
    defer { shop.tearDown() }
    let first = try await shop.harness.call(AdminAPI.Backup.self, Empty())
    let second = try await shop.harness.call(AdminAPI.Backup.self, Empty())
    let third = try await shop.harness.call(AdminAPI.Backup.self, Empty())
    #expect(first.path.hasSuffix("/kasir-20261129-101502.sqlite"))
    #expect(second.path.hasSuffix("/kasir-20261129-101502-2.sqlite"))
    #expect(third.path.hasSuffix("/kasir-20261129-101502-3.sqlite"))
  }

  @Test func rotationKeepsTheNewestAndTouchesNoOtherFile() async throws {
    let shop = try BackupShop { $0.backupKeep = 3 }
    defer { shop.tearDown() }
    try FileManager.default.createDirectory(
      atPath: shop.backups, withIntermediateDirectories: true)
    let others = ["notes.txt", "kasir-manual.sqlite", "kasir-20261129-101502.sqlite.bak"]
    for name in others + ["kasir-20200101-000000.sqlite"] {
      try Data("x".utf8).write(to: URL(fileURLWithPath: shop.backups + "/" + name))
    }
    for hours in 0..<4 {
      let later = shop.harness.at(HandlerHarness.start.addingTimeInterval(Double(hours) * 3600))
      try await later.call(AdminAPI.Backup.self, Empty())
    }
    #expect(
      try shop.files()
        == (others + [
          "kasir-20261129-111502.sqlite", "kasir-20261129-121502.sqlite",
          "kasir-20261129-131502.sqlite",
        ]).sorted())
  }

  @Test func aBackupDirectoryThatCannotBeMadeIsAClearError() async throws {
    let blocker = try makeTemporaryDirectory() + "/a-file"
    try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
    let shop = try BackupShop { $0.backupDirectory = blocker + "/backups" }
    defer { shop.tearDown() }
    let reply = try await shop.harness.raw(#"{"method":"id.kasir.Admin.Backup"}"#)
    #expect(reply["error"] == .string("id.kasir.Admin.BackupFailed"))
    let reason = reply["parameters"]?["reason"]?.text ?? ""
    #expect(
      reason == "cannot create the backup directory: mkdir \(blocker): Not a directory",
      "\(reason)")
  }

  @Test func aCopyThatDoesNotVerifyLeavesNothingBehind() async throws {
    let shop = try BackupShop()
    defer { shop.tearDown() }
    try await shop.harness.stockTheShop()
    // Damage the copy's pages after the first (its schema stays readable).
    let maker = shop.maker { path in
      let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
      let size = try handle.seekToEnd()
      var offset: UInt64 = 4096
      while offset + 4096 <= size {
        try handle.seek(toOffset: offset + 100)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 200))
        offset += 4096
      }
      try handle.close()
    }
    let failure = await #expect(throws: BackupFailure.self) {
      try await maker.make(trigger: "test")
    }
    let reason = failure?.reason ?? ""
    #expect(
      reason.contains("the copy did not verify") || reason.contains("cannot be read back"),
      "\(reason)")
    #expect(try shop.files() == [])
  }

  @Test func aCashierIsRefused() async throws {
    let shop = try BackupShop()
    defer { shop.tearDown() }
    let reply = try await shop.harness.raw(
      #"{"method":"id.kasir.Admin.Backup"}"#, as: HandlerHarness.cashier)
    #expect(reply["error"] == .string("org.varlink.service.PermissionDenied"))
    #expect(!FileManager.default.fileExists(atPath: shop.backups))
  }
}
