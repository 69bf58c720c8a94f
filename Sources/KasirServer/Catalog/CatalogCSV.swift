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
    var owners: [String: Int] = [:]
    for record in records {
      do {
        let row = try row(record.values, number: record.row, rules: rules)
        try claim(row, owners: &owners)
        rows.append(row)
      } catch {
        errors.append(error)
      }
    }
    return (rows, errors)
  }

  /// Records the row's SKU, barcodes and PLU as taken; one taken by an earlier row is an error.
  private static func claim(_ row: Row, owners: inout [String: Int]) throws(RowError) {
    let product = row.product
    let keys =
      [("sku", "sku:" + product.sku.lowercased())]
      + product.barcodes.map { ("barcodes", "code:" + $0) }
      + product.packs.map { (PacksCSV.column, "code:" + $0.barcode) }
      + (product.plu.map { [("plu", "plu:" + $0)] } ?? [])
    for (field, key) in keys {
      if let earlier = owners[key] {
        let value = String(key.drop(while: { $0 != ":" }).dropFirst())
        throw RowError(
          row: row.number, field: field, message: "\(value) is already used in row \(earlier)")
      }
    }
    for (_, key) in keys { owners[key] = row.number }
  }

  private static func row(
    _ values: [String: String], number: Int, rules: CatalogRules?
  ) throws(RowError) -> Row {
    func text(_ key: String) -> String? { values[key].flatMap { $0.isEmpty ? nil : $0 } }
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
    if let cell = values[PacksCSV.column] {
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
      packsGiven: values[PacksCSV.column] != nil)
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
