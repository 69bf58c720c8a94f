import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The shipped systemd units verify cleanly and score as hardened, and kasird adopts a socket
/// that systemd passes it.
@Suite(.serialized) struct SystemdUnitTests {
  let root = BuiltProducts.packageRoot.path

  /// The units in a temporary directory, with ExecStart pointing at the built kasird.
  func stagedUnits() throws -> String {
    let directory = try TemporaryDirectory.make(prefix: "ku")
    for unit in ["kasird.socket", "kasird.service"] {
      let text = try String(contentsOfFile: root + "/systemd/" + unit, encoding: .utf8)
        .replacingOccurrences(of: "/usr/local/bin/kasird", with: BuiltProducts.path("kasird"))
      try text.write(toFile: directory + "/" + unit, atomically: true, encoding: .utf8)
    }
    return directory
  }

  @Test
  func theUnitsVerifyWithoutAWord() throws {
    let directory = try stagedUnits()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let result = try ProcessRunner.run(
      "/usr/bin/systemd-analyze",
      ["verify", directory + "/kasird.socket", directory + "/kasird.service"])
    #expect(result.status == 0)
    // verify exits 0 even for unknown keys: its output must be empty.
    #expect(result.stdout.isEmpty && result.stderr.isEmpty, "\(result.stdout)\(result.stderr)")
  }

  @Test
  func theServiceIsHardened() throws {
    let directory = try stagedUnits()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let result = try ProcessRunner.run(
      "/usr/bin/systemd-analyze",
      ["security", "--offline=true", "--threshold=25", directory + "/kasird.service"])
    #expect(result.status == 0, "\(result.stdout)")
    let line = try #require(
      result.stdout.split(separator: "\n").first { $0.contains("Overall exposure level") })
    let score = line.split(separator: " ").compactMap { Double($0) }.first
    #expect(score.map { $0 <= 2.5 } == true, "\(line)")
  }

  @Test
  func kasirdAdoptsTheSocketSystemdPasses() async throws {
    let directory = try TemporaryDirectory.make(prefix: "ka")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let socket = directory + "/k.sock"
    let activator = Process()
    activator.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-socket-activate")
    activator.arguments = [
      "-l", socket, BuiltProducts.path("kasird"), "--database", directory + "/k.sqlite",
      "--socket", directory + "/unused.sock", "--printer", "",
    ]
    activator.standardError = FileHandle(forWritingAtPath: "/dev/null")
    try activator.run()
    defer {
      kill(activator.processIdentifier, SIGKILL)
      activator.waitUntilExit()
    }
    for _ in 0..<200 where !FileManager.default.fileExists(atPath: socket) {
      try await Task.sleep(for: .milliseconds(10))
    }
    // The first connection starts kasird on the inherited socket; it never binds its own.
    let info = try await onThread {
      try RawSocketClient(path: socket).call(AdminAPI.Info.self, Empty())
    }
    #expect(info.database == directory + "/k.sqlite")
    #expect(!FileManager.default.fileExists(atPath: directory + "/unused.sock"))
    kill(activator.processIdentifier, SIGTERM)
    activator.waitUntilExit()
    #expect(activator.terminationStatus == 0)
  }
}
