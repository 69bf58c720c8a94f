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
}
