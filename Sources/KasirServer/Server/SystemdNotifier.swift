import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Tells systemd how the daemon is doing (`READY=1`, `STATUS=…`, `STOPPING=1`) through
/// `$NOTIFY_SOCKET`. Without that variable it does nothing, so kasird runs fine without systemd.
public struct SystemdNotifier: Sendable {
  let path: String?

  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    path = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
  }

  public var isActive: Bool { path != nil }

  public func notify(_ message: String) {
    guard let path else { return }
    let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else { return }
    defer { close(fd) }
    _ = message.withCString { text in
      UnixAddress.with(path) { address, length in
        sendto(fd, text, strlen(text), Int32(MSG_NOSIGNAL), address, length)
      }
    }
  }
}
