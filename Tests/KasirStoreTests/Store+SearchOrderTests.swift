import Foundation
import GRDB
import KasirCore
import Testing

@testable import KasirStore

/// Migration v6: the name index's rowids (ranks) follow name order, so a search stops at its
/// first `limit` matches; products that found no room between their neighbours' ranks
/// (strays) are still found in name order, and a rerank puts them back in order.
@Suite struct StoreSearchOrderTests {
  static func product(_ sku: String, _ name: String, barcode: String? = nil) -> Product {
    Product(
      sku: sku, name: name, unit: "pcs", barcodes: barcode.map { [$0] } ?? [], price: 1_000)
  }

  /// SKUs by rank, the ranks in order (up to the limit) and the number of strays.
  static func ranks(_ store: Store) async throws -> (skus: [String], strays: Int) {
    try await store.writer.read { db in
      let rows = try Row.fetchAll(
        db, sql: "SELECT sku, searchRowid FROM productSearchRow ORDER BY searchRowid")
      let strays = rows.filter { ($0["searchRowid"] as Int64) > Store.searchRankLimit }
      return (rows.map { $0["sku"] }, strays.count)
    }
  }

  /// SKUs sorted as the contract says: by name (case ignored), then SKU.
  static func byName(_ store: Store) async throws -> [String] {
    try await store.writer.read { db in
      try String.fetchAll(db, sql: "SELECT sku FROM product ORDER BY name COLLATE NOCASE, sku")
    }
  }

  @Test func aDatabaseFromV5IsRankedInNameOrder() async throws {
    let queue = try DatabaseQueue(configuration: Store.configuration())
    try Store.migrator.migrate(queue, upTo: "v5")
    // Added in the reverse of name order: v4 numbered the rows as they came.
    try await queue.write { db in
      for (sku, name) in [("A-1", "teh celup"), ("A-2", "Kopi Susu"), ("A-3", "Beras Pulen")] {
        try db.execute(
          sql: """
            INSERT INTO product (sku, name, unit, price, taxClass, createdAt, updatedAt)
            VALUES (?, ?, 'pcs', 1000, 'exempt', ?, ?)
            """, arguments: [sku, name, Fixtures.now, Fixtures.now])
      }
    }
    let store = try Store(writer: queue, timeZone: Fixtures.makassar, scale: .init())
    #expect(try await Self.ranks(store) == (["A-3", "A-2", "A-1"], 0))
    #expect(
      try await store.searchProducts(query: "a-", limit: 2, now: Fixtures.now).map(\.sku) == [
        "A-3", "A-2",
      ])
    #expect(
      try await store.searchProducts(query: "celup", limit: 5, now: Fixtures.now).map(\.sku)
        == ["A-1"])
  }

  @Test func addedAndRenamedProductsTakeTheirPlaceInNameOrder() async throws {
    let store = try Fixtures.store()
    for (sku, name) in [("K-1", "Kopi Mocca"), ("K-2", "kopi Aren"), ("K-3", "Kopi Zamrud")] {
      _ = try await store.upsertProduct(Self.product(sku, name), user: "m", now: Fixtures.now)
    }
    #expect(try await Self.ranks(store) == (["K-2", "K-1", "K-3"], 0))
    // Renamed to the front; the same name as another product sorts by SKU.
    _ = try await store.upsertProduct(
      Self.product("K-3", "Kopi Aren"), user: "m", now: Fixtures.now)
    #expect(try await Self.ranks(store) == (["K-2", "K-3", "K-1"], 0))
    #expect(
      try await store.searchProducts(query: "kop", limit: 2, now: Fixtures.now).map(\.sku) == [
        "K-2", "K-3",
      ])
    #expect(try await store.searchProducts(query: "zamrud", limit: 5, now: Fixtures.now).isEmpty)
    // Deactivated products stay in the index (as before v6), in their place.
    var mocca = try await store.product(code: "K-1", now: Fixtures.now)
    mocca.active = false
    _ = try await store.upsertProduct(mocca, user: "m", now: Fixtures.now)
    #expect(
      try await store.searchProducts(query: "mocca", limit: 5, now: Fixtures.now).map(\.sku) == [
        "K-1"
      ])
    #expect(try await Self.ranks(store) == (["K-2", "K-3", "K-1"], 0))
  }

  @Test func aBarcodeChangeMovesTheProductBetweenPrefixes() async throws {
    let store = try Fixtures.store()
    let old = Fixtures.ean("899200000001")
    let new = Fixtures.ean("899300000001")
    _ = try await store.upsertProduct(
      Self.product("G-1", "Gula Aren", barcode: old), user: "m", now: Fixtures.now)
    _ = try await store.upsertProduct(
      Self.product("G-1", "Gula Aren", barcode: new), user: "m", now: Fixtures.now)
    #expect(try await store.searchProducts(query: "8992", limit: 5, now: Fixtures.now).isEmpty)
    #expect(
      try await store.searchProducts(query: "8993", limit: 5, now: Fixtures.now).map(\.sku) == [
        "G-1"
      ])
  }

  /// Names added in descending order between two others halve their gap (2^40) each time:
  /// after 40 of them the rest are strays. Searches still return the first matches by name, strays included, and
  /// `rerankSearch` puts every product back in order.
  @Test func straysAreFoundInNameOrderAndARerankOrdersThem() async throws {
    let store = try Fixtures.store()
    try await store.writer.write { db in
      let insert = try db.makeStatement(
        sql: """
          INSERT INTO product (sku, name, unit, price, taxClass, createdAt, updatedAt)
          VALUES (?, ?, 'pcs', 1000, 'exempt', ?, ?)
          """)
      try insert.execute(arguments: ["A", "Apel", Fixtures.now, Fixtures.now])
      try insert.execute(arguments: ["Z", "Zaitun", Fixtures.now, Fixtures.now])
      for index in (0..<100).reversed() {
        let name = "Beras \(Store.padded(index, 3))"
        try insert.execute(arguments: ["B-\(index)", name, Fixtures.now, Fixtures.now])
      }
    }
    let before = try await Self.ranks(store)
    #expect(before.strays > 50)
    let all = try await Self.byName(store)
    for (query, limit) in [("beras", 20), ("b-", 20), ("ber 00", 5), ("a", 3), ("z", 1)] {
      let full = try await store.writer.read { db in
        try Store.search(db, query: query).map(\.sku)
      }
      let first = try await store.searchProducts(query: query, limit: limit, now: Fixtures.now)
      #expect(first.map(\.sku) == Array(full.prefix(limit)), "\(query)")
      #expect(full == all.filter(full.contains), "\(query)")
    }
    #expect(
      try await store.searchProducts(query: "beras", limit: 3, now: Fixtures.now).map(\.sku) == [
        "B-0", "B-1", "B-2",
      ])

    try await store.writer.write { db in try Store.rerankSearch(db) }
    #expect(try await Self.ranks(store) == (all, 0))
    #expect(
      try await store.searchProducts(query: "beras", limit: 3, now: Fixtures.now).map(\.sku) == [
        "B-0", "B-1", "B-2",
      ])
    #expect(
      try await store.searchProducts(query: "00", limit: 50, now: Fixtures.now).map(\.sku) == [
        "B-0", "B-1", "B-2", "B-3", "B-4", "B-5", "B-6", "B-7", "B-8", "B-9",
      ])
  }

  /// More than `searchStrayLimit` strays, and the next product written ranks everybody again.
  @Test func tooManyStraysAreRerankedByTheNextWrite() async throws {
    let store = try Fixtures.store()
    try await store.writer.write { db in
      let insert = try db.makeStatement(
        sql: """
          INSERT INTO product (sku, name, unit, price, taxClass, createdAt, updatedAt)
          VALUES (?, ?, 'pcs', 1000, 'exempt', ?, ?)
          """)
      try insert.execute(arguments: ["A", "Apel", Fixtures.now, Fixtures.now])
      try insert.execute(arguments: ["Z", "Zaitun", Fixtures.now, Fixtures.now])
      for index in (0..<(Store.searchStrayLimit + 80)).reversed() {
        let name = "Teh \(Store.padded(index, 4))"
        try insert.execute(arguments: ["T-\(index)", name, Fixtures.now, Fixtures.now])
      }
    }
    #expect(try await Self.ranks(store).strays > Store.searchStrayLimit)
    _ = try await store.upsertProduct(Self.product("S-1", "Sabun"), user: "m", now: Fixtures.now)
    let after = try await Self.ranks(store)
    #expect(after.strays == 0)
    #expect(after.skus == (try await Self.byName(store)))
  }

  /// An import writes its rows in name order, whatever the file's order: into an empty
  /// catalog, every product is appended after the last (2^61, then 2^40 apart; written in
  /// the file's descending order they would have been prepended), and none is a stray.
  @Test func anImportWritesInNameOrder() async throws {
    let store = try Fixtures.store()
    let rows = (0..<300).reversed().enumerated().map { row, index in
      (row: row + 2, product: Self.product("M-\(index)", "Minyak \(Store.padded(index, 3))"))
    }
    let summary = try await store.importProducts(rows, dryRun: false, user: "m", now: Fixtures.now)
    #expect(summary.created == 300)
    let ranks = try await store.writer.read { db in
      try Int64.fetchAll(db, sql: "SELECT searchRowid FROM productSearchRow ORDER BY name")
    }
    #expect(ranks == (0..<300).map { (1 << 61) + Int64($0) << 40 })
    #expect(
      try await store.searchProducts(query: "minyak", limit: 2, now: Fixtures.now).map(\.sku) == [
        "M-0", "M-1",
      ])
  }
}
