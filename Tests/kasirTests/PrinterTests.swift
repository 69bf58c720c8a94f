import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

@Suite("kasir printer")
struct PrinterTests {
  static let status = """
    {"destination":"kasir-receipt","state":"unreachable","pendingJobs":3,\
    "lastError":"printer unreachable: Connection refused"}
    """

  @Test func statusShowsStateQueueAndError() throws {
    let (result, _) = try kasir(
      ["printer", "status"], answering: ["id.kasir.Printer.Status": .reply(Self.status)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("kasir-receipt"))
    #expect(result.stdout.contains("Keadaan") && result.stdout.contains("tidak terjangkau"))
    #expect(result.stdout.contains("Antrean") && result.stdout.contains("3"))
    #expect(result.stdout.contains("printer unreachable: Connection refused"))
    let english = try kasir(
      ["printer", "status", "--lang", "en"],
      answering: ["id.kasir.Printer.Status": .reply(Self.status)]
    ).result
    #expect(english.stdout.contains("Pending jobs") && english.stdout.contains("unreachable"))
  }

  @Test func jobsListsNewestFirstWithTheirState() throws {
    let reply = """
      {"jobs":[{"id":2,"kind":"drawer","reference":"siti","state":"pending","attempts":1,\
      "createdAt":"2026-11-29T10:16:00+08:00","lastError":"printer unreachable: down",\
      "requestedBy":"siti"},\
      {"id":1,"kind":"receipt","reference":"20261129-0001","state":"sent","attempts":1,\
      "createdAt":"2026-11-29T10:15:02+08:00","requestedBy":"siti",\
      "sentAt":"2026-11-29T10:15:02+08:00","cupsJobId":7}]}
      """
    let (result, calls) = try kasir(
      ["printer", "jobs", "--limit", "5", "--lang", "en"],
      answering: ["id.kasir.Printer.Jobs": .reply(reply)])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines[2].contains("drawer") && lines[2].contains("pending"))
    #expect(lines[2].contains("printer unreachable: down"))
    #expect(lines[3].contains("20261129-0001") && lines[3].contains("sent"))
    #expect(calls.first?.parameters == .object(["limit": .int(5)]))
    let none = try kasir(
      ["printer", "jobs"], answering: ["id.kasir.Printer.Jobs": .reply(#"{"jobs":[]}"#)]
    ).result
    #expect(none.stdout.contains("Belum ada tugas cetak."))
  }

  @Test func drawerAndNotConfigured() throws {
    let (result, _) = try kasir(
      ["printer", "drawer"], answering: ["id.kasir.Printer.OpenDrawer": .reply(#"{"job":9}"#)])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Laci kas akan dibuka (job 9)."))
    let none = try kasir(
      ["printer", "status", "--lang", "en"],
      answering: ["id.kasir.Printer.Status": .error("id.kasir.Printer.NotConfigured")]
    ).result
    #expect(none.status == 1)
    #expect(none.stderr.contains("No receipt printer is configured"))
  }

  @Test func testQueuesATestPage() throws {
    let (result, calls) = try kasir(
      ["printer", "test"], answering: ["id.kasir.Printer.Test": .reply(#"{"job":12}"#)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "Halaman tes masuk antrean cetak (job 12).\n")
    #expect(calls.map(\.method) == ["id.kasir.Printer.Test"])
    #expect(calls.first?.parameters == .object([:]))
    let english = try kasir(
      ["printer", "test", "--lang", "en"],
      answering: ["id.kasir.Printer.Test": .reply(#"{"job":12}"#)]
    ).result
    #expect(english.stdout == "Test page queued for the printer (job 12).\n")
    let json = try kasir(
      ["printer", "test", "--json"], answering: ["id.kasir.Printer.Test": .reply(#"{"job":12}"#)]
    ).result
    #expect(json.stdout == "{\n  \"job\" : 12\n}\n")
  }

  /// A job as `Printer.Jobs` lists it.
  static func job(_ id: Int, _ state: String, lastError: String? = nil, cups: Int? = nil)
    -> String
  {
    let error = lastError.map { #","lastError":"\#($0)""# } ?? ""
    let cupsJob = cups.map { #","cupsJobId":\#($0)"# } ?? ""
    return #"""
      {"id":\#(id),"kind":"test","reference":"siti","state":"\#(state)","attempts":1,\#
      "createdAt":"2026-11-29T10:15:02+08:00","requestedBy":"siti"\#(error)\#(cupsJob)}
      """#
  }

  /// Answers `Printer.Test` with job 12 and each `Printer.Jobs` with the next of `jobs` (the
  /// last one again when they run out; a drawer job 13, newer, is always listed first).
  func waiting(_ arguments: [String], jobs: [String]) throws -> (
    result: ProcessResult, calls: [FakeVarlinkServer.ReceivedCall]
  ) {
    let polls = Counter()
    let newer = Self.job(13, "pending").replacingOccurrences(of: "\"test\"", with: "\"drawer\"")
    let server = try FakeVarlinkServer { call in
      switch call.method {
      case "id.kasir.Printer.Test": return .reply(#"{"job":12}"#)
      case "id.kasir.Printer.Jobs":
        return .reply(#"{"jobs":[\#(newer),\#(jobs[min(polls.next(), jobs.count - 1)])]}"#)
      default: return .error("org.varlink.service.MethodNotFound")
      }
    }
    defer { server.stop() }
    let result = try kasir(arguments + ["--socket", server.socketPath])
    return (result, server.calls)
  }

  @Test func testWaitFollowsTheJobUntilCupsHasIt() throws {
    let (result, calls) = try waiting(
      ["printer", "test", "--wait"],
      jobs: [Self.job(12, "pending"), Self.job(12, "pending"), Self.job(12, "sent", cups: 33)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout
        == "Halaman tes masuk antrean cetak (job 12).\n"
        + "Halaman tes sudah diterima CUPS (job 12, job CUPS 33).\n")
    #expect(
      calls.map(\.method) == ["id.kasir.Printer.Test"]
        + Array(repeating: "id.kasir.Printer.Jobs", count: 3))
    #expect(calls.last?.parameters == .object(["limit": .int(50)]))

    let json = try waiting(
      ["printer", "test", "--wait", "--json"], jobs: [Self.job(12, "sent", cups: 33)]
    ).result
    #expect(json.status == 0)
    #expect(json.stdout.contains(#""cupsJobId" : 33"#) && json.stdout.contains(#""id" : 12"#))
  }

  @Test func testWaitSaysWhenThePageFailedOrIsStillWaiting() throws {
    let failed = try waiting(
      ["printer", "test", "--wait", "--lang", "en"],
      jobs: [Self.job(12, "failed", lastError: "cannot be rendered")]
    ).result
    #expect(failed.status == 1)
    #expect(failed.stderr == "The test page failed (job 12): cannot be rendered\n")

    let pending = try waiting(
      ["printer", "test", "--wait", "--wait-seconds", "1"],
      jobs: [Self.job(12, "pending", lastError: "kasir-receipt is paused: Paused")]
    ).result
    #expect(pending.status == 1)
    #expect(
      pending.stderr
        == "Halaman tes belum terkirim setelah 1 detik (job 12); ia tetap di antrean. "
        + "Periksa `kasir printer status`.\nGalat terakhir: kasir-receipt is paused: Paused\n")

    let bad = try kasir(["printer", "test", "--wait", "--wait-seconds", "0"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("--wait-seconds harus antara 1 dan 600, bukan 0."))
  }
}

/// A thread-safe count of calls.
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0

  /// 0 on the first call, then 1, 2…
  func next() -> Int {
    lock.withLock {
      defer { value += 1 }
      return value
    }
  }
}
