import Foundation
import KasirTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The datagram socket systemd gives a `Type=notify` service as `NOTIFY_SOCKET`: kasird
/// sends `READY=1` on it once its socket is bound and it answers calls.
final class NotifySocket {
  let path: String
  private let fd: Int32

  init(path: String) throws {
    self.path = path
    unlink(path)
    fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else { throw BenchError("socket(): \(String(cString: strerror(errno)))") }
    guard UnixSocketAddress.with(path, { bind(fd, $0, $1) }) == 0 else {
      let message = String(cString: strerror(errno))
      close(fd)
      throw BenchError("bind(\(path)): \(message)")
    }
  }

  deinit {
    close(fd)
    unlink(path)
  }

  /// Whether a datagram holding the line `READY=1` arrived within `milliseconds`.
  func receivedReady(milliseconds: Int32) -> Bool {
    var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
    guard poll(&poller, 1, milliseconds) == 1 else { return false }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = recv(fd, &buffer, buffer.count, 0)
    guard count > 0 else { return false }
    return String(decoding: buffer[..<count], as: UTF8.self).split(separator: "\n")
      .contains("READY=1")
  }
}
