import Foundation
import GRDB
import KasirCore
import KasirTestSupport
import Testing

@testable import KasirStore

/// Checks in a row share one read transaction while nothing is written (`QuickReader`'s
/// snapshots): the store's commits end it, and so does its age.
@Suite struct QuickReaderSnapshotTests {
  @Test func aCheckSeesEveryCommitOfTheStore() async throws {
    try await QuickReaderTests.withStore { store, reader in
      for count in 1...20 {
        // The first check of each turn begins a snapshot; the adjustment ends it.
        _ = try reader.stockLevel(code: "MIE-001")
        _ = try await store.adjust(
          code: "MIE-001", .counted(Quantity(whole: Int64(count))), reason: "count", note: nil,
          user: "m", now: Fixtures.now)
        #expect(try reader.stockLevel(code: "MIE-001")?.onHand == Quantity(whole: Int64(count)))
      }
    }
  }

  /// A check that begins a snapshot while a commit is under way (after the store's writer
  /// ended the last one, before the commit is done) must not keep it: once the write has
  /// returned, checks see it.
  @Test func aSnapshotBegunDuringACommitEndsWithIt() async throws {
    try await QuickReaderTests.withStore { store, reader in
      let during = CheckDuringCommit(reader: reader)
      // Added after the store's own observer, so it runs after it at each commit.
      store.writer.add(transactionObserver: during, extent: .databaseLifetime)
      _ = try await store.adjust(
        code: "MIE-001", .counted(Quantity(whole: 7)), reason: "count", note: nil, user: "m",
        now: Fixtures.now)
      #expect(during.seen == [Quantity(whole: 80)])
      #expect(try reader.stockLevel(code: "MIE-001")?.onHand == Quantity(whole: 7))
    }
  }

  /// A shared snapshot must not hold back the checkpoint that follows each commit: with checks
  /// between all the writes, the WAL still starts over once it passes SQLite's 1,000 pages
  /// (4 MiB), instead of growing by every write.
  @Test func checksBetweenWritesDoNotHoldBackTheWAL() async throws {
    try await QuickReaderTests.withStore { store, reader in
      for turn in 0..<700 {
        _ = try reader.stockLevel(code: Fixtures.noodleBarcode)
        _ = try await store.adjust(
          code: "MIE-001", .delta(Quantity(whole: 1)), reason: "turn \(turn)", note: nil,
          user: "m", now: Fixtures.now)
      }
      let walBytes =
        (try FileManager.default.attributesOfItem(atPath: store.path + "-wal")[.size] as? Int) ?? 0
      let movements = try await store.writer.read { db in
        try Int.fetchOne(db, sql: "SELECT count(*) FROM stockMovement") ?? 0
      }
      #expect(movements >= 700)
      // 700 writes of several pages each are well over 1,000 pages; a WAL held back by a
      // snapshot would hold them all.
      #expect(walBytes < 6 << 20, "WAL of \(walBytes) bytes after 700 writes")
    }
  }

  /// A change the store did not make (another process's) is seen once the snapshot is older
  /// than `maxSnapshotAge`.
  @Test func aSnapshotIsRenewedWhenOld() async throws {
    try await QuickReaderTests.withStore { store, _ in
      let reader = try QuickReader(path: store.path, maxSnapshotAge: 50_000_000)
      defer { try? reader.close() }
      #expect(try reader.stockLevel(code: "MIE-001")?.onHand == Quantity(whole: 80))
      let other = try DatabaseQueue(path: store.path)
      try await other.write { db in
        try db.execute(sql: "UPDATE product SET name = 'Mie Lain' WHERE sku = 'MIE-001'")
      }
      try other.close()
      try await Task.sleep(for: .milliseconds(120))
      #expect(try reader.stockLevel(code: "MIE-001")?.name == "Mie Lain")
    }
  }
}

/// Checks the noodles' level from inside each commit, as an event loop could at that moment.
private final class CheckDuringCommit: TransactionObserver, @unchecked Sendable {
  let reader: QuickReader
  var seen: [Quantity] = []

  init(reader: QuickReader) { self.reader = reader }

  func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { false }
  func databaseDidChange(with event: DatabaseEvent) {}
  func databaseWillCommit() throws {
    if let level = try reader.stockLevel(code: "MIE-001") { seen.append(level.onHand) }
  }
  func databaseDidCommit(_ db: Database) {}
  func databaseDidRollback(_ db: Database) {}
}
