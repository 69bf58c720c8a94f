import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A Unix-domain socket address for `bind` and `connect`, in one place for the test helpers.
public enum UnixSocketAddress {
  /// Calls `body` (e.g. `bind` or `connect`) with `path` as a `sockaddr_un` and returns its
  /// result; -1 with `errno` ENAMETOOLONG when the path does not fit (107 bytes).
  public static func with(
    _ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Int32
  ) -> Int32 {
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
      errno = ENAMETOOLONG
      return -1
    }
    withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        body($0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
  }
}
