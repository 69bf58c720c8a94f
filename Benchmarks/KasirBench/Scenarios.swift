import Foundation
import KasirProtocol

#if canImport(Glibc)
  import Glibc
#endif

/// The scenarios, each over an open connection. Requests are encoded before the clock starts
/// and replies are checked after it stops.
enum Scenarios {
  /// Barcodes of demo products sold by the piece, without a per-sale limit.
  static let pieceBarcodes = [
    "8991234000206", "8991234000213", "8991234000237", "8991234000251", "8991234000275",
    "8991234000282", "8991234000299", "8991234000305",
  ]

  /// The bare socket: the bytes of a `Stock.GetLevel` call, sent back by `EchoServer` (a
  /// thread of this process, or the same server in a process of its own).
  static func echo(_ connection: BenchConnection, name: String = "echo") throws -> Scenario {
    let request = try BenchConnection.request(StockAPI.GetLevel.self, .init(code: "BER-MED"))
    return Scenario(metrics: [name]) {
      let result = try connection.roundTrip(request)
      guard result.reply.count + 1 == request.count else { throw BenchError("echo mismatch") }
      return [result.nanoseconds]
    }
  }

  /// A varlink ping through NIO: no database.
  static func getInfo(_ connection: BenchConnection) throws -> Scenario {
    let request = try BenchConnection.request(ServiceAPI.GetInfo.self, .init())
    return Scenario(metrics: ["GetInfo"]) { [try connection.checkedRoundTrip(request).nanoseconds] }
  }

  /// The stock check: one read of one product, by SKU or barcode in turn.
  static func getLevel(_ connection: BenchConnection) throws -> Scenario {
    let codes = ["BER-MED", "8991234000206", "MIN-1-LIT", "8991234000299"]
    let requests = try codes.map {
      try BenchConnection.request(StockAPI.GetLevel.self, .init(code: $0))
    }
    var next = 0
    return Scenario(metrics: ["Stock.GetLevel"]) {
      next = (next + 1) % requests.count
      return [try connection.checkedRoundTrip(requests[next]).nanoseconds]
    }
  }

  /// A catalog search: name words, a barcode prefix.
  static func searchProducts(_ connection: BenchConnection) throws -> Scenario {
    let queries = ["beras", "minyak goreng", "8991234", "kopi"]
    let requests = try queries.map {
      try BenchConnection.request(CatalogAPI.SearchProducts.self, .init(query: $0, limit: 20))
    }
    var next = 0
    return Scenario(metrics: ["Catalog.SearchProducts"]) {
      next = (next + 1) % requests.count
      return [try connection.checkedRoundTrip(requests[next]).nanoseconds]
    }
  }

  /// One durable write per call: scans into an open sale; every 40 lines the sale is paid and
  /// a new one opened (not timed), so the sale in the reply never grows past 40 lines.
  static func addItem(_ connection: BenchConnection, linesPerSale: Int = 40) throws -> Scenario {
    var saleId = try connection.call(SaleAPI.Open.self, .init()).reply.sale.id
    var lines = 0
    var next = 0
    return Scenario(metrics: ["Sale.AddItem"]) {
      if lines == linesPerSale {
        _ = try connection.call(
          SaleAPI.Pay.self,
          .init(saleId: saleId, payments: [.init(method: "cash", amount: 10_000_000)]))
        saleId = try connection.call(SaleAPI.Open.self, .init()).reply.sale.id
        lines = 0
      }
      next = (next + 1) % pieceBarcodes.count
      let request = try BenchConnection.request(
        SaleAPI.AddItem.self, .init(saleId: saleId, code: pieceBarcodes[next]))
      lines += 1
      return [try connection.checkedRoundTrip(request).nanoseconds]
    }
  }

  /// A whole 5-line sale: `Open` and five `AddItem` (the sum of their six round trips), then
  /// `Pay` in cash — the durable sale transaction — timed on its own. A fifth of the
  /// iterations, as each is seven calls.
  static func fiveLineSale(_ connection: BenchConnection) throws -> Scenario {
    var next = 0
    return Scenario(metrics: ["Sale.Open+5×AddItem", "Sale.Pay (5 lines)"], divisor: 5) {
      let opened = try connection.call(SaleAPI.Open.self, .init())
      var building = opened.nanoseconds
      for _ in 0..<5 {
        next = (next + 1) % pieceBarcodes.count
        let request = try BenchConnection.request(
          SaleAPI.AddItem.self, .init(saleId: opened.reply.sale.id, code: pieceBarcodes[next]))
        building += try connection.checkedRoundTrip(request).nanoseconds
      }
      let pay = try BenchConnection.request(
        SaleAPI.Pay.self,
        .init(saleId: opened.reply.sale.id, payments: [.init(method: "cash", amount: 1_000_000)]))
      return [building, try connection.checkedRoundTrip(pay).nanoseconds]
    }
  }

  /// What durability costs on this file system, without SQLite: overwrite 4 KiB of a
  /// preallocated file and `fsync` it. Not a round trip.
  static func fsyncBaseline(directory: String) throws -> Scenario {
    let fd = open(directory + "/fsync.bin", O_RDWR | O_CREAT, 0o600)
    guard fd >= 0 else { throw BenchError("fsync baseline: \(String(cString: strerror(errno)))") }
    let block = [UInt8](repeating: 0x5A, count: 4096)
    let blocks = 256
    for index in 0..<blocks { _ = pwrite(fd, block, block.count, off_t(index * block.count)) }
    fsync(fd)
    var next = 0
    return Scenario(metrics: ["fsync (4 KiB write)"], isRoundTrip: false) {
      next = (next + 1) % blocks
      let start = Stopwatch.now()
      guard pwrite(fd, block, block.count, off_t(next * block.count)) == block.count,
        fsync(fd) == 0
      else { throw BenchError("fsync baseline: \(String(cString: strerror(errno)))") }
      return [Stopwatch.now() - start]
    }
  }
}
