import GRDB

/// Rows read by position, for the reads a search makes on every call: `init(row:)` looks each
/// column up by name, which cost a search page more than its barcodes' query. A statement
/// that uses `init(columns:)` selects `columnList`, so the positions are its own.
extension ProductRecord {
  static let columnList = """
    product.sku, product.name, product.unit, product.weighed, product.plu, product.price, \
    product.memberPrice, product.priceCap, product.maxPerSale, product.taxClass, \
    product.reorderLevel, product.active, product.onHand, product.createdAt, product.updatedAt
    """

  init(columns row: Row) {
    sku = row[0]
    name = row[1]
    unit = row[2]
    weighed = row[3]
    plu = row[4]
    price = row[5]
    memberPrice = row[6]
    priceCap = row[7]
    maxPerSale = row[8]
    taxClass = row[9]
    reorderLevel = row[10]
    active = row[11]
    onHand = row[12]
    createdAt = row[13]
    updatedAt = row[14]
  }

  /// The products a statement selecting `columnList` reads.
  static func fetchAll(columns statement: Statement, arguments: StatementArguments) throws
    -> [ProductRecord]
  {
    try rows(statement, arguments, ProductRecord.init(columns:))
  }
}

extension BarcodeRecord {
  static let columnList = "code, sku, position, packName, packFactor, packPrice"

  init(columns row: Row) {
    code = row[0]
    sku = row[1]
    position = row[2]
    packName = row[3]
    packFactor = row[4]
    packPrice = row[5]
  }

  /// The barcodes a statement selecting `columnList` reads.
  static func fetchAll(columns statement: Statement, arguments: StatementArguments) throws
    -> [BarcodeRecord]
  {
    try rows(statement, arguments, BarcodeRecord.init(columns:))
  }
}

private func rows<Record>(
  _ statement: Statement, _ arguments: StatementArguments, _ make: @escaping (Row) -> Record
) throws -> [Record] {
  try Array(Row.fetchCursor(statement, arguments: arguments).map(make))
}
