import Foundation
import GRDB
import KasirCore

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
  var regularPrice: Int64?

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
    regularPrice = line.regularPrice?.rupiah
  }

  /// Decodes a row by hand (faster than the synthesized `Decodable` path).
  init(row: Row) {
    id = row["id"]
    saleId = row["saleId"]
    lineNo = row["lineNo"]
    sku = row["sku"]
    name = row["name"]
    unit = row["unit"]
    weighed = row["weighed"]
    quantity = row["quantity"]
    unitPrice = row["unitPrice"]
    priceTier = row["priceTier"]
    taxClass = row["taxClass"]
    packBarcode = row["packBarcode"]
    packFactor = row["packFactor"]
    discount = row["discount"]
    regularPrice = row["regularPrice"]
  }

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  var saleLine: SaleLine {
    SaleLine(
      lineNo: lineNo, sku: sku, name: name, unit: unit, weighed: weighed,
      quantity: Quantity(thousandths: quantity), unitPrice: Money(unitPrice),
      priceTier: SaleLine.PriceTier(rawValue: priceTier) ?? .regular,
      taxClass: TaxClass(rawValue: taxClass), packBarcode: packBarcode, packFactor: packFactor,
      discount: Money(discount), regularPrice: regularPrice.map { Money($0) })
  }
}
