import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// kasird as a real process on the demo catalog, in a temporary folder, without a printer
/// unless one is given. The fault tests kill it, starve it and feed it garbage. Unchecked
/// Sendable: a test hands it to a thread of its own but never uses it on two at once.
final class FaultShop: @unchecked Sendable {
  static let root = BuiltProducts.packageRoot.path
  let directory: String
  let socket: String
  let database: String
  let log: String
  private(set) var configPath: String
  var printer: String
  var environment: [String: String]
  private(set) var daemon = Process()
  /// kasird's wait status once this shop reaped it.
  private var waitStatus: Int32?

  /// `config`: kasird's configuration text (default: the demo shop with a socket anyone may
  /// open); `database`: where the database lives (default: in the shop's folder).
  init(
    config: String? = nil, database: String? = nil, printer: String = "",
    environment: [String: String] = [:]
  ) throws {
    directory = try TemporaryDirectory.make(prefix: "kf")
    chmod(directory, 0o755)
    socket = directory + "/k.sock"
    self.database = database ?? directory + "/kasir.sqlite"
    log = directory + "/kasird.log"
    configPath = directory + "/kasird.toml"
    self.printer = printer
    self.environment = environment
    try (config ?? Self.demoConfig).write(toFile: configPath, atomically: true, encoding: .utf8)
    _ = FileManager.default.createFile(atPath: log, contents: nil)
    try start()
  }

  /// The demo configuration: its socket has no group and mode 0666.
  static var demoConfig: String {
    (try? String(contentsOfFile: root + "/Config/kasird.demo.toml", encoding: .utf8)) ?? ""
  }

  /// Replaces the configuration file; it applies from the next start.
  func rewriteConfig(_ text: String) throws {
    try text.write(toFile: configPath, atomically: true, encoding: .utf8)
  }

  /// Starts kasird and waits until its socket accepts a connection.
  func start() throws {
    waitStatus = nil
    daemon = Process()
    daemon.executableURL = URL(fileURLWithPath: BuiltProducts.path("kasird"))
    daemon.arguments = [
      "--config", configPath, "--database", database, "--socket", socket, "--printer", printer,
      "--seed", Self.root + "/Config/demo-catalog.csv",
    ]
    daemon.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let handle = FileHandle(forWritingAtPath: log)
    handle?.seekToEndOfFile()
    daemon.standardError = handle
    try daemon.run()
    for _ in 0..<1000 {
      if (try? RawSocketClient(path: socket)) != nil { return }
      guard isAlive else { break }
      usleep(10_000)
    }
    throw FaultError("kasird did not start listening on \(socket); its log: \(logText)")
  }

  var pid: pid_t { daemon.processIdentifier }

  /// Whether the same kasird process still runs (not exited, not a zombie).
  var isAlive: Bool {
    guard waitStatus == nil, kill(pid, 0) == 0 else { return false }
    let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
    return !(stat.split(separator: ")").last?.hasPrefix(" Z") ?? true)
  }

  /// kill -9: no shutdown, no checkpoint; the stale socket file stays behind.
  func killHard() {
    kill(pid, SIGKILL)
    _ = waitForExit()
  }

  /// SIGTERM and wait: kasird's exit status.
  func terminate() -> Int32 {
    kill(pid, SIGTERM)
    return waitForExit()
  }

  /// Waits for kasird to end and reaps it: its exit status, or 128 + the signal that ended
  /// it. (waitpid here, not Process.waitUntilExit: that missed a crashed child once and spun.)
  func waitForExit() -> Int32 {
    if waitStatus == nil {
      var status: Int32 = 0
      while true {
        let result = waitpid(pid, &status, 0)
        if result == pid { break }
        if result == -1 && errno == EINTR { continue }
        // Foundation reaped it first.
        daemon.waitUntilExit()
        status =
          daemon.terminationReason == .exit
          ? daemon.terminationStatus << 8 : daemon.terminationStatus
        break
      }
      waitStatus = status
    }
    let status = waitStatus!
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + status & 0x7F
  }

  /// Starts kasird again on the same database (killing it first if it still runs).
  func restart() throws {
    if waitStatus == nil { killHard() }
    try? FileManager.default.removeItem(atPath: socket)
    try start()
  }

  /// A new blocking connection as this (root) process: the manager role.
  func client() throws -> RawSocketClient { try RawSocketClient(path: socket) }

  /// Runs the kasir client against this shop, in Indonesian unless `environment` says else.
  func kasir(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
    try ProcessRunner.run(
      BuiltProducts.path("kasir"), arguments,
      environment: ["KASIR_SOCKET": socket, "KASIR_LANG": "id"].merging(environment) { $1 })
  }

  /// One value from the database file, read with the sqlite3 tool beside the running daemon.
  func sql(_ query: String) throws -> String {
    let result = try ProcessRunner.run("/usr/bin/sqlite3", [database, query])
    guard result.status == 0 else { throw FaultError("sqlite3 \(query): \(result.stderr)") }
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  var logText: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

  func tearDown() {
    if waitStatus == nil { killHard() }
    try? FileManager.default.removeItem(atPath: directory)
  }
}

struct FaultError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
