import Foundation
import KasirCore
import KasirStore
import Logging

/// Loads a catalog CSV into a store: products not yet there are created, with their
/// `opening_stock` received. Products already there are left alone, so loading twice is harmless.
public struct CatalogSeeder: Sendable {
  let store: Store
  let rules: CatalogRules
  let logger: Logger

  /// `rules`: the units and tax classes the shop allows; rows with others refuse the file.
  public init(store: Store, rules: CatalogRules = CatalogRules(), logger: Logger) {
    self.store = store
    self.rules = rules
    self.logger = logger
  }

  /// Returns how many products were created.
  @discardableResult
  public func load(path: String, now: Date) async throws -> Int {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let rows = try CatalogCSV.parse(
      text, extraColumns: ["opening_stock"], rules: rules)
    var created = 0
    for row in rows {
      if (try? await store.product(code: row.product.sku, now: now)) != nil { continue }
      _ = try await store.upsertProduct(row.product, user: "kasird", now: now)
      created += 1
      if let stock = row.openingStock, stock > .zero {
        _ = try await store.receive(
          supplier: nil, reference: "Stok awal",
          lines: [Receiving.Line(code: row.product.sku, quantity: stock)], user: "kasird", now: now)
      }
    }
    logger.info(
      "catalog loaded", metadata: ["catalog.path": "\(path)", "catalog.created": "\(created)"])
    return created
  }
}
