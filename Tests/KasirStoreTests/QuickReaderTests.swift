import Foundation
import GRDB
import KasirCore
import KasirTestSupport
import Testing

@testable import KasirStore

/// The read-only connection that answers stock checks on the calling thread.
@Suite struct QuickReaderTests {
  /// A file store with the fixtures' products and two cartons of noodles received; the caller
  /// removes `directory`.
  static func store() async throws -> (store: Store, directory: String) {
    let directory = try TemporaryDirectory.make(prefix: "kq")
    let store = try Store.open(path: directory + "/kasir.sqlite", timeZone: Fixtures.makassar)
    for product in [Fixtures.noodle, Fixtures.rice, Fixtures.sugar] {
      _ = try await store.upsertProduct(product, user: "manager", now: Fixtures.now)
    }
    _ = try await store.receive(
      supplier: nil, reference: nil,
      lines: [.init(code: Fixtures.cartonBarcode, quantity: Quantity(whole: 2), unitCost: nil)],
      user: "manager", now: Fixtures.now)
    return (store, directory)
  }

  /// `body` with `store()`'s store and its quick reader; both are closed and removed after.
  static func withStore(_ body: (Store, QuickReader) async throws -> Void) async throws {
    let (store, directory) = try await store()
    defer {
      try? store.close()
      try? FileManager.default.removeItem(atPath: directory)
    }
    try await body(store, try #require(store.quickReader))
  }

  @Test func givesTheAnswersOfTheUsualPath() async throws {
    try await Self.withStore { store, reader in
      let codes = [
        "MIE-001", "mie-001", Fixtures.noodleBarcode, Fixtures.cartonBarcode, "BERAS-PW",
        Fixtures.sugarBarcode,
      ]
      for code in codes {
        let quick = try reader.stockLevel(code: code)
        #expect(quick == (try await store.stockLevel(code: code)), "\(code)")
      }
      #expect(try reader.stockLevel(code: "MIE-001")?.onHand == Quantity(whole: 80))
      // A scale label and an unknown code are left to the usual path.
      let label = "2012345015005"
      #expect(try reader.stockLevel(code: label) == nil)
      #expect(try await store.stockLevel(code: label).sku == "BERAS-PW")
      #expect(try reader.stockLevel(code: "TIDAK-ADA") == nil)
    }
  }

  @Test func aSKUComesBeforeTheSameCodeAsAnotherProductsBarcode() async throws {
    try await Self.withStore { store, reader in
      let code = Fixtures.ean("899100000009")
      _ = try await store.upsertProduct(
        Product(sku: "TEH-1", name: "Teh Celup", unit: "pcs", barcodes: [code], price: 5_000),
        user: "m", now: Fixtures.now)
      #expect(try reader.stockLevel(code: code)?.sku == "TEH-1")
      _ = try await store.upsertProduct(
        Product(sku: code, name: "Kopi Bubuk", unit: "pcs", price: 9_000), user: "m",
        now: Fixtures.now)
      #expect(try reader.stockLevel(code: code)?.sku == code)
      #expect(try reader.stockLevel(code: code) == (try await store.stockLevel(code: code)))
    }
  }

  @Test func seesWhatIsCommittedAndNothingElse() async throws {
    try await Self.withStore { store, reader in
      _ = try await store.adjust(
        code: "MIE-001", .counted(Quantity(whole: 75)), reason: "count", note: nil, user: "m",
        now: Fixtures.now)
      #expect(try reader.stockLevel(code: Fixtures.noodleBarcode)?.onHand == Quantity(whole: 75))

      // While a write is under way, the reader sees the last committed state, without waiting.
      let during = try await store.writer.write { db in
        try db.execute(sql: "UPDATE product SET name = 'Indomie Soto' WHERE sku = 'MIE-001'")
        return try reader.stockLevel(code: "MIE-001")?.name
      }
      #expect(during == "Indomie Goreng Spesial")
      #expect(try reader.stockLevel(code: "MIE-001")?.name == "Indomie Soto")
    }
  }
}

extension QuickReader {
  /// The row `withStockLevel` reads, as a `StockLevel`, to compare with the usual path.
  func stockLevel(code: String) throws -> StockLevel? {
    try withStockLevel(code: code) { row in
      StockLevel(
        sku: String(decoding: row.sku, as: UTF8.self),
        name: String(decoding: row.name, as: UTF8.self),
        unit: String(decoding: row.unit, as: UTF8.self), onHand: row.onHand,
        reorderLevel: row.reorderLevel)
    }
  }
}
