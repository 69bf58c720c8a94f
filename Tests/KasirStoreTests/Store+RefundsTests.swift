import Foundation
import GRDB
import KasirCore
import Testing

@testable import KasirStore

@Suite struct StoreRefundTests {
  let now = Fixtures.now

  func paidSale(_ store: Store) async throws -> Sale {
    let sale = try await store.openSale(cashier: "ani", memberNumber: nil, now: now)
    _ = try await store.addItem(
      saleId: sale.id, code: "MIE-001", quantity: Quantity(whole: 4), user: "ani", now: now)
    _ = try await store.addItem(
      saleId: sale.id, code: "BERAS-PW", quantity: Quantity(thousandths: 1_500), user: "ani",
      now: now)
    return try await store.pay(
      saleId: sale.id, payments: [Payment(method: .cash, amount: Money(100_000))], user: "ani",
      now: now
    ).sale
  }

  /// For every product, onHand is the sum of its movements.
  func ledgerSums(_ store: Store) async throws -> Bool {
    try await store.writer.read { db in
      try Int.fetchOne(
        db,
        sql: """
          SELECT count(*) FROM product p WHERE onHand <>
            (SELECT coalesce(sum(delta), 0) FROM stockMovement m WHERE m.sku = p.sku)
          """) == 0
    }
  }

  @Test func refundAndVoidGoThroughTheLedger() async throws {
    let store = try await Fixtures.stockedStore()
    let sale = try await paidSale(store)
    let refund = try await store.refund(
      number: sale.number, lines: [.init(lineNo: 1, quantity: .one)], reason: "rusak",
      user: "manager", now: now)
    #expect(refund.id > sale.id)
    #expect(try await store.sale(id: refund.id) == refund)
    #expect(try await store.refunds(of: sale.number) == [refund])
    let movements = try await store.movements(code: "MIE-001", from: nil, to: nil)
    #expect(movements.last?.kind == .refund)
    #expect(movements.last?.delta == .one)
    #expect(try await ledgerSums(store))

    let other = try await paidSale(store)
    let voided = try await store.void(
      number: other.number, reason: "salah", user: "manager", now: now)
    #expect(voided.state == .voided)
    #expect(try await store.sale(id: other.id).payments == other.payments)
    let rice = try await store.movements(code: "BERAS-PW", from: nil, to: nil)
    #expect(rice.last?.kind == .void)
    #expect(rice.last?.delta == Quantity(thousandths: 1_500))
    #expect(try await ledgerSums(store))
  }

  @Test func aRefusedRefundWritesNothing() async throws {
    let store = try await Fixtures.stockedStore()
    let sale = try await paidSale(store)
    let before = try await store.digest()
    await #expect(throws: SaleError.self) {
      try await store.refund(
        number: sale.number, lines: [.init(lineNo: 1, quantity: Quantity(whole: 5))],
        reason: "x", user: "manager", now: now)
    }
    #expect(try await store.digest() == before)
  }

  @Test func everyEditIsOnDiskWhenItReturns() async throws {
    let directory = NSTemporaryDirectory() + "kasir-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/k.sqlite"
    let store = try Store.open(path: path, timeZone: Fixtures.makassar)
    _ = try await store.upsertProduct(Fixtures.noodle, user: "m", now: now)
    _ = try await store.openShift(openingCash: .zero, user: "ani", now: now)
    let sale = try await store.openSale(cashier: "ani", memberNumber: nil, now: now)
    _ = try await store.addItem(
      saleId: sale.id, code: "MIE-001", quantity: nil, user: "ani", now: now)
    _ = try await store.setQuantity(
      saleId: sale.id, lineNo: 1, quantity: Quantity(whole: 2), user: "ani", now: now)
    let edited = try await store.applyDiscount(
      saleId: sale.id, lineNo: nil, discount: .amount(Money(500)), user: "ani", now: now)
    _ = try await store.hold(saleId: sale.id, user: "ani", now: now)
    // A second connection (another process would see the same) reads the committed state.
    let reader = try DatabaseQueue(path: path)
    let row = try reader.read { db in
      try Row.fetchOne(
        db, sql: "SELECT state, saleDiscount FROM sale WHERE id = ?", arguments: [sale.id])
    }
    #expect(row?["state"] == "held")
    #expect(row?["saleDiscount"] == 500)
    #expect(edited.total == Money(6_500))
    try reader.close()
    try store.close()
  }
}
