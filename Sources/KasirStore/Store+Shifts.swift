import Foundation
import GRDB
import KasirCore

extension Store {
  /// Opens the till's shift. Only one shift is open at a time.
  public func openShift(openingCash: Money, user: String, now: Date) async throws -> Shift {
    guard openingCash >= .zero else { throw ShiftError.negativeAmount(field: "openingCash") }
    return try await writer.write { db in
      if let open = try ShiftRecord.open(db) {
        throw ShiftError.shiftAlreadyOpen(id: open.id!, openedBy: open.openedBy)
      }
      var record = ShiftRecord(openedBy: user, openingCash: openingCash, openedAt: now)
      try record.insert(db)
      return record.shift
    }
  }

  /// The open shift, if any.
  public func currentShift() async throws -> Shift? {
    try await writer.read { db in try ShiftRecord.open(db)?.shift }
  }

  /// Cash put into (`amount` > 0) or taken out of (`amount` < 0) the drawer.
  /// A zero amount is refused as `ShiftError.negativeAmount(field: "amount")`.
  public func moveCash(amount: Money, reason: String, user: String, now: Date) async throws
    -> Shift
  {
    guard amount != .zero else { throw ShiftError.negativeAmount(field: "amount") }
    return try await writer.write { db in
      guard let shift = try ShiftRecord.open(db) else { throw ShiftError.noOpenShift }
      var movement = CashMovementRecord(
        shiftId: shift.id!, amount: amount.rupiah, reason: reason, user: user, at: now)
      try movement.insert(db)
      return shift.shift
    }
  }

  /// Closes the open shift and returns its Z report (see `ShiftReport` and `report(_:_:)` for
  /// the figures). The difference between counted and expected cash is recorded, never refused.
  /// With `queueReport`, the Z report's print job is stored in the same transaction.
  public func closeShift(
    countedCash: Money, note: String?, queueReport: Bool = false, user: String, now: Date
  ) async throws -> (report: ShiftReport, reportJob: Int64?) {
    guard countedCash >= .zero else { throw ShiftError.negativeAmount(field: "countedCash") }
    return try await writer.write { db in
      guard var record = try ShiftRecord.open(db) else { throw ShiftError.noOpenShift }
      record.state = Shift.State.closed.rawValue
      record.closedBy = user
      record.closedAt = now
      record.countedCash = countedCash.rupiah
      record.note = note
      let report = try Store.report(db, shift: record.shift)
      record.salesCount = report.salesCount
      record.gross = report.gross.rupiah
      record.discounts = report.discounts.rupiah
      record.refunds = report.refunds.rupiah
      record.voids = report.voids.rupiah
      record.cashIn = report.cashIn.rupiah
      record.cashOut = report.cashOut.rupiah
      record.cashTaken = report.cashTaken.rupiah
      record.changeGiven = report.changeGiven.rupiah
      record.cashRefunds = report.cashRefunds.rupiah
      record.expectedCash = report.expectedCash.rupiah
      record.difference = report.difference?.rupiah
      try record.update(db)
      for total in report.byMethod {
        try ShiftPaymentTotalRecord(
          shiftId: record.id!, method: total.method.rawValue, amount: total.amount.rupiah
        ).insert(db)
      }
      guard queueReport else { return (report, nil) }
      var job = PrintJob(
        kind: .zreport, saleId: nil, shiftId: record.id, reference: "shift \(record.id!)",
        requestedBy: user, createdAt: now)
      try job.insert(db)
      return (report, job.id)
    }
  }

  /// The figures of a shift, from its sales and cash movements:
  /// - sales (`salesCount`, `gross`, `discounts`) are the completed and voided sales that are
  ///   not refunds; `gross` is the sum of quantity × unit price of their lines, `discounts` their
  ///   line and sale discounts, so gross − discounts is what they came to (before rounding);
  /// - `voids` is the total of the voided ones, `refunds` the total of completed refund sales;
  /// - `byMethod` (cash net of change), `cashTaken` and `changeGiven` come from the completed
  ///   sales' payments,
  ///   `cashRefunds` from the refunds' cash payments; cash in/out from cash movements, and
  ///   kasbon settled in cash counts as cash in.
  static func report(_ db: Database, shift: Shift) throws -> ShiftReport {
    let records = try SaleRecord.filter(Column("shiftId") == shift.id)
      .filter(["completed", "voided"].contains(Column("state")))
      .order(Column("id")).fetchAll(db)
    let sales = try Store.sales(db, records)
    let sold = sales.filter { $0.refundOf == nil }
    let completed = sold.filter { $0.state == .completed }
    let refunds = sales.filter { $0.refundOf != nil && $0.state == .completed }
    func sum(_ values: [Money]) -> Money { values.reduce(.zero, +) }
    let gross = sum(sold.flatMap(\.lines).map { $0.quantity.amount(at: $0.unitPrice) })
    let changeGiven = sum(completed.map(\.change))
    var byMethod = [ShiftReport.MethodTotal]()
    for method in Payment.Method.allCases {
      // What each method brought in: cash net of the change handed back.
      let amount =
        sum(completed.flatMap(\.payments).filter { $0.method == method }.map(\.amount))
        - (method == .cash ? changeGiven : .zero)
      if amount != .zero { byMethod.append(.init(method: method, amount: amount)) }
    }
    // Kasbon settled in cash is cash put into the drawer: it counts as cash in.
    let cash = try Int64.fetchAll(
      db,
      sql: """
        SELECT amount FROM cashMovement WHERE shiftId = ?
        UNION ALL
        SELECT -amount FROM kasbonEntry
        WHERE shiftId = ? AND kind = 'settlement' AND method = 'cash'
        """, arguments: [shift.id, shift.id])
    return ShiftReport(
      shift: shift, salesCount: sold.count, gross: gross, discounts: sum(sold.map(\.discount)),
      refunds: sum(refunds.map(\.total)),
      voids: sum(sold.filter { $0.state == .voided }.map(\.total)), byMethod: byMethod,
      cashIn: Money(cash.filter { $0 > 0 }.reduce(0, +)),
      cashOut: Money(-cash.filter { $0 < 0 }.reduce(0, +)),
      cashTaken: sum(completed.map(\.cashPaid)), changeGiven: changeGiven,
      cashRefunds: sum(refunds.map(\.cashPaid)))
  }
}
