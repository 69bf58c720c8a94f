import Foundation
import GRDB
import KasirCore
import Testing

@testable import KasirStore

/// Shift close queues the Z report in its own transaction; the report prints from what was
/// stored at close.
@Suite struct StoreZReportJobsTests {
  let now = Fixtures.now

  @Test func closeQueuesTheZReportWithTheShift() async throws {
    let store = try await Fixtures.stockedStore()
    _ = try await store.moveCash(amount: -5_000, reason: "galon", user: "ani", now: now)
    let (report, jobId) = try await store.closeShift(
      countedCash: 94_000, note: "kurang", queueReport: true, user: "ani", now: now)
    let id = try #require(jobId)
    let job = try #require(try await store.printJob(id: id))
    #expect(job.kind == .zreport && job.state == .pending && job.saleId == nil)
    #expect(job.shiftId == report.shift.id && job.requestedBy == "ani")
    let pending = try await store.pendingPrintJobs().map(\.id)
    #expect(pending == [id])

    // The stored report is the one Close returned, even after the next shift sells.
    let stored = try await store.closedShiftReport(id: report.shift.id)
    #expect(stored == report)
    #expect(stored.difference == -1_000)
  }

  @Test func aRefusedCloseQueuesNothing() async throws {
    let store = try Fixtures.store()
    await #expect(throws: ShiftError.noOpenShift) {
      try await store.closeShift(
        countedCash: 0, note: nil, queueReport: true, user: "ani", now: now)
    }
    #expect(try await store.count("printJob") == 0)
  }

  @Test func anOpenOrUnknownShiftHasNoStoredReport() async throws {
    let store = try await Fixtures.stockedStore()
    let open = try #require(try await store.currentShift())
    await #expect(throws: ShiftError.shiftNotFound(id: open.id)) {
      try await store.closedShiftReport(id: open.id)
    }
    await #expect(throws: ShiftError.shiftNotFound(id: 999)) {
      try await store.closedShiftReport(id: 999)
    }
  }

  /// A database made by v2 keeps its print jobs, ids and states through v3, and a v2-style
  /// job cannot claim to be a Z report without a shift.
  @Test func migratingFromV2KeepsEveryJob() throws {
    let queue = try DatabaseQueue()
    try Store.migrator.migrate(queue, upTo: "v2")
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO printJob (kind, reference, requestedBy, state, attempts, lastError,
            createdAt, sentAt, cupsJobId)
          VALUES ('drawer', 'ani', 'ani', 'sent', 1, NULL, '2026-11-29 01:00:00.000',
            '2026-11-29 01:00:01.000', 7),
            ('test', 'budi', 'budi', 'pending', 3, 'cupsd down', '2026-11-29 02:00:00.000',
            NULL, NULL)
          """)
    }
    try Store.migrator.migrate(queue)
    let rows = try queue.read { db in
      try Row.fetchAll(
        db, sql: "SELECT id, kind, state, attempts, lastError, cupsJobId FROM printJob ORDER BY id")
    }
    #expect(rows.count == 2)
    let first: (Int64, String, Int64?) = (rows[0]["id"], rows[0]["kind"], rows[0]["cupsJobId"])
    #expect(first == (1, "drawer", 7))
    let second: (String, Int, String?) = (
      rows[1]["state"], rows[1]["attempts"], rows[1]["lastError"]
    )
    #expect(second == ("pending", 3, "cupsd down"))
    try queue.write { db in
      // The sent job is still protected by the trigger.
      #expect(throws: DatabaseError.self) {
        try db.execute(sql: "UPDATE printJob SET attempts = 9 WHERE id = 1")
      }
      #expect(throws: DatabaseError.self) {
        try db.execute(
          sql: """
            INSERT INTO printJob (kind, reference, requestedBy, createdAt)
            VALUES ('zreport', 'x', 'ani', '2026-11-29 03:00:00.000')
            """)
      }
    }
  }
}
