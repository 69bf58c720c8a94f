import Foundation
import GRDB
import KasirCore

extension Store {
  /// Gives open sale `saleId` to member `number` (nil takes the member off) and prices its
  /// lines again at today's member or regular prices. One transaction.
  public func setMember(saleId: Int64, number: String?, now: Date) async throws -> Sale {
    try await writer.write { db in
      try Store.applyDuePrices(db, now: now)
      var (record, sale) = try Store.sale(db, id: saleId)
      try sale.requireState(.open)
      let member = try number.map { try Store.activeMember(db, number: $0) }
      var products = [String: Product]()
      for sku in Set(sale.lines.map(\.sku)) {
        if let row = try ProductRecord.fetchOne(db, key: sku) {
          products[sku] = try Store.product(db, row, now: now)
        }
      }
      let old = sale.lines
      try sale.setMember(member?.number, products: products)
      try Store.saveLines(db, saleId: saleId, old: old, new: sale.lines)
      record.memberNumber = member?.number
      try record.update(db, columns: ["memberNumber"])
      return sale
    }
  }
}
