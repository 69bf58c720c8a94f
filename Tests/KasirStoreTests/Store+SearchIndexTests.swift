import Foundation
import GRDB
import KasirCore
import Testing

@testable import KasirStore

/// Migration v3 rebuilds the name index with a row per product that a rename updates in place.
@Suite struct StoreSearchIndexTests {
  @Test func aDatabaseFromV2KeepsItsSearchAndRenamesFindTheirRow() async throws {
    let queue = try DatabaseQueue(configuration: Store.configuration())
    try Store.migrator.migrate(queue, upTo: "v2")
    try await queue.write { db in
      for (sku, name) in [("KOPI-1", "Kopi Kapal Api Mocca"), ("TEH-1", "Teh Sariwangi Melati")] {
        try db.execute(
          sql: """
            INSERT INTO product (sku, name, unit, price, taxClass, createdAt, updatedAt)
            VALUES (?, ?, 'pcs', 1000, 'exempt', ?, ?)
            """, arguments: [sku, name, Fixtures.now, Fixtures.now])
      }
    }
    let store = try Store(writer: queue, timeZone: Fixtures.makassar, scale: .init())
    let rows = try await queue.read { db in
      try Row.fetchAll(db, sql: "SELECT sku, searchRowid FROM productSearchRow ORDER BY sku")
    }
    #expect(rows.map { $0["sku"] as String } == ["KOPI-1", "TEH-1"])
    #expect(
      try await store.searchProducts(query: "api kopi", limit: 5, now: Fixtures.now).map(\.sku)
        == ["KOPI-1"])

    var tea = try await store.product(code: "TEH-1", now: Fixtures.now)
    tea.name = "Teh Tong Tji Jasmine"
    _ = try await store.upsertProduct(tea, user: "m", now: Fixtures.now)
    _ = try await store.upsertProduct(Fixtures.noodle, user: "m", now: Fixtures.now)
    #expect(try await store.searchProducts(query: "melati", limit: 5, now: Fixtures.now).isEmpty)
    #expect(
      try await store.searchProducts(query: "jasm", limit: 5, now: Fixtures.now).map(\.sku)
        == ["TEH-1"])
    #expect(
      try await store.searchProducts(query: "indomie", limit: 5, now: Fixtures.now).map(\.sku)
        == ["MIE-001"])
    let entries = try await queue.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM productSearch")
    }
    #expect(entries == 3)
  }
}
