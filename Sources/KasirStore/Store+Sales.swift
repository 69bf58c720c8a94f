import Foundation
import GRDB
import KasirCore

extension Store {
  /// Starts a sale in the open shift. Its number is `YYYYMMDD-NNNN`: the shop day in the
  /// store's time zone and a counter that starts at 1 each shop day. A member must exist and
  /// be active. Without an open shift it throws `noOpenShift`, unless `requireOpenShift` is
  /// false (`[sale] require_open_shift`): then the sale belongs to no shift.
  public func openSale(
    cashier: String, memberNumber: String?, requireOpenShift: Bool = true, now: Date
  ) async throws -> Sale {
    let day = Store.shopDay(now, in: timeZone)
    return try await saleWrite { db in
      let shiftId = try Store.openShiftId(db)
      if shiftId == nil, requireOpenShift { throw SaleError.noOpenShift }
      let member = try memberNumber.map { try Store.activeMember(db, number: $0) }
      let (number, counter) = try Store.nextNumber(db, day: day)
      var record = SaleRecord(
        number: number, shopDay: day, dayCounter: counter,
        state: Sale.State.open.rawValue, cashier: cashier, memberNumber: member?.number,
        saleDiscount: 0, rounding: 0, openedAt: now, shiftId: shiftId)
      try Store.insertOpenSale(db, &record)
      return record.sale(lines: [], payments: [])
    }
  }

  /// Adds what `code` stands for: `quantity`, else the quantity on a scale label, else 1.
  /// A repeated scan joins its line. Durable before it returns.
  public func addItem(
    saleId: Int64, code: String, quantity: Quantity?, user: String, now: Date
  ) async throws -> (sale: Sale, lineNo: Int) {
    let scale = self.scale
    return try await saleWrite { db in
      try Store.applyDuePrices(db, now: now)
      var (_, sale) = try Store.sale(db, id: saleId)
      try sale.requireState(.open)
      let old = sale.lines
      let resolved = try Store.resolve(db, code: code, scale: scale, now: now)
      let lineNo = try sale.add(
        resolved.product, quantity: quantity ?? resolved.quantity ?? .one, pack: resolved.pack,
        memberPricing: sale.memberNumber != nil)
      try Store.saveLines(db, saleId: saleId, old: old, new: sale.lines)
      return (sale, lineNo)
    }
  }

  public func sale(id: Int64) async throws -> Sale {
    try await writer.read { db in try Store.sale(db, id: id).1 }
  }

  public func sale(number: String) async throws -> Sale {
    try await writer.read { db in
      guard let record = try SaleRecord.filter(Column("number") == number).fetchOne(db) else {
        throw SaleError.saleNotFound(reference: number)
      }
      return try Store.sales(db, [record])[0]
    }
  }

  /// Open and held sales, oldest first.
  public func openSales() async throws -> [Sale] {
    try await writer.read { db in
      try Store.sales(
        db,
        SaleRecord.filter(["open", "held"].contains(Column("state"))).order(Column("id"))
          .fetchAll(db))
    }
  }

  /// Completes a sale: in one transaction its payments, its state and one stock movement per
  /// line (kind `sale`, reference the sale number). Stock may go negative. The sale is counted
  /// in the shift open now (the drawer that takes the money); with no shift open it throws
  /// `noOpenShift`, unless `requireOpenShift` is false: then it belongs to no shift (it counts
  /// in the day's summary and exports, in no Z report).
  /// `cashRoundingStep` (rupiah, 0 = off) rounds all-cash totals (see `Sale.pay`).
  /// With `queueReceipt`, the receipt's print job is stored in the same transaction.
  public func pay(
    saleId: Int64, payments: [Payment], cashRoundingStep: Money = .zero, queueReceipt: Bool = false,
    requireOpenShift: Bool = true, user: String, now: Date
  ) async throws -> (sale: Sale, change: Money, receiptJob: Int64?) {
    // Every statement here is a cached one with its own SQL, and `now` is formatted once
    // (`StorageTime`): GRDB's generic record insert and update (encoding each record, building
    // its SQL, writing every column of `sale`) took two thirds of this transaction's time.
    try await saleWrite { db in
      var (_, sale) = try Store.sale(db, id: saleId)
      let shiftId = try Store.openShiftId(db)
      if shiftId == nil, requireOpenShift { throw SaleError.noOpenShift }
      let change = try sale.pay(payments, at: now, cashRoundingStep: cashRoundingStep)
      sale.shiftId = shiftId
      let at = StorageTime.databaseValue(now)
      try Store.insertPayments(db, payments, saleId: saleId)
      for line in sale.lines {
        try Store.appendMovement(
          db, sku: line.sku, delta: -line.baseQuantity, kind: .sale, reference: sale.number,
          user: user, at: at, saleId: saleId)
      }
      try db.cachedStatement(
        sql: """
          UPDATE sale SET state = ?, completedAt = ?, completedBy = ?, total = ?, rounding = ?,
            shiftId = ?
          WHERE id = ?
          """
      ).execute(arguments: [
        Sale.State.completed.rawValue, at, user, sale.total.rupiah, sale.rounding.rupiah, shiftId,
        saleId,
      ])
      if let member = sale.memberNumber, sale.kasbonPaid > .zero {
        try Store.recordKasbon(
          db, number: member, kind: .purchase, amount: sale.kasbonPaid, saleId: saleId,
          reference: sale.number, user: user, shiftId: shiftId, at: now)
      }
      let job =
        queueReceipt
        ? try Store.enqueue(
          db, kind: .receipt, saleId: saleId, reference: sale.number, requestedBy: user, now: now)
        : nil
      return (sale, change, job?.id)
    }
  }
}
