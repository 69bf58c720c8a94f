import Foundation
import KasirPrinting
import KasirStore
import Testing

@testable import KasirServer

/// A job CUPS took is never sent again; a paused printer holds jobs in Kasir's queue.
extension PrintQueueTests {
  @Test func aJobCupsTookDespiteATimeoutIsMarkedSentNotPrintedAgain() async throws {
    let shop = try await shop()
    // The first attempt reaches the printer, but its answer is lost: the attempt fails.
    let printer = FlakyPrinter(lostAnswers: 1)
    let queue = queue(shop, printer)
    let task = Task { try await queue.run() }
    defer { task.cancel() }
    let (number, id) = try await sell(shop)
    queue.wake()
    try await waitUntil { try await shop.store.printJob(id: id)?.state == .sent }

    let job = try #require(try await shop.store.printJob(id: id))
    #expect(job.cupsJobId == 101, "the id of the job the first attempt created")
    #expect(job.attempts == 2)
    #expect(job.lastError == "printer unreachable: cupsd waiting for the answer: Timeout")
    let lookups = printer.lookups.withLock { $0 }
    #expect(lookups.map(\.tag) == ["kasir-\(id)"])
    #expect(lookups.first?.notBefore == job.createdAt.addingTimeInterval(-60))
    queue.wake()
    try await Task.sleep(for: .milliseconds(200))
    #expect(printer.attempts.withLock { $0.count } == 1)
    #expect(printer.documents.withLock { $0.map(\.title) } == ["Struk \(number) [kasir-\(id)]"])
  }

  @Test func aJobWhoseLookupFailsWaitsAndIsNotSentBlind() async throws {
    let shop = try await shop()
    let printer = FlakyPrinter(failures: 1)
    let queue = queue(shop, printer)
    let (_, id) = try await sell(shop)
    let fresh = try #require(try await shop.store.printJob(id: id))
    #expect(await queue.send(fresh) == false)  // the attempt fails: attempts = 1
    // The printer says ready, but asking it for the job fails: nothing is sent.
    let once = try #require(try await shop.store.printJob(id: id))
    printer.lookupError.withLock { $0 = PrintError.unreachable("gone") }
    #expect(await queue.send(once) == false)
    let after = try #require(try await shop.store.printJob(id: id))
    #expect(after.state == .pending && after.attempts == 2)
    #expect(after.lastError == "printer unreachable: gone")
    #expect(printer.lookups.withLock { $0.count } == 1)
    #expect(printer.attempts.withLock { $0.count } == 1)
    // Once the lookup works (and finds nothing), the job is sent.
    printer.lookupError.withLock { $0 = nil }
    #expect(await queue.send(try #require(try await shop.store.printJob(id: id))))
    #expect(try await shop.store.printJob(id: id)?.state == .sent)
    #expect(printer.documents.withLock { $0.count } == 1)
  }

  @Test func aPausedPrinterHoldsJobsPendingUntilItIsEnabled() async throws {
    let shop = try await shop()
    let printer = FlakyPrinter()
    let paused = PrinterStatus(state: .stopped, message: "kasir-receipt is paused: Paused")
    printer.state.withLock { $0 = paused }
    let queue = queue(
      shop, printer, backoff: PrintBackoff(initial: .milliseconds(20), maximum: .milliseconds(40)))
    let task = Task { try await queue.run() }
    defer { task.cancel() }
    let (number, id) = try await sell(shop)
    queue.wake()
    try await waitUntil { try await shop.store.printJob(id: id)?.attempts ?? 0 >= 2 }

    let held = try #require(try await shop.store.printJob(id: id))
    #expect(held.state == .pending)
    #expect(held.lastError == "kasir-receipt is paused: Paused")
    #expect(printer.attempts.withLock { $0.isEmpty }, "nothing was sent to the paused queue")
    let status = try await queue.status()
    #expect(status.state == .stopped && status.pendingJobs == 1)
    #expect(status.lastError == "kasir-receipt is paused: Paused")

    printer.state.withLock { $0 = PrinterStatus(state: .ready, message: "") }
    try await waitUntil { try await shop.store.printJob(id: id)?.state == .sent }
    try await Task.sleep(for: .milliseconds(200))
    #expect(printer.documents.withLock { $0.map(\.title) } == ["Struk \(number) [kasir-\(id)]"])
    let ready = try await queue.status()
    #expect(ready.state == .ready && ready.pendingJobs == 0 && ready.lastError == nil)
  }
}
