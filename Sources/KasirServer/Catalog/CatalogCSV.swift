import KasirCore

/// The catalog CSV of the contract: a header row naming the columns, one product a row.
/// `sku, name, unit, price` are required; other columns may be left out.
struct CatalogCSV {
  static let columns = [
    "sku", "name", "unit", "weighed", "plu", "barcodes", "price", "member_price", "price_cap",
    "max_per_sale", "tax_class", "reorder_level", "active",
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
  }

  /// Parses every row; any bad row is an error naming its row number and field.
  static func parse(_ text: String, extraColumns: [String] = []) throws(RowError) -> [Row] {
    let table: [[String]]
    do {
      table = try CSV.parse(text)
    } catch {
      throw RowError(row: error.row, field: "", message: error.message)
    }
    guard let header = table.first?.map({ $0.trimmingSpaces().lowercased() }) else {
      throw RowError(row: 1, field: "", message: "the file is empty; it needs a header row")
    }
    for name in header where !columns.contains(name) && !extraColumns.contains(name) {
      throw RowError(row: 1, field: name, message: "unknown column")
    }
    for name in required where !header.contains(name) {
      throw RowError(row: 1, field: name, message: "required column missing")
    }
    var rows: [Row] = []
    for (index, fields) in table.dropFirst().enumerated() {
      let number = index + 2
      guard fields.count == header.count else {
        throw RowError(
          row: number, field: "",
          message: "has \(fields.count) fields, the header has \(header.count)")
      }
      let values = Dictionary(uniqueKeysWithValues: zip(header, fields.map { $0.trimmingSpaces() }))
      rows.append(try row(values, number: number))
    }
    return rows
  }

  private static func row(_ values: [String: String], number: Int) throws(RowError) -> Row {
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
    let product = Product(
      sku: text("sku") ?? "", name: text("name") ?? "", unit: text("unit") ?? "",
      weighed: try flag("weighed", default: false), plu: text("plu"),
      barcodes: (text("barcodes") ?? "").split(separator: " ").map(String.init), price: price,
      memberPrice: try money("member_price"), priceCap: try money("price_cap"),
      maxPerSale: try quantity("max_per_sale"),
      taxClass: TaxClass(rawValue: text("tax_class") ?? TaxClass.exempt.rawValue),
      reorderLevel: try quantity("reorder_level"), active: try flag("active", default: true))
    do {
      try product.validate()
    } catch {
      throw RowError(row: number, field: field(of: error), message: "\(error)")
    }
    return Row(number: number, product: product, openingStock: try quantity("opening_stock"))
  }

  private static func field(of error: CatalogError) -> String {
    switch error {
    case .invalidField(let field, _): return field
    case .invalidBarcode, .duplicateBarcode: return "barcodes"
    case .priceAboveCap: return "price"
    default: return ""
    }
  }
}
