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

  /// Whether `a` comes before `b` in the name index: names compared as SQLite's NOCASE does
  /// (UTF-8 bytes, ASCII letters folded), then SKUs. Products written in this order get
  /// ascending ranks: few strays, and FTS5 appends to its pending index instead of flushing
  /// it on every row (what a rank below the previous one makes it do).
  static func inSearchOrder(_ a: Product, _ b: Product) -> Bool {
    let names = nocaseCompare(a.name, b.name)
    return names != 0 ? names < 0 : nocaseCompare(a.sku, b.sku) < 0
  }

  private static func nocaseCompare(_ a: String, _ b: String) -> Int {
    var left = a.utf8.makeIterator()
    var right = b.utf8.makeIterator()
    while true {
      switch (left.next(), right.next()) {
      case (nil, nil): return 0
      case (nil, _): return -1
      case (_, nil): return 1
      case (let x?, let y?):
        let (foldedX, foldedY) = (folded(x), folded(y))
        if foldedX != foldedY { return foldedX < foldedY ? -1 : 1 }
      }
    }
  }

  private static func folded(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
  }
}
