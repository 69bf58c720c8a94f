import Foundation
import KasirProtocol
import KasirTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// `Sale.Pay` with kasird's receipt printer on a private cupsd that is stopped, hung
/// (SIGSTOP) or running: a sale must never wait for the printer. One kasird of its own prints
/// every receipt to a capture queue; each iteration opens a sale and scans one item (not
/// timed), then pays cash (timed). The states take turns within every round.
struct PrintingBenchmark {
  enum CupsState: String, CaseIterable {
    case stopped, hung, running

    var metric: String {
      switch self {
      case .stopped: return "Sale.Pay, cupsd stopped"
      case .hung: return "Sale.Pay, cupsd SIGSTOP"
      case .running: return "Sale.Pay, cupsd running"
      }
    }
  }

  var iterations: Int
  var warmup: Int
  var rounds: Int
  var kasird: String
  var config: String
  var seed: String
  var keep: Bool

  func run() throws -> [Summary] {
    let directory = "/tmp/kb-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { if !keep { try? FileManager.default.removeItem(atPath: directory) } }
    let cups = try PrivateCups.start(queue: "kasir-receipt")
    var paused: pid_t?
    defer {
      if let paused { kill(paused, SIGCONT) }
      if keep {
        try? cups.stopScheduler()
        progress("printing: kept \(directory) and cupsd's \(cups.directory)")
      } else {
        try? cups.stop()
      }
    }
    let daemon = try Daemon(
      executable: kasird, config: try quickRetryConfig(in: directory), seed: seed,
      directory: directory, printer: cups.queue, environment: ["CUPS_SERVER": cups.socket])
    defer { daemon.stop() }
    let till = try BenchConnection(path: daemon.socket)
    _ = try till.call(ShiftAPI.Open.self, .init(openingCash: 200_000))

    for _ in 0..<warmup { _ = try pay(on: till) }
    var samples: [CupsState: [Int64]] = [:]
    var sales = warmup
    var isRunning = true
    for round in 0..<rounds {
      for state in CupsState.allCases {
        switch state {
        case .stopped:
          try cups.stopScheduler()
          isRunning = false
        case .hung:
          if !isRunning { try cups.restartScheduler() }
          isRunning = true
          paused = cups.pid
          if let paused { kill(paused, SIGSTOP) }
        case .running:
          if let pid = paused { kill(pid, SIGCONT) }
          paused = nil
        }
        for _ in 0..<(iterations * (round + 1) / rounds - iterations * round / rounds) {
          samples[state, default: []].append(try pay(on: till))
          sales += 1
        }
      }
      progress("printing round \(round + 1)/\(rounds) done")
    }
    try checkEveryReceiptLandedOnce(cups: cups, till: till, sales: sales)
    return CupsState.allCases.map { Summary(name: $0.metric, samples: samples[$0] ?? []) }
  }

  /// Open, one scan, then `Pay` in cash timed alone.
  private func pay(on till: BenchConnection) throws -> Int64 {
    let sale = try till.call(SaleAPI.Open.self, .init()).reply.sale
    _ = try till.call(SaleAPI.AddItem.self, .init(saleId: sale.id, code: "8991234000206"))
    let request = try BenchConnection.request(
      SaleAPI.Pay.self, .init(saleId: sale.id, payments: [.init(method: "cash", amount: 10_000)]))
    return try till.checkedRoundTrip(request).nanoseconds
  }

  /// The demo configuration with retries every 1–2 s (so the queue catches up as soon as
  /// cupsd is back) and the default 5 s timeout on each request to cupsd.
  private func quickRetryConfig(in directory: String) throws -> String {
    let text = try String(contentsOfFile: config, encoding: .utf8).replacingOccurrences(
      of: "[printer]\n", with: "[printer]\nretry_initial_seconds = 1\nretry_max_seconds = 2\n")
    let path = directory + "/kasird-printing.toml"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// Waits (up to two minutes) for Kasir's queue to drain and CUPS to print what it was
  /// given, and checks that each sale's receipt landed exactly once: a wrong figure here
  /// means the run measured something broken.
  private func checkEveryReceiptLandedOnce(
    cups: PrivateCups, till: BenchConnection, sales: Int
  ) throws {
    let deadline = Date().addingTimeInterval(120)
    var pending = -1
    var files = 0
    while Date() < deadline {
      pending = try till.call(PrinterAPI.Status.self, Empty()).reply.pendingJobs
      files =
        ((try? FileManager.default.contentsOfDirectory(atPath: cups.outputDirectory)) ?? [])
        .filter { $0.hasPrefix("job-") && $0.hasSuffix(".bin") }.count
      if pending == 0 && files >= sales { break }
      usleep(200_000)
    }
    progress("printing: \(sales) sales, \(files) receipts landed, \(pending) still pending")
    guard pending == 0, files == sales else {
      throw BenchError("expected \(sales) receipts once each; \(files) landed, \(pending) pending")
    }
  }
}

extension Results {
  /// Adds figures measured apart from the main rounds, with their ratio to the echo.
  mutating func append(_ summaries: [Summary]) {
    let echo = results.first?.p50Ns
    for var summary in summaries {
      summary.p50OverEcho = echo.map { Double(summary.p50Ns) / Double($0) }
      results.append(summary)
      medians[summary.name] = summary.p50Ns
    }
  }
}
