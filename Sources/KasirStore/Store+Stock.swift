import Foundation
import GRDB
import KasirCore

extension Store {
  /// The stock of the product that `code` stands for.
  public func stockLevel(code: String) async throws -> StockLevel {
    let scale = self.scale
    return try await writer.read { db in
      try Store.lookUp(db, code: code, scale: scale).0.stockLevel
    }
  }

  /// Stock levels sorted by name: all products, or those matching `query` (as
  /// `searchProducts`); with `lowOnly`, only negative stock or at/below the reorder level.
  public func stockLevels(query: String?, lowOnly: Bool) async throws -> [StockLevel] {
    try await writer.read { db in
      let records: [ProductRecord]
      if let query, !query.trimmingCharacters(in: .whitespaces).isEmpty {
        records = try Store.search(db, query: query, lowOnly: lowOnly)
      } else {
        let filter = lowOnly ? "WHERE \(Store.lowCondition)" : ""
        records = try ProductRecord.fetchAll(
          db, sql: "SELECT * FROM product \(filter) ORDER BY name COLLATE NOCASE, sku")
      }
      return records.map(\.stockLevel)
    }
  }

  /// Goods in. Each line's code is a SKU, a barcode or a pack barcode (a pack counts `factor`
  /// base units); one movement per line, referenced by `reference` or `RCV-<id>`.
  /// All or nothing: one bad line refuses the whole delivery.
  public func receive(
    supplier: String?, reference: String?, lines: [Receiving.Line], user: String, now: Date
  ) async throws -> Receiving {
    guard !lines.isEmpty else { throw StockError.emptyReceiving }
    let scale = self.scale
    return try await writer.write { db in
      var receiving = ReceivingRecord(supplier: supplier, reference: reference, user: user, at: now)
      try receiving.insert(db)
      let id = receiving.id!
      let movementReference = reference ?? "RCV-\(id)"
      var stored = [Receiving.Line]()
      var movements = [Movement]()
      for (index, line) in lines.enumerated() {
        let resolved = try Store.resolve(db, code: line.code, scale: scale, now: nil)
        let product = resolved.product
        guard line.quantity > .zero else {
          throw StockError.invalidQuantity(code: line.code, reason: .notPositive)
        }
        guard line.quantity.isWhole || (product.weighed && resolved.pack == nil) else {
          throw StockError.invalidQuantity(code: line.code, reason: .fractionOfUnweighed)
        }
        guard line.quantity <= Sale.maxLineQuantity else {
          throw StockError.invalidQuantity(code: line.code, reason: .tooLarge)
        }
        if let cost = line.unitCost, cost < .zero {
          throw StockError.negativeCost(code: line.code)
        }
        if let cost = line.unitCost, cost > Money.maxPrice {
          throw StockError.costTooLarge(code: line.code)
        }
        var row = ReceivingLineRecord(
          receivingId: id, lineNo: index + 1, code: line.code, sku: product.sku,
          quantity: line.quantity.thousandths, packFactor: resolved.pack?.factor,
          unitCost: line.unitCost?.rupiah)
        try row.insert(db)
        movements.append(
          try Store.recordMovement(
            db, sku: product.sku, delta: line.quantity * (resolved.pack?.factor ?? 1),
            kind: .receiving, reference: movementReference, user: user, at: now,
            receivingId: id))
        stored.append(
          Receiving.Line(
            code: line.code, sku: product.sku, quantity: line.quantity, unitCost: line.unitCost))
      }
      return Receiving(
        id: id, supplier: supplier, reference: reference, user: user, at: now, lines: stored,
        movements: movements)
    }
  }

  /// Corrects the stock of one product: to the quantity counted, or by a delta.
  /// `reason` is one of count, damaged, expired, lost, correction (checked by the caller).
  public func adjust(
    code: String, _ adjustment: StockAdjustment, reason: String, note: String?, user: String,
    now: Date
  ) async throws -> (level: StockLevel, movement: Movement) {
    let scale = self.scale
    return try await writer.write { db in
      let product = try Store.resolve(db, code: code, scale: scale, now: nil).product
      let delta: Quantity
      switch adjustment {
      case .counted(let counted):
        guard counted >= .zero else {
          throw StockError.invalidQuantity(code: code, reason: .notPositive)
        }
        delta = counted - product.onHand
      case .delta(let change):
        delta = change
      }
      guard product.weighed || delta.isWhole else {
        throw StockError.invalidQuantity(code: code, reason: .fractionOfUnweighed)
      }
      let movement = try Store.recordMovement(
        db, sku: product.sku, delta: delta, kind: .adjustment, reference: "ADJ-\(reason)",
        user: user, at: now, reason: reason, note: note)
      let record = try ProductRecord.fetchOne(db, key: product.sku)!
      return (record.stockLevel, movement)
    }
  }

  /// The ledger of one product, oldest first, optionally between `from` and `to` (exclusive).
  public func movements(code: String, from: Date?, to: Date?) async throws -> [Movement] {
    let scale = self.scale
    return try await writer.read { db in
      let sku = try Store.resolve(db, code: code, scale: scale, now: nil).product.sku
      var request = MovementRecord.filter(Column("sku") == sku)
      if let from { request = request.filter(Column("at") >= from) }
      if let to { request = request.filter(Column("at") < to) }
      return try request.order(Column("id")).fetchAll(db).map(\.movement)
    }
  }
}
