extension Store {
  /// v4: search that stays fast at 50,000 products.
  ///
  /// Renames: in v1 a rename deleted the old entry with `WHERE sku = old.sku`, a column FTS5
  /// cannot index: every rename scanned the whole index (about 40 ms at 50,000 products, so a
  /// 20,000-row import with new names took minutes). Now `productSearchRow` keeps the FTS row
  /// of each product (an INTEGER PRIMARY KEY, which VACUUM keeps, unlike product's implicit
  /// rowid) and a rename updates that row.
  ///
  /// Top matches by name: `productSearchRow` also holds the name, so the best matches of a
  /// word are sorted by a lookup per match instead of a read of the product row, and
  /// `product_sku_name` gives a SKU prefix's matches sorted by name from the index alone.
  static let v4: [String] = [
    "DROP TRIGGER product_search_insert",
    "DROP TRIGGER product_search_update",
    "DROP TABLE productSearch",
    """
    CREATE VIRTUAL TABLE productSearch USING fts5(
      sku UNINDEXED, name, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')
    """,
    """
    CREATE TABLE productSearchRow (
      searchRowid INTEGER PRIMARY KEY,
      sku TEXT NOT NULL UNIQUE COLLATE NOCASE REFERENCES product(sku),
      name TEXT NOT NULL
    )
    """,
    "INSERT INTO productSearchRow (sku, name) SELECT sku, name FROM product ORDER BY sku",
    """
    INSERT INTO productSearch (rowid, sku, name) SELECT searchRowid, sku, name FROM productSearchRow
    """,
    """
    CREATE TRIGGER product_search_insert AFTER INSERT ON product BEGIN
      INSERT INTO productSearchRow (sku, name) VALUES (new.sku, new.name);
      INSERT INTO productSearch (rowid, sku, name)
      VALUES ((SELECT searchRowid FROM productSearchRow WHERE sku = new.sku), new.sku, new.name);
    END
    """,
    """
    CREATE TRIGGER product_search_update AFTER UPDATE OF name ON product
    WHEN old.name IS NOT new.name BEGIN
      UPDATE productSearchRow SET name = new.name WHERE sku = old.sku;
      UPDATE productSearch SET name = new.name
      WHERE rowid = (SELECT searchRowid FROM productSearchRow WHERE sku = old.sku);
    END
    """,
    "CREATE INDEX product_sku_name ON product(sku COLLATE NOCASE, name COLLATE NOCASE)",
  ]
}
