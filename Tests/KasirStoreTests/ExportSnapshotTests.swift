import Foundation
import GRDB
import KasirCore
import KasirTestSupport
import Testing

@testable import KasirStore

/// An export reads one snapshot: what is written after it began is in none of its pages.
@Suite struct ExportSnapshotTests {
  let day = (start: Fixtures.at(2026, 11, 29, 0, 0), end: Fixtures.at(2026, 11, 30, 0, 0))

  func sell(_ store: Store) async throws {
    let sale = try await store.openSale(cashier: "ani", memberNumber: nil, now: Fixtures.now)
    _ = try await store.addItem(
      saleId: sale.id, code: "MIE-001", quantity: Quantity(whole: 2), user: "ani",
      now: Fixtures.now)
    _ = try await store.pay(
      saleId: sale.id, payments: [Payment(method: .cash, amount: Money(10_000))], user: "ani",
      now: Fixtures.now)
  }

  /// The sale numbers a snapshot gives, read one row per read as the exporter pages.
  func numbers(_ snapshot: ExportSnapshot) async throws -> [String] {
    final class Seen: @unchecked Sendable { var numbers: [String] = [] }
    let seen = Seen()
    var key: Int64 = 0
    while true {
      let page = try await snapshot.read(.sales, start: day.start, end: day.end, after: key) {
        values in
        if case .text(let number) = values[0] { seen.numbers.append(number) }
        return false
      }
      if page.finished { return seen.numbers }
      #expect(page.rows == 1 && page.lastKey > key)
      key = page.lastKey
    }
  }

  @Test func salesMadeAfterTheExportBeganAreInNoPage() async throws {
    // Given a file store with one sale
    let directory = try TemporaryDirectory.make(prefix: "ks")
    let store = try Store.open(path: directory + "/kasir.sqlite", timeZone: Fixtures.makassar)
    defer {
      try? store.close()
      try? FileManager.default.removeItem(atPath: directory)
    }
    for product in [Fixtures.noodle, Fixtures.rice] {
      _ = try await store.upsertProduct(product, user: "manager", now: Fixtures.now)
    }
    _ = try await store.openShift(openingCash: 100_000, user: "ani", now: Fixtures.now)
    try await sell(store)

    // When an export begins, and two more sales are made before it reads its rows
    let snapshot = try store.exportSnapshot()
    try await sell(store)
    try await sell(store)

    // Then it sees the one sale, in its count and its rows; a new export sees all three
    #expect(try await snapshot.count(.sales, start: day.start, end: day.end) == 1)
    #expect(try await numbers(snapshot) == ["20261129-0001"])
    let later = try store.exportSnapshot()
    #expect(try await later.count(.sales, start: day.start, end: day.end) == 3)
    #expect(
      try await numbers(later) == ["20261129-0001", "20261129-0002", "20261129-0003"])
  }
}
