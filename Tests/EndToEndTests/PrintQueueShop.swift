import Foundation
import KasirTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What the print-queue tests do with a demo shop: sell, ask the printer, poke its cupsd.
extension DemoShop {
  /// The demo configuration with quick print retries (1 s, at most 2 s) and a 2 s timeout
  /// on every request to cupsd.
  static var quickRetryConfig: String {
    get throws {
      let demo = try String(
        contentsOfFile: BuiltProducts.packageRoot.path + "/Config/kasird.demo.toml",
        encoding: .utf8)
      return demo.replacingOccurrences(
        of: "[printer]\n",
        with: "[printer]\ntimeout_seconds = 2\nretry_initial_seconds = 1\nretry_max_seconds = 2\n")
    }
  }

  /// Opens a sale, scans one item, pays cash: the sale number and how long Pay took.
  func sell() throws -> (number: String, payTook: TimeInterval) {
    let opened = try kasir(["sale", "open", "--json"])
    #expect(opened.status == 0, "\(opened.stderr)")
    let id = try #require(jsonValue(opened.stdout, "sale.id") as? Int)
    let number = try #require(jsonValue(opened.stdout, "sale.number") as? String)
    #expect(try kasir(["sale", "add", "\(id)", "8991234000206"]).status == 0)
    let started = Date()
    let paid = try kasir(["sale", "pay", "\(id)", "--cash", "5000", "--json"])
    let took = Date().timeIntervalSince(started)
    #expect(paid.status == 0, "\(paid.stderr)")
    #expect(jsonValue(paid.stdout, "receiptJob") as? Int != nil, "Pay names its receipt job")
    return (number, took)
  }

  /// `kasir printer status --json`.
  func printerStatus() throws -> [String: Any] {
    let status = try kasir(["printer", "status", "--json"])
    #expect(status.status == 0, "\(status.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
  }

  /// `kasir printer jobs --json`: the most recent jobs, newest first.
  func printJobs() throws -> [[String: Any]] {
    let jobs = try kasir(["printer", "jobs", "--json"])
    #expect(jobs.status == 0, "\(jobs.stderr)")
    return try #require(jsonValue(jobs.stdout, "jobs") as? [[String: Any]])
  }

  /// Polls every 100 ms until `condition` holds, for at most `seconds`; whether it held.
  func poll(seconds: Double = 20, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      if try condition() { return true }
      if Date() > deadline { return false }
      usleep(100_000)
    }
  }

  /// The receipt's printable text.
  func text(_ file: String) throws -> String {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
    return String(decoding: bytes.filter { $0 >= 0x20 || $0 == 0x0A }, as: UTF8.self)
  }

  /// The private cupsd's process id.
  var cupsPid: pid_t? {
    (try? String(contentsOfFile: directory + "/cups/cupsd.pid", encoding: .utf8))
      .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
  }

  /// Whether process `pid` is stopped (SIGSTOP): state T in /proc.
  static func isStopped(_ pid: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return false }
    return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("T")
  }

  /// Runs a CUPS tool (`cupsdisable`, `lpadmin`, `lpstat`…) against the private cupsd.
  @discardableResult
  func cups(_ tool: String, _ arguments: [String]) throws -> ProcessResult {
    let path =
      ["/usr/sbin/", "/usr/bin/"].map { $0 + tool }
      .first { FileManager.default.isExecutableFile(atPath: $0) } ?? tool
    let result = try ProcessRunner.run(path, ["-h", cupsServer] + arguments)
    #expect(result.status == 0, "\(tool) \(arguments): \(result.stderr)")
    return result
  }
}
