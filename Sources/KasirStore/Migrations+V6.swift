extension Store {
  /// v6: the name index hands out matches in name order, so a search stops at its first
  /// `limit` matches instead of reading and sorting all of them (`kop` matched 3,125 of 50,000
  /// products and cost about 1 µs each).
  ///
  /// `productSearchRow.searchRowid`, the FTS rowid of a product, is now its *rank*: up to
  /// `Store.searchRankLimit` (2^62), ranks increase with `(name COLLATE NOCASE, sku)`, so FTS5's
  /// doclists (sorted by rowid) list the matches of a word in name order. A product added or
  /// renamed takes a rank between its neighbours' (`v6Rank`). When they leave no room it
  /// becomes a *stray*: a rank above 2^62, in no order, which every search reads in full and
  /// sorts by name.
  /// `Store.rerankSearch` gives everybody even ranks again (see `Store+SearchOrder.swift`).
  ///
  /// The FTS table takes its text from `productSearchRow` (external content: the name is
  /// stored once), with prefix indexes up to six letters, so `goreng`, `minyak` or `indom`
  /// are one index lookup each. `product_sku_name` (v4) is replaced by
  /// `productSearchRow_order`: a SKU prefix's first matches by name are its smallest ranks.
  static let v6: [String] =
    [
      "DROP TRIGGER product_search_insert",
      "DROP TRIGGER product_search_update",
      "DROP TABLE productSearch",
      "DROP TABLE productSearchRow",
      "DROP INDEX product_sku_name",
      """
      CREATE TABLE productSearchRow (
        searchRowid INTEGER PRIMARY KEY,
        sku TEXT NOT NULL UNIQUE COLLATE NOCASE REFERENCES product(sku),
        name TEXT NOT NULL COLLATE NOCASE
      )
      """,
      "CREATE UNIQUE INDEX productSearchRow_order ON productSearchRow(name, sku)",
      """
      CREATE VIRTUAL TABLE productSearch USING fts5(
        name, content = 'productSearchRow', content_rowid = 'searchRowid',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6')
      """,
      // Even ranks in name order, then the index built from them.
      """
      INSERT INTO productSearchRow (searchRowid, sku, name)
      SELECT row_number() OVER (ORDER BY name COLLATE NOCASE, sku)
        * (4611686018427387904 / ((SELECT count(*) FROM product) + 1)), sku, name
      FROM product
      """,
      "INSERT INTO productSearch (productSearch) VALUES ('rebuild')",
      "CREATE TRIGGER product_search_insert AFTER INSERT ON product BEGIN \(v6Rank) END",
      """
      CREATE TRIGGER product_search_update AFTER UPDATE OF name ON product
      WHEN old.name IS NOT new.name BEGIN
        INSERT INTO productSearch (productSearch, rowid, name)
        SELECT 'delete', searchRowid, name FROM productSearchRow WHERE sku = old.sku;
        DELETE FROM productSearchRow WHERE sku = old.sku;
        \(v6Rank)
      END
      """,
    ]

  /// The trigger body that ranks `new` and indexes its name. `p` and `n` are the ranks of its
  /// neighbours in name order. Next to a stray it is a stray too (finding an ordered
  /// neighbour would mean walking past every stray). The first product gets 2^61; one before
  /// or after all others 2^40 from the end (a catalog imported in name order is all appends);
  /// one between two others the middle of their gap; a stray the highest rank plus one.
  private static let v6Rank = """
    INSERT INTO productSearchRow (searchRowid, sku, name)
    SELECT CASE
      WHEN p > 4611686018427387904 OR n > 4611686018427387904
        THEN max(4611686018427387904, (SELECT max(searchRowid) FROM productSearchRow)) + 1
      WHEN p IS NULL AND n IS NULL THEN 2305843009213693952
      WHEN n IS NULL AND p < 4611686018427387904 - 2199023255552 THEN p + 1099511627776
      WHEN p IS NULL AND n > 2199023255552 THEN n - 1099511627776
      WHEN coalesce(n, 4611686018427387904) - coalesce(p, 0) >= 2
        THEN coalesce(p, 0) + (coalesce(n, 4611686018427387904) - coalesce(p, 0)) / 2
      ELSE max(4611686018427387904, (SELECT max(searchRowid) FROM productSearchRow)) + 1 END,
      new.sku, new.name
    FROM (SELECT
      coalesce(
        (SELECT searchRowid FROM productSearchRow WHERE name = new.name AND sku < new.sku
          ORDER BY sku DESC LIMIT 1),
        (SELECT searchRowid FROM productSearchRow WHERE name < new.name
          ORDER BY name DESC, sku DESC LIMIT 1)) AS p,
      coalesce(
        (SELECT searchRowid FROM productSearchRow WHERE name = new.name AND sku > new.sku
          ORDER BY sku LIMIT 1),
        (SELECT searchRowid FROM productSearchRow WHERE name > new.name
          ORDER BY name, sku LIMIT 1)) AS n);
    INSERT INTO productSearch (rowid, name)
    SELECT searchRowid, name FROM productSearchRow WHERE sku = new.sku;
    """
}
