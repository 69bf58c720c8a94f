import Foundation
import GRDB
import KasirCore

/// Reading products inside a transaction: barcodes, packs, due price changes, codes.
extension Store {
  /// Applies the scheduled price changes whose moment has come (write transactions only).
  static func applyDuePrices(_ db: Database, now: Date) throws {
    for var change in try pendingPrices(db, now: now) {
      try db.cachedStatement(
        sql: "UPDATE product SET price = ?, memberPrice = ?, updatedAt = ? WHERE sku = ?"
      ).execute(arguments: [change.price, change.memberPrice, now, change.sku])
      change.applied = true
      try change.update(db)
    }
  }

  /// The scheduled price changes that are due at `now` but not yet applied, oldest first.
  static func pendingPrices(_ db: Database, now: Date) throws -> [PriceChangeRecord] {
    let statement = try db.cachedStatement(
      sql: """
        SELECT * FROM priceChange WHERE applied = 0 AND effectiveAt <= ? \
        ORDER BY effectiveAt, id
        """)
    return try PriceChangeRecord.fetchAll(statement, arguments: [StorageTime.databaseValue(now)])
  }

  /// Products as of `now`: with their barcodes and packs, and with the scheduled price changes
  /// that are due but not yet applied (a read transaction cannot apply them) laid over.
  static func products(_ db: Database, _ records: [ProductRecord], now: Date?) throws -> [Product] {
    guard !records.isEmpty else { return [] }
    var codes = [String: [BarcodeRecord]]()
    if records.count <= 100 {
      // One product or a search page: one query, prepared once per page size.
      let marks = repeatElement("?", count: records.count).joined(separator: ",")
      let barcodes = try db.cachedStatement(
        sql: "SELECT \(BarcodeRecord.columnList) FROM barcode WHERE sku IN (\(marks))")
      let arguments = StatementArguments(records.map(\.sku))
      for barcode in try BarcodeRecord.fetchAll(columns: barcodes, arguments: arguments) {
        codes[barcode.sku, default: []].append(barcode)
      }
    } else {
      // A query per 500 products (a whole catalog), not one per product.
      let barcodes = try chunked(records.map(\.sku)) {
        try BarcodeRecord.filter($0.contains(Column("sku"))).fetchAll(db)
      }
      for barcode in barcodes { codes[barcode.sku, default: []].append(barcode) }
    }
    var due = [String: PriceChangeRecord]()
    if let now {
      for change in try pendingPrices(db, now: now) { due[change.sku] = change }
    }
    return records.map { record in
      var product = record.product(codes: codes[record.sku] ?? [])
      if let change = due[record.sku] {
        product.price = Money(change.price)
        product.memberPrice = change.memberPrice.map { Money($0) }
      }
      return product
    }
  }

  static func product(_ db: Database, _ record: ProductRecord, now: Date?) throws -> Product {
    try products(db, [record], now: now)[0]
  }

  /// A code is a SKU, a product or pack barcode, or a scale label whose PLU is a product's.
  static func resolve(
    _ db: Database, code: String, scale: ScaleSettings, now: Date?
  ) throws -> ResolvedCode {
    let (record, barcode, label) = try lookUp(db, code: code, scale: scale)
    let product = try product(db, record, now: now)
    return ResolvedCode(
      product: product, pack: barcode?.pack,
      quantity: label?.quantity(kind: scale.value, unitPrice: product.price))
  }

  /// The product row `code` stands for, with the barcode or scale label it was found by.
  static func lookUp(
    _ db: Database, code: String, scale: ScaleSettings
  ) throws -> (ProductRecord, BarcodeRecord?, ScaleBarcode?) {
    if let record = try productRecord(db, sku: code) {
      return (record, nil, nil)
    }
    let barcodes = try db.cachedStatement(sql: "SELECT * FROM barcode WHERE code = ?")
    if let barcode = try BarcodeRecord.fetchOne(barcodes, arguments: [code]),
      let record = try productRecord(db, sku: barcode.sku)
    {
      return (record, barcode, nil)
    }
    if let label = ScaleBarcode(code: code, prefixes: scale.prefixes) {
      let byPLU = try db.cachedStatement(sql: "SELECT * FROM product WHERE plu = ? LIMIT 1")
      if let record = try ProductRecord.fetchOne(byPLU, arguments: [label.plu]) {
        return (record, nil, label)
      }
    }
    if code.count == 13, code.allSatisfy(\.isASCIIDigitCharacter),
      let prefix = Int(code.prefix(2)), scale.prefixes.contains(prefix),
      !Barcode.hasValidCheckDigit(code)
    {
      // A scale label misread or mistyped: say so rather than "not found".
      throw CatalogError.invalidBarcode(code: code, reason: .checkDigit)
    }
    throw CatalogError.productNotFound(code: code)
  }

  /// The product with SKU `sku` (case ignored), through a cached statement.
  static func productRecord(_ db: Database, sku: String) throws -> ProductRecord? {
    let statement = try db.cachedStatement(sql: "SELECT * FROM product WHERE sku = ?")
    return try ProductRecord.fetchOne(statement, arguments: [sku])
  }

  /// The products whose name matches every word of `query` (each word a prefix of a word of
  /// the name, case and diacritics ignored), whose SKU starts with `query`, or one of whose
  /// barcodes starts with `query`; sorted by name (then SKU), at most `limit` when given.
  static func search(
    _ db: Database, query: String, lowOnly: Bool = false, limit: Int? = nil
  ) throws -> [ProductRecord] {
    let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return [] }
    let words = trimmed.split(whereSeparator: \.isWhitespace)
      .filter { $0.contains { $0.isLetter || $0.isNumber } }
      .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
    let match = words.isEmpty ? nil : words.joined(separator: " ")
    let oneWord = !trimmed.contains(where: \.isWhitespace)
    // SKUs are ASCII letters, digits and `-_.`: '~' sorts after all of them (NOCASE).
    let skus = oneWord ? (trimmed, trimmed + "~") : nil
    let codes =
      oneWord && trimmed.allSatisfy(\.isASCIIDigitCharacter) ? (trimmed, trimmed + ":") : nil
    if let limit, !lowOnly {
      return try best(db, match: match, skus: skus, codes: codes, limit: max(0, limit))
    }
    var parts = [String]()
    var arguments = StatementArguments()
    if let match {
      parts.append(
        """
        SELECT r.sku FROM productSearch JOIN productSearchRow r ON r.searchRowid = productSearch.rowid
        WHERE productSearch MATCH ?
        """)
      arguments += [match]
    }
    if let skus {
      parts.append("SELECT sku FROM product WHERE sku >= ? AND sku < ?")
      arguments += [skus.0, skus.1]
    }
    if let codes {
      parts.append("SELECT sku FROM barcode WHERE code >= ? AND code < ?")
      arguments += [codes.0, codes.1]
    }
    guard !parts.isEmpty else { return [] }
    var sql = "SELECT * FROM product WHERE sku IN (\(parts.joined(separator: " UNION ")))"
    if lowOnly { sql += " AND \(lowCondition)" }
    sql += " ORDER BY name COLLATE NOCASE, sku"
    // The SQL varies only with the query's shape (a handful of strings): cache it.
    return try ProductRecord.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
  }

  /// The first `limit` matches by name, without reading every match: ranks (the name index's
  /// rowids, migration v6) follow name order, so each kind of match gives its `limit`
  /// smallest ranks (for words, FTS5 stops there), plus the strays that match (ranks above
  /// `searchRankLimit`, in no order; usually none), and the union is sorted by name.
  private static func best(
    _ db: Database, match: String?, skus: (String, String)?, codes: (String, String)?,
    limit: Int
  ) throws -> [ProductRecord] {
    let strays = try hasSearchStrays(db)
    let rank = searchRankLimit
    var parts = [String]()
    var arguments = StatementArguments()
    if let match {
      parts.append(
        """
        SELECT * FROM (SELECT rowid FROM productSearch
          WHERE productSearch MATCH ? AND rowid <= \(rank) ORDER BY rowid LIMIT ?)
        """)
      arguments += [match, limit]
      if strays {
        parts.append(
          "SELECT rowid FROM productSearch WHERE productSearch MATCH ? AND rowid > \(rank)")
        arguments += [match]
      }
    }
    if let skus {
      // The SKU index holds the rank: a range of it, then the smallest ranks. (`+` keeps
      // SQLite from walking all ranks in order instead, for want of a sort.)
      parts.append(
        """
        SELECT * FROM (SELECT searchRowid FROM productSearchRow
          WHERE sku >= ? AND sku < ? AND +searchRowid <= \(rank) ORDER BY searchRowid LIMIT ?)
        """)
      arguments += [skus.0, skus.1, limit]
      if strays {
        parts.append(
          """
          SELECT searchRowid FROM productSearchRow
          WHERE sku >= ? AND sku < ? AND searchRowid > \(rank)
          """)
        arguments += [skus.0, skus.1]
      }
    }
    if let codes {
      let many = try db.cachedStatement(
        sql: "SELECT count(*) FROM (SELECT 1 FROM barcode WHERE code >= ? AND code < ? LIMIT 1000)")
      let shared =
        "EXISTS (SELECT 1 FROM barcode WHERE barcode.sku = r.sku AND code >= ? AND code < ?)"
      if try Int.fetchOne(many, arguments: [codes.0, codes.1]) ?? 0 >= 1000 {
        // A prefix most products share: walk the ranks until `limit` of them have it.
        parts.append(
          """
          SELECT * FROM (SELECT searchRowid FROM productSearchRow r
            WHERE searchRowid <= \(rank) AND \(shared) ORDER BY searchRowid LIMIT ?)
          """)
      } else {
        parts.append(
          """
          SELECT * FROM (SELECT r.searchRowid
            FROM barcode CROSS JOIN productSearchRow r ON r.sku = barcode.sku
            WHERE code >= ? AND code < ? AND +r.searchRowid <= \(rank)
            ORDER BY r.searchRowid LIMIT ?)
          """)
      }
      arguments += [codes.0, codes.1, limit]
      if strays {
        parts.append(
          "SELECT searchRowid FROM productSearchRow r WHERE searchRowid > \(rank) AND \(shared)")
        arguments += [codes.0, codes.1]
      }
    }
    guard !parts.isEmpty else { return [] }
    let sql = """
      SELECT \(ProductRecord.columnList) FROM productSearchRow r JOIN product ON product.sku = r.sku
      WHERE r.searchRowid IN (\(parts.joined(separator: " UNION ALL ")))
      ORDER BY r.name, r.sku LIMIT ?
      """
    arguments += [limit]
    return try ProductRecord.fetchAll(columns: db.cachedStatement(sql: sql), arguments: arguments)
  }

  /// Negative stock, or at or below the reorder level (as `StockLevel.low`).
  static let lowCondition = "(onHand < 0 OR (reorderLevel IS NOT NULL AND onHand <= reorderLevel))"
}
