import Foundation
import GRDB
import KasirCore
import Testing

@testable import KasirStore

@Suite struct StoreFileTests {
  @Test func aRealFileIsDurableAndSurvivesReopening() async throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("kasir-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("kasir.sqlite").path

    let store = try Store.open(path: path, timeZone: Fixtures.makassar)
    #expect(store.path == path)
    let pragmas = try await store.writer.writeWithoutTransaction { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA synchronous"),
        try String.fetchOne(db, sql: "PRAGMA journal_mode"),
        try Int.fetchOne(db, sql: "PRAGMA foreign_keys")
      )
    }
    #expect(pragmas.0 == 2)
    #expect(pragmas.1 == "wal")
    #expect(pragmas.2 == 1)
    #expect(
      try await store.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") } == 1)

    _ = try await store.upsertProduct(Fixtures.noodle, user: "m", now: Fixtures.now)
    _ = try await store.openShift(openingCash: 0, user: "ani", now: Fixtures.now)
    let sale = try await store.openSale(cashier: "ani", memberNumber: nil, now: Fixtures.now)
    _ = try await store.addItem(
      saleId: sale.id, code: "MIE-001", quantity: nil, user: "ani", now: Fixtures.now)
    let paid = try await store.pay(
      saleId: sale.id, payments: [Payment(method: .cash, amount: 5_000)], user: "ani",
      now: Fixtures.now)
    try store.close()
    let walSize =
      (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int ?? 0
    #expect(walSize == 0)

    let reopened = try Store.open(path: path, timeZone: Fixtures.makassar)
    #expect(try await reopened.sale(number: sale.number) == paid.sale)
    #expect(try await reopened.stockLevel(code: "MIE-001").onHand == Quantity(whole: -1))
    #expect(try await reopened.ledgerIsConsistent())
    try reopened.close()
  }
}
