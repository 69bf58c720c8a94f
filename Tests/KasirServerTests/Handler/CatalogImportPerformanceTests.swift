import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

@Suite struct CatalogImportPerformanceTests {
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

  /// 20.000 rows: created, then re-imported unchanged, each within budget.
  @Test func twentyThousandRows() async throws {
    let shop = try HandlerHarness()
    let clock = ContinuousClock()
    var reply = CatalogAPI.ImportProducts.Reply(created: 0, updated: 0, unchanged: 0)
    let created = try await clock.measure {
      reply = try await shop.call(
        CatalogAPI.ImportProducts.self, .init(csv: Self.catalog(rows: 20_000)))
    }
    #expect(reply == .init(created: 20_000, updated: 0, unchanged: 0))
    let unchanged = try await clock.measure {
      reply = try await shop.call(
        CatalogAPI.ImportProducts.self, .init(csv: Self.catalog(rows: 20_000)))
    }
    #expect(reply == .init(created: 0, updated: 0, unchanged: 20_000))
    print("import 20.000 rows: created \(created), unchanged \(unchanged)")
    // The issue's budget is 5 s (a release build, in the benchmarks); this debug-build test
    // on a shared machine only guards against going quadratic again (it once took 30 s).
    for elapsed in [created, unchanged] {
      #expect(elapsed < .seconds(15), "import took \(elapsed)")
    }
  }
}
