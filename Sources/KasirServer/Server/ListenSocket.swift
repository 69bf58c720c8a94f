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
    return UnixAddress.with(path) { connect(fd, $0, $1) } == 0
  }
}
