import Foundation
import KasirTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A private cupsd with a capture queue and kasird as a real process, on the demo catalog.
final class DemoShop {
  let root = BuiltProducts.packageRoot.path
  let directory: String
  let socket: String
  let receipts: String
  let cupsServer: String
  private(set) var daemon = Process()
  let daemonLog: String
  let config: String
  let printer: String

  /// `config`: the text of kasird's configuration file (default: Config/kasird.demo.toml);
  /// `printer`: the CUPS queue kasird prints to (the private cupsd has only kasir-receipt).
  init(config: String? = nil, printer: String = "kasir-receipt") throws {
    directory = try TemporaryDirectory.make(prefix: "ke")
    chmod(directory, 0o755)
    self.printer = printer
    if let config {
      self.config = directory + "/kasird.toml"
      try config.write(toFile: self.config, atomically: true, encoding: .utf8)
    } else {
      self.config = root + "/Config/kasird.demo.toml"
    }
    socket = directory + "/k.sock"
    receipts = directory + "/receipts"
    daemonLog = directory + "/kasird.log"
    let cups = try ProcessRunner.run(
      root + "/scripts/cups-private", ["start", directory + "/cups", "kasir-receipt", receipts])
    guard cups.status == 0,
      let line = cups.stdout.split(separator: "\n").last(where: { $0.hasPrefix("CUPS_SERVER=") })
    else { throw SetupError("cups-private start failed: \(cups.stdout) \(cups.stderr)") }
    cupsServer = String(line.dropFirst("CUPS_SERVER=".count))
    _ = FileManager.default.createFile(atPath: daemonLog, contents: nil)
    try startDaemon()
  }

  /// Starts kasird on this shop's database and waits for its socket. The demo catalog is
  /// seeded only where a product is missing, so a restart changes nothing.
  func startDaemon() throws {
    daemon = Process()
    daemon.executableURL = URL(fileURLWithPath: BuiltProducts.path("kasird"))
    daemon.arguments = [
      "--config", config, "--database", directory + "/kasir.sqlite", "--socket", socket,
      "--printer", printer, "--seed", root + "/Config/demo-catalog.csv",
    ]
    daemon.environment = ProcessInfo.processInfo.environment.merging(["CUPS_SERVER": cupsServer]) {
      $1
    }
    let logHandle = FileHandle(forWritingAtPath: daemonLog)
    logHandle?.seekToEndOfFile()
    daemon.standardError = logHandle
    try daemon.run()
    for _ in 0..<500 where !FileManager.default.fileExists(atPath: socket) {
      usleep(20_000)
    }
    guard FileManager.default.fileExists(atPath: socket) else {
      throw SetupError("kasird did not create its socket: \(log)")
    }
  }

  /// `kill -9`: no shutdown, no checkpoint; the stale socket file stays behind.
  func killHard() {
    kill(daemon.processIdentifier, SIGKILL)
    daemon.waitUntilExit()
  }

  /// Starts kasird again on the same database after `killHard` or `terminate`.
  func restart() throws {
    if daemon.isRunning { killHard() }
    try? FileManager.default.removeItem(atPath: socket)
    try startDaemon()
  }

  /// Stops the private cupsd (the printer is gone; the queue and its output stay).
  func stopCups() throws {
    let result = try ProcessRunner.run(
      root + "/scripts/cups-private", ["stop", directory + "/cups"])
    guard result.status == 0 else { throw SetupError("cups-private stop: \(result.stderr)") }
  }

  /// Starts the private cupsd again, on the same socket, queue and output folder.
  func startCups() throws {
    let result = try ProcessRunner.run(
      root + "/scripts/cups-private", ["start", directory + "/cups", "kasir-receipt", receipts])
    guard result.status == 0 else { throw SetupError("cups-private start: \(result.stderr)") }
  }

  var log: String { (try? String(contentsOfFile: daemonLog, encoding: .utf8)) ?? "" }

  /// Runs the kasir client against this shop.
  func kasir(
    _ arguments: [String], environment: [String: String] = [:], input: String? = nil
  ) throws -> ProcessResult {
    try ProcessRunner.run(
      BuiltProducts.path("kasir"), arguments,
      environment: ["KASIR_SOCKET": socket, "KASIR_LANG": "id"].merging(environment) { $1 },
      input: input)
  }

  /// The receipt files that landed, oldest first, waiting up to `seconds` for `count` of them.
  func receiptFiles(count: Int, seconds: Double = 10) -> [String] {
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      let files = ((try? FileManager.default.contentsOfDirectory(atPath: receipts)) ?? [])
        .filter { $0.hasPrefix("job-") && $0.hasSuffix(".bin") }
        .sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }  // job-9 before job-10
      if files.count >= count || Date() > deadline { return files.map { receipts + "/" + $0 } }
      usleep(50_000)
    }
  }

  /// SIGTERM and wait: kasird's exit status.
  func terminate() -> Int32 {
    daemon.terminate()
    daemon.waitUntilExit()
    return daemon.terminationStatus
  }

  func tearDown() {
    if daemon.isRunning {
      kill(daemon.processIdentifier, SIGKILL)
      daemon.waitUntilExit()
    }
    _ = try? ProcessRunner.run(root + "/scripts/cups-private", ["stop", directory + "/cups"])
    try? FileManager.default.removeItem(atPath: directory)
  }

  struct SetupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}

/// The value at a dotted path of a JSON document, e.g. `sale.id`.
func jsonValue(_ text: String, _ path: String) -> Any? {
  var value: Any? = try? JSONSerialization.jsonObject(with: Data(text.utf8))
  for key in path.split(separator: ".") {
    value = (value as? [String: Any])?[String(key)]
  }
  return value
}
