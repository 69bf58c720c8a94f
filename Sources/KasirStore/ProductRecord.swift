import Foundation
import GRDB
import KasirCore

/// A row of `product`. Barcodes and packs live in `barcode`.
struct ProductRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "product"

  var sku: String
  var name: String
  var unit: String
  var weighed: Bool
  var plu: String?
  var price: Int64
  var memberPrice: Int64?
  var priceCap: Int64?
  var maxPerSale: Int64?
  var taxClass: String
  var reorderLevel: Int64?
  var active: Bool
  var onHand: Int64
  var createdAt: Date
  var updatedAt: Date

  init(_ product: Product, onHand: Quantity, createdAt: Date, updatedAt: Date) {
    sku = product.sku
    name = product.name
    unit = product.unit
    weighed = product.weighed
    plu = product.plu
    price = product.price.rupiah
    memberPrice = product.memberPrice?.rupiah
    priceCap = product.priceCap?.rupiah
    maxPerSale = product.maxPerSale?.thousandths
    taxClass = product.taxClass.rawValue
    reorderLevel = product.reorderLevel?.thousandths
    active = product.active
    self.onHand = onHand.thousandths
    self.createdAt = createdAt
    self.updatedAt = updatedAt
  }

  /// Decodes a row by hand: the synthesized `Decodable` path was a hot spot on every scan.
  init(row: Row) {
    sku = row["sku"]
    name = row["name"]
    unit = row["unit"]
    weighed = row["weighed"]
    plu = row["plu"]
    price = row["price"]
    memberPrice = row["memberPrice"]
    priceCap = row["priceCap"]
    maxPerSale = row["maxPerSale"]
    taxClass = row["taxClass"]
    reorderLevel = row["reorderLevel"]
    active = row["active"]
    onHand = row["onHand"]
    createdAt = row["createdAt"]
    updatedAt = row["updatedAt"]
  }

  func product(codes: [BarcodeRecord]) -> Product {
    let sorted = codes.sorted { $0.position < $1.position }
    return Product(
      sku: sku, name: name, unit: unit, weighed: weighed, plu: plu,
      barcodes: sorted.filter { $0.packName == nil }.map(\.code), price: Money(price),
      memberPrice: memberPrice.map { Money($0) }, priceCap: priceCap.map { Money($0) },
      maxPerSale: maxPerSale.map { Quantity(thousandths: $0) },
      taxClass: TaxClass(rawValue: taxClass),
      reorderLevel: reorderLevel.map { Quantity(thousandths: $0) },
      packs: sorted.compactMap(\.pack), active: active, onHand: Quantity(thousandths: onHand))
  }

  var stockLevel: StockLevel {
    StockLevel(
      sku: sku, name: name, unit: unit, onHand: Quantity(thousandths: onHand),
      reorderLevel: reorderLevel.map { Quantity(thousandths: $0) })
  }
}
