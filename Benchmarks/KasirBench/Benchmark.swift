import Foundation
import KasirProtocol

/// One run: an echo server and a kasird on a fresh temporary directory, every scenario warmed
/// up, then measured in rounds that interleave the scenarios, so the echo and kasird see the
/// same machine at the same moments.
struct Benchmark {
  var iterations: Int
  var warmup: Int
  var rounds: Int
  var kasird: String
  var config: String
  var seed: String
  var keep: Bool
  /// Products in the large catalog (`LargeCatalog`); 0 leaves it out.
  var products = 50_000
  /// Seconds of concurrent sales per side (1 client, `clients` clients).
  var concurrentSeconds = 12.0
  var clients = 8
  /// Starts timed to READY=1 on each database.
  var starts = 7

  func run() throws -> Results {
    let machine = Results.Machine.current
    if let load = Double(machine.loadAverageAtStart), load > 0.5 {
      progress("warning: load average \(load): other work shares the cores; figures will be worse")
    }
    let directory = "/tmp/kb-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { if !keep { try? FileManager.default.removeItem(atPath: directory) } }

    let echoServer = try EchoServer(path: directory + "/echo.sock")
    defer { echoServer.stop() }
    let echoProcess = try EchoProcess(path: directory + "/echo-process.sock")
    defer { echoProcess.stop() }
    let nioEcho = try EchoProcess(path: directory + "/echo-nio.sock", flag: "--serve-nio-echo")
    defer { nioEcho.stop() }
    let daemon = try Daemon(executable: kasird, config: config, seed: seed, directory: directory)
    defer { daemon.stop() }
    progress("kasird ready in \(daemon.startupNanoseconds / 1_000_000) ms, pid log \(daemon.log)")
    let catalog =
      products > 0
      ? try LargeCatalog(
        kasird: kasird, config: config, directory: directory, products: products,
        dryRuns: rounds > 3)
      : nil
    defer { catalog?.daemon.stop() }

    let echo = try BenchConnection(path: echoServer.path)
    let echoAcross = try BenchConnection(path: echoProcess.path)
    let echoNIO = try BenchConnection(path: nioEcho.path)
    let till = try BenchConnection(path: daemon.socket)
    let info = try till.call(ServiceAPI.GetInfo.self, .init()).reply
    _ = try till.call(ShiftAPI.Open.self, .init(openingCash: 200_000))

    // The reads (with the echoes they are judged against) first, then the writes, in every
    // round: each write is fsync'd, and the flushes it sets off share the two cores with
    // whatever runs next. The stock check at 50k products used to run right after the writes:
    // its p90 was 74 µs, against 41 µs for the demo catalog's, which ran before them.
    var scenarios = [
      try Scenarios.echo(echo),
      try Scenarios.echo(echoAcross, name: "echo (other process)"),
      try Scenarios.echo(echoNIO, name: "echo (SwiftNIO, other process)"),
      try Scenarios.getInfo(till),
      try Scenarios.getLevel(till),
      try Scenarios.searchProducts(till),
    ]
    if let catalog {
      let connection = try BenchConnection(path: catalog.daemon.socket)
      scenarios += [
        try catalog.getLevelScenario(connection), try catalog.searchScenario(connection),
      ]
    }
    scenarios += [
      try Scenarios.addItem(till),
      try Scenarios.fiveLineSale(till),
      try Scenarios.fsyncBaseline(directory: directory),
      try BarePay.scenario(kasird: kasird, config: config, seed: seed, directory: directory),
    ]
    for scenario in scenarios {
      for _ in 0..<max(warmup / scenario.divisor, 1) { _ = try scenario.step() }
    }
    var samples = scenarios.map { [[Int64]](repeating: [], count: $0.metrics.count) }
    let cpuBefore = daemon.cpuMilliseconds
    let start = Stopwatch.now()
    for round in 0..<rounds {
      for (index, scenario) in scenarios.enumerated() {
        // Spread each scenario's iterations evenly over the rounds.
        let total = max(iterations / scenario.divisor, 1)
        for _ in 0..<(total * (round + 1) / rounds - total * round / rounds) {
          for (metric, sample) in try scenario.step().enumerated() {
            samples[index][metric].append(sample)
          }
        }
      }
      progress("round \(round + 1)/\(rounds) done")
    }
    let measuredNanoseconds = Stopwatch.now() - start
    let cpuMilliseconds = daemon.cpuMilliseconds.flatMap { after in cpuBefore.map { after - $0 } }

    var summaries: [Summary] = []
    for (index, scenario) in scenarios.enumerated() {
      for (metric, name) in scenario.metrics.enumerated() {
        summaries.append(Summary(name: name, samples: samples[index][metric]))
      }
      if let pooled = scenario.pooled {
        summaries.append(Summary(name: pooled, samples: samples[index].flatMap { $0 }))
      }
    }
    let echoP50 = summaries[0].p50Ns
    let roundTrips = Set(
      scenarios.filter(\.isRoundTrip).flatMap { $0.metrics + ($0.pooled.map { [$0] } ?? []) })
    for index in summaries.indices.dropFirst() where roundTrips.contains(summaries[index].name) {
      summaries[index].p50OverEcho = Double(summaries[index].p50Ns) / Double(echoP50)
    }
    let rss = daemon.residentKiB
    let echoMemory = echoProcess.memory
    let throughput = try ConcurrentSales(
      socket: daemon.socket, clients: clients, seconds: concurrentSeconds,
      turns: rounds > 3 ? 3 : 1
    ).run()
    let status = daemon.stop()
    if status != 0 { progress("warning: kasird exited with status \(status)") }
    catalog?.daemon.stop()
    let startups = try startups(directory: directory, catalog: catalog)
    var machineAfter = machine
    machineAfter.loadAverageAtEnd = Results.Machine.loadAverage
    return Results(
      date: ISO8601DateFormatter().string(from: Date()), machine: machineAfter,
      kasird: .init(
        path: kasird, version: info.version, startupMs: daemon.startupNanoseconds / 1_000_000,
        residentKiBAfterRun: rss, cpuMsDuringMeasurement: cpuMilliseconds, exitStatus: status),
      iterations: iterations, warmup: warmup, rounds: rounds,
      measuredSeconds: Double(measuredNanoseconds / 1_000_000) / 1000, results: summaries,
      products: catalog?.products, imports: catalog?.imports,
      medians: Dictionary(uniqueKeysWithValues: summaries.map { ($0.name, $0.p50Ns) }),
      throughput: throughput, startups: startups, echoProcessMemory: echoMemory)
  }
}

extension Benchmark {
  /// kasird started again, as systemd starts it, on the demo database the rounds used and on
  /// the large catalog's: time to READY=1 and memory when idle.
  func startups(directory: String, catalog: LargeCatalog?) throws -> [Results.Startup] {
    let startup = StartupBenchmark(kasird: kasird, config: config, starts: starts)
    var runs = [
      try startup.run(
        name: "demo catalog", directory: directory, codes: ["BER-MED", "8991234000206"],
        queries: ["beras", "kopi"])
    ]
    if let catalog {
      let codes = (0..<8).map { CatalogGenerator.item($0 * 6007 % catalog.products).item.sku }
      runs.append(
        try startup.run(
          name: "\(catalog.products / 1000)k products", directory: directory + "/catalog",
          codes: codes, queries: ["beras", "kop", "minyak goreng"]))
    }
    return runs
  }
}

/// A line on stderr, so stdout keeps only the table.
func progress(_ text: String) {
  FileHandle.standardError.write(Data("kasir-bench: \(text)\n".utf8))
}
