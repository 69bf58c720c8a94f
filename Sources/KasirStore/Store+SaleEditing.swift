import Foundation
import GRDB
import KasirCore

/// Changing an open sale: each change is one transaction, on disk before it returns.
extension Store {
  /// Sets the quantity of a line (the rules are `Sale.setQuantity`'s).
  public func setQuantity(
    saleId: Int64, lineNo: Int, quantity: Quantity, user: String, now: Date
  ) async throws -> Sale {
    try await editLines(saleId: saleId) { db, sale in
      let line = sale.lines.first { $0.lineNo == lineNo }
      guard let sku = line?.sku, let record = try ProductRecord.fetchOne(db, key: sku) else {
        throw SaleError.lineNotFound(lineNo: lineNo)
      }
      try sale.setQuantity(
        lineNo: lineNo, to: quantity, product: try Store.product(db, record, now: now))
    }
  }

  public func removeLine(saleId: Int64, lineNo: Int, user: String, now: Date) async throws -> Sale {
    try await editLines(saleId: saleId) { _, sale in try sale.removeLine(lineNo) }
  }

  /// Sets (replaces) the discount of a line, or of the whole sale when `lineNo` is nil.
  public func applyDiscount(
    saleId: Int64, lineNo: Int?, discount: Sale.Discount, user: String, now: Date
  ) async throws -> Sale {
    try await editLines(saleId: saleId) { _, sale in
      try sale.applyDiscount(discount, lineNo: lineNo)
    }
  }

  /// Loads the sale, lets `change` edit it, and writes the lines and sale discount that changed.
  private func editLines(
    saleId: Int64, _ change: @escaping @Sendable (Database, inout Sale) throws -> Void
  ) async throws -> Sale {
    try await writer.write { db in
      var (record, sale) = try Store.sale(db, id: saleId)
      let old = sale.lines
      try change(db, &sale)
      try Store.saveLines(db, saleId: saleId, old: old, new: sale.lines)
      if record.saleDiscount != sale.saleDiscount.rupiah {
        record.saleDiscount = sale.saleDiscount.rupiah
        try record.update(db)
      }
      return sale
    }
  }
}
