import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The built kasird, as systemd runs it (`Type=notify`, `WatchdogSec`): it says READY only
/// when its socket answers, pings the watchdog, says STOPPING on SIGTERM and exits 0. The
/// test plays systemd's part with a datagram socket of its own as NOTIFY_SOCKET.
@Suite(.serialized) struct NotifyTests {
  /// A bound datagram socket; `next` waits up to 10 s for the next message.
  final class NotifySocket: @unchecked Sendable {
    let path: String
    let fd: Int32

    init(path: String) throws {
      self.path = path
      fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
      let bound = UnixSocketAddress.with(path) { bind(fd, $0, $1) }
      guard bound == 0 else { throw POSIXError(.EADDRINUSE) }
      var timeout = timeval(tv_sec: 10, tv_usec: 0)
      setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    func next() -> String {
      var buffer = [UInt8](repeating: 0, count: 1024)
      let count = recv(fd, &buffer, buffer.count, 0)
      return String(decoding: buffer[..<max(count, 0)], as: UTF8.self)
    }
  }

  @Test func readyWatchdogAndStoppingReachSystemd() async throws {
    let directory = try TemporaryDirectory.make(prefix: "kn")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let notify = try NotifySocket(path: directory + "/notify")
    let socket = directory + "/k.sock"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: BuiltProducts.path("kasird"))
    process.arguments = [
      "--database", directory + "/k.sqlite", "--socket", socket, "--printer", "",
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["NOTIFY_SOCKET"] = notify.path
    environment["WATCHDOG_USEC"] = "400000"
    environment["JOURNAL_STREAM"] = nil
    process.environment = environment
    process.standardError = FileHandle(forWritingAtPath: "/dev/null")
    try process.run()
    defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

    // READY comes once, after the socket answers: a call right after it must succeed.
    let (ready, info) = try await onThread { () -> (String, AdminAPI.Info.Reply) in
      var message = notify.next()
      while !message.isEmpty && !message.contains("READY=1") { message = notify.next() }
      return (message, try RawSocketClient(path: socket).call(AdminAPI.Info.self, Empty()))
    }
    #expect(ready.contains("READY=1"))
    #expect(ready.contains("STATUS=Listening on \(socket)"))
    #expect(info.database == directory + "/k.sqlite")

    // WatchdogSec=0.4 s: pings every 0.2 s, so three arrive well within the 10 s wait.
    let pings = try await onThread { () -> Int in
      var count = 0
      for _ in 0..<20 where count < 3 {
        if notify.next().contains("WATCHDOG=1") { count += 1 }
      }
      return count
    }
    #expect(pings == 3)

    kill(process.processIdentifier, SIGTERM)
    let stopping = try await onThread { () -> String in
      var message = notify.next()
      while !message.isEmpty && !message.contains("STOPPING=1") { message = notify.next() }
      return message
    }
    process.waitUntilExit()
    #expect(stopping.contains("STOPPING=1"))
    #expect(process.terminationStatus == 0)
  }
}
