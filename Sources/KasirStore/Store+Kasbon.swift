import Foundation
import GRDB
import KasirCore

/// The kasbon ledger: every change of what a member owes is an entry, and the member's
/// `kasbonOutstanding` is the running balance.
extension Store {
  /// Adds `amount` (positive: more owed) to member `number`'s kasbon as one entry.
  /// A purchase beyond the credit limit is `MemberError.creditLimitExceeded`.
  @discardableResult
  static func recordKasbon(
    _ db: Database, number: String, kind: KasbonEntry.Kind, amount: Money, saleId: Int64?,
    method: Payment.Method? = nil, reference: String?, user: String, shiftId: Int64?, at: Date
  ) throws -> KasbonEntry {
    guard var member = try MemberRecord.fetchOne(db, key: number) else {
      throw MemberError.memberNotFound(number: number)
    }
    let outstanding = Money(member.kasbonOutstanding)
    if kind == .purchase, outstanding + amount > Money(member.creditLimit) {
      throw MemberError.creditLimitExceeded(
        limit: Money(member.creditLimit), outstanding: outstanding, requested: amount)
    }
    member.kasbonOutstanding += amount.rupiah
    try member.update(db, columns: ["kasbonOutstanding"])
    var entry = KasbonEntryRecord(
      memberNumber: member.number, at: at, kind: kind.rawValue, amount: amount.rupiah,
      balance: member.kasbonOutstanding, saleId: saleId, method: method?.rawValue,
      reference: reference, user: user, shiftId: shiftId)
    try entry.insert(db)
    return entry.entry
  }

  /// Settles part or all of what member `number` owes, paid with `method` (cash, qris or
  /// transfer). A cash settlement goes into the open shift's drawer; with no shift open it
  /// throws `noOpenShift`, unless `requireOpenShift` is false (`[sale] require_open_shift`):
  /// then it belongs to no shift. With `queueReceipt`, its receipt is queued in the same
  /// transaction.
  public func payKasbon(
    number: String, amount: Money, method: Payment.Method, reference: String? = nil,
    queueReceipt: Bool = false, requireOpenShift: Bool = true, user: String, now: Date
  ) async throws -> (member: Member, entry: KasbonEntry, receiptJob: Int64?) {
    guard method != .kasbon else { throw SaleError.invalidPayment(reason: .unsupportedMethod) }
    return try await writer.write { db in
      let member = try Store.member(db, number: number)
      guard amount > .zero, amount <= member.kasbonOutstanding else {
        throw MemberError.invalidSettlement(amount: amount, outstanding: member.kasbonOutstanding)
      }
      let shift = try ShiftRecord.open(db)
      if method == .cash, shift == nil, requireOpenShift { throw SaleError.noOpenShift }
      let entry = try Store.recordKasbon(
        db, number: member.number, kind: .settlement, amount: -amount, saleId: nil,
        method: method, reference: reference, user: user, shiftId: shift?.id, at: now)
      var job: PrintJob?
      if queueReceipt {
        job = PrintJob(
          kind: .settlement, saleId: nil, reference: member.number, requestedBy: user,
          createdAt: now)
        job?.settlementId = entry.id
        try job?.insert(db)
      }
      return (try Store.member(db, number: member.number), entry, job?.id)
    }
  }

  /// Member `number`'s kasbon entries from `from` up to (not including) `to`, oldest first,
  /// each with the balance after it.
  public func kasbonStatement(number: String, from: Date? = nil, to: Date? = nil) async throws
    -> (member: Member, entries: [KasbonEntry])
  {
    try await writer.read { db in
      let member = try Store.member(db, number: number)
      var request = KasbonEntryRecord.filter(Column("memberNumber") == member.number)
      if let from { request = request.filter(Column("at") >= from) }
      if let to { request = request.filter(Column("at") < to) }
      return (member, try request.order(Column("id")).fetchAll(db).map(\.entry))
    }
  }

  /// What the member owed right after sale `saleId`'s kasbon, or nil when it had none.
  public func kasbonBalance(afterSale saleId: Int64) async throws -> Money? {
    try await writer.read { db in
      try Int64.fetchOne(
        db, sql: "SELECT balance FROM kasbonEntry WHERE saleId = ? AND kind = 'purchase'",
        arguments: [saleId]
      ).map { Money($0) }
    }
  }

  /// A settlement's entry and member, for its receipt.
  public func kasbonSettlement(id: Int64) async throws -> (member: Member, entry: KasbonEntry) {
    try await writer.read { db in
      guard let record = try KasbonEntryRecord.fetchOne(db, key: id),
        record.kind == KasbonEntry.Kind.settlement.rawValue
      else { throw MemberError.memberNotFound(number: "#\(id)") }
      return (try Store.member(db, number: record.memberNumber), record.entry)
    }
  }
}

extension KasbonEntryRecord {
  var entry: KasbonEntry {
    KasbonEntry(
      id: id ?? 0, memberNumber: memberNumber, at: at,
      kind: KasbonEntry.Kind(rawValue: kind) ?? .purchase, amount: Money(amount),
      balance: Money(balance), saleId: saleId, method: method.flatMap(Payment.Method.init),
      reference: reference, user: user)
  }
}
