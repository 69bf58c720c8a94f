import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Everything one run found, as written to the JSON file.
struct Results: Codable {
  struct Machine: Codable {
    var nproc: Int
    var kernel: String
    var cpu: String
    var memoryMiB: UInt64
    /// /proc/loadavg's 1-minute figure when the run started and when it ended: anything
    /// well above 0 means other work shared the cores and the figures are pessimistic.
    var loadAverageAtStart: String
    var loadAverageAtEnd: String?

    static var current: Machine {
      var name = utsname()
      uname(&name)
      let release = withUnsafeBytes(of: &name.release) {
        String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
      }
      let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
      let model =
        cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
        .flatMap { $0.split(separator: ":", maxSplits: 1).last }
        .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
      return Machine(
        nproc: ProcessInfo.processInfo.activeProcessorCount, kernel: release, cpu: model,
        memoryMiB: ProcessInfo.processInfo.physicalMemory >> 20, loadAverageAtStart: loadAverage)
    }

    static var loadAverage: String {
      let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?"
      return String(text.split(separator: " ").first ?? "?")
    }
  }

  struct Daemon: Codable {
    var path: String
    var version: String
    var startupMs: Int64
    var residentKiBAfterRun: Int?
    /// kasird's user + system CPU time while the scenarios were measured (not the warm-up).
    var cpuMsDuringMeasurement: Int?
    var exitStatus: Int32
  }

  /// One timed `kasir product import` on the large catalog.
  struct ImportRun: Codable {
    var name: String
    var rows: Int
    var bytes: Int
    var milliseconds: Int64
    var created: Int
    var updated: Int
    var unchanged: Int
    /// kasird's VmHWM after the import: the most memory it has held so far.
    var kasirdPeakKiB: Int?
  }

  /// One `kasir export` of a year of a busy shop (`--export-year`).
  struct ExportRun: Codable {
    var name: String
    /// Data rows in the file (CSV only).
    var rows: Int?
    var bytes: Int
    var milliseconds: Int64
    /// kasird's VmHWM before the export (after its start) and after it.
    var kasirdPeakKiBBefore: Int?
    var kasirdPeakKiB: Int?
    /// kasird's user + system CPU time during the export; the rest of the wall time is the
    /// client's and the wait between them.
    var kasirdCpuMs: Int?

    var line: String {
      func mib(_ kib: Int?) -> String { kib.map { "\($0 / 1024) MiB" } ?? "?" }
      let csv = name.hasSuffix("csv")
      let time =
        csv
        ? (milliseconds < ExportBenchmark.csvTargetMs
          ? " (target < 10 s: met)" : " (target < 10 s: MISSED)") : ""
      let peak = (kasirdPeakKiB ?? .max) < ExportBenchmark.peakTargetKiB ? "met" : "MISSED"
      return
        "\(name): \(rows.map { "\($0) rows, " } ?? "")\(bytes / 1024) KiB in \(milliseconds) ms\(time); "
        + "kasird peak RSS \(mib(kasirdPeakKiBBefore)) before, \(mib(kasirdPeakKiB)) after "
        + "(target < 100 MB: \(peak)); kasird CPU \(kasirdCpuMs.map { "\($0) ms" } ?? "?")"
    }
  }

  var date: String
  var machine: Machine
  var kasird: Daemon
  var iterations: Int
  var warmup: Int
  var rounds: Int
  var measuredSeconds: Double
  var results: [Summary]
  /// The large catalog's product count and its imports; nil when run with `--products 0`.
  var products: Int?
  var imports: [ImportRun]?
  /// The year's exports; nil without `--export-year`.
  var exportSales: Int?
  var exports: [ExportRun]?
  /// p50 in nanoseconds by scenario name, for scripts that want one number each.
  var medians: [String: Int64]
  /// Sales completed by 1 client and by several at once (`ConcurrentSales`).
  var throughput: [Throughput]?
  /// kasird's start to READY=1 and its idle memory, per database (`StartupBenchmark`).
  var startups: [Startup]?
  /// The echo process's memory at the end of the rounds: what a Swift process that does
  /// nothing holds, beside kasird's idle RSS.
  var echoProcessMemory: Memory?
  /// Each of the issue's figures beside its limit from the same run (`Results+Targets`).
  var targets: [Target]?

  /// Sales per second with `clients` tills selling at once, and each call's times.
  struct Throughput: Codable {
    var clients: Int
    var seconds: Double
    var sales: Int
    var calls: Int
    var salesPerSecond: Double
    var callsPerSecond: Double
    var perCall: [Summary]
  }

  /// The table for the terminal, in microseconds.
  var table: String {
    func micros(_ nanoseconds: Int64) -> String {
      String(format: "%.1f", Double(nanoseconds) / 1000)
    }
    func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
      let padding = String(repeating: " ", count: max(0, width - text.count))
      return left ? text + padding : padding + text
    }
    var lines = [
      "kasir-bench \(date) · \(machine.nproc) cores · Linux \(machine.kernel) · kasird \(kasird.version)",
      pad("scenario", 24, left: true) + pad("n", 7) + pad("min", 9) + pad("p50", 9) + pad("p90", 9)
        + pad("p99", 9) + pad("max", 10) + pad("p50/echo", 10),
    ]
    for result in results {
      lines.append(
        pad(result.name, 24, left: true) + pad("\(result.iterations)", 7)
          + pad(micros(result.minNs), 9) + pad(micros(result.p50Ns), 9)
          + pad(micros(result.p90Ns), 9) + pad(micros(result.p99Ns), 9)
          + pad(micros(result.maxNs), 10)
          + pad(result.p50OverEcho.map { String(format: "%.2f×", $0) } ?? "—", 10))
    }
    for run in imports ?? [] {
      lines.append(
        "import \(run.name): \(run.rows) rows (\(run.bytes / 1024) KiB) in \(run.milliseconds) ms, "
          + "\(run.created) created, \(run.updated) updated, \(run.unchanged) unchanged; "
          + "kasird peak RSS \(run.kasirdPeakKiB.map { "\($0 / 1024) MiB" } ?? "?")")
    }
    for run in exports ?? [] { lines.append("export \(run.line)") }
    for run in throughput ?? [] {
      lines.append(
        "\(run.clients) client(s): \(run.sales) sales, \(run.calls) calls in "
          + String(
            format: "%.1f s: %.1f sales/s, %.0f calls/s", run.seconds, run.salesPerSecond,
            run.callsPerSecond))
      for call in run.perCall {
        lines.append(
          "  " + pad(call.name, 22, left: true) + pad("\(call.iterations)", 7)
            + pad(micros(call.minNs), 9) + pad(micros(call.p50Ns), 9) + pad(micros(call.p90Ns), 9)
            + pad(micros(call.p99Ns), 9) + pad(micros(call.maxNs), 10))
      }
    }
    for run in startups ?? [] { lines.append(run.line) }
    for target in targets ?? [] { lines.append(target.line) }
    lines.append(
      "load average \(machine.loadAverageAtStart) at the start, \(machine.loadAverageAtEnd ?? "?") at the end; "
        + "times in µs; kasird started in \(kasird.startupMs) ms, RSS after the run \(kasird.residentKiBAfterRun.map { "\($0 / 1024) MiB" } ?? "?")"
        + "; kasird used \(kasird.cpuMsDuringMeasurement.map { "\($0)" } ?? "?") ms of CPU in "
        + "\(String(format: "%.1f", measuredSeconds)) s of measurement"
    )
    return lines.joined(separator: "\n")
  }
}
