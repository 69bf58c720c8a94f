extension Store {
  /// v3: the name index finds a product's row by key. In v1 a rename deleted the old entry
  /// with `WHERE sku = old.sku`, a column FTS5 cannot index: every rename scanned the whole
  /// index (about 40 ms at 50,000 products, so a 20,000-row import with new names took
  /// minutes). Now `productSearchRow` keeps the FTS row of each product and a rename updates
  /// that row by its rowid. The mapping is kept in a table of its own because product's
  /// implicit rowid is not stable (VACUUM may renumber it); FTS5's own rowids are.
  static let v3: [String] = [
    "DROP TRIGGER product_search_insert",
    "DROP TRIGGER product_search_update",
    "DROP TABLE productSearch",
    """
    CREATE VIRTUAL TABLE productSearch USING fts5(
      sku UNINDEXED, name, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')
    """,
    """
    CREATE TABLE productSearchRow (
      sku TEXT NOT NULL PRIMARY KEY COLLATE NOCASE REFERENCES product(sku),
      searchRowid INTEGER NOT NULL UNIQUE
    )
    """,
    """
    INSERT INTO productSearchRow (sku, searchRowid)
    SELECT sku, row_number() OVER (ORDER BY sku) FROM product
    """,
    """
    INSERT INTO productSearch (rowid, sku, name)
    SELECT searchRowid, product.sku, name FROM product JOIN productSearchRow USING (sku)
    """,
    """
    CREATE TRIGGER product_search_insert AFTER INSERT ON product BEGIN
      INSERT INTO productSearchRow (sku, searchRowid)
      VALUES (new.sku, (SELECT coalesce(max(searchRowid), 0) + 1 FROM productSearchRow));
      INSERT INTO productSearch (rowid, sku, name)
      VALUES ((SELECT searchRowid FROM productSearchRow WHERE sku = new.sku), new.sku, new.name);
    END
    """,
    """
    CREATE TRIGGER product_search_update AFTER UPDATE OF name ON product
    WHEN old.name IS NOT new.name BEGIN
      UPDATE productSearch SET name = new.name
      WHERE rowid = (SELECT searchRowid FROM productSearchRow WHERE sku = old.sku);
    END
    """,
  ]
}
