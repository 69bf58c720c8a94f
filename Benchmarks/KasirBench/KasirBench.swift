import ArgumentParser
import Foundation
import KasirTestSupport

/// `kasir-bench`: round trips to a real kasird beside a bare Unix-socket echo, in one run.
@main
struct KasirBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kasir-bench",
    abstract: "Measure kasird round trips against a bare Unix-socket echo in the same run.")

  @Option(help: "Measured iterations per scenario.")
  var iterations = 5000
  @Option(help: "Warm-up iterations per scenario (default: a tenth of the iterations, 20–500).")
  var warmup: Int?
  @Flag(help: "A short run for CI smoke tests (300 iterations).")
  var quick = false
  @Option(help: "The kasird to measure. Default: the one beside kasir-bench.")
  var kasird: String?
  @Option(help: "Where to write the results as JSON.")
  var json = BuiltProducts.packageRoot.appendingPathComponent("Benchmarks/results/latest.json").path
  @Option(help: "Products in the large catalog (imports, search, stock check); 0 leaves it out.")
  var products = 50_000
  @Flag(help: "Also export a year of a busy shop (150,000 sales) as CSV and XLSX.")
  var exportYear = false
  @Option(help: "Sales in the --export-year database (five lines each).")
  var exportSales = 150_000
  @Flag(help: "Keep the temporary directory (database, kasird log).")
  var keep = false
  @Option(help: .hidden)
  var serveEcho: String?
  @Option(help: .hidden)
  var serveNioEcho: String?

  func validate() throws {
    guard iterations > 0 else { throw ValidationError("--iterations must be positive") }
    guard exportSales >= 1000 else { throw ValidationError("--export-sales must be at least 1000") }
    guard products == 0 || products >= LargeCatalog.importRows else {
      throw ValidationError("--products must be 0 or at least \(LargeCatalog.importRows)")
    }
  }

  func run() throws {
    if let serveEcho { try EchoProcess.serve(path: serveEcho) }
    if let serveNioEcho { try NIOEcho.serve(path: serveNioEcho) }
    let root = BuiltProducts.packageRoot.path
    let count = quick ? 300 : iterations
    let benchmark = Benchmark(
      iterations: count, warmup: warmup ?? min(max(count / 10, 20), 500),
      rounds: quick ? 3 : 10, kasird: kasird ?? BuiltProducts.path("kasird"),
      config: root + "/Config/kasird.demo.toml", seed: root + "/Config/demo-catalog.csv",
      keep: keep, products: products)
    var results = try onOwnThread { try benchmark.run() }
    let printing = PrintingBenchmark(
      iterations: max(count / 5, 1), warmup: max(benchmark.warmup / 5, 5), rounds: benchmark.rounds,
      kasird: benchmark.kasird, config: benchmark.config, seed: benchmark.seed, keep: keep)
    results.append(try onOwnThread { try printing.run() })
    if exportYear {
      let export = ExportBenchmark(
        kasird: benchmark.kasird, config: benchmark.config, seed: benchmark.seed,
        sales: exportSales, keep: keep)
      results.exportSales = exportSales
      results.exports = try onOwnThread { try export.run() }
    }
    print(results.table)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let url = URL(fileURLWithPath: json)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try encoder.encode(results).write(to: url)
    progress("results written to \(json)")
  }
}

/// Runs blocking work on a Foundation thread of its own and waits for it: the socket calls
/// never touch Swift's cooperative pool.
func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) throws -> T {
  let done = DispatchSemaphore(value: 0)
  let box = ResultBox<T>()
  let thread = Thread {
    box.result = Result { try body() }
    done.signal()
  }
  thread.name = "kasir-bench"
  thread.stackSize = 8 << 20
  thread.start()
  done.wait()
  return try box.result!.get()
}

/// Carries a result from the worker thread; the semaphore orders the write before the read.
private final class ResultBox<T>: @unchecked Sendable {
  var result: Result<T, any Error>?
}
