import Foundation

/// The floor for `Sale.Pay (5 lines)`: the rows a cash Pay of a 5-line sale writes, in one
/// transaction through SQLite's C API — no GRDB, no JSON, no socket, no thread hop. It runs
/// on a database kasird itself created and seeded (the same schema, indexes, triggers and
/// foreign keys), opened with kasird's PRAGMAs (WAL, `synchronous = FULL`), so a commit
/// costs the same fsync.
///
/// What is written, as `Store.pay` writes it for the benchmark's kasird (which has no printer,
/// so neither queues a receipt): one `payment`; per line, `product.onHand` (with `RETURNING`
/// for the balance) and one `stockMovement`; the `sale` row completed. The sale and its five
/// lines are written before the clock starts, in a transaction of their own (as the
/// benchmark's `Sale.Open+5×AddItem` builds the sale it pays).
enum BarePay {
  static let metric = "bare SQLite Pay (5 lines)"

  static func scenario(kasird: String, config: String, seed: String, directory: String) throws
    -> Scenario
  {
    let folder = directory + "/bare"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let seeded = try Daemon(executable: kasird, config: config, seed: seed, directory: folder)
    guard seeded.stop() == 0 else { throw BenchError("kasird failed: \(seeded.logText)") }
    let database = try BareSQLite(path: folder + "/kasir.sqlite")
    let skus = try database.texts(
      "SELECT sku FROM barcode WHERE code IN ("
        + Scenarios.pieceBarcodes.map { "'\($0)'" }.joined(separator: ", ") + ") ORDER BY code")
    guard skus.count >= 5 else { throw BenchError("bare Pay: the demo catalog lacks products") }
    let statements = try Statements(database)
    try statements.openShift.run([.text(timestamp())])
    let shiftId = database.lastInsertRowID
    var sales = 0
    return Scenario(metrics: [metric], isRoundTrip: false, divisor: 5) {
      sales += 1
      let now = timestamp()
      let number = "BARE-\(sales)"
      let lines = (0..<5).map { skus[(sales + $0) % skus.count] }
      try database.execute("BEGIN IMMEDIATE")
      try statements.openSale.run([
        .text(number), .int(Int64(sales)), .text(now), .int(shiftId),
      ])
      let saleId = database.lastInsertRowID
      for (index, sku) in lines.enumerated() {
        try statements.addLine.run([.int(saleId), .int(Int64(index + 1)), .text(sku)])
      }
      try database.execute("COMMIT")

      let start = Stopwatch.now()
      try database.execute("BEGIN IMMEDIATE")
      try statements.payment.run([.int(saleId), .int(25_000)])
      for sku in lines {
        guard let balance = try statements.onHand.run([.int(-1000), .text(sku)]) else {
          throw BenchError("bare Pay: no product \(sku)")
        }
        try statements.movement.run([
          .text(now), .text(sku), .int(-1000), .int(balance), .text(number), .int(saleId),
        ])
      }
      try statements.complete.run([.text(now), .int(25_000), .int(shiftId), .int(saleId)])
      try database.execute("COMMIT")
      return [Stopwatch.now() - start]
    }
  }

  /// Every statement, prepared once.
  private struct Statements {
    var openShift: BareSQLite.Statement
    var openSale: BareSQLite.Statement
    var addLine: BareSQLite.Statement
    var payment: BareSQLite.Statement
    var onHand: BareSQLite.Statement
    var movement: BareSQLite.Statement
    var complete: BareSQLite.Statement

    init(_ database: BareSQLite) throws {
      openShift = try database.prepare(
        "INSERT INTO shift (state, openedBy, openingCash, openedAt) VALUES ('open', 'bench', 0, ?)")
      openSale = try database.prepare(
        """
        INSERT INTO sale (number, shopDay, dayCounter, state, cashier, openedAt, shiftId)
        VALUES (?, '20991231', ?, 'open', 'bench', ?, ?)
        """)
      addLine = try database.prepare(
        """
        INSERT INTO saleLine (saleId, lineNo, sku, name, unit, weighed, quantity, unitPrice,
          priceTier, taxClass)
        VALUES (?, ?, ?, 'Barang', 'pcs', 0, 1000, 5000, 'regular', 'exempt')
        """)
      payment = try database.prepare(
        "INSERT INTO payment (saleId, method, amount) VALUES (?, 'cash', ?)")
      onHand = try database.prepare(
        "UPDATE product SET onHand = onHand + ? WHERE sku = ? RETURNING onHand")
      movement = try database.prepare(
        """
        INSERT INTO stockMovement (at, sku, delta, balance, kind, reference, user, saleId)
        VALUES (?, ?, ?, ?, 'sale', ?, 'bench', ?)
        """)
      complete = try database.prepare(
        """
        UPDATE sale SET state = 'completed', completedAt = ?, completedBy = 'bench', total = ?,
          rounding = 0, shiftId = ?
        WHERE id = ?
        """)
    }
  }

  /// Now as GRDB stores a `Date`: `yyyy-MM-dd HH:mm:ss.SSS` in UTC.
  private static func timestamp() -> String {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    var time = now.tv_sec
    var parts = tm()
    gmtime_r(&time, &parts)
    return String(
      format: "%04d-%02d-%02d %02d:%02d:%02d.%03d", parts.tm_year + 1900, parts.tm_mon + 1,
      parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec, now.tv_nsec / 1_000_000)
  }
}
