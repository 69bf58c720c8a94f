import Foundation

/// A private cupsd started with `scripts/cups-private` in a short temporary folder, with one
/// raw queue whose jobs land as files. Call `stop()` when done (it also removes the folder).
public struct PrivateCups: Sendable {
  public let directory: String
  public let queue: String
  /// What CUPS_SERVER must hold to reach this scheduler.
  public let socket: String
  /// Where the `capture:` backend writes `job-<id>.bin`.
  public let outputDirectory: String

  public static var script: String {
    BuiltProducts.packageRoot.appendingPathComponent("scripts/cups-private").path
  }

  /// Starts cupsd in `/tmp/kp.XXXXXX` (short, because a socket path holds at most 107 bytes).
  public static func start(queue: String = "Kasir") throws -> PrivateCups {
    var template = Array("/tmp/kp.XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { throw Failure("mkdtemp failed: errno \(errno)") }
    let directory = String(cString: made)
    let cups = PrivateCups(
      directory: directory, queue: queue, socket: directory + "/run/cups.sock",
      outputDirectory: directory + "/out")
    let result = try ProcessRunner.run(script, ["start", directory, queue, cups.outputDirectory])
    guard result.status == 0, result.stdout.contains("CUPS_SERVER=\(cups.socket)") else {
      _ = try? cups.stop()
      throw Failure(
        "cups-private start failed (\(result.status)): \(result.stdout)\(result.stderr)")
    }
    return cups
  }

  /// Stops cupsd (SIGTERM, then SIGKILL after 5 s).
  public func stopScheduler() throws {
    let result = try ProcessRunner.run(Self.script, ["stop", directory])
    guard result.status == 0 else {
      throw Failure("cups-private stop failed (\(result.status)): \(result.stderr)")
    }
  }

  /// Starts cupsd again after `stopScheduler()`, on the same socket, queue and folders.
  public func restartScheduler() throws {
    let result = try ProcessRunner.run(Self.script, ["start", directory, queue, outputDirectory])
    guard result.status == 0 else {
      throw Failure("cups-private start failed (\(result.status)): \(result.stderr)")
    }
  }

  /// Stops cupsd and removes the folder.
  public func stop() throws {
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try stopScheduler()
  }

  /// cupsd's process id, for tests that pause it with SIGSTOP.
  public var pid: pid_t? {
    (try? String(contentsOfFile: directory + "/cupsd.pid", encoding: .utf8))
      .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
  }

  /// Runs a CUPS command-line tool (`cupsreject`, `cupsdisable`, `lpstat`…) against this cupsd.
  @discardableResult
  public func run(_ tool: String, _ arguments: [String]) throws -> ProcessResult {
    let path =
      ["/usr/sbin/", "/usr/bin/"].map { $0 + tool }
      .first { FileManager.default.isExecutableFile(atPath: $0) } ?? tool
    return try ProcessRunner.run(path, ["-h", socket] + arguments)
  }

  /// The bytes of job `id` once the backend has written them, or nil after `timeout`.
  public func waitForJob(_ id: Int32, timeout: Duration = .seconds(5)) async throws -> [UInt8]? {
    let path = "\(outputDirectory)/job-\(id).bin"
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      if let data = FileManager.default.contents(atPath: path) { return [UInt8](data) }
      try await Task.sleep(for: .milliseconds(10))
    }
    return nil
  }

  public struct Failure: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
  }
}
