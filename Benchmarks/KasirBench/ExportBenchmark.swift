import Foundation
import KasirTestSupport

/// A year of a busy shop exported by `kasir export`: the database is filled by direct SQL
/// (`ExportYearData`, through the `sqlite3` shell) after kasird has migrated and seeded it;
/// then each export runs against a freshly started kasird, timed from the client's start to
/// its exit, with kasird's VmHWM (peak RSS) read before and after.
struct ExportBenchmark {
  /// The targets: CSV in under 10 s, kasird under 100 MB while exporting.
  static let csvTargetMs: Int64 = 10_000
  static let peakTargetKiB = 100 * 1024

  var kasird: String
  var config: String
  var seed: String
  var sales: Int
  var keep: Bool

  func run() throws -> [Results.ExportRun] {
    let directory = "/tmp/kb-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer {
      if keep {
        progress("export: kept \(directory)")
      } else {
        try? FileManager.default.removeItem(atPath: directory)
      }
    }
    let seeded = try Daemon(executable: kasird, config: config, seed: seed, directory: directory)
    guard seeded.stop() == 0 else { throw BenchError("kasird failed: \(seeded.logText)") }
    let start = Stopwatch.now()
    let filled = try ProcessRunner.run(
      "/usr/bin/sqlite3", [directory + "/kasir.sqlite"], input: ExportYearData.sql(sales: sales))
    guard filled.status == 0 else { throw BenchError("sqlite3 failed: \(filled.stderr)") }
    progress(
      "export: \(sales) sales, \(sales * ExportYearData.linesPerSale) lines inserted in "
        + "\((Stopwatch.now() - start) / 1_000_000) ms")
    var runs: [Results.ExportRun] = []
    for (kind, format) in [("lines", "csv"), ("lines", "xlsx"), ("sales", "csv")] {
      runs.append(try export(kind, format, directory: directory))
    }
    return runs
  }

  /// One `kasir export KIND --format FORMAT` of the whole year on a kasird of its own.
  private func export(_ kind: String, _ format: String, directory: String) throws
    -> Results.ExportRun
  {
    let daemon = try Daemon(executable: kasird, config: config, seed: nil, directory: directory)
    defer { daemon.stop() }
    let before = daemon.peakResidentKiB
    let cpuBefore = daemon.cpuMilliseconds
    let file = directory + "/\(kind).\(format)"
    let year = ExportYearData.year
    let start = Stopwatch.now()
    let result = try ProcessRunner.run(
      BuiltProducts.path("kasir"),
      [
        "export", kind, "--from", "\(year)-01-01", "--to", "\(year)-12-31", "--format", format,
        "-o", file, "--force",
      ],
      environment: ["KASIR_SOCKET": daemon.socket])
    let milliseconds = (Stopwatch.now() - start) / 1_000_000
    guard result.status == 0 else {
      throw BenchError("export \(kind) \(format) failed: \(result.stderr)\n\(daemon.logText)")
    }
    let after = daemon.peakResidentKiB
    let cpu = daemon.cpuMilliseconds.flatMap { now in cpuBefore.map { now - $0 } }
    let bytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
    let rows = try format == "csv" ? Self.csvRows(file) : nil
    try? FileManager.default.removeItem(atPath: file)
    let run = Results.ExportRun(
      name: "\(kind) \(format)", rows: rows, bytes: bytes, milliseconds: milliseconds,
      kasirdPeakKiBBefore: before, kasirdPeakKiB: after, kasirdCpuMs: cpu)
    progress("export: " + run.line)
    return run
  }

  /// The data rows of a CSV export (lines less the header); a quoted field never holds a
  /// line break in these exports.
  private static func csvRows(_ path: String) throws -> Int {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return data.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 } - 1
  }
}
