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
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    var bytes = Array(path.utf8)
    if bytes.first == UInt8(ascii: "@") { bytes[0] = 0 }  // abstract namespace
    guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return }
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      raw.copyBytes(from: bytes)
    }
    let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count)
    _ = message.withCString { text in
      withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          sendto(fd, text, strlen(text), Int32(MSG_NOSIGNAL), $0, length)
        }
      }
    }
  }
}
