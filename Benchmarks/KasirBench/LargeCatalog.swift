import Foundation
import KasirProtocol
import KasirTestSupport

/// A second kasird whose catalog is built by the imports being measured: a base of
/// `products - 20,000` rows, then a 20,000-row file of new products (dry run, then for real)
/// brings it to `products`, then the same 20,000 rows with new prices and every tenth with a
/// new name (dry run, then for real). Each import is `kasir product import FILE` as a manager
/// types it: a client process, the file sent in parts, one transaction. Its search and stock
/// check scenarios then run in the rounds beside the echo.
final class LargeCatalog {
  static let importRows = 20_000

  let daemon: Daemon
  let products: Int
  private(set) var imports: [Results.ImportRun] = []

  /// `dryRuns` false (a quick run) leaves out the two dry runs.
  init(kasird: String, config: String, directory: String, products: Int, dryRuns: Bool) throws {
    self.products = products
    let folder = directory + "/catalog"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    daemon = try Daemon(executable: kasird, config: config, seed: nil, directory: folder)
    let rows = min(Self.importRows, products)
    let base = products - rows
    if base > 0 {
      try run("base", file: folder + "/base.csv", CatalogGenerator.csv(0..<base))
    }
    let new = CatalogGenerator.csv(base..<products)
    if dryRuns { try run("create (dry run)", file: folder + "/create.csv", new, dryRun: true) }
    try run("create", file: folder + "/create.csv", new)
    let changed = CatalogGenerator.csv(base..<products, edition: 1)
    if dryRuns { try run("update (dry run)", file: folder + "/update.csv", changed, dryRun: true) }
    try run("update", file: folder + "/update.csv", changed)
  }

  /// Imports `csv` through the kasir client and records its wall time and kasird's peak RSS.
  private func run(_ name: String, file: String, _ csv: String, dryRun: Bool = false) throws {
    try csv.write(toFile: file, atomically: true, encoding: .utf8)
    let rows = csv.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 } - 1
    var arguments = ["product", "import", file, "--json"]
    if dryRun { arguments.append("--dry-run") }
    let start = Stopwatch.now()
    let result = try ProcessRunner.run(
      BuiltProducts.path("kasir"), arguments, environment: ["KASIR_SOCKET": daemon.socket])
    let nanoseconds = Stopwatch.now() - start
    guard result.status == 0,
      let reply = try? JSONDecoder().decode(
        CatalogAPI.ImportProducts.Reply.self, from: Data(result.stdout.utf8))
    else {
      throw BenchError("import \(name) failed: \(result.stdout) \(result.stderr)")
    }
    imports.append(
      .init(
        name: name, rows: rows, bytes: csv.utf8.count, milliseconds: nanoseconds / 1_000_000,
        created: reply.created, updated: reply.updated, unchanged: reply.unchanged,
        kasirdPeakKiB: daemon.peakResidentKiB))
    progress(
      "import \(name): \(rows) rows in \(nanoseconds / 1_000_000) ms "
        + "(\(reply.created) created, \(reply.updated) updated, \(reply.unchanged) unchanged)")
  }

  /// `Catalog.SearchProducts` (limit 20) on the large catalog, one metric per kind of query:
  /// two name words in either order, one word's prefix, a SKU prefix, a barcode prefix.
  /// Reported together as well (`pooled`).
  func searchScenario(_ connection: BenchConnection) throws -> Scenario {
    let kinds = [
      ["goreng minyak", "api kapal", "wangi pandan", "manis kental", "premium beras"],
      ["kop", "sab", "indom", "biskuit", "deterj", "tel"],
      ["KOP-0012", "MIE-0", "BRS-00", "SUS-0456", "AIR-01"],
      ["89900001234", "8990000", "899000045", "8970000", "89900003"],
    ]
    let names = ["two words", "word prefix", "SKU prefix", "barcode prefix"]
    let requests = try kinds.map { queries in
      try queries.map {
        try BenchConnection.request(CatalogAPI.SearchProducts.self, .init(query: $0, limit: 20))
      }
    }
    for queries in kinds {
      for query in queries {
        let found = try connection.call(
          CatalogAPI.SearchProducts.self, .init(query: query, limit: 20)
        ).reply.products
        if found.isEmpty { throw BenchError("search \(query) found nothing") }
      }
    }
    var next = 0
    return Scenario(
      metrics: names.map { "Search \(products / 1000)k: \($0)" },
      pooled: "Search \(products / 1000)k (mix)", divisor: 4
    ) {
      next += 1
      return try requests.map { kind in
        try connection.checkedRoundTrip(kind[next % kind.count]).nanoseconds
      }
    }
  }

  /// `Stock.GetLevel` on the large catalog: SKUs and barcodes of products spread over it.
  func getLevelScenario(_ connection: BenchConnection) throws -> Scenario {
    let requests = try (0..<64).map { step in
      let index = step * 7919 % products
      let item = CatalogGenerator.item(index).item
      let code = step % 2 == 0 || item.barcodes.isEmpty ? item.sku : item.barcodes[0]
      return try BenchConnection.request(StockAPI.GetLevel.self, .init(code: code))
    }
    var next = 0
    return Scenario(metrics: ["Stock.GetLevel \(products / 1000)k"]) {
      next = (next + 1) % requests.count
      return [try connection.checkedRoundTrip(requests[next]).nanoseconds]
    }
  }
}
