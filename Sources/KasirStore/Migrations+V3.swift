extension Store {
  /// v3: the print queue also prints a shift's Z report and (for the members' kasbon) the
  /// receipt of a settlement. SQLite cannot change a CHECK, so the table is rebuilt the
  /// documented way (new table, copy, drop, rename) with `shiftId` and `settlementId` columns;
  /// jobs, their ids and states are kept as they were. `settlementId` names a row of a table a
  /// later migration creates, so it has no REFERENCES clause.
  static let v3: [String] = [
    """
    CREATE TABLE printJob_v3 (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL CHECK (kind IN ('receipt', 'copy', 'drawer', 'test', 'zreport', 'settlement')),
      saleId INTEGER REFERENCES sale(id),
      shiftId INTEGER REFERENCES shift(id),
      settlementId INTEGER,
      reference TEXT NOT NULL CHECK (length(reference) BETWEEN 1 AND 80),
      requestedBy TEXT NOT NULL CHECK (length(requestedBy) >= 1),
      state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
      attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      lastError TEXT,
      createdAt DATETIME NOT NULL,
      sentAt DATETIME,
      cupsJobId INTEGER CHECK (cupsJobId > 0),
      CHECK ((kind IN ('receipt', 'copy')) = (saleId IS NOT NULL)),
      CHECK ((kind = 'zreport') = (shiftId IS NOT NULL)),
      CHECK ((kind = 'settlement') = (settlementId IS NOT NULL)),
      CHECK ((state = 'sent') = (sentAt IS NOT NULL AND cupsJobId IS NOT NULL))
    )
    """,
    """
    INSERT INTO printJob_v3 (id, kind, saleId, reference, requestedBy, state, attempts,
      lastError, createdAt, sentAt, cupsJobId)
    SELECT id, kind, saleId, reference, requestedBy, state, attempts, lastError, createdAt,
      sentAt, cupsJobId FROM printJob
    """,
    "DROP TABLE printJob",
    "ALTER TABLE printJob_v3 RENAME TO printJob",
    "CREATE INDEX printJob_state ON printJob(state, id)",
    """
    CREATE TRIGGER printJob_sent BEFORE UPDATE ON printJob
    WHEN old.state = 'sent' BEGIN
      SELECT RAISE(ABORT, 'a sent print job is never changed');
    END
    """,
  ]
}
