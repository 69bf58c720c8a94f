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
  /// `rows` are products with their row number in the file. A product's stock is kept; its
  /// packs are kept too unless `replacingPacks` (the file has a packs column), when each row's
  /// packs are the product's whole list. A barcode or PLU owned by a product outside the file,
  /// or by a pack that is kept, refuses the import with every such row in `ImportRejected`.
  /// With `dryRun` the work is done and rolled back, so the summary is exact and nothing changes.
  public func importProducts(
    _ rows: [(row: Int, product: Product)], replacingPacks: Bool = false, dryRun: Bool,
    user: String, now: Date
  ) async throws -> ImportSummary {
    try await writer.writeWithoutTransaction { db in
      var summary = ImportSummary()
      try db.inTransaction {
        try Store.applyDuePrices(db, now: now)
        summary = try Store.importProducts(
          db, rows, replacingPacks: replacingPacks, user: user, now: now)
        return dryRun ? .rollback : .commit
      }
      return summary
    }
  }

  private static func importProducts(
    _ db: Database, _ rows: [(row: Int, product: Product)], replacingPacks: Bool, user: String,
    now: Date
  ) throws -> ImportSummary {
    // Everything the rows need from the database, in a few bulk reads (an import may have
    // tens of thousands of rows).
    let inFile = Set(rows.map { $0.product.sku.lowercased() })
    var existing: [String: (record: ProductRecord, product: Product)] = [:]
    let records = try ProductRecord.fetchAll(
      db, sql: "SELECT * FROM product WHERE sku IN (SELECT value ->> 0 FROM json_each(?))",
      arguments: [JSONRows(column: rows.map(\.product.sku)).text])
    for (record, product) in zip(records, try Store.products(db, records, now: now)) {
      existing[record.sku.lowercased()] = (record, product)
    }
    let codeOwners = try owners(
      db, sql: "SELECT code, sku, packName IS NOT NULL FROM barcode WHERE code IN",
      rows.flatMap { $0.product.barcodes + $0.product.packs.map(\.barcode) })
    let pluOwners = try owners(
      db, sql: "SELECT plu, sku, 0 FROM product WHERE plu IN", rows.compactMap(\.product.plu))

    var problems: [ImportRejected.Problem] = []
    var changes: [ImportChange] = []
    var summary = ImportSummary()
    for (number, incoming) in rows {
      let current = existing[incoming.sku.lowercased()]
      var product = incoming
      if let current {
        product.sku = current.record.sku
        if !replacingPacks { product.packs = current.product.packs }
        product.onHand = current.product.onHand
        if product == current.product {
          summary.unchanged += 1
          continue
        }
      }
      // A code clashes when its owner keeps it whatever the import does: a pack that is kept,
      // or a product that is not in the file.
      func clashes(_ owner: (sku: String, pack: Bool)?) -> Bool {
        guard let owner else { return false }
        return (owner.pack && !replacingPacks)
          || (owner.sku.lowercased() != product.sku.lowercased()
            && !inFile.contains(owner.sku.lowercased()))
      }
      let packCodes = replacingPacks ? product.packs.map(\.barcode) : []
      if let code = (product.barcodes + packCodes).first(where: { clashes(codeOwners[$0]) }) {
        let owner = codeOwners[code]!.sku
        let field = product.barcodes.contains(code) ? "barcodes" : "packs"
        problems.append(
          .init(row: number, field: field, error: .duplicateBarcode(code: code, sku: owner)))
        continue
      }
      if let plu = product.plu, clashes(pluOwners[plu].map { ($0.sku, false) }) {
        problems.append(
          .init(
            row: number, field: "plu", error: .duplicateBarcode(code: plu, sku: pluOwners[plu]!.sku)
          ))
        continue
      }
      do {
        try product.validate()
      } catch {
        problems.append(.init(row: number, field: "barcodes", error: error))
        continue
      }
      // The rows reach SQLite as JSON (`writeImported`), which cannot carry a NUL: a pack name
      // holding one is refused rather than cut short.
      if product.packs.contains(where: { $0.name.utf8.contains(0) }) {
        problems.append(
          .init(
            row: number, field: "packs",
            error: .invalidField(field: "packs.name", reason: .packName)))
        continue
      }
      if current == nil { summary.created += 1 } else { summary.updated += 1 }
      changes.append(
        ImportChange(
          product: product, existing: current?.record,
          codesKept: current.map {
            $0.product.barcodes == product.barcodes && $0.product.packs == product.packs
          } ?? false))
    }
    guard problems.isEmpty else { throw ImportRejected(problems: problems) }
    // The moment as stored, converted once rather than for every row.
    try writeImported(db, changes, user: user, now: now.databaseValue)
    try rerankSearchIfNeeded(db)
    return summary
  }

  /// Runs `fetch` on `keys` 500 at a time (SQLite's limit on bound values is near).
  static func chunked<Key, Value>(
    _ keys: [Key], _ fetch: ([Key]) throws -> [Value]
  ) rethrows -> [Value] {
    var values: [Value] = []
    for start in stride(from: 0, to: keys.count, by: 500) {
      values += try fetch(Array(keys[start..<min(start + 500, keys.count)]))
    }
    return values
  }

  /// Code → owning SKU (and whether the code is a pack's), for `sql` ending in `IN`.
  private static func owners(
    _ db: Database, sql: String, _ codes: [String]
  ) throws -> [String: (sku: String, pack: Bool)] {
    var owners: [String: (sku: String, pack: Bool)] = [:]
    let rows = try Row.fetchCursor(
      db, sql: sql + " (SELECT value ->> 0 FROM json_each(?))",
      arguments: [JSONRows(column: codes).text])
    while let row = try rows.next() { owners[row[0]] = (row[1], row[2]) }
    return owners
  }

  /// Every product, sorted by SKU, with current prices: what the catalog export writes.
  public func allProducts(now: Date) async throws -> [Product] {
    try await writer.read { db in
      try Store.products(
        db, ProductRecord.order(Column("sku")).fetchAll(db), now: now)
    }
  }
}
