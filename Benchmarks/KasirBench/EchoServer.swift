import Foundation
import KasirTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The baseline: a bare Unix-socket server on a thread of its own that sends back each
/// NUL-terminated message as soon as its NUL arrives. Plain blocking `accept`/`recv`/`send`,
/// nothing else, so its round trip is the floor for any request/reply over this transport.
/// Unchecked Sendable: only the listening descriptor is shared, and it never changes.
final class EchoServer: @unchecked Sendable {
  let path: String
  private let listener: Int32

  init(path: String) throws {
    self.path = path
    unlink(path)
    listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    let bound = UnixSocketAddress.with(path) { bind(listener, $0, $1) }
    guard bound == 0, listen(listener, 8) == 0 else {
      let message = String(cString: strerror(errno))
      close(listener)
      throw BenchError("echo server on \(path): \(message)")
    }
    let thread = Thread { [self] in acceptLoop() }
    thread.name = "echo-server"
    thread.start()
  }

  /// Stops accepting; a connection being served ends when its client closes.
  func stop() {
    shutdown(listener, Int32(SHUT_RDWR))
    close(listener)
    unlink(path)
  }

  private func acceptLoop() {
    while true {
      let client = accept(listener, nil, nil)
      if client < 0 {
        if errno == EINTR { continue }
        return
      }
      serve(client)
      close(client)
    }
  }

  private func serve(_ client: Int32) {
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var filled = 0
    while true {
      let count = buffer.withUnsafeMutableBytes { raw in
        recv(client, raw.baseAddress! + filled, raw.count - filled, 0)
      }
      guard count > 0 else { return }
      filled += count
      // Send back every complete message, NUL included; keep a partial one for the next recv.
      guard let last = buffer[..<filled].lastIndex(of: 0) else {
        if filled == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
        continue
      }
      var offset = 0
      while offset <= last {
        let sent = buffer.withUnsafeBytes { raw in
          send(client, raw.baseAddress! + offset, last + 1 - offset, Int32(MSG_NOSIGNAL))
        }
        guard sent > 0 else { return }
        offset += sent
      }
      let rest = filled - (last + 1)
      if rest > 0 {
        buffer.withUnsafeMutableBytes { raw in
          raw.baseAddress!.copyMemory(from: raw.baseAddress! + last + 1, byteCount: rest)
        }
      }
      filled = rest
    }
  }
}
