import Foundation
import KasirPrinting
import KasirProtocol
import KasirStore
import Logging

@testable import KasirServer

/// A request handler over an in-memory store, called directly as a given user.
struct HandlerHarness {
  static let manager = Caller(pid: 1, uid: 0, gid: 0, user: "root", role: .manager)
  static let cashier = Caller(pid: 2, uid: 1001, gid: 1001, user: "siti", role: .cashier)
  static let stranger = Caller(pid: 3, uid: 65534, gid: 65534, user: "nobody", role: nil)

  let handler: RequestHandler
  let store: Store
  /// The running print queue when the shop has a printer.
  let queue: PrintQueue?

  /// 2026-11-29 10:15:02 +08:00.
  static let start = Date(timeIntervalSince1970: 1_795_918_502)

  init(
    now: Date = start, printer: (any ReceiptPrinting)? = nil,
    logger: Logger = Logger(label: "test"), configure: (inout KasirConfig) -> Void = { _ in }
  ) throws {
    let timeZone = TimeZone(identifier: "Asia/Makassar")!
    var config = KasirConfig()
    config.printerDestination = nil
    configure(&config)
    try self.init(
      store: Store.inMemory(timeZone: timeZone), now: now, printer: printer, config: config,
      logger: logger)
  }

  init(
    store: Store, now: Date, printer: (any ReceiptPrinting)?, config: KasirConfig, logger: Logger,
    queue: PrintQueue? = nil
  ) {
    self.store = store
    var queue = queue
    if queue == nil, let printer {
      let started = PrintQueue(
        store: store, printer: printer, destination: "test-receipt", config: config,
        backoff: Self.fastBackoff, now: { now }, logger: logger)
      // The queue runs as it would in kasird's service group; it waits idle between jobs.
      Task { try await started.run() }
      queue = started
    }
    self.queue = queue
    let context = ServerContext(
      store: store, config: config, printQueue: queue, now: { now }, logger: logger)
    handler = RequestHandler(context: context)
    self.config = config
    self.printer = printer
    self.logger = logger
  }

  /// Retries after 10 ms, doubling up to 1 s, so failing printers neither slow nor flood the tests.
  static let fastBackoff = PrintBackoff(initial: .milliseconds(10), maximum: .seconds(1))

  private let config: KasirConfig
  private let printer: (any ReceiptPrinting)?
  private let logger: Logger

  /// The same shop (same database and settings) with the clock at `date`.
  func at(_ date: Date) -> HandlerHarness {
    // The same queue: one shop has one queue, or jobs could be sent twice.
    HandlerHarness(
      store: store, now: date, printer: printer, config: config, logger: logger, queue: queue)
  }

  /// Sends a raw JSON call and returns the reply as JSON.
  func raw(_ json: String, as caller: Caller = manager) async throws -> JSONValue {
    let outcome = await handler.handle(Data(json.utf8), caller: caller)
    return try JSONDecoder().decode(
      JSONValue.self, from: outcome.replies.first ?? Data("null".utf8))
  }

  /// Calls a typed method; an error reply throws its VarlinkError.
  @discardableResult
  func call<M: VarlinkMethod>(
    _ method: M.Type, _ parameters: M.Parameters, as caller: Caller = manager
  )
    async throws -> M.Reply
  {
    let data = try JSONEncoder().encode(Call(method: M.name, parameters: parameters))
    let outcome = await handler.handle(data, caller: caller)
    let reply = outcome.replies[0]
    let header = try JSONDecoder().decode(ReplyHeader.self, from: reply)
    if let error = header.error {
      guard case .object(let parameters)? = header.parameters else { throw VarlinkError(error) }
      throw VarlinkError(error, parameters)
    }
    return try JSONDecoder().decode(Reply<M.Reply>.self, from: reply).parameters
  }

  /// A small catalog with stock, an open shift: ready to sell.
  func stockTheShop() async throws {
    for product in [
      CatalogAPI.ProductInput(
        sku: "MIE-GOR", name: "Mie instan goreng", unit: "pcs", barcodes: ["8991234000206"],
        price: 3400, taxClass: "ppn11"),
      CatalogAPI.ProductInput(
        sku: "BER-MED", name: "Beras medium", unit: "kg", weighed: true, plu: "10001",
        price: 13500, priceCap: 13500),
      CatalogAPI.ProductInput(
        sku: "MINYAKITA", name: "Minyakita 1 liter", unit: "pcs", price: 15700, priceCap: 15700,
        maxPerSale: Thousandths(whole: 2)),
    ] {
      try await call(CatalogAPI.UpsertProduct.self, .init(product: product))
    }
    try await call(
      StockAPI.Receive.self,
      .init(
        supplier: "Bulog",
        lines: [
          .init(code: "8991234000206", quantity: Thousandths(whole: 40), unitCost: 2900),
          .init(code: "BER-MED", quantity: Thousandths(whole: 50)),
          .init(code: "MINYAKITA", quantity: Thousandths(whole: 12)),
        ]))
    try await call(ShiftAPI.Open.self, .init(openingCash: 100_000), as: Self.cashier)
  }
}
