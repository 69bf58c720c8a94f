import Foundation
import GRDB
import KasirCore

/// The print queue's storage: each method is one small transaction.
extension Store {
  static func enqueue(
    _ db: Database, kind: PrintJob.Kind, saleId: Int64?, reference: String,
    requestedBy: String, now: Date
  ) throws -> PrintJob {
    var job = PrintJob(
      kind: kind, saleId: saleId, reference: reference, requestedBy: requestedBy, createdAt: now)
    try job.insert(db)
    return job
  }

  /// Queues a copy of a completed (or voided) sale's receipt.
  public func enqueueCopy(number: String, requestedBy: String, now: Date) async throws -> PrintJob {
    try await writer.write { db in
      guard let record = try SaleRecord.filter(Column("number") == number).fetchOne(db) else {
        throw SaleError.saleNotFound(reference: number)
      }
      let sale = try Store.sales(db, [record])[0]
      try sale.requireState(.completed, .voided)
      return try Store.enqueue(
        db, kind: .copy, saleId: sale.id, reference: number, requestedBy: requestedBy, now: now)
    }
  }

  /// Queues a drawer kick or a test page, recorded with `requestedBy`.
  public func enqueue(_ kind: PrintJob.Kind, requestedBy: String, now: Date) async throws
    -> PrintJob
  {
    precondition(kind == .drawer || kind == .test, "receipts and copies name a sale")
    return try await writer.write { db in
      try Store.enqueue(
        db, kind: kind, saleId: nil, reference: requestedBy, requestedBy: requestedBy, now: now)
    }
  }

  /// Pending jobs, oldest first.
  public func pendingPrintJobs(limit: Int = 100) async throws -> [PrintJob] {
    try await writer.read { db in
      try PrintJob.filter(Column("state") == PrintJob.State.pending.rawValue)
        .order(Column("id")).limit(limit).fetchAll(db)
    }
  }

  public func pendingPrintJobCount() async throws -> Int {
    try await writer.read { db in
      try PrintJob.filter(Column("state") == PrintJob.State.pending.rawValue).fetchCount(db)
    }
  }

  /// The most recent jobs, newest first.
  public func recentPrintJobs(limit: Int) async throws -> [PrintJob] {
    try await writer.read { db in
      try PrintJob.order(Column("id").desc).limit(limit).fetchAll(db)
    }
  }

  public func printJob(id: Int64) async throws -> PrintJob? {
    try await writer.read { db in try PrintJob.fetchOne(db, key: id) }
  }

  /// Records that CUPS took the job. Only a pending job becomes sent, so it happens once.
  public func markPrintJobSent(id: Int64, cupsJobId: Int32, now: Date) async throws {
    try await writer.write { db in
      try db.execute(
        sql: """
          UPDATE printJob SET state = 'sent', sentAt = ?, cupsJobId = ?, attempts = attempts + 1
          WHERE id = ? AND state = 'pending'
          """, arguments: [now, cupsJobId, id])
    }
  }

  /// Records a failed attempt; the job stays pending (or becomes failed when `final`).
  public func markPrintJobAttemptFailed(id: Int64, error: String, final: Bool = false)
    async throws
  {
    try await writer.write { db in
      try db.execute(
        sql: """
          UPDATE printJob SET attempts = attempts + 1, lastError = ?,
            state = CASE WHEN ? THEN 'failed' ELSE state END
          WHERE id = ? AND state = 'pending'
          """, arguments: [error, final, id])
    }
  }
}
