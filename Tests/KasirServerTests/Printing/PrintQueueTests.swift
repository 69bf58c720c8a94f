import Foundation
import KasirCore
import KasirPrinting
import KasirProtocol
import KasirStore
import KasirTestSupport
import Logging
import ServiceLifecycle
import Synchronization
import Testing

@testable import KasirServer

/// The queue sends stored jobs once each, in order, and retries failures with backoff.
@Suite struct PrintQueueTests {
  /// Fails the first `failures` attempts, then takes every document. With `lostAnswers`, the
  /// first attempts take the document but throw a timeout, as when cupsd stops between our
  /// write and its answer. `findJob` looks through what it took (or throws `lookupError`);
  /// `state` is what it reports.
  final class FlakyPrinter: ReceiptPrinting {
    struct Attempt {
      var title: String
      var at: ContinuousClock.Instant
      var succeeded: Bool
    }
    let remainingFailures: Mutex<Int>
    let remainingLostAnswers: Mutex<Int>
    let attempts = Mutex<[Attempt]>([])
    let documents = Mutex<[(title: String, bytes: [UInt8])]>([])
    let lookups = Mutex<[(tag: String, notBefore: Date)]>([])
    let state = Mutex(PrinterStatus(state: .ready, message: ""))
    let lookupError = Mutex<PrintError?>(nil)

    init(failures: Int = 0, lostAnswers: Int = 0) {
      remainingFailures = Mutex(failures)
      remainingLostAnswers = Mutex(lostAnswers)
    }

    func print(_ document: [UInt8], title: String) async throws(PrintError) -> Int32 {
      let fail = Self.takeOne(remainingFailures)
      attempts.withLock { $0.append(Attempt(title: title, at: .now, succeeded: !fail)) }
      if fail { throw PrintError.unreachable("Connection refused") }
      let jobID = documents.withLock {
        $0.append((title, document))
        return Int32(100 + $0.count)
      }
      if Self.takeOne(remainingLostAnswers) {
        throw PrintError.unreachable("cupsd waiting for the answer: Timeout")
      }
      return jobID
    }

    func status() async -> PrinterStatus { state.withLock { $0 } }

    func findJob(tag: String, notBefore: Date) async throws(PrintError) -> Int32? {
      lookups.withLock { $0.append((tag, notBefore)) }
      if let error = lookupError.withLock({ $0 }) { throw error }
      return documents.withLock { documents in
        documents.firstIndex { $0.title.hasSuffix("[\(tag)]") }.map { Int32(101 + $0) }
      }
    }

    private static func takeOne(_ counter: borrowing Mutex<Int>) -> Bool {
      counter.withLock {
        guard $0 > 0 else { return false }
        $0 -= 1
        return true
      }
    }
  }

  /// A stocked shop without a printer; sales are paid through the store with a queued receipt.
  func shop() async throws -> HandlerHarness {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    return shop
  }

  func sell(_ shop: HandlerHarness) async throws -> (number: String, job: Int64) {
    let sale = try await shop.call(SaleAPI.Open.self, .init()).sale
    try await shop.call(SaleAPI.AddItem.self, .init(saleId: sale.id, code: "MIE-GOR"))
    let paid = try await shop.store.pay(
      saleId: sale.id, payments: [Payment(method: .cash, amount: 5_000)], queueReceipt: true,
      user: "siti", now: HandlerHarness.start)
    return (paid.sale.number, try #require(paid.receiptJob))
  }

  func queue(
    _ shop: HandlerHarness, _ printer: FlakyPrinter,
    backoff: PrintBackoff = PrintBackoff(initial: .milliseconds(20), maximum: .seconds(1))
  ) -> PrintQueue {
    var config = KasirConfig()
    config.shopName = "KMP Gunung Samarinda"
    return PrintQueue(
      store: shop.store, printer: printer, destination: "kasir-receipt", config: config,
      backoff: backoff, now: { HandlerHarness.start }, logger: Logger(label: "test"))
  }

  @Test func aJobThatFailsTwiceIsPrintedOnceOnTheThirdAttempt() async throws {
    let shop = try await shop()
    let printer = FlakyPrinter(failures: 2)
    let queue = queue(shop, printer)
    let task = Task { try await queue.run() }
    defer { task.cancel() }
    let (number, id) = try await sell(shop)
    queue.wake()
    try await waitUntil { try await shop.store.printJob(id: id)?.state == .sent }
    let job = try #require(try await shop.store.printJob(id: id))
    #expect(job.attempts == 3 && job.cupsJobId == 101)
    #expect(job.lastError == "printer unreachable: Connection refused")
    // Each retry first asked whether an earlier attempt got through (it had not).
    #expect(printer.lookups.withLock { $0.map(\.tag) } == ["kasir-\(id)", "kasir-\(id)"])
    // Waking again, or waiting, never sends it a second time.
    queue.wake()
    try await Task.sleep(for: .milliseconds(200))
    #expect(printer.documents.withLock { $0.map(\.title) } == ["Struk \(number) [kasir-\(id)]"])
    #expect(printer.attempts.withLock { $0.count } == 3)
  }

  @Test func theWaitBetweenAttemptsGrows() async throws {
    let backoff = PrintBackoff(initial: .seconds(1), maximum: .seconds(60))
    #expect(
      (1...8).map { backoff.delay(afterFailures: $0) }
        == [1, 2, 4, 8, 16, 32, 60, 60].map { Duration.seconds($0) })
    #expect(PrintBackoff(initial: .seconds(5), maximum: .seconds(2)).maximum == .seconds(5))

    let shop = try await shop()
    let printer = FlakyPrinter(failures: 3)
    let queue = queue(
      shop, printer, backoff: PrintBackoff(initial: .milliseconds(40), maximum: .seconds(1)))
    let task = Task { try await queue.run() }
    defer { task.cancel() }
    let (_, id) = try await sell(shop)
    queue.wake()
    try await waitUntil { try await shop.store.printJob(id: id)?.state == .sent }
    let times = printer.attempts.withLock { $0.map(\.at) }
    #expect(times.count == 4)
    let gaps = zip(times.dropFirst(), times).map { $0 - $1 }
    #expect(gaps[0] >= .milliseconds(40) && gaps[1] >= .milliseconds(80))
    #expect(gaps[2] >= .milliseconds(160))
  }

  @Test func jobsLeftByAPreviousRunAreSentAtStartInOrder() async throws {
    let shop = try await shop()
    // Three sales while no queue runs (kasird was killed before sending them).
    var numbers: [String] = []
    for _ in 0..<3 { numbers.append(try await sell(shop).number) }
    let drawer = try await shop.store.enqueue(
      .drawer, requestedBy: "siti", now: HandlerHarness.start)
    let printer = FlakyPrinter()
    let queue = queue(shop, printer)
    let task = Task { try await queue.run() }
    defer { task.cancel() }
    try await waitUntil { try await shop.store.pendingPrintJobCount() == 0 }
    #expect(
      printer.documents.withLock { $0.map(\.title) }
        == zip(numbers, 1...).map { "Struk \($0) [kasir-\($1)]" } + ["Buka laci (siti) [kasir-4]"])
    #expect(printer.documents.withLock { $0.last?.bytes } == ReceiptRenderer.drawerKick)
    #expect(try await shop.store.printJob(id: drawer.id!)?.cupsJobId == 104)
  }

  @Test func theReceiptIsRenderedFromTheStoredSale() async throws {
    let shop = try await shop()
    let printer = FlakyPrinter()
    let queue = queue(shop, printer)
    let (number, _) = try await sell(shop)
    _ = try await shop.store.enqueueCopy(
      number: number, requestedBy: "budi", now: HandlerHarness.start)
    let task = Task { try await queue.run() }
    defer { task.cancel() }
    try await waitUntil { try await shop.store.pendingPrintJobCount() == 0 }
    let documents = printer.documents.withLock { $0 }
    #expect(
      documents.map(\.title) == [
        "Struk \(number) [kasir-1]", "Struk \(number) (salinan) [kasir-2]",
      ])
    let original = EscPosDecoder(documents[0].bytes)
    let copy = EscPosDecoder(documents[1].bytes)
    #expect(original.text.contains { $0.contains("KMP Gunung Samarinda") })
    #expect(original.text.contains { $0.contains(number) })
    #expect(!original.text.contains { $0.contains("SALINAN") })
    #expect(copy.text.contains { $0.contains("SALINAN") })
  }

  @Test func gracefulShutdownStopsTheQueue() async throws {
    let shop = try await shop()
    let queue = queue(shop, FlakyPrinter(failures: 1_000))
    _ = try await sell(shop)
    let group = ServiceGroup(
      configuration: .init(services: [.init(service: queue)], logger: Logger(label: "test")))
    let running = Task { try await group.run() }
    try await Task.sleep(for: .milliseconds(100))
    await group.triggerGracefulShutdown()
    let clock = ContinuousClock()
    let stopped = try await clock.measure { try await running.value }
    #expect(stopped < .seconds(2))
    #expect(try await shop.store.pendingPrintJobCount() == 1)
  }

  @Test func aJobInterruptedByShutdownStaysPending() async throws {
    let shop = try await shop()
    let queue = queue(shop, FlakyPrinter(failures: 0))
    let (_, id) = try await sell(shop)
    let job = try #require(try await shop.store.printJob(id: id))
    // Reading the sale in a cancelled task fails with CancellationError, as during shutdown.
    let task = Task {
      withUnsafeCurrentTask { $0?.cancel() }
      return await queue.send(job)
    }
    #expect(await task.value == false)
    let after = try #require(try await shop.store.printJob(id: id))
    #expect(after.state == .pending)
    #expect(after.attempts == job.attempts)
  }
}
