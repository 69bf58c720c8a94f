import Foundation
import KasirTestSupport
import Logging
import Testing

@testable import KasirPrinting

/// Get-Jobs against a real cupsd: a job is found again by the tag in its title, also after it
/// completed, and also when the attempt that created it timed out.
@Suite struct CupsJobLookupTests {
  let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

  private func printer(_ cups: PrivateCups, timeout: Duration = .seconds(5)) -> CupsPrinter {
    CupsPrinter(destination: cups.queue, server: cups.socket, timeout: timeout, logger: logger)
  }

  @Test func aJobIsFoundByItsTagBeforeAndAfterItCompleted() async throws {
    let cups = try PrivateCups.start()
    defer { try? cups.stop() }
    let earlier = Date().addingTimeInterval(-60)
    let printer = printer(cups)
    try cups.run("cupsdisable", [cups.queue])  // held: found while still waiting in CUPS
    let seven = try await printer.print([0x1B, 0x40], title: "Struk 20261129-0007 [kasir-7]")
    let seventy = try await printer.print([0x1B, 0x40], title: "Struk 20261129-0070 [kasir-70]")
    #expect(try await printer.findJob(tag: "kasir-7", notBefore: earlier) == seven)
    try cups.run("cupsenable", [cups.queue])
    #expect(try await cups.waitForJob(seven) != nil)
    #expect(try await cups.waitForJob(seventy) != nil)

    // Completed jobs stay in cupsd's history. About a second later cupsd unloads their
    // attributes and Get-Jobs lists only their ids; the lookup loads them again.
    let client = IPPClient(server: cups.socket, destination: cups.queue, timeout: .seconds(5))
    var unloaded = false
    for _ in 0..<100 where !unloaded {
      let listed = await withCheckedContinuation { done in
        Thread { done.resume(returning: client.listJobs()) }.start()  // libcups blocks
      }
      unloaded = try listed.get().allSatisfy { $0.name == nil }
      if !unloaded { try await Task.sleep(for: .milliseconds(100)) }
    }
    #expect(unloaded, "cupsd still lists the completed jobs' names")
    #expect(try await printer.findJob(tag: "kasir-7", notBefore: earlier) == seven)
    #expect(try await printer.findJob(tag: "kasir-70", notBefore: earlier) == seventy)
    #expect(try await printer.findJob(tag: "kasir-8", notBefore: earlier) == nil)
    // A job cupsd created before `notBefore` is someone else's (a restored database).
    let later = Date().addingTimeInterval(3600)
    #expect(try await printer.findJob(tag: "kasir-7", notBefore: later) == nil)
  }

  @Test func theLookupFailsWhenCupsdIsDown() async throws {
    let cups = try PrivateCups.start()
    defer { try? cups.stop() }
    try cups.stopScheduler()
    do {
      _ = try await printer(cups).findJob(tag: "kasir-1", notBefore: .distantPast)
      Issue.record("found a job with cupsd stopped")
    } catch {
      guard case .unreachable = error else {
        Issue.record("expected unreachable, got \(error)")
        return
      }
    }
  }

  /// The case the lookup exists for: cupsd takes the job, but its answer never comes back
  /// and the attempt times out. The job is there, and its tag finds it.
  @Test func aJobWhoseAnswerWasLostIsFoundByItsTag() async throws {
    let cups = try PrivateCups.start()
    defer { try? cups.stop() }
    let proxy = try AnswerSwallowingProxy(
      path: cups.directory + "/run/lossy.sock", upstream: cups.socket)
    let started = Date().addingTimeInterval(-60)
    let document: [UInt8] = [0x1B, 0x40] + Array("kasir-42".utf8) + [0x0A]
    let lossy = CupsPrinter(
      destination: cups.queue, server: proxy.path, timeout: .seconds(2), logger: logger)
    do {
      _ = try await lossy.print(document, title: "Struk 20261129-0042 [kasir-42]")
      Issue.record("an answer came through the proxy")
    } catch {
      guard case .unreachable = error else {
        Issue.record("expected unreachable, got \(error)")
        return
      }
    }
    proxy.finish()
    let job = try #require(try await printer(cups).findJob(tag: "kasir-42", notBefore: started))
    #expect(try await cups.waitForJob(job) == document)
  }

  /// Found by experiment (CUPS 2.4): a Print-Job sent while cupsd is stopped (SIGSTOP) and
  /// given up on is not created when cupsd runs again. libcups asks for `100 Continue`;
  /// cupsd, resumed, cannot send it on the closed connection and drops the request. So a
  /// timed-out attempt against a hung cupsd does not print, and the retry prints once.
  @Test func aJobSentToAHungCupsdAndGivenUpOnIsNotCreatedWhenItResumes() async throws {
    let cups = try PrivateCups.start()
    defer { try? cups.stop() }
    let pid = try #require(cups.pid)
    let started = Date().addingTimeInterval(-60)
    kill(pid, SIGSTOP)
    var resumed = false
    defer { if !resumed { kill(pid, SIGCONT) } }
    do {
      _ = try await printer(cups, timeout: .seconds(1)).print([0x1B, 0x40], title: "[kasir-43]")
      Issue.record("cupsd answered while stopped")
    } catch {
      guard case .unreachable = error else {
        Issue.record("expected unreachable, got \(error)")
        return
      }
    }
    kill(pid, SIGCONT)
    resumed = true
    // A request on a new connection is answered after the old one has been dealt with.
    #expect(await printer(cups).status().state == .ready)
    #expect(try await printer(cups).findJob(tag: "kasir-43", notBefore: started) == nil)
    #expect(try cups.run("lpstat", ["-W", "all", "-o"]).stdout.isEmpty)
  }
}
