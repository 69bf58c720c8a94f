import GRDB
import KasirCore

/// A row of `barcode`: a product barcode, or a pack barcode when `packName` is set.
struct BarcodeRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "barcode"

  var code: String
  var sku: String
  var position: Int
  var packName: String?
  var packFactor: Int64?
  var packPrice: Int64?

  init(code: String, sku: String, position: Int) {
    self.code = code
    self.sku = sku
    self.position = position
  }

  init(pack: Pack, sku: String, position: Int) {
    code = pack.barcode
    self.sku = sku
    self.position = position
    packName = pack.name
    packFactor = pack.factor
    packPrice = pack.price.rupiah
  }

  /// Decodes a row by hand (faster than the synthesized `Decodable` path).
  init(row: Row) {
    code = row["code"]
    sku = row["sku"]
    position = row["position"]
    packName = row["packName"]
    packFactor = row["packFactor"]
    packPrice = row["packPrice"]
  }

  var pack: Pack? {
    guard let packName, let packFactor, let packPrice else { return nil }
    return Pack(barcode: code, name: packName, factor: packFactor, price: Money(packPrice))
  }
}
