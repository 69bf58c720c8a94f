import Foundation
import GRDB
import KasirCore
import Testing

@testable import KasirStore

@Suite struct StoreSearchPerformanceTests {
  /// 50.000 products: searching by words, SKU prefix and barcode prefix finds the right ones.
  /// How fast is for the benchmarks (`kasir-bench`), never asserted here.
  @Test func searchOnFiftyThousandProducts() async throws {
    let store = try Fixtures.store()
    let words = ["Beras", "Gula", "Minyak", "Kopi", "Teh", "Sabun", "Susu", "Mie", "Roti", "Kecap"]
    let brands = ["Sania", "Bimoli", "Kapal Api", "Sariwangi", "Lifebuoy", "Indomilk", "Sedaap"]
    try await store.writer.write { db in
      let insertProduct = try db.makeStatement(
        sql: """
          INSERT INTO product (sku, name, unit, price, taxClass, createdAt, updatedAt)
          VALUES (?, ?, 'pcs', ?, 'exempt', ?, ?)
          """)
      let insertBarcode = try db.makeStatement(
        sql: "INSERT INTO barcode (code, sku, position) VALUES (?, ?, 0)")
      for index in 0..<50_000 {
        let sku = "SKU-\(index)"
        let name =
          "\(words[index % words.count]) \(brands[index % brands.count]) Varian \(index)"
        try insertProduct.execute(arguments: [sku, name, 1_000 + index, Fixtures.now, Fixtures.now])
        let body = "899" + Fixtures.padded(index, 9)
        try insertBarcode.execute(arguments: [Fixtures.ean(body), sku])
      }
    }
    var results = [[Product]]()
    for query in ["kopi kapal", "api kop", "sku-4999", "89900004999", "varian 4242"] {
      results.append(try await store.searchProducts(query: query, limit: 20, now: Fixtures.now))
    }
    #expect(results[0].count == 20 && results[0].allSatisfy { $0.name.hasPrefix("Kopi Kapal") })
    #expect(results[1].count == 20)
    #expect(results[2].map(\.sku).contains("SKU-4999"))
    #expect(results[3].count == 10)  // bodies 899000049990…899000049999
    #expect(results[4].count == 11 && results[4].contains { $0.sku == "SKU-4242" })

    // However many products a word matches, the first 20 are the first 20 of all matches by
    // name (the many-matches path walks the names; the few-matches path sorts the matches).
    for query in ["kop", "kopi", "sab", "ber", "kapal kop", "varian 12", "sedaap"] {
      let first = try await store.searchProducts(query: query, limit: 20, now: Fixtures.now)
      let all = try await store.writer.read { db in
        try Store.search(db, query: query).map(\.sku)
      }
      #expect(first.count == 20, "\(query)")
      #expect(first.map(\.sku) == Array(all.prefix(20)), "\(query)")
    }

    // Renaming one product keeps the name index right.
    var renamed = try await store.product(code: "SKU-7", now: Fixtures.now)
    renamed.name = "Kerupuk Udang"
    _ = try await store.upsertProduct(renamed, user: "m", now: Fixtures.now)
    #expect(
      try await store.searchProducts(query: "udang", limit: 5, now: Fixtures.now).map(\.sku) == [
        "SKU-7"
      ])
    let oldName = try await store.searchProducts(
      query: "mie sania varian 7", limit: 1000, now: Fixtures.now)
    #expect(!oldName.isEmpty && !oldName.contains { $0.sku == "SKU-7" })
  }
}

extension Fixtures {
  static func padded(_ value: Int, _ width: Int) -> String {
    Store.padded(value, width)
  }
}
