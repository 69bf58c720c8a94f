import Foundation
import NIOCore
import NIOPosix
import ServiceLifecycle

#if canImport(Glibc)
  import Glibc
#endif

/// Pings systemd's watchdog (`WATCHDOG=1`) from a NIO event loop at half the interval systemd
/// asks for, so an event loop that hangs stops the pings and systemd restarts the daemon.
struct Watchdog: Service {
  let notifier: SystemdNotifier
  let interval: TimeAmount

  /// Half of `WATCHDOG_USEC` when systemd wants pings from this process, else nil.
  static func interval(environment: [String: String]) -> TimeAmount? {
    guard let text = environment["WATCHDOG_USEC"], let microseconds = Int64(text),
      microseconds > 0
    else { return nil }
    if let pid = environment["WATCHDOG_PID"].flatMap(Int32.init), pid != getpid() { return nil }
    return .microseconds(microseconds / 2)
  }

  func run() async throws {
    let loop = MultiThreadedEventLoopGroup.singleton.next()
    let notifier = self.notifier
    let task = loop.scheduleRepeatedTask(initialDelay: .zero, delay: interval) { _ in
      notifier.notify("WATCHDOG=1")
    }
    try? await gracefulShutdown()
    task.cancel()
  }
}
