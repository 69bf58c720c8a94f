import Foundation
import GRDB
import KasirCore

/// What an import did, or would do: products created, changed, and left as they were.
public struct ImportSummary: Sendable, Equatable {
  public var created = 0
  public var updated = 0
  public var unchanged = 0
  public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0) {
    self.created = created
    self.updated = updated
    self.unchanged = unchanged
  }
}

/// An import refused because of rows that clash with the database; nothing was changed.
public struct ImportRejected: Error, Sendable, Equatable {
  public struct Problem: Sendable, Equatable {
    public var row: Int
    public var field: String
    public var error: CatalogError
  }
  public var problems: [Problem]
}

extension Store {
  /// Creates or replaces every product of an import, all or nothing, in one transaction.
  ///
  /// `rows` are products with their row number in the file. A product's packs and stock are
  /// kept (the CSV carries neither). A barcode or PLU owned by a product outside the file, or
  /// by a pack, refuses the import with every such row in `ImportRejected`. With `dryRun` the
  /// work is done and rolled back, so the summary is exact and nothing changes.
  public func importProducts(
    _ rows: [(row: Int, product: Product)], dryRun: Bool, user: String, now: Date
  ) async throws -> ImportSummary {
    try await writer.writeWithoutTransaction { db in
      var summary = ImportSummary()
      try db.inTransaction {
        try Store.applyDuePrices(db, now: now)
        summary = try Store.importProducts(db, rows, user: user, now: now)
        return dryRun ? .rollback : .commit
      }
      return summary
    }
  }

  private static func importProducts(
    _ db: Database, _ rows: [(row: Int, product: Product)], user: String, now: Date
  ) throws -> ImportSummary {
    let inFile = Set(rows.map { $0.product.sku.lowercased() })
    var problems: [ImportRejected.Problem] = []
    var changes: [(product: Product, existing: ProductRecord?)] = []
    var summary = ImportSummary()
    for (number, incoming) in rows {
      let existing = try ProductRecord.fetchOne(db, key: incoming.sku)
      var product = incoming
      if let existing {
        let current = try Store.product(db, existing, now: now)
        product.sku = existing.sku
        product.packs = current.packs
        product.onHand = current.onHand
        if product == current {
          summary.unchanged += 1
          continue
        }
      }
      if let problem = try clash(db, product, inFile: inFile) {
        problems.append(.init(row: number, field: problem.field, error: problem.error))
        continue
      }
      do {
        try product.validate()
      } catch {
        problems.append(.init(row: number, field: "barcodes", error: error))
        continue
      }
      if existing == nil { summary.created += 1 } else { summary.updated += 1 }
      changes.append((product, existing))
    }
    guard problems.isEmpty else { throw ImportRejected(problems: problems) }
    // Free the codes of every changed product first, so codes may move between products.
    for (product, existing) in changes where existing != nil {
      try BarcodeRecord.filter(Column("sku") == product.sku).deleteAll(db)
      try db.execute(sql: "UPDATE product SET plu = NULL WHERE sku = ?", arguments: [product.sku])
    }
    for (product, existing) in changes {
      try write(db, product, existing: existing, user: user, now: now)
    }
    return summary
  }

  /// A barcode or PLU of `product` that another product keeps whatever the import does.
  private static func clash(
    _ db: Database, _ product: Product, inFile: Set<String>
  ) throws -> (field: String, error: CatalogError)? {
    for code in product.barcodes {
      if let other = try BarcodeRecord.fetchOne(db, key: code),
        other.packName != nil
          || (other.sku != product.sku && !inFile.contains(other.sku.lowercased()))
      {
        return ("barcodes", .duplicateBarcode(code: code, sku: other.sku))
      }
    }
    if let plu = product.plu,
      let other = try ProductRecord.filter(Column("plu") == plu).fetchOne(db),
      other.sku != product.sku, !inFile.contains(other.sku.lowercased())
    {
      return ("plu", .duplicateBarcode(code: plu, sku: other.sku))
    }
    return nil
  }

  /// Stores one imported product as `upsertProduct` does, with its price history.
  private static func write(
    _ db: Database, _ product: Product, existing: ProductRecord?, user: String, now: Date
  ) throws {
    let record = ProductRecord(
      product, onHand: Quantity(thousandths: existing?.onHand ?? 0),
      createdAt: existing?.createdAt ?? now, updatedAt: now)
    if existing == nil { try record.insert(db) } else { try record.update(db) }
    try BarcodeRecord.filter(Column("sku") == product.sku).deleteAll(db)
    for (position, code) in product.barcodes.enumerated() {
      try BarcodeRecord(code: code, sku: product.sku, position: position).insert(db)
    }
    for (position, pack) in product.packs.enumerated() {
      try BarcodeRecord(pack: pack, sku: product.sku, position: product.barcodes.count + position)
        .insert(db)
    }
    if existing?.price != record.price || existing?.memberPrice != record.memberPrice {
      var change = PriceChangeRecord(
        sku: product.sku, price: record.price, memberPrice: record.memberPrice,
        previousPrice: existing?.price, effectiveAt: now, changedAt: now, user: user,
        reason: existing == nil ? "imported" : "import", applied: true)
      try change.insert(db)
    }
  }

  /// Every product, sorted by SKU, with current prices: what the catalog export writes.
  public func allProducts(now: Date) async throws -> [Product] {
    try await writer.read { db in
      try Store.products(
        db, ProductRecord.order(Column("sku")).fetchAll(db), now: now)
    }
  }
}
