import Foundation
import KasirCore
import KasirStore
import Logging
import Testing

@testable import KasirServer

@Suite struct CatalogSeederTests {
  static let path = BuiltProductsRoot.url.appendingPathComponent("Config/demo-catalog.csv").path
  static let now = Date(timeIntervalSince1970: 1_795_918_502)

  @Test func theDemoCatalogLoadsWithItsPacks() async throws {
    let store = try Store.inMemory(timeZone: TimeZone(identifier: "Asia/Makassar")!)
    let seeder = CatalogSeeder(store: store, logger: Logger(label: "test"))
    let created = try await seeder.load(path: Self.path, now: Self.now)
    #expect(created >= 30)
    let carton = try await store.resolve(code: "8991234001029", now: Self.now)
    #expect(carton.product.sku == "MIE-INS-GOR")
    #expect(
      carton.pack
        == Pack(barcode: "8991234001029", name: "Karton isi 40", factor: 40, price: 132_000))
    let sack = try await store.product(code: "BER-MED", now: Self.now)
    #expect(sack.packs.map(\.name) == ["Karung 25 kg"])
    #expect(sack.packs.first?.factor == 25)
    // Loading again creates nothing.
    #expect(try await seeder.load(path: Self.path, now: Self.now) == 0)
  }

  @Test func aRowWithAUnitTheShopDoesNotAllowRefusesTheFile() async throws {
    let store = try Store.inMemory(timeZone: TimeZone(identifier: "Asia/Makassar")!)
    let seeder = CatalogSeeder(
      store: store, rules: CatalogRules(units: ["pcs"]), logger: Logger(label: "test"))
    await #expect {
      try await seeder.load(path: Self.path, now: Self.now)
    } throws: { error in
      "\(error)".contains("row 2, unit: \"kg\" is not allowed; use one of: pcs")
    }
    #expect(try await store.allProducts(now: Self.now).isEmpty)
  }
}
