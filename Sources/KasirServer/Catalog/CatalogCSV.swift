import KasirCore

/// The catalog CSV of the contract: a header row naming the columns, one product a row.
/// `sku, name, unit, price` are required; other columns may be left out.
struct CatalogCSV {
  static let columns = [
    "sku", "name", "unit", "weighed", "plu", "barcodes", "price", "member_price", "price_cap",
    "max_per_sale", "tax_class", "reorder_level", "active", PacksCSV.column,
  ]
  static let required = ["sku", "name", "unit", "price"]

  struct RowError: Error, Equatable, CustomStringConvertible {
    var row: Int
    var field: String
    var message: String
    var description: String { "row \(row), \(field): \(message)" }
  }

  struct Row {
    var number: Int
    var product: Product
    /// Extra column, for demo data: stock to receive when the product is first loaded.
    var openingStock: Quantity?
    /// Whether the file has a `packs` column: then `product.packs` replaces the stored packs.
    var packsGiven = false
  }

  /// Parses every row; the first bad row is an error naming its row number and field.
  static func parse(
    _ text: String, extraColumns: [String] = [], rules: CatalogRules? = nil
  ) throws(RowError) -> [Row] {
    let parsed = parseAll(text, extraColumns: extraColumns, rules: rules)
    if let first = parsed.errors.first { throw first }
    return parsed.rows
  }

  /// Parses every row and collects every bad one, one error a row (its first problem).
  /// A broken file (bad quoting, a bad header) is one error. SKUs, barcodes and PLUs used by
  /// two rows of the file are errors on the later row.
  /// With `rules`, a unit or tax class the shop does not allow is a bad row too.
  static func parseAll(
    _ text: String, extraColumns: [String] = [], rules: CatalogRules? = nil
  ) -> (rows: [Row], errors: [RowError]) {
    let (records, problems) = CSV.records(
      text, columns: columns + extraColumns, required: required)
    var errors = problems
    var rows: [Row] = []
    var owners = Owners()
    for record in records {
      do {
        let row = try row(record, rules: rules)
        try owners.claim(row)
        rows.append(row)
      } catch {
        errors.append(error)
      }
    }
    return (rows, errors)
  }

  /// The rows that took each SKU, barcode and PLU so far.
  private struct Owners {
    var skus: [String: Int] = [:]
    var codes: [String: Int] = [:]
    var plus: [String: Int] = [:]

    /// Records the row's SKU, barcodes and PLU as taken; one taken by an earlier row is an
    /// error.
    mutating func claim(_ row: Row) throws(RowError) {
      let product = row.product
      let sku = product.sku.lowercased()
      func taken(_ field: String, _ value: String, _ earlier: Int?) throws(RowError) {
        guard let earlier else { return }
        throw RowError(
          row: row.number, field: field, message: "\(value) is already used in row \(earlier)")
      }
      try taken("sku", sku, skus[sku])
      for code in product.barcodes { try taken("barcodes", code, codes[code]) }
      for pack in product.packs { try taken(PacksCSV.column, pack.barcode, codes[pack.barcode]) }
      if let plu = product.plu { try taken("plu", plu, plus[plu]) }
      skus[sku] = row.number
      for code in product.barcodes + product.packs.map(\.barcode) { codes[code] = row.number }
      if let plu = product.plu { plus[plu] = row.number }
    }
  }

  private static func row(_ record: CSV.Record, rules: CatalogRules?) throws(RowError) -> Row {
    let number = record.row
    func text(_ key: String) -> String? { record[key].flatMap { $0.isEmpty ? nil : $0 } }
    func money(_ key: String) throws(RowError) -> Money? {
      guard let raw = text(key) else { return nil }
      guard let value = Int64(raw), value >= 0 else {
        throw RowError(
          row: number, field: key, message: "must be whole rupiah without dots, e.g. 12500")
      }
      return Money(value)
    }
    func quantity(_ key: String) throws(RowError) -> Quantity? {
      guard let raw = text(key) else { return nil }
      guard let value = Quantity(text: raw) else {
        throw RowError(row: number, field: key, message: "must be a number with at most 3 decimals")
      }
      return value
    }
    func flag(_ key: String, default value: Bool) throws(RowError) -> Bool {
      guard let raw = text(key)?.lowercased() else { return value }
      guard raw == "true" || raw == "false" else {
        throw RowError(row: number, field: key, message: "must be true or false")
      }
      return raw == "true"
    }
    guard let price = try money("price") else {
      throw RowError(row: number, field: "price", message: "required")
    }
    var product = Product(
      sku: text("sku") ?? "", name: text("name") ?? "", unit: text("unit") ?? "",
      weighed: try flag("weighed", default: false), plu: text("plu"),
      barcodes: (text("barcodes") ?? "").split(separator: " ").map(String.init), price: price,
      memberPrice: try money("member_price"), priceCap: try money("price_cap"),
      maxPerSale: try quantity("max_per_sale"),
      taxClass: TaxClass(rawValue: text("tax_class") ?? TaxClass.exempt.rawValue),
      reorderLevel: try quantity("reorder_level"), active: try flag("active", default: true))
    if let cell = record[PacksCSV.column] {
      switch PacksCSV.parse(cell) {
      case .success(let packs): product.packs = packs
      case .failure(let error):
        throw RowError(row: number, field: PacksCSV.column, message: error.message)
      }
    }
    do {
      try product.validate(rules: rules)
    } catch {
      throw RowError(row: number, field: field(of: error, product), message: message(error))
    }
    return Row(
      number: number, product: product, openingStock: try quantity("opening_stock"),
      packsGiven: record[PacksCSV.column] != nil)
  }

  private static func field(of error: CatalogError, _ product: Product) -> String {
    switch error {
    case .invalidField(let field, _) where field.hasPrefix("packs."): return PacksCSV.column
    case .invalidField(let field, _), .notAllowed(let field, _, _): return column(field)
    case .invalidBarcode(let code, _), .duplicateBarcode(let code, _):
      return product.packs.contains { $0.barcode == code } ? PacksCSV.column : "barcodes"
    case .priceAboveCap(let price, _):
      if price == product.price { return "price" }
      return price == product.memberPrice ? "member_price" : PacksCSV.column
    default: return ""
    }
  }
}
