import Foundation
import KasirTestSupport
import Testing

/// `kasir export` against a fake daemon: progress on a terminal, and no file after a refusal
/// or a lost connection.
@Suite struct ExportTests {
  static let chunk = #"{"chunk":"a,b\r\n1,2\r\n","encoding":"utf8","rows":1,"totalRows":1}"#

  func folder() throws -> String {
    let directory = "/tmp/kasir-export-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return directory
  }

  @Test func progressIsShownOnATerminal() async throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let server = try FakeVarlinkServer(["id.kasir.Report.Export": .reply(Self.chunk)])
    defer { server.stop() }
    let (screen, status) = try await onThread {
      try PseudoTerminal.run(
        BuiltProducts.path("kasir"),
        [
          "export", "sales", "--date", "2026-11-29", "-o", directory + "/s.csv", "--socket",
          server.socketPath,
        ], environment: ["KASIR_LANG": ""], steps: [.init(input: "", until: nil)])
    }
    #expect(status == 0, "\(screen)")
    #expect(screen.contains("Mengekspor sales: 1 dari 1 baris"), "\(screen)")
    #expect(try String(contentsOfFile: directory + "/s.csv", encoding: .utf8) == "a,b\r\n1,2\r\n")
    let call = try #require(server.calls.first)
    #expect(call.text.contains(#""more":true"#))
  }

  @Test func aRefusalOrALostConnectionLeavesNoFile() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let arguments = ["export", "sales", "--date", "2026-11-29", "-o", directory + "/s.csv"]
    let refused = try kasir(
      arguments,
      answering: ["id.kasir.Report.Export": .error("org.varlink.service.PermissionDenied")])
    #expect(refused.result.status == 4)
    let lost = try kasir(arguments, answering: ["id.kasir.Report.Export": .close])
    #expect(lost.result.status == 3, "\(lost.result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
  }
}
