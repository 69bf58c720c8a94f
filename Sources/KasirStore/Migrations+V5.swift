extension Store {
  /// v5: the koperasi's members and their kasbon ledger.
  ///
  /// `kasbonOutstanding` is kept on the member like `onHand` on a product: it always equals the
  /// sum of the member's `kasbonEntry.amount` (purchases add, refunds, voids and settlements
  /// subtract), and the ledger is append-only. A settlement paid in cash is money in the
  /// drawer, so it names the shift it was taken in.
  static let v5: [String] = [
    // What a member-priced line would have cost at the regular price: the receipt shows the
    // member's saving.
    "ALTER TABLE saleLine ADD COLUMN regularPrice INTEGER CHECK (regularPrice >= 0)",
    """
    CREATE TABLE member (
      number TEXT NOT NULL PRIMARY KEY COLLATE NOCASE CHECK (length(number) BETWEEN 1 AND 20),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      phone TEXT,
      nik TEXT UNIQUE CHECK (nik IS NULL OR length(nik) = 16),
      creditLimit INTEGER NOT NULL DEFAULT 0 CHECK (creditLimit >= 0),
      active BOOLEAN NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      kasbonOutstanding INTEGER NOT NULL DEFAULT 0,
      createdAt DATETIME NOT NULL,
      updatedAt DATETIME NOT NULL
    )
    """,
    "CREATE INDEX member_name ON member(name COLLATE NOCASE)",
    """
    CREATE TABLE kasbonEntry (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      memberNumber TEXT NOT NULL REFERENCES member(number),
      at DATETIME NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('purchase', 'refund', 'void', 'settlement')),
      amount INTEGER NOT NULL CHECK (amount != 0),
      balance INTEGER NOT NULL,
      saleId INTEGER REFERENCES sale(id),
      method TEXT CHECK (method IS NULL OR method IN ('cash', 'qris', 'transfer')),
      reference TEXT,
      user TEXT NOT NULL,
      shiftId INTEGER REFERENCES shift(id),
      CHECK ((kind = 'settlement') = (saleId IS NULL)),
      CHECK ((kind = 'settlement') = (method IS NOT NULL)),
      CHECK ((kind = 'purchase') = (amount > 0))
    )
    """,
    "CREATE INDEX kasbonEntry_member ON kasbonEntry(memberNumber, id)",
    "CREATE INDEX kasbonEntry_shift ON kasbonEntry(shiftId) WHERE shiftId IS NOT NULL",
    """
    CREATE TRIGGER kasbonEntry_noUpdate BEFORE UPDATE ON kasbonEntry BEGIN
      SELECT RAISE(ABORT, 'kasbon entries are append-only');
    END
    """,
    """
    CREATE TRIGGER kasbonEntry_noDelete BEFORE DELETE ON kasbonEntry BEGIN
      SELECT RAISE(ABORT, 'kasbon entries are append-only');
    END
    """,
    """
    CREATE TRIGGER member_noDelete BEFORE DELETE ON member BEGIN
      SELECT RAISE(ABORT, 'members are never deleted: deactivate them');
    END
    """,
  ]
}
