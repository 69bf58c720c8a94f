import Foundation
import GRDB
import KasirCore
import Testing

@testable import KasirStore

/// Imports write all their rows in a few set-based statements: what they store must be what
/// one `upsertProduct` a row stores, and the name index must stay in name order.
@Suite struct StoreImportTests {
  static func product(_ index: Int, name: String? = nil, price: Int64 = 5_000) -> Product {
    Product(
      sku: "P-\(index)", name: name ?? "Produk \(Store.padded(index, 5))", unit: "pcs",
      barcodes: [Fixtures.ean("899" + Store.padded(index, 9))], price: Money(price),
      memberPrice: index % 3 == 0 ? Money(price - 200) : nil)
  }

  static func rank(_ store: Store, _ sku: String) async throws -> Int64? {
    try await store.writer.read { db in
      try Int64.fetchOne(
        db, sql: "SELECT searchRowid FROM productSearchRow WHERE sku = ?", arguments: [sku])
    }
  }

  /// Rows numbered from 2 (after the header), in a scrambled order.
  static func rows(_ products: [Product]) -> [(row: Int, product: Product)] {
    let scrambled = products.indices.map { products[$0 * 7919 % products.count] }
    return scrambled.enumerated().map { (row: $0.offset + 2, product: $0.element) }
  }

  /// 1,500 products, then 1,000 new ones whose names fall between theirs, in the same file
  /// as 300 renamed ones and 300 with a new price; one barcode moves to another product.
  /// Everyone finds room between their neighbours: nothing is ranked again.
  @Test func aLargeImportKeepsTheNameIndexInOrder() async throws {
    let store = try Fixtures.store()
    let base = (0..<1_500).map { Self.product($0 * 2) }
    let first = try await store.importProducts(
      Self.rows(base), dryRun: false, user: "m", now: Fixtures.now)
    #expect(first == .init(created: 1_500))
    let rankOfP2 = try await Self.rank(store, "P-2")

    var file = (0..<1_000).map { Self.product($0 * 2 + 1) }
    file += (0..<300).map {
      Self.product($0 * 10, name: "Produk \(Store.padded($0 * 10, 5)) kemasan baru")
    }
    file += (0..<300).map { Self.product($0 * 10 + 4, price: 6_000) }
    // P-6's barcode moves to P-8, whose own barcode goes.
    var taker = Self.product(8)
    taker.barcodes = base[3].barcodes
    var giver = Self.product(6)
    giver.barcodes = []
    file += [taker, giver]
    let later = Fixtures.now.addingTimeInterval(60)
    let second = try await store.importProducts(
      Self.rows(file), dryRun: false, user: "m", now: later)
    #expect(second == .init(created: 1_000, updated: 602))

    let (ranked, strays) = try await StoreSearchOrderTests.ranks(store)
    #expect(strays == 0)
    #expect(try await Self.rank(store, "P-2") == rankOfP2)
    let byName = try await StoreSearchOrderTests.byName(store)
    #expect(ranked == byName)
    #expect(byName.count == 2_500)
    #expect(
      try await store.searchProducts(query: "produk", limit: 5, now: later).map(\.sku) == [
        "P-0", "P-1", "P-2", "P-3", "P-4",
      ])
    #expect(
      try await store.searchProducts(query: "kemasan", limit: 3, now: later).map(\.sku) == [
        "P-0", "P-10", "P-20",
      ])
    #expect(try await store.product(code: base[3].barcodes[0], now: later).sku == "P-8")
    #expect(try await store.product(code: "P-6", now: later).barcodes.isEmpty)
    #expect(try await store.product(code: "P-3", now: later) == file[1])

    let history = try await store.priceHistory(sku: "P-4")
    #expect(history.map(\.price) == [6_000, 5_000])
    #expect(history.map(\.previousPrice) == [5_000, nil])
    #expect(history.map(\.reason) == ["import", "imported"])
    #expect(try await store.priceHistory(sku: "P-1").map(\.reason) == ["imported"])
    #expect(try await store.priceHistory(sku: "P-10").count == 1)

    try await store.writer.write { db in
      try db.execute(
        sql: "INSERT INTO productSearch (productSearch, rank) VALUES ('integrity-check', 1)")
    }
    let report = try await store.check()
    #expect(report.integrity == "ok")
    #expect(report.ledgerOk)
  }

  /// A pack name with a NUL cannot be written whole: the row is refused, nothing is stored.
  @Test func aPackNameWithANulIsRefused() async throws {
    let store = try Fixtures.store()
    var product = Self.product(1)
    product.packs = [
      Pack(barcode: Fixtures.ean("899000000099"), name: "Dus\0isi 6", factor: 6, price: 30_000)
    ]
    await #expect(
      throws: ImportRejected(problems: [
        .init(row: 3, field: "packs", error: .invalidField(field: "packs.name", reason: .packName))
      ])
    ) {
      try await store.importProducts(
        [(row: 2, product: Self.product(2)), (row: 3, product: product)], replacingPacks: true,
        dryRun: false, user: "m", now: Fixtures.now)
    }
    #expect(try await StoreSearchOrderTests.byName(store).isEmpty)
  }
}
