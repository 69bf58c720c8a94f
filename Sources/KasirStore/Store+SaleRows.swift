import Foundation
import GRDB
import KasirCore

/// Loading and saving sales inside a transaction.
extension Store {
  /// `writer.write` for the calls of a sale (open, scan, pay), with `BEGIN IMMEDIATE` and
  /// `COMMIT` as cached statements: GRDB's own transaction parses and prepares both on every
  /// call, about a tenth of the CPU time of a Pay. Rolls back on any error.
  func saleWrite<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws
    -> T
  {
    try await writer.writeWithoutTransaction { db in
      try db.cachedStatement(sql: "BEGIN IMMEDIATE TRANSACTION").execute()
      do {
        let result = try body(db)
        try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
        return result
      } catch {
        if db.isInsideTransaction { try? db.rollback() }
        throw error
      }
    }
  }

  static func sales(_ db: Database, _ records: [SaleRecord]) throws -> [Sale] {
    guard !records.isEmpty else { return [] }
    let ids = records.compactMap(\.id)
    var lines = [Int64: [SaleLineRecord]]()
    var payments = [Int64: [PaymentRecord]]()
    let lineRecords = try chunked(ids) {
      try SaleLineRecord.filter($0.contains(Column("saleId"))).fetchAll(db)
    }
    for line in lineRecords { lines[line.saleId, default: []].append(line) }
    let paymentRecords = try chunked(ids) {
      try PaymentRecord.filter($0.contains(Column("saleId"))).fetchAll(db)
    }
    for payment in paymentRecords { payments[payment.saleId, default: []].append(payment) }
    return records.map { $0.sale(lines: lines[$0.id!] ?? [], payments: payments[$0.id!] ?? []) }
  }

  static func sale(_ db: Database, id: Int64) throws -> (SaleRecord, Sale) {
    let statement = try db.cachedStatement(sql: "SELECT * FROM sale WHERE id = ?")
    guard let record = try SaleRecord.fetchOne(statement, arguments: [id]) else {
      throw SaleError.saleNotFound(reference: String(id))
    }
    // One sale (every AddItem and Pay): cached statements rather than `sales`' batches.
    let lines = try db.cachedStatement(sql: "SELECT * FROM saleLine WHERE saleId = ?")
    let payments = try db.cachedStatement(sql: "SELECT * FROM payment WHERE saleId = ?")
    let sale = record.sale(
      lines: try SaleLineRecord.fetchAll(lines, arguments: [id]),
      payments: try PaymentRecord.fetchAll(payments, arguments: [id]))
    return (record, sale)
  }

  /// Writes the lines that changed between `old` and `new` (an open or held sale only).
  static func saveLines(_ db: Database, saleId: Int64, old: [SaleLine], new: [SaleLine]) throws {
    let before = Dictionary(uniqueKeysWithValues: old.map { ($0.lineNo, $0) })
    let after = Set(new.map(\.lineNo))
    for line in old where !after.contains(line.lineNo) {
      try db.cachedStatement(sql: "DELETE FROM saleLine WHERE saleId = ? AND lineNo = ?")
        .execute(arguments: [saleId, line.lineNo])
    }
    for line in new where before[line.lineNo] != line {
      if before[line.lineNo] != nil {
        try db.cachedStatement(sql: "DELETE FROM saleLine WHERE saleId = ? AND lineNo = ?")
          .execute(arguments: [saleId, line.lineNo])
      }
      try insertLine(db, SaleLineRecord(line, saleId: saleId))
    }
  }

  /// One cached statement per kind of row a sale writes, instead of GRDB's generic record
  /// persistence (which encodes the record and builds its SQL on every call): sale calls are
  /// the hot path.
  static func insertLine(_ db: Database, _ line: SaleLineRecord) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO saleLine (saleId, lineNo, sku, name, unit, weighed, quantity, unitPrice,
          priceTier, taxClass, packBarcode, packFactor, discount, regularPrice)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      line.saleId, line.lineNo, line.sku, line.name, line.unit, line.weighed, line.quantity,
      line.unitPrice, line.priceTier, line.taxClass, line.packBarcode, line.packFactor,
      line.discount, line.regularPrice,
    ])
  }

  static func insertPayments(_ db: Database, _ payments: [Payment], saleId: Int64) throws {
    let statement = try db.cachedStatement(
      sql: "INSERT INTO payment (saleId, method, amount, reference) VALUES (?, ?, ?, ?)")
    for payment in payments {
      try statement.execute(arguments: [
        saleId, payment.method.rawValue, payment.amount.rupiah, payment.reference,
      ])
    }
  }

  /// Inserts a new open sale and sets its id.
  static func insertOpenSale(_ db: Database, _ record: inout SaleRecord) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO sale (number, shopDay, dayCounter, state, cashier, memberNumber, saleDiscount,
          rounding, openedAt, shiftId)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      record.number, record.shopDay, record.dayCounter, record.state, record.cashier,
      record.memberNumber, record.saleDiscount, record.rounding,
      StorageTime.databaseValue(record.openedAt), record.shiftId,
    ])
    record.id = db.lastInsertedRowID
  }

  /// The open shift's id: all a sale needs of it (no record of 21 columns decoded).
  static func openShiftId(_ db: Database) throws -> Int64? {
    try Int64.fetchOne(
      db.cachedStatement(sql: "SELECT id FROM shift WHERE state = ? LIMIT 1"),
      arguments: [Shift.State.open.rawValue])
  }

  /// The next sale number of shop day `day` (`20261129-0042`) and its counter.
  static func nextNumber(_ db: Database, day: String) throws -> (String, Int) {
    let last =
      try Int.fetchOne(
        db, sql: "SELECT max(dayCounter) FROM sale WHERE shopDay = ?", arguments: [day]) ?? 0
    return (day + "-" + padded(last + 1, 4), last + 1)
  }

  /// `20261129`: the shop day of `date` in `timeZone`.
  static func shopDay(_ date: Date, in timeZone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return padded(parts.year!, 4) + padded(parts.month!, 2) + padded(parts.day!, 2)
  }

  static func padded(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
