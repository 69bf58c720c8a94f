extension Store {
  /// v2: the durable print queue. A job names what to print (a sale, or nothing for a drawer
  /// kick); the bytes are rendered from the stored sale when the job is sent.
  static let v2: [String] = [
    """
    CREATE TABLE printJob (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL CHECK (kind IN ('receipt', 'copy', 'drawer', 'test')),
      saleId INTEGER REFERENCES sale(id),
      reference TEXT NOT NULL CHECK (length(reference) BETWEEN 1 AND 80),
      requestedBy TEXT NOT NULL CHECK (length(requestedBy) >= 1),
      state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
      attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      lastError TEXT,
      createdAt DATETIME NOT NULL,
      sentAt DATETIME,
      cupsJobId INTEGER CHECK (cupsJobId > 0),
      CHECK ((kind IN ('receipt', 'copy')) = (saleId IS NOT NULL)),
      CHECK ((state = 'sent') = (sentAt IS NOT NULL AND cupsJobId IS NOT NULL))
    )
    """,
    "CREATE INDEX printJob_state ON printJob(state, id)",
    // A sent job stays sent: printing it again is a new job (a copy).
    """
    CREATE TRIGGER printJob_sent BEFORE UPDATE ON printJob
    WHEN old.state = 'sent' BEGIN
      SELECT RAISE(ABORT, 'a sent print job is never changed');
    END
    """,
  ]
}
