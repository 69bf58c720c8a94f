/// The SQL that fills a migrated, seeded kasird database with a year of a busy shop, run by
/// the `sqlite3` shell in one transaction: `sales` sales over the 365 days of 2025 (one closed
/// shift a day, 08:01–19:25 WITA), five lines each, one payment each. Every fifth sale is a
/// member's, every 50th is voided, every 40th refunds the sale before it (the same lines),
/// a quarter are paid by QRIS. Sales are inserted open, their lines added, then they are
/// completed with their totals, as the store's triggers require.
enum ExportYearData {
  static let year = 2025
  static let days = 365
  static let linesPerSale = 5
  static let members = 200

  static func sql(sales: Int) -> String {
    let perDay = (sales + days - 1) / days
    let lineNumbers = (1...linesPerSale).map { "SELECT \($0) AS n" }.joined(
      separator: " UNION ALL ")
    return """
      .bail on
      BEGIN;
      CREATE TEMP TABLE p AS
        SELECT row_number() OVER (ORDER BY sku) - 1 AS k, sku, name, unit, weighed, price, taxClass
        FROM product WHERE active;
      CREATE TEMP TABLE g (
        i INTEGER PRIMARY KEY, base INTEGER, day INTEGER, counter INTEGER, kind TEXT, at TEXT,
        number TEXT);
      INSERT INTO g
        WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < \(sales - 1))
        SELECT i, i, i / \(perDay), i % \(perDay) + 1,
          CASE WHEN i % 50 = 7 THEN 'void'
            WHEN i % 40 = 3 AND (i - 1) % 50 <> 7 THEN 'refund' ELSE 'sale' END,
          strftime('%Y-%m-%d %H:%M:%f', '\(year)-01-01', '+' || (i / \(perDay)) || ' days',
            '+' || ((i % \(perDay)) * 100 + 60) || ' seconds'),
          NULL
        FROM n;
      UPDATE g SET base = i - 1 WHERE kind = 'refund';
      UPDATE g SET number = strftime('%Y%m%d', at, '+8 hours') || '-' || printf('%04d', counter);
      INSERT INTO member (number, name, createdAt, updatedAt)
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(members))
        SELECT printf('A%04d', i), 'Anggota ' || i, '\(year - 1)-12-01 00:00:00.000',
          '\(year - 1)-12-01 00:00:00.000'
        FROM n;
      INSERT INTO shift (id, state, openedBy, openingCash, openedAt, closedBy, closedAt, countedCash)
        WITH RECURSIVE d(day) AS (SELECT 0 UNION ALL SELECT day + 1 FROM d WHERE day < \(days - 1))
        SELECT day + 1, 'closed', 'siti', 200000,
          strftime('%Y-%m-%d %H:%M:%f', '\(year)-01-01', '+' || day || ' days'),
          'siti', strftime('%Y-%m-%d %H:%M:%f', '\(year)-01-01', '+' || day || ' days', '+12 hours'),
          200000
        FROM d;
      INSERT INTO sale (id, number, shopDay, dayCounter, state, cashier, memberNumber, openedAt,
          shiftId, refundOf)
        SELECT g.i + 1, g.number, substr(g.number, 1, 8), g.counter, 'open',
          CASE g.i % 3 WHEN 0 THEN 'siti' WHEN 1 THEN 'budi' ELSE 'ani' END,
          CASE WHEN g.base % 5 = 0 THEN printf('A%04d', g.base % \(members) + 1) END,
          g.at, g.day + 1, CASE WHEN g.kind = 'refund' THEN b.number END
        FROM g LEFT JOIN g AS b ON b.i = g.base ORDER BY g.i;
      INSERT INTO saleLine (saleId, lineNo, sku, name, unit, weighed, quantity, unitPrice,
          priceTier, taxClass, discount)
        SELECT g.i + 1, l.n, p.sku, p.name, p.unit, p.weighed,
          CASE WHEN p.weighed THEN 500 * (1 + (g.base + l.n) % 4)
            ELSE 1000 * (1 + (g.base + l.n) % 3) END,
          p.price, 'regular', p.taxClass,
          CASE WHEN (g.base + l.n) % 17 = 0 AND p.price >= 2000 THEN 500 ELSE 0 END
        FROM g JOIN (\(lineNumbers)) AS l
          JOIN p ON p.k = (g.base * 7 + l.n * 3) % (SELECT count(*) FROM p)
        ORDER BY g.i, l.n;
      UPDATE sale SET
        total = (SELECT sum(l.quantity * l.unitPrice / 1000 - l.discount)
          FROM saleLine l WHERE l.saleId = sale.id),
        completedAt = strftime('%Y-%m-%d %H:%M:%f', openedAt, '+50 seconds'),
        completedBy = cashier,
        state = CASE WHEN g.kind = 'void' THEN 'voided' ELSE 'completed' END,
        reason = CASE WHEN g.kind = 'void' THEN 'salah input' END,
        endedBy = CASE WHEN g.kind = 'void' THEN 'manajer' END,
        endedAt = CASE WHEN g.kind = 'void'
          THEN strftime('%Y-%m-%d %H:%M:%f', openedAt, '+90 seconds') END
        FROM g WHERE g.i + 1 = sale.id;
      INSERT INTO payment (saleId, method, amount, reference)
        SELECT id, CASE WHEN id % 4 = 2 THEN 'qris' ELSE 'cash' END, total,
          CASE WHEN id % 4 = 2 THEN 'QR' || id END
        FROM sale WHERE shiftId IS NOT NULL ORDER BY id;
      COMMIT;
      PRAGMA wal_checkpoint(TRUNCATE);
      """
  }
}
