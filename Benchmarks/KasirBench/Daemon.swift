import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A real kasird process on a private database and socket in `directory`, seeded with a
/// catalog CSV or with none; without a printer unless `printer` names a CUPS queue (and
/// `environment` holds its CUPS_SERVER). With `notify`, started as systemd starts it
/// (`NOTIFY_SOCKET`), and ready when it says `READY=1`.
final class Daemon {
  let socket: String
  let log: String
  /// From `Process.run()` to the socket file appearing (or, with `notify`, to `READY=1`), in
  /// nanoseconds.
  let startupNanoseconds: Int64
  private let process: Process

  init(
    executable: String, config: String, seed: String?, directory: String, printer: String = "",
    environment: [String: String] = [:], notify: NotifySocket? = nil
  ) throws {
    guard FileManager.default.isExecutableFile(atPath: executable) else {
      throw BenchError("no kasird at \(executable); build it with `swift build -c release`")
    }
    socket = directory + "/k.sock"
    log = directory + "/kasird.log"
    process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = [
      "--config", config, "--database", directory + "/kasir.sqlite", "--socket", socket,
      "--printer", printer, "--log-level", "warning",
    ]
    if let seed { process.arguments! += ["--seed", seed] }
    var environment = environment
    if let notify { environment["NOTIFY_SOCKET"] = notify.path }
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    _ = FileManager.default.createFile(atPath: log, contents: nil)
    process.standardError = FileHandle(forWritingAtPath: log)
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    let start = Stopwatch.now()
    try process.run()
    let deadline = start + 20_000_000_000
    while !(notify?.receivedReady(milliseconds: 1) ?? FileManager.default.fileExists(atPath: socket))
    {
      guard process.isRunning, Stopwatch.now() < deadline else {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        let what = notify == nil ? "create its socket" : "send READY=1"
        throw BenchError("kasird did not \(what); its log:\n\(text)")
      }
      if notify == nil { usleep(1000) }
    }
    startupNanoseconds = Stopwatch.now() - start
  }

  /// A daemon nobody stopped (a run that failed half-way, e.g. in `LargeCatalog`'s imports)
  /// must not outlive the run.
  deinit { stop() }

  var logText: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

  /// The daemon's resident set size in KiB, from /proc.
  var residentKiB: Int? { status("VmRSS:") }

  /// The most the daemon's resident set has been so far (its high-water mark), in KiB.
  var peakResidentKiB: Int? { status("VmHWM:") }

  /// A figure of /proc/PID/status in KiB, e.g. `VmRSS:`, `RssAnon:`, `RssFile:`.
  func status(_ key: String) -> Int? { Self.status(pid: process.processIdentifier, key) }

  /// A figure of /proc/`pid`/status in KiB.
  static func status(pid: Int32, _ key: String) -> Int? {
    let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
    guard let line = status?.split(separator: "\n").first(where: { $0.hasPrefix(key) })
    else { return nil }
    return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
  }

  /// The CPU time (user + system) kasird has used so far, in milliseconds, from /proc.
  var cpuMilliseconds: Int? {
    guard
      let stat = try? String(
        contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    // After "pid (comm)": field 3 is the state, so utime (14) and stime (15) are at 11 and 12.
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else {
      return nil
    }
    return (user + system) * 1000 / sysconf(Int32(_SC_CLK_TCK))
  }

  /// SIGTERM, then SIGKILL after five seconds; the exit status.
  @discardableResult
  func stop() -> Int32 {
    guard process.isRunning else { return process.terminationStatus }
    process.terminate()
    let deadline = Stopwatch.now() + 5_000_000_000
    while process.isRunning, Stopwatch.now() < deadline { usleep(10_000) }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    return process.terminationStatus
  }
}
