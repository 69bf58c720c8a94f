import GRDB
import KasirCore

/// The order of the name index (migration v6): `productSearchRow.searchRowid` is a product's
/// rank, in name order up to `searchRankLimit`; above it are the strays, products added or
/// renamed where their neighbours left no room between their ranks.
extension Store {
  /// 2^62: ranks up to this follow `(name COLLATE NOCASE, sku)`; strays are above it.
  static let searchRankLimit: Int64 = 1 << 62

  /// More strays than this, and the write that made them ranks every product again. Each
  /// search reads every stray that matches it (they have no order), so they must stay few.
  static let searchStrayLimit = 100

  /// Whether any product is a stray (a point lookup at the top of the rowids).
  static func hasSearchStrays(_ db: Database) throws -> Bool {
    let statement = try db.cachedStatement(
      sql: "SELECT EXISTS (SELECT 1 FROM productSearchRow WHERE searchRowid > ?)")
    return try Bool.fetchOne(statement, arguments: [searchRankLimit]) ?? false
  }

  /// Ranks every product again when there are more than `searchStrayLimit` strays. Called at
  /// the end of the writes that add or rename products (`upsertProduct`, imports).
  static func rerankSearchIfNeeded(_ db: Database) throws {
    let strays = try db.cachedStatement(
      sql: "SELECT count(*) FROM (SELECT 1 FROM productSearchRow WHERE searchRowid > ? LIMIT ?)")
    let count = try Int.fetchOne(strays, arguments: [searchRankLimit, searchStrayLimit + 1]) ?? 0
    if count > searchStrayLimit { try rerankSearch(db) }
  }

  /// Even ranks in name order for every product, and the FTS index rebuilt from them (about
  /// a second at 50,000 products on a small machine; it happens after a hundred strays).
  static func rerankSearch(_ db: Database) throws {
    try db.execute(sql: "DELETE FROM productSearchRow")
    try db.execute(
      sql: """
        INSERT INTO productSearchRow (searchRowid, sku, name)
        SELECT row_number() OVER (ORDER BY name COLLATE NOCASE, sku)
          * (? / ((SELECT count(*) FROM product) + 1)), sku, name
        FROM product
        """, arguments: [searchRankLimit])
    try db.execute(sql: "INSERT INTO productSearch (productSearch) VALUES ('rebuild')")
  }

  /// A product's place in the name index as bytes, compared lexicographically: its name as
  /// SQLite's NOCASE compares it (UTF-8 bytes, ASCII letters folded), a 0 byte, then its SKU
  /// the same way. (A name never holds a NUL, so a name sorts before every longer name it
  /// begins.) Products written in this order get ascending ranks: few strays, and FTS5
  /// appends to its pending index instead of flushing it (what a rank below the previous one
  /// makes it do).
  static func searchOrderKey(_ product: Product) -> [UInt8] {
    var key: [UInt8] = []
    key.reserveCapacity(product.name.utf8.count + product.sku.utf8.count + 1)
    key += product.name.utf8.lazy.map(folded)
    key.append(0)
    key += product.sku.utf8.lazy.map(folded)
    return key
  }

  private static func folded(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
  }
}
