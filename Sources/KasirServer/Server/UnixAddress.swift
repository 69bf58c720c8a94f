#if canImport(Glibc)
  import Glibc
#endif

/// A Unix-domain socket address built from a path, for the few raw socket calls the daemon
/// makes itself (systemd notification, checking for another daemon).
enum UnixAddress {
  /// Calls `body` with `path` as a `sockaddr_un` and the address length; nil when the path
  /// does not fit. A leading `@` names the abstract namespace, as systemd writes it.
  static func with<T>(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T? {
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    var bytes = Array(path.utf8)
    if bytes.first == UInt8(ascii: "@") { bytes[0] = 0 }
    guard !bytes.isEmpty, bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
      return nil
    }
    withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
    let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count)
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, length) }
    }
  }
}
