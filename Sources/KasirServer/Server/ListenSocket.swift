import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where the daemon listens: a socket systemd handed over (fd 3), or a path it binds itself.
public enum ListenSocket: Sendable, Equatable {
  case inherited(fd: Int32)
  case path(String)

  /// The socket systemd passed (`LISTEN_PID` is this process, `LISTEN_FDS` ≥ 1), else `path`.
  public static func choose(
    path: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> ListenSocket {
    if let pid = environment["LISTEN_PID"].flatMap(Int32.init), pid == getpid(),
      let count = environment["LISTEN_FDS"].flatMap(Int.init), count >= 1
    {
      return .inherited(fd: 3)
    }
    return .path(path)
  }

  /// True when something already accepts connections at `path` (another kasird).
  static func isInUse(path: String) -> Bool {
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return false }
    withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
    let result = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    return result == 0
  }
}
