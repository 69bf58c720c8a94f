import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

/// A catalog of the size the issue names goes in whole, and again unchanged. Its speed is for
/// the benchmarks, never asserted here.
@Suite struct CatalogImportLargeTests {
  /// An EAN-13 with its check digit, from 12 digits.
  static func ean(_ body: String) -> String {
    let digits = body.compactMap(\.wholeNumberValue)
    let sum = digits.enumerated().reduce(0) { $0 + $1.element * ($1.offset % 2 == 0 ? 1 : 3) }
    return body + String((10 - sum % 10) % 10)
  }

  static func catalog(rows: Int) -> String {
    var csv = "sku,name,unit,barcodes,price,tax_class,reorder_level\r\n"
    for index in 0..<rows {
      let body = "899" + String(repeating: "0", count: 9 - String(index).count) + String(index)
      csv += "SKU-\(index),Produk nomor \(index),pcs,\(ean(body)),\(1_000 + index),"
      csv += "\(index % 2 == 0 ? "exempt" : "ppn11"),5\r\n"
    }
    return csv
  }

  /// 20.000 rows: created, then re-imported unchanged.
  @Test func twentyThousandRows() async throws {
    let shop = try HandlerHarness()
    let csv = Self.catalog(rows: 20_000)
    let created = try await shop.call(CatalogAPI.ImportProducts.self, .init(csv: csv))
    #expect(created == .init(created: 20_000, updated: 0, unchanged: 0))
    let again = try await shop.call(CatalogAPI.ImportProducts.self, .init(csv: csv))
    #expect(again == .init(created: 0, updated: 0, unchanged: 20_000))
    let last = try await shop.call(CatalogAPI.GetProduct.self, .init(code: "SKU-19999")).product
    #expect(last.price == 20_999)
  }
}
