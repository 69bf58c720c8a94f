import Foundation
import KasirTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// What the kernel holds on a test's side of a Unix socket.
extension RawSocketClient {
  /// Bytes sent but not yet read by kasird (SIOCOUTQ on a Unix socket).
  var unreadByPeer: Int {
    var count: Int32 = 0
    _ = ioctl(fd, 0x5411, &count)  // SIOCOUTQ (= TIOCOUTQ)
    return Int(count)
  }

  /// How many whole replies are waiting to be read, without reading them.
  var repliesWaiting: Int {
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    let count = recv(fd, &buffer, buffer.count, Int32(MSG_PEEK | MSG_DONTWAIT))
    return count > 0 ? buffer[..<count].count(where: { $0 == 0 }) : 0
  }

  /// Waits until kasird has read everything sent on this connection; false after `seconds`.
  func waitUntilReadByPeer(seconds: Double = 10) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while unreadByPeer > 0 {
      if Date() > deadline { return false }
      usleep(500)
    }
    return true
  }
}
