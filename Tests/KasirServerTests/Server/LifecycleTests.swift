import Foundation
import KasirProtocol
import KasirServer
import KasirTestSupport
import Logging
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Start and stop: systemd hears READY only once the socket accepts calls; a stop with a
/// client still connected does not hang.
@Suite(.serialized) struct LifecycleTests {
  @Test func readyIsSentOnceTheSocketIsBound() async throws {
    let directory = try makeTemporaryDirectory()
    let notifyPath = directory + "/notify"
    let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
    defer { close(fd) }
    let bound = UnixSocketAddress.with(notifyPath) { bind(fd, $0, $1) }
    #expect(bound == 0)
    let daemon = try await RunningDaemon(environment: ["NOTIFY_SOCKET": notifyPath])
    let path = daemon.socketPath
    let (message, info) = try await onThread { () -> (String, ServiceAPI.GetInfo.Reply) in
      var timeout = timeval(tv_sec: 5, tv_usec: 0)
      setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
      var buffer = [UInt8](repeating: 0, count: 512)
      let count = recv(fd, &buffer, buffer.count, 0)
      let message = String(decoding: buffer[..<max(count, 0)], as: UTF8.self)
      // When READY arrives, the socket must already answer.
      let info = try RawSocketClient(path: path).call(ServiceAPI.GetInfo.self, Empty())
      return (message, info)
    }
    #expect(message.contains("READY=1"))
    #expect(message.contains("STATUS=Listening on \(path)"))
    #expect(info.product == "kasird")
    try await daemon.stop()
    let stopping = try await onThread { () -> String in
      var buffer = [UInt8](repeating: 0, count: 512)
      let count = recv(fd, &buffer, buffer.count, 0)
      return String(decoding: buffer[..<max(count, 0)], as: UTF8.self)
    }
    #expect(stopping.contains("STOPPING=1"))
    try? FileManager.default.removeItem(atPath: directory)
  }

  @Test func theWatchdogIsPingedWhenSystemdAsks() async throws {
    let directory = try makeTemporaryDirectory()
    let notifyPath = directory + "/notify"
    let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
    defer { close(fd) }
    #expect(UnixSocketAddress.with(notifyPath) { bind(fd, $0, $1) } == 0)
    let daemon = try await RunningDaemon(
      environment: ["NOTIFY_SOCKET": notifyPath, "WATCHDOG_USEC": "100000"])
    let messages = try await onThread { () -> [String] in
      var timeout = timeval(tv_sec: 5, tv_usec: 0)
      setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
      var received: [String] = []
      var buffer = [UInt8](repeating: 0, count: 512)
      while received.filter({ $0 == "WATCHDOG=1" }).count < 3 {
        let count = recv(fd, &buffer, buffer.count, 0)
        guard count > 0 else { break }
        received.append(String(decoding: buffer[..<count], as: UTF8.self))
      }
      return received
    }
    #expect(messages.filter { $0 == "WATCHDOG=1" }.count >= 3)
    try await daemon.stop()
    try? FileManager.default.removeItem(atPath: directory)
  }

  @Test func stoppingWithAnIdleClientConnectedDoesNotHang() async throws {
    let daemon = try await RunningDaemon()
    let path = daemon.socketPath
    let client = try await onThread { try RawSocketClient(path: path) }
    _ = try await onThread { try client.call(AdminAPI.Info.self, Empty()) }
    try await daemon.stop()
    // The daemon closed the idle connection on its way out.
    let afterStop = try await onThread { try client.receive() }
    #expect(afterStop == nil)
  }

  @Test func aSecondDaemonOnTheSameSocketIsRefused() async throws {
    let daemon = try await RunningDaemon()
    var config = KasirConfig()
    config.databasePath = daemon.directory + "/second.sqlite"
    config.socketPath = daemon.socketPath
    config.socketGroup = nil
    config.printerDestination = nil
    let second = try buildServer(config: config, logger: Logger(label: "second"), environment: [:])
    let server = try #require(second.services.last)
    await #expect {
      try await server.run()
    } throws: { error in
      "\(error)".contains("another kasird is already listening on \(config.socketPath)")
    }
    try second.store.close()
    // The first one still answers.
    let info = try await onThread {
      try RawSocketClient(path: daemon.socketPath).call(ServiceAPI.GetInfo.self, Empty())
    }
    #expect(info.product == "kasird")
    try await daemon.stop()
  }
}
