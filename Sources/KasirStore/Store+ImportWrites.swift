import GRDB
import KasirCore

extension Store {
  /// A product an import creates or changes. `existing` is its row before the import (nil
  /// for a new product), `codesKept` whether its barcodes and packs stay as they are.
  struct ImportChange {
    var product: Product
    var existing: ProductRecord?
    var codesKept = false
  }

  /// Stores the changes of an import as `upsertProduct` does, with their price history: a
  /// statement for each kind of write over all the rows (`JSONRows`), not one a row.
  ///
  /// Rows go in name order (`searchOrderKey`): the name index's trigger then gives new and
  /// renamed products ascending ranks, so they find room between their neighbours and FTS5
  /// appends to its pending terms instead of flushing them.
  static func writeImported(
    _ db: Database, _ changes: [ImportChange], user: String, now: DatabaseValue
  ) throws {
    let keys = changes.map { searchOrderKey($0.product) }
    let order = changes.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
    var created = JSONRows()
    var updated = JSONRows()
    var codesFreed = JSONRows()
    var plusFreed = JSONRows()
    var codes = JSONRows()
    var prices = JSONRows()
    for index in order {
      let (product, existing) = (changes[index].product, changes[index].existing)
      let row: [JSONRows.Value] = [
        .text(product.sku), .text(product.name), .text(product.unit), .bool(product.weighed),
        .text(product.plu), .int(product.price.rupiah), .int(product.memberPrice?.rupiah),
        .int(product.priceCap?.rupiah), .int(product.maxPerSale?.thousandths),
        .text(product.taxClass.rawValue), .int(product.reorderLevel?.thousandths),
        .bool(product.active),
      ]
      if let existing {
        updated.append(row)
        if let plu = existing.plu, plu != product.plu { plusFreed.append([.text(product.sku)]) }
      } else {
        created.append(row)
      }
      if !changes[index].codesKept {
        if existing != nil { codesFreed.append([.text(product.sku)]) }
        for (position, code) in product.barcodes.enumerated() {
          codes.append([
            .text(code), .text(product.sku), .int(Int64(position)), .null, .null, .null,
          ])
        }
        for (index, pack) in product.packs.enumerated() {
          codes.append([
            .text(pack.barcode), .text(product.sku), .int(Int64(product.barcodes.count + index)),
            .text(pack.name), .int(pack.factor), .int(pack.price.rupiah),
          ])
        }
      }
      if existing?.price != product.price.rupiah
        || existing?.memberPrice != product.memberPrice?.rupiah
      {
        prices.append([
          .text(product.sku), .int(product.price.rupiah), .int(product.memberPrice?.rupiah),
          .int(existing?.price), .text(existing == nil ? "imported" : "import"),
        ])
      }
    }
    // Codes that change owner are freed first (barcodes deleted, PLUs cleared), so codes may
    // move between products of the file.
    if codesFreed.count > 0 {
      try db.execute(
        sql: "DELETE FROM barcode WHERE sku IN (SELECT value ->> 0 FROM json_each(?))",
        arguments: [codesFreed.text])
    }
    if plusFreed.count > 0 {
      try db.execute(
        sql: "UPDATE product SET plu = NULL WHERE sku IN (SELECT value ->> 0 FROM json_each(?))",
        arguments: [plusFreed.text])
    }
    if updated.count > 0 { try update(db, updated.text, now: now) }
    if created.count > 0 { try insert(db, created.text, now: now) }
    if codes.count > 0 {
      try db.execute(
        sql: """
          INSERT INTO barcode (code, sku, position, packName, packFactor, packPrice)
          SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5
          FROM json_each(?)
          """, arguments: [codes.text])
    }
    if prices.count > 0 {
      try db.execute(
        sql: """
          INSERT INTO priceChange (sku, price, memberPrice, previousPrice, effectiveAt,
            changedAt, user, reason, applied)
          SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, ?1, ?1, ?2, value ->> 4, 1
          FROM json_each(?3)
          """, arguments: [now, user, prices.text])
    }
  }

  private static func update(_ db: Database, _ rows: String, now: DatabaseValue) throws {
    // The file's rows drive the join (json_each outside, a lookup by SKU inside), so renamed
    // products are ranked in name order.
    try db.execute(
      sql: """
        UPDATE product SET name = row.value ->> 1, unit = row.value ->> 2,
          weighed = row.value ->> 3, plu = row.value ->> 4, price = row.value ->> 5,
          memberPrice = row.value ->> 6, priceCap = row.value ->> 7,
          maxPerSale = row.value ->> 8, taxClass = row.value ->> 9,
          reorderLevel = row.value ->> 10, active = row.value ->> 11, updatedAt = ?1
        FROM json_each(?2) AS row
        WHERE product.sku = row.value ->> 0
        """, arguments: [now, rows])
  }

  private static func insert(_ db: Database, _ rows: String, now: DatabaseValue) throws {
    try db.execute(
      sql: """
        INSERT INTO product (sku, name, unit, weighed, plu, price, memberPrice, priceCap,
          maxPerSale, taxClass, reorderLevel, active, onHand, createdAt, updatedAt)
        SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5,
          value ->> 6, value ->> 7, value ->> 8, value ->> 9, value ->> 10, value ->> 11, 0,
          ?1, ?1
        FROM json_each(?2)
        """, arguments: [now, rows])
  }
}
