import Foundation
import KasirTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A Unix socket in front of cupsd that passes one client's requests on and throws cupsd's
/// answers away: the client times out although cupsd did everything it was asked — an
/// answer lost on the way, made certain instead of left to timing.
final class AnswerSwallowingProxy: @unchecked Sendable {
  let path: String
  private let listener: Int32
  private let done = DispatchSemaphore(value: 0)

  init(path: String, upstream: String) throws {
    self.path = path
    let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    self.listener = listener
    guard listener >= 0, UnixSocketAddress.with(path, { bind(listener, $0, $1) }) == 0,
      listen(listener, 4) == 0
    else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    let done = self.done
    Thread {
      defer { done.signal() }
      let client = accept(listener, nil, nil)
      guard client >= 0 else { return }
      defer { close(client) }
      let server = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
      guard UnixSocketAddress.with(upstream, { connect(server, $0, $1) }) == 0 else { return }
      defer { close(server) }
      // cupsd's answers (100 Continue, then the IPP response) are read and dropped.
      let drained = DispatchSemaphore(value: 0)
      Thread {
        Self.pump(from: server, to: nil)
        drained.signal()
      }.start()
      Self.pump(from: client, to: server)  // until the client gives up and closes
      shutdown(server, Int32(SHUT_WR))
      drained.wait()
    }.start()
  }

  /// Waits until the proxied exchange is over and removes the socket.
  func finish() {
    shutdown(listener, Int32(SHUT_RDWR))
    done.wait()
    close(listener)
    unlink(path)
  }

  private static func pump(from source: Int32, to target: Int32?) {
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { recv(source, $0.baseAddress, $0.count, 0) }
      guard count > 0 else { return }
      guard let target else { continue }
      var offset = 0
      while offset < count {
        let sent = buffer[offset..<count].withUnsafeBytes {
          send(target, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
        }
        guard sent > 0 else { return }
        offset += sent
      }
    }
  }
}
