import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Under systemd (JOURNAL_STREAM set) kasird writes `<N>message key=value` lines: journald adds
/// the time and maps `<N>` to the level. Without systemd each line carries its own timestamp.
@Suite(.serialized) struct JournalLoggingTests {
  /// Runs kasird until it answers one call, stops it with SIGTERM, and returns its stderr lines.
  func daemonLines(journal: Bool) async throws -> [String] {
    let directory = try TemporaryDirectory.make(prefix: "kj")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let socket = directory + "/k.sock"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: BuiltProducts.path("kasird"))
    process.arguments = [
      "--database", directory + "/k.sqlite", "--socket", socket, "--printer", "",
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["JOURNAL_STREAM"] = journal ? "8:12345" : nil
    process.environment = environment
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    for _ in 0..<500 where !FileManager.default.fileExists(atPath: socket) {
      try await Task.sleep(for: .milliseconds(10))
    }
    _ = try await onThread { try RawSocketClient(path: socket).call(AdminAPI.Info.self, Empty()) }
    kill(process.processIdentifier, SIGTERM)
    let data = try await onThread { errors.fileHandleForReading.readDataToEndOfFile() }
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  @Test func underSystemdEachLineHasALevelAndNoTimestamp() async throws {
    let lines = try await daemonLines(journal: true)
    #expect(!lines.isEmpty)
    for line in lines {
      #expect(line.range(of: #"^<[0-7]>"#, options: .regularExpression) != nil, "\(line)")
      #expect(line.range(of: #"\d{4}-\d\d-\d\dT\d\d:"#, options: .regularExpression) == nil)
    }
    let listening = try #require(lines.first { $0.contains("listening socket.path=") })
    #expect(listening.hasPrefix("<6>"))
  }

  @Test func withoutSystemdEachLineHasATimestamp() async throws {
    let lines = try await daemonLines(journal: false)
    let listening = try #require(lines.first { $0.contains("listening") })
    #expect(
      listening.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d"#, options: .regularExpression) != nil)
    #expect(listening.contains("info"))
  }

  /// The start names the database and SQLite's version, and shows that SQLite's memory
  /// statistics were turned off before the first connection (`Store.memoryStatisticsOff`).
  @Test func theStartNamesTheDatabaseAndSQLite() async throws {
    let lines = try await daemonLines(journal: true)
    let opened = try #require(lines.first { $0.contains("database opened") }, "\(lines)")
    #expect(opened.hasPrefix("<6>"))
    #expect(opened.contains("/k.sqlite"))
    #expect(opened.range(of: #"sqlite\.version=3\.\d+"#, options: .regularExpression) != nil)
    #expect(opened.contains("sqlite.memoryStatistics=off"), "\(opened)")
  }
}
