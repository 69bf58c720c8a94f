import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The same echo server in a process of its own (`kasir-bench --serve-echo PATH`), as kasird
/// is: a round trip then crosses address spaces, which costs more than between two threads.
/// It exits when its standard input closes, so it never outlives the run. `flag` picks the
/// server: `--serve-echo` (blocking threads) or `--serve-nio-echo` (`NIOEcho`).
final class EchoProcess {
  let path: String
  private let process = Process()
  private let stdin = Pipe()

  init(path: String, flag: String = "--serve-echo") throws {
    self.path = path
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    process.arguments = [flag, path]
    process.standardInput = stdin
    try process.run()
    let deadline = Stopwatch.now() + 10_000_000_000
    while !FileManager.default.fileExists(atPath: path) {
      guard process.isRunning, Stopwatch.now() < deadline else {
        throw BenchError("the echo process did not create \(path)")
      }
      usleep(1000)
    }
  }

  func stop() {
    try? stdin.fileHandleForWriting.close()
    process.waitUntilExit()
  }

  /// The child's side: serve until standard input closes.
  static func serve(path: String) throws -> Never {
    let server = try EchoServer(path: path)
    var byte: UInt8 = 0
    while read(0, &byte, 1) > 0 {}
    server.stop()
    exit(0)
  }
}
