import Foundation
import GRDB
import KasirCore
import Testing

@testable import KasirStore

/// The durable print queue's storage: a receipt job is part of Pay's transaction.
@Suite struct StorePrintJobsTests {
  let now = Fixtures.now

  func cart(_ store: Store) async throws -> Sale {
    let sale = try await store.openSale(cashier: "ani", memberNumber: nil, now: now)
    _ = try await store.addItem(
      saleId: sale.id, code: "MIE-001", quantity: Quantity(whole: 2), user: "ani", now: now)
    return sale
  }

  @Test func payQueuesTheReceiptWithTheSale() async throws {
    let store = try await Fixtures.stockedStore()
    let sale = try await cart(store)
    let paid = try await store.pay(
      saleId: sale.id, payments: [Payment(method: .cash, amount: 10_000)], queueReceipt: true,
      user: "ani", now: now)
    let id = try #require(paid.receiptJob)
    let job = try #require(try await store.printJob(id: id))
    #expect(job.kind == .receipt && job.state == .pending && job.attempts == 0)
    #expect(job.saleId == sale.id && job.reference == paid.sale.number)
    #expect(job.requestedBy == "ani" && job.createdAt == now && job.cupsJobId == nil)
    #expect(try await store.pendingPrintJobs().map(\.id) == [id])
  }

  @Test func withoutAPrinterPayQueuesNothing() async throws {
    let store = try await Fixtures.stockedStore()
    let sale = try await cart(store)
    let paid = try await store.pay(
      saleId: sale.id, payments: [Payment(method: .cash, amount: 10_000)], user: "ani", now: now)
    #expect(paid.receiptJob == nil)
    #expect(try await store.count("printJob") == 0)
  }

  @Test func aRefusedPayWritesNoJob() async throws {
    let store = try await Fixtures.stockedStore()
    let sale = try await cart(store)
    await #expect(throws: SaleError.underpaid(due: 7_000, tendered: 5_000)) {
      try await store.pay(
        saleId: sale.id, payments: [Payment(method: .cash, amount: 5_000)], queueReceipt: true,
        user: "ani", now: now)
    }
    #expect(try await store.count("printJob") == 0)
  }

  /// When the job cannot be written, the sale is not completed either: one transaction.
  @Test func theJobAndTheSaleCommitTogether() async throws {
    let store = try await Fixtures.stockedStore()
    let sale = try await cart(store)
    try await store.writer.write { db in
      try db.execute(
        sql: """
          CREATE TEMP TRIGGER refuseJobs BEFORE INSERT ON main.printJob BEGIN
            SELECT RAISE(ABORT, 'no jobs today');
          END
          """)
    }
    await #expect(throws: DatabaseError.self) {
      try await store.pay(
        saleId: sale.id, payments: [Payment(method: .cash, amount: 10_000)], queueReceipt: true,
        user: "ani", now: now)
    }
    #expect(try await store.sale(id: sale.id).state == .open)
    #expect(try await store.count("payment") == 0)
    #expect(try await store.count("printJob") == 0)
  }

  @Test func aJobIsMarkedSentOnceAndFailuresAreCounted() async throws {
    let store = try await Fixtures.stockedStore()
    let sale = try await cart(store)
    let paid = try await store.pay(
      saleId: sale.id, payments: [Payment(method: .cash, amount: 10_000)], queueReceipt: true,
      user: "ani", now: now)
    let id = try #require(paid.receiptJob)
    try await store.markPrintJobAttemptFailed(id: id, error: "printer unreachable: down")
    try await store.markPrintJobAttemptFailed(id: id, error: "printer unreachable: still down")
    var job = try #require(try await store.printJob(id: id))
    #expect(job.state == .pending && job.attempts == 2)
    #expect(job.lastError == "printer unreachable: still down")
    try await store.markPrintJobSent(id: id, cupsJobId: 7, now: now)
    try await store.markPrintJobSent(id: id, cupsJobId: 8, now: now)
    try await store.markPrintJobAttemptFailed(id: id, error: "late")
    job = try #require(try await store.printJob(id: id))
    #expect(job.state == .sent && job.cupsJobId == 7 && job.attempts == 3 && job.sentAt == now)
    #expect(try await store.pendingPrintJobCount() == 0)
    // A sent job is never rewritten, even by hand.
    await #expect(throws: DatabaseError.self) {
      try await store.writer.write { db in
        try db.execute(sql: "UPDATE printJob SET state = 'pending' WHERE id = ?", arguments: [id])
      }
    }
  }

  @Test func copiesAndDrawerKicks() async throws {
    let store = try await Fixtures.stockedStore()
    let sale = try await cart(store)
    await #expect(throws: SaleError.self) {
      try await store.enqueueCopy(number: sale.number, requestedBy: "ani", now: now)
    }
    await #expect(throws: SaleError.saleNotFound(reference: "20261129-9999")) {
      try await store.enqueueCopy(number: "20261129-9999", requestedBy: "ani", now: now)
    }
    let paid = try await store.pay(
      saleId: sale.id, payments: [Payment(method: .cash, amount: 10_000)], queueReceipt: true,
      user: "ani", now: now)
    let copy = try await store.enqueueCopy(number: paid.sale.number, requestedBy: "budi", now: now)
    #expect(copy.kind == .copy && copy.saleId == sale.id && copy.requestedBy == "budi")
    let drawer = try await store.enqueue(.drawer, requestedBy: "siti", now: now)
    #expect(drawer.kind == .drawer && drawer.saleId == nil && drawer.reference == "siti")
    #expect(try await store.pendingPrintJobs().map(\.kind) == [.receipt, .copy, .drawer])
    #expect(try await store.recentPrintJobs(limit: 2).map(\.kind) == [.drawer, .copy])
  }

  @Test func theSchemaRefusesNonsense() async throws {
    let store = try await Fixtures.stockedStore()
    for sql in [
      "INSERT INTO printJob (kind, reference, requestedBy, createdAt) VALUES ('fax', 'x', 'a', 0)",
      "INSERT INTO printJob (kind, reference, requestedBy, createdAt) VALUES ('receipt', 'x', 'a', 0)",
      """
      INSERT INTO printJob (kind, reference, requestedBy, state, createdAt)
      VALUES ('drawer', 'x', 'a', 'sent', 0)
      """,
      "INSERT INTO printJob (kind, reference, requestedBy, attempts, createdAt) VALUES ('test', 'x', 'a', -1, 0)",
    ] {
      await #expect(throws: DatabaseError.self, "\(sql)") {
        try await store.writer.write { db in try db.execute(sql: sql) }
      }
    }
  }
}
