import Foundation
import KasirTestSupport
import Logging
import Testing

@testable import KasirPrinting

/// Against a real cupsd: scripts/cups-private in a temporary folder, a raw queue whose
/// `capture:` backend writes each job to a file.
@Suite struct CupsPrinterTests {
  let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

  private func printer(_ cups: PrivateCups, queue: String? = nil, timeout: Duration = .seconds(5))
    -> CupsPrinter
  {
    CupsPrinter(
      destination: queue ?? cups.queue, server: cups.socket, timeout: timeout, logger: logger)
  }

  /// Every byte value, so nothing on the way may treat the document as text.
  private var document: [UInt8] {
    ReceiptRenderer(columns: 32).render(SampleReceipt.sale) + (0...255).map { UInt8($0) }
  }

  @Test func jobLandsByteForByte() async throws {
    let cups = try PrivateCups.start()
    defer { try? cups.stop() }
    let document = self.document

    let started = ContinuousClock.now
    let first = try await printer(cups).print(document, title: "Struk 20261129-0042")
    let landed = try await cups.waitForJob(first)
    Swift.print("job \(first) landed after \(ContinuousClock.now - started)")
    #expect(landed == document)

    let second = try await printer(cups).print([0x1B, 0x40, 0x0A], title: "second")
    #expect(second > first)
    #expect(try await cups.waitForJob(second) == [0x1B, 0x40, 0x0A])
  }

  @Test func missingQueueIsNoSuchPrinter() async throws {
    let cups = try PrivateCups.start()
    defer { try? cups.stop() }
    await #expect(
      throws: PrintError.noSuchPrinter("Gudang (The printer or class does not exist.)")
    ) {
      _ = try await printer(cups, queue: "Gudang").print(document, title: "x")
    }
    let status = await printer(cups, queue: "Gudang").status()
    #expect(status.state == .stopped)
    #expect(status.message == "no such printer: Gudang (The printer or class does not exist.)")
  }

  @Test func rejectingQueueIsNotAccepting() async throws {
    let cups = try PrivateCups.start()
    defer { try? cups.stop() }
    try cups.run("cupsreject", [cups.queue])
    do {
      _ = try await printer(cups).print(document, title: "x")
      Issue.record("printed to a rejecting queue")
    } catch {
      guard case .notAccepting = error else {
        Issue.record("expected notAccepting, got \(error)")
        return
      }
    }
    #expect(await printer(cups).status().state == .stopped)
  }

  /// Why the print queue checks the state first: CUPS takes a job into a paused queue.
  @Test func pausedQueueIsStoppedButStillTakesJobs() async throws {
    let cups = try PrivateCups.start()
    defer { try? cups.stop() }
    try cups.run("cupsdisable", [cups.queue])
    let status = await printer(cups).status()
    #expect(status == PrinterStatus(state: .stopped, message: "Kasir is paused: Paused"))
    try cups.run("cupsdisable", ["-r", "kertas habis", cups.queue])
    #expect(await printer(cups).status().message == "Kasir is paused: kertas habis")

    let job = try await printer(cups).print([0x1B, 0x40], title: "held")
    try cups.run("cupsenable", [cups.queue])
    #expect(try await cups.waitForJob(job) == [0x1B, 0x40])
    #expect(await printer(cups).status().state == .ready)
  }

  @Test func stoppedSchedulerIsUnreachable() async throws {
    let cups = try PrivateCups.start()
    defer { try? cups.stop() }
    #expect(await printer(cups).status() == PrinterStatus(state: .ready, message: ""))
    try cups.stopScheduler()

    let started = ContinuousClock.now
    do {
      _ = try await printer(cups).print(document, title: "x")
      Issue.record("printed with cupsd stopped")
    } catch {
      Swift.print("cupsd down: failed after \(ContinuousClock.now - started): \(error)")
      guard case .unreachable = error else {
        Issue.record("expected unreachable, got \(error)")
        return
      }
    }
    #expect(await printer(cups).status().state == .unreachable)
  }

  @Test func hungSchedulerIsUnreachableAfterTheTimeout() async throws {
    let cups = try PrivateCups.start()
    defer { try? cups.stop() }
    let pid = try #require(cups.pid)
    kill(pid, SIGSTOP)
    defer { kill(pid, SIGCONT) }

    let started = ContinuousClock.now
    do {
      _ = try await printer(cups, timeout: .seconds(1)).print(document, title: "x")
      Issue.record("printed with cupsd hung")
    } catch {
      Swift.print("cupsd hung: failed after \(ContinuousClock.now - started): \(error)")
      guard case .unreachable = error else {
        Issue.record("expected unreachable, got \(error)")
        return
      }
    }
  }
}

@Suite struct CupsServerAddressTests {
  @Test(arguments: [
    ("/k/run/cups.sock", "/k/run/cups.sock", Int32(631)), ("printhost:8631", "printhost", 8631),
    ("printhost", "printhost", 631), ("[::1]:632", "::1", 632), ("192.0.2.7:631", "192.0.2.7", 631),
  ])
  func endpoint(server: String, host: String, port: Int32) {
    let endpoint = IPPClient.endpoint(server: server)
    #expect(endpoint.host == host)
    #expect(endpoint.port == port)
  }
}
