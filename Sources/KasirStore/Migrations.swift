import GRDB

extension Store {
  /// The schema. A migration never changes once it has shipped: add a new one instead.
  ///
  /// Money is integer rupiah and quantities are integer thousandths (never REAL); dates are
  /// stored the way GRDB stores `Date` (UTC text, `YYYY-MM-DD HH:MM:SS.SSS`), so they sort.
  /// Facts are append-only: triggers refuse to delete or rewrite movements, payments and
  /// finished sales.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      for statement in v1 { try db.execute(sql: statement) }
    }
    migrator.registerMigration("v2") { db in
      for statement in v2 { try db.execute(sql: statement) }
    }
    migrator.registerMigration("v3") { db in
      for statement in v3 { try db.execute(sql: statement) }
    }
    migrator.registerMigration("v4") { db in
      for statement in v4 { try db.execute(sql: statement) }
    }
    migrator.registerMigration("v5") { db in
      for statement in v5 { try db.execute(sql: statement) }
    }
    migrator.registerMigration("v6") { db in
      for statement in v6 { try db.execute(sql: statement) }
    }
    return migrator
  }

  private static let v1: [String] = catalog + stock + shifts + sales + appendOnly

  private static let catalog = [
    """
    CREATE TABLE product (
      sku TEXT NOT NULL PRIMARY KEY COLLATE NOCASE CHECK (length(sku) BETWEEN 1 AND 40),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      unit TEXT NOT NULL CHECK (length(unit) BETWEEN 1 AND 12),
      weighed BOOLEAN NOT NULL DEFAULT 0 CHECK (weighed IN (0, 1)),
      plu TEXT UNIQUE CHECK (plu IS NULL OR length(plu) = 5),
      price INTEGER NOT NULL CHECK (price >= 0),
      memberPrice INTEGER CHECK (memberPrice >= 0),
      priceCap INTEGER CHECK (priceCap > 0),
      maxPerSale INTEGER CHECK (maxPerSale > 0),
      taxClass TEXT NOT NULL,
      reorderLevel INTEGER CHECK (reorderLevel >= 0),
      active BOOLEAN NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      onHand INTEGER NOT NULL DEFAULT 0,
      createdAt DATETIME NOT NULL,
      updatedAt DATETIME NOT NULL
    )
    """,
    "CREATE INDEX product_name ON product(name COLLATE NOCASE)",
    // A code belongs to one product only: product barcodes and pack barcodes share this table.
    """
    CREATE TABLE barcode (
      code TEXT NOT NULL PRIMARY KEY,
      sku TEXT NOT NULL REFERENCES product(sku) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      packName TEXT,
      packFactor INTEGER,
      packPrice INTEGER,
      CHECK (
        (packName IS NULL AND packFactor IS NULL AND packPrice IS NULL)
        OR (packName IS NOT NULL AND packFactor > 1 AND packPrice >= 0))
    )
    """,
    "CREATE INDEX barcode_sku ON barcode(sku)",
    // `applied` is 0 while a scheduled change waits for its `effectiveAt`.
    """
    CREATE TABLE priceChange (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      sku TEXT NOT NULL REFERENCES product(sku),
      price INTEGER NOT NULL CHECK (price >= 0),
      memberPrice INTEGER CHECK (memberPrice >= 0),
      previousPrice INTEGER,
      effectiveAt DATETIME NOT NULL,
      changedAt DATETIME NOT NULL,
      user TEXT NOT NULL,
      reason TEXT,
      applied BOOLEAN NOT NULL DEFAULT 1 CHECK (applied IN (0, 1))
    )
    """,
    "CREATE INDEX priceChange_sku ON priceChange(sku, effectiveAt)",
    "CREATE INDEX priceChange_pending ON priceChange(effectiveAt) WHERE applied = 0",
    // Name search: each query word is a prefix of a word of the name (FTS5, diacritics folded).
    """
    CREATE VIRTUAL TABLE productSearch USING fts5(
      sku UNINDEXED, name, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')
    """,
    """
    CREATE TRIGGER product_search_insert AFTER INSERT ON product BEGIN
      INSERT INTO productSearch(sku, name) VALUES (new.sku, new.name);
    END
    """,
    """
    CREATE TRIGGER product_search_update AFTER UPDATE OF name ON product
    WHEN old.name IS NOT new.name BEGIN
      DELETE FROM productSearch WHERE sku = old.sku;
      INSERT INTO productSearch(sku, name) VALUES (new.sku, new.name);
    END
    """,
  ]

  private static let stock = [
    """
    CREATE TABLE receiving (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      supplier TEXT,
      reference TEXT,
      user TEXT NOT NULL,
      at DATETIME NOT NULL
    )
    """,
    """
    CREATE TABLE receivingLine (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      receivingId INTEGER NOT NULL REFERENCES receiving(id),
      lineNo INTEGER NOT NULL,
      code TEXT NOT NULL,
      sku TEXT NOT NULL REFERENCES product(sku),
      quantity INTEGER NOT NULL CHECK (quantity > 0),
      packFactor INTEGER CHECK (packFactor > 1),
      unitCost INTEGER CHECK (unitCost >= 0),
      UNIQUE (receivingId, lineNo)
    )
    """,
    """
    CREATE TABLE stockMovement (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at DATETIME NOT NULL,
      sku TEXT NOT NULL REFERENCES product(sku),
      delta INTEGER NOT NULL,
      balance INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('sale', 'refund', 'void', 'receiving', 'adjustment')),
      reference TEXT NOT NULL,
      user TEXT NOT NULL,
      reason TEXT,
      note TEXT,
      saleId INTEGER REFERENCES sale(id),
      receivingId INTEGER REFERENCES receiving(id)
    )
    """,
    "CREATE INDEX stockMovement_sku ON stockMovement(sku, at)",
    "CREATE INDEX stockMovement_at ON stockMovement(at)",
    "CREATE INDEX stockMovement_saleId ON stockMovement(saleId) WHERE saleId IS NOT NULL",
    """
    CREATE INDEX stockMovement_receivingId ON stockMovement(receivingId)
    WHERE receivingId IS NOT NULL
    """,
  ]

  private static let shifts = [
    // Totals are stored when the shift closes, so the Z report can be reprinted as it was.
    """
    CREATE TABLE shift (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
      openedBy TEXT NOT NULL,
      openingCash INTEGER NOT NULL CHECK (openingCash >= 0),
      openedAt DATETIME NOT NULL,
      closedBy TEXT,
      closedAt DATETIME,
      countedCash INTEGER CHECK (countedCash >= 0),
      note TEXT,
      salesCount INTEGER,
      gross INTEGER,
      discounts INTEGER,
      refunds INTEGER,
      voids INTEGER,
      cashIn INTEGER,
      cashOut INTEGER,
      cashTaken INTEGER,
      changeGiven INTEGER,
      cashRefunds INTEGER,
      expectedCash INTEGER,
      difference INTEGER,
      CHECK ((state = 'open') = (closedAt IS NULL)),
      CHECK (state = 'open' OR (closedBy IS NOT NULL AND countedCash IS NOT NULL))
    )
    """,
    // One open shift per till (per database).
    "CREATE UNIQUE INDEX shift_oneOpen ON shift(state) WHERE state = 'open'",
    """
    CREATE TABLE shiftPaymentTotal (
      shiftId INTEGER NOT NULL REFERENCES shift(id),
      method TEXT NOT NULL CHECK (method IN ('cash', 'qris', 'transfer', 'kasbon')),
      amount INTEGER NOT NULL,
      PRIMARY KEY (shiftId, method)
    )
    """,
    """
    CREATE TABLE cashMovement (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      shiftId INTEGER NOT NULL REFERENCES shift(id),
      amount INTEGER NOT NULL CHECK (amount <> 0),
      reason TEXT NOT NULL,
      user TEXT NOT NULL,
      at DATETIME NOT NULL
    )
    """,
    "CREATE INDEX cashMovement_shiftId ON cashMovement(shiftId)",
  ]

  private static let sales = [
    """
    CREATE TABLE sale (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      number TEXT NOT NULL UNIQUE,
      shopDay TEXT NOT NULL CHECK (length(shopDay) = 8),
      dayCounter INTEGER NOT NULL CHECK (dayCounter > 0),
      state TEXT NOT NULL
        CHECK (state IN ('open', 'held', 'completed', 'cancelled', 'voided')),
      cashier TEXT NOT NULL,
      memberNumber TEXT,
      saleDiscount INTEGER NOT NULL DEFAULT 0 CHECK (saleDiscount >= 0),
      rounding INTEGER NOT NULL DEFAULT 0,
      total INTEGER,
      openedAt DATETIME NOT NULL,
      completedAt DATETIME,
      completedBy TEXT,
      refundOf TEXT REFERENCES sale(number),
      shiftId INTEGER REFERENCES shift(id),
      reason TEXT,
      endedBy TEXT,
      endedAt DATETIME,
      UNIQUE (shopDay, dayCounter),
      CHECK ((state IN ('completed', 'voided')) = (completedAt IS NOT NULL))
    )
    """,
    "CREATE INDEX sale_state ON sale(state) WHERE state IN ('open', 'held')",
    "CREATE INDEX sale_shiftId ON sale(shiftId)",
    "CREATE INDEX sale_completedAt ON sale(completedAt)",
    "CREATE INDEX sale_memberNumber ON sale(memberNumber) WHERE memberNumber IS NOT NULL",
    "CREATE INDEX sale_refundOf ON sale(refundOf) WHERE refundOf IS NOT NULL",
    """
    CREATE TABLE saleLine (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      saleId INTEGER NOT NULL REFERENCES sale(id),
      lineNo INTEGER NOT NULL CHECK (lineNo > 0),
      sku TEXT NOT NULL REFERENCES product(sku),
      name TEXT NOT NULL,
      unit TEXT NOT NULL,
      weighed BOOLEAN NOT NULL CHECK (weighed IN (0, 1)),
      quantity INTEGER NOT NULL CHECK (quantity > 0),
      unitPrice INTEGER NOT NULL CHECK (unitPrice >= 0),
      priceTier TEXT NOT NULL CHECK (priceTier IN ('regular', 'member', 'pack')),
      taxClass TEXT NOT NULL,
      packBarcode TEXT,
      packFactor INTEGER CHECK (packFactor > 1),
      discount INTEGER NOT NULL DEFAULT 0 CHECK (discount >= 0),
      UNIQUE (saleId, lineNo),
      CHECK ((packBarcode IS NULL) = (packFactor IS NULL))
    )
    """,
    "CREATE INDEX saleLine_sku ON saleLine(sku)",
    """
    CREATE TABLE payment (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      saleId INTEGER NOT NULL REFERENCES sale(id),
      method TEXT NOT NULL CHECK (method IN ('cash', 'qris', 'transfer', 'kasbon')),
      amount INTEGER NOT NULL CHECK (amount > 0),
      reference TEXT
    )
    """,
    "CREATE INDEX payment_saleId ON payment(saleId)",
  ]

  /// Movements and payments are never rewritten or deleted; nor is a sale, and once it is
  /// finished (completed, cancelled, voided) only the completed → voided transition remains;
  /// its lines are frozen with it.
  private static let appendOnly = [
    """
    CREATE TRIGGER stockMovement_noUpdate BEFORE UPDATE ON stockMovement BEGIN
      SELECT RAISE(ABORT, 'stock movements are append-only');
    END
    """,
    """
    CREATE TRIGGER stockMovement_noDelete BEFORE DELETE ON stockMovement BEGIN
      SELECT RAISE(ABORT, 'stock movements are append-only');
    END
    """,
    """
    CREATE TRIGGER payment_noUpdate BEFORE UPDATE ON payment BEGIN
      SELECT RAISE(ABORT, 'payments are append-only');
    END
    """,
    """
    CREATE TRIGGER payment_noDelete BEFORE DELETE ON payment BEGIN
      SELECT RAISE(ABORT, 'payments are append-only');
    END
    """,
    """
    CREATE TRIGGER sale_noDelete BEFORE DELETE ON sale BEGIN
      SELECT RAISE(ABORT, 'sales are never deleted');
    END
    """,
    """
    CREATE TRIGGER sale_finished BEFORE UPDATE ON sale
    WHEN old.state IN ('completed', 'cancelled', 'voided')
      AND NOT (old.state = 'completed' AND new.state = 'voided') BEGIN
      SELECT RAISE(ABORT, 'a finished sale is never edited');
    END
    """,
    """
    CREATE TRIGGER saleLine_frozenUpdate BEFORE UPDATE ON saleLine
    WHEN (SELECT state FROM sale WHERE id = old.saleId) NOT IN ('open', 'held') BEGIN
      SELECT RAISE(ABORT, 'the lines of a finished sale are never edited');
    END
    """,
    """
    CREATE TRIGGER saleLine_frozenDelete BEFORE DELETE ON saleLine
    WHEN (SELECT state FROM sale WHERE id = old.saleId) NOT IN ('open', 'held') BEGIN
      SELECT RAISE(ABORT, 'the lines of a finished sale are never edited');
    END
    """,
    """
    CREATE TRIGGER saleLine_frozenInsert BEFORE INSERT ON saleLine
    WHEN (SELECT state FROM sale WHERE id = new.saleId) NOT IN ('open', 'held') BEGIN
      SELECT RAISE(ABORT, 'the lines of a finished sale are never edited');
    END
    """,
  ]
}
