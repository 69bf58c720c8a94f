import Foundation
import KasirProtocol

/// kasird started as systemd starts it, on a database that already exists: timed from
/// spawning the process to the `READY=1` it sends on `NOTIFY_SOCKET` (after migrations are
/// checked and the socket is bound), `starts` times. After the last start a few calls
/// (stock checks and searches), then two seconds idle, then its memory from /proc.
struct StartupBenchmark {
  var kasird: String
  var config: String
  var starts: Int
  var idleSeconds: UInt32 = 2

  /// `directory` holds the database (`kasir.sqlite`) of a stopped kasird; `codes` are SKUs or
  /// barcodes to check and `queries` searches to run before the idle time.
  func run(name: String, directory: String, codes: [String], queries: [String]) throws
    -> Results.Startup
  {
    var samples: [Int64] = []
    var memory: Results.Memory?
    for start in 1...starts {
      let notify = try NotifySocket(path: directory + "/notify.sock")
      let daemon = try Daemon(
        executable: kasird, config: config, seed: nil, directory: directory, notify: notify)
      defer { daemon.stop() }
      samples.append(daemon.startupNanoseconds)
      if start == starts {
        let atReady = Results.Memory(status: daemon.status)
        let till = try BenchConnection(path: daemon.socket)
        _ = try till.call(ServiceAPI.GetInfo.self, .init())
        for code in codes { _ = try till.call(StockAPI.GetLevel.self, .init(code: code)) }
        for query in queries {
          _ = try till.call(CatalogAPI.SearchProducts.self, .init(query: query, limit: 20))
        }
        sleep(idleSeconds)
        memory = Results.Memory(status: daemon.status)
        memory?.residentKiBAtReady = atReady.residentKiB
      }
      guard daemon.stop() == 0 else { throw BenchError("kasird failed: \(daemon.logText)") }
    }
    let run = Results.Startup(
      name: name, toReady: Summary(name: "start to READY=1, \(name)", samples: samples),
      idle: memory!)
    progress(run.line)
    return run
  }
}

extension Results {
  /// kasird's memory from /proc/PID/status, in KiB.
  struct Memory: Codable {
    /// VmRSS: what it holds now; RssAnon its own heap and stacks, RssFile mapped files
    /// (the Swift runtime, Foundation, ICU data, SQLite, the database pages it mapped).
    var residentKiB: Int?
    var anonymousKiB: Int?
    var fileKiB: Int?
    /// VmHWM: the most it has held since it started.
    var peakKiB: Int?
    /// VmRSS right after READY=1, before any call.
    var residentKiBAtReady: Int?

    /// `status` reads a figure of /proc/PID/status (`Daemon.status`).
    init(status: (String) -> Int?) {
      residentKiB = status("VmRSS:")
      anonymousKiB = status("RssAnon:")
      fileKiB = status("RssFile:")
      peakKiB = status("VmHWM:")
    }
  }

  /// Starts on one database: the time to READY=1 and the memory when idle after the last.
  struct Startup: Codable {
    var name: String
    var toReady: Summary
    var idle: Memory

    var line: String {
      func mib(_ kib: Int?) -> String {
        kib.map { String(format: "%.1f MiB", Double($0) / 1024) } ?? "?"
      }
      return
        "start to READY=1, \(name): \(toReady.iterations) starts, p50 "
        + "\(toReady.p50Ns / 1_000_000) ms, max \(toReady.maxNs / 1_000_000) ms; idle RSS "
        + "\(mib(idle.residentKiB)) (\(mib(idle.anonymousKiB)) anonymous, \(mib(idle.fileKiB)) "
        + "files; \(mib(idle.residentKiBAtReady)) at READY), peak \(mib(idle.peakKiB))"
    }
  }
}
