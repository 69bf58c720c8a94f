import Foundation
import Testing

@testable import KasirServer

@Suite struct BackupFilesTests {
  @Test func namesAreShopTimeWithASequenceForTheSameSecond() {
    let makassar = TimeZone(identifier: "Asia/Makassar")!
    let jayapura = TimeZone(identifier: "Asia/Jayapura")!
    #expect(BackupFiles.stamp(HandlerHarness.start, in: makassar) == "20261129-101502")
    #expect(BackupFiles.stamp(HandlerHarness.start, in: jayapura) == "20261129-111502")
    #expect(
      BackupFiles.name(stamp: "20261129-101502", sequence: 1) == "kasir-20261129-101502.sqlite")
    #expect(
      BackupFiles.name(stamp: "20261129-101502", sequence: 12)
        == "kasir-20261129-101502-12.sqlite")
  }

  @Test func onlyKasirsOwnNamesAreBackups() {
    for name in [
      "kasir-20261129-101502.sqlite", "kasir-20261129-101502-2.sqlite",
      "kasir-20261129-101502-10.sqlite",
    ] {
      #expect(BackupFiles.key(name) != nil, "\(name)")
    }
    for name in [
      "kasir.sqlite", "kasir-20261129.sqlite", "kasir-20261129-1015.sqlite",
      "kasir-20261129-101502-1.sqlite", "kasir-20261129-101502-02.sqlite",
      "kasir-20261129-101502-x.sqlite", "kasir-2026112a-101502.sqlite",
      "kasir-20261129-101502.sqlite-wal", "Kasir-20261129-101502.sqlite",
      ".kasir-backup-1.tmp", "toko-20261129-101502.sqlite", "kasir-20261129-101502--2.sqlite",
    ] {
      #expect(BackupFiles.key(name) == nil, "\(name)")
    }
  }

  @Test func rotationDeletesTheOldestFirstCountingSequences() {
    let names = [
      "kasir-20261129-101502-10.sqlite", "notes.txt", "kasir-20261129-101502.sqlite",
      "kasir-20261130-000000.sqlite", "kasir-20261129-101502-2.sqlite",
    ]
    #expect(
      BackupFiles.surplus(names, keep: 2) == [
        "kasir-20261129-101502.sqlite", "kasir-20261129-101502-2.sqlite",
      ])
    #expect(BackupFiles.surplus(names, keep: 4) == [])
    #expect(BackupFiles.surplus(names, keep: 1).count == 3)
  }
}
