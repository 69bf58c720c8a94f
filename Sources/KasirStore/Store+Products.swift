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
    return try PriceChangeRecord.fetchAll(statement, arguments: [now])
  }

  /// Products as of `now`: with their barcodes and packs, and with the scheduled price changes
  /// that are due but not yet applied (a read transaction cannot apply them) laid over.
  static func products(_ db: Database, _ records: [ProductRecord], now: Date?) throws -> [Product] {
    guard !records.isEmpty else { return [] }
    let barcodes = try db.cachedStatement(sql: "SELECT * FROM barcode WHERE sku = ?")
    var codes = [String: [BarcodeRecord]]()
    for record in records {
      codes[record.sku] = try BarcodeRecord.fetchAll(barcodes, arguments: [record.sku])
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
  /// barcodes starts with `query`; sorted by name, at most `limit` when given.
  static func search(
    _ db: Database, query: String, lowOnly: Bool = false, limit: Int? = nil
  ) throws -> [ProductRecord] {
    let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return [] }
    var parts = [String]()
    var arguments = StatementArguments()
    let words = trimmed.split(whereSeparator: \.isWhitespace)
      .filter { $0.contains { $0.isLetter || $0.isNumber } }
      .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
    if !words.isEmpty {
      parts.append("SELECT sku FROM productSearch WHERE productSearch MATCH ?")
      arguments += [words.joined(separator: " ")]
    }
    if !trimmed.contains(where: \.isWhitespace) {
      // SKUs are ASCII letters, digits and `-_.`: '~' sorts after all of them (NOCASE).
      parts.append("SELECT sku FROM product WHERE sku >= ? AND sku < ?")
      arguments += [trimmed, trimmed + "~"]
      if trimmed.allSatisfy(\.isASCIIDigitCharacter) {
        parts.append("SELECT sku FROM barcode WHERE code >= ? AND code < ?")
        arguments += [trimmed, trimmed + ":"]
      }
    }
    guard !parts.isEmpty else { return [] }
    var sql = "SELECT * FROM product WHERE sku IN (\(parts.joined(separator: " UNION ")))"
    if lowOnly { sql += " AND \(lowCondition)" }
    sql += " ORDER BY name COLLATE NOCASE, sku"
    if let limit {
      sql += " LIMIT ?"
      arguments += [max(0, limit)]
    }
    // The SQL varies only with the query's shape (a handful of strings): cache it.
    return try ProductRecord.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
  }

  /// Negative stock, or at or below the reorder level (as `StockLevel.low`).
  static let lowCondition = "(onHand < 0 OR (reorderLevel IS NOT NULL AND onHand <= reorderLevel))"
}

extension Character {
  var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
