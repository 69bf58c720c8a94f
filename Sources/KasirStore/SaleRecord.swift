import Foundation
import GRDB
import KasirCore

/// A row of `sale`. Lines and payments live in `saleLine` and `payment`.
struct SaleRecord: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "sale"

  var id: Int64?
  var number: String
  var shopDay: String
  var dayCounter: Int
  var state: String
  var cashier: String
  var memberNumber: String?
  var saleDiscount: Int64
  var rounding: Int64
  var total: Int64?
  var openedAt: Date
  var completedAt: Date?
  var completedBy: String?
  var refundOf: String?
  var shiftId: Int64?
  var reason: String?
  var endedBy: String?
  var endedAt: Date?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  func sale(lines: [SaleLineRecord], payments: [PaymentRecord]) -> Sale {
    Sale(
      id: id ?? 0, number: number, state: Sale.State(rawValue: state) ?? .open,
      cashier: cashier, memberNumber: memberNumber,
      lines: lines.sorted { $0.lineNo < $1.lineNo }.map(\.saleLine),
      saleDiscount: Money(saleDiscount), rounding: Money(rounding),
      payments: payments.sorted { ($0.id ?? 0) < ($1.id ?? 0) }.map(\.payment),
      openedAt: openedAt, completedAt: completedAt, refundOf: refundOf, shiftId: shiftId)
  }
}

/// A row of `saleLine`: name, unit, price and tax class as they were at the time of sale.
struct SaleLineRecord: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "saleLine"

  var id: Int64?
  var saleId: Int64
  var lineNo: Int
  var sku: String
  var name: String
  var unit: String
  var weighed: Bool
  var quantity: Int64
  var unitPrice: Int64
  var priceTier: String
  var taxClass: String
  var packBarcode: String?
  var packFactor: Int64?
  var discount: Int64

  init(_ line: SaleLine, saleId: Int64) {
    self.saleId = saleId
    lineNo = line.lineNo
    sku = line.sku
    name = line.name
    unit = line.unit
    weighed = line.weighed
    quantity = line.quantity.thousandths
    unitPrice = line.unitPrice.rupiah
    priceTier = line.priceTier.rawValue
    taxClass = line.taxClass.rawValue
    packBarcode = line.packBarcode
    packFactor = line.packFactor
    discount = line.discount.rupiah
  }

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  var saleLine: SaleLine {
    SaleLine(
      lineNo: lineNo, sku: sku, name: name, unit: unit, weighed: weighed,
      quantity: Quantity(thousandths: quantity), unitPrice: Money(unitPrice),
      priceTier: SaleLine.PriceTier(rawValue: priceTier) ?? .regular,
      taxClass: TaxClass(rawValue: taxClass), packBarcode: packBarcode, packFactor: packFactor,
      discount: Money(discount))
  }
}

/// A row of `payment`.
struct PaymentRecord: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "payment"

  var id: Int64?
  var saleId: Int64
  var method: String
  var amount: Int64
  var reference: String?

  init(_ payment: Payment, saleId: Int64) {
    self.saleId = saleId
    method = payment.method.rawValue
    amount = payment.amount.rupiah
    reference = payment.reference
  }

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  var payment: Payment {
    Payment(
      method: Payment.Method(rawValue: method) ?? .cash, amount: Money(amount), reference: reference
    )
  }
}
