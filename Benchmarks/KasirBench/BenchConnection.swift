import Foundation
import KasirProtocol
import KasirTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A lean blocking Unix-socket client for timing: one reusable receive buffer, no JSON work
/// between the send and the NUL that ends the reply. The same client talks to the echo server
/// and to kasird, so whatever it costs is in both figures. Use it on one thread only.
final class BenchConnection {
  private let fd: Int32
  private var buffer = [UInt8](repeating: 0, count: 1 << 16)
  private var filled = 0

  init(path: String) throws {
    fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw BenchError("socket(): \(String(cString: strerror(errno)))") }
    let result = UnixSocketAddress.with(path) { connect(fd, $0, $1) }
    guard result == 0 else {
      let message = String(cString: strerror(errno))
      close(fd)
      throw BenchError("connect(\(path)): \(message)")
    }
    var timeout = timeval(tv_sec: 30, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
  }

  deinit { close(fd) }

  /// Sends `request` (which ends in its NUL) and reads up to the NUL of the reply. The time is
  /// taken from just before the first `send` to just after the `recv` that brought the NUL.
  func roundTrip(_ request: [UInt8]) throws -> (nanoseconds: Int64, reply: [UInt8]) {
    let start = Stopwatch.now()
    try send(request)
    let end = try receiveFrame()
    let elapsed = Stopwatch.now() - start
    let reply = Array(buffer[..<end])
    // Request and reply alternate, so nothing follows the NUL; keep it general anyway.
    let rest = filled - (end + 1)
    if rest > 0 {
      buffer.withUnsafeMutableBytes { raw in
        raw.baseAddress!.copyMemory(from: raw.baseAddress! + end + 1, byteCount: rest)
      }
    }
    filled = rest
    return (elapsed, reply)
  }

  /// A round trip to kasird that must not be an error reply. Only the first bytes are looked
  /// at: kasird sorts keys, so an error reply starts with `{"error"`.
  func checkedRoundTrip(_ request: [UInt8]) throws -> (nanoseconds: Int64, reply: [UInt8]) {
    let result = try roundTrip(request)
    if result.reply.starts(with: Self.errorPrefix) {
      throw BenchError("kasird answered an error: \(String(decoding: result.reply, as: UTF8.self))")
    }
    return result
  }

  /// A typed call: encoded before and decoded after the timed round trip.
  func call<M: VarlinkMethod>(_ method: M.Type, _ parameters: M.Parameters) throws -> (
    nanoseconds: Int64, reply: M.Reply
  ) {
    let result = try checkedRoundTrip(Self.request(method, parameters))
    let reply = try JSONDecoder().decode(Reply<M.Reply>.self, from: Data(result.reply))
    return (result.nanoseconds, reply.parameters)
  }

  /// The bytes of a call, NUL included.
  static func request<M: VarlinkMethod>(_ method: M.Type, _ parameters: M.Parameters) throws
    -> [UInt8]
  {
    Array(try JSONEncoder().encode(Call(method: M.name, parameters: parameters))) + [0]
  }

  private static let errorPrefix = Array(#"{"error""#.utf8)

  private func send(_ bytes: [UInt8]) throws {
    var offset = 0
    while offset < bytes.count {
      let sent = bytes[offset...].withUnsafeBytes {
        Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      guard sent > 0 else { throw BenchError("send(): \(String(cString: strerror(errno)))") }
      offset += sent
    }
  }

  /// Reads until the buffer holds a NUL; returns its index.
  private func receiveFrame() throws -> Int {
    var scanned = 0
    while true {
      if let end = buffer[scanned..<filled].firstIndex(of: 0) { return end }
      scanned = filled
      if filled == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
      let count = buffer.withUnsafeMutableBytes { raw in
        recv(fd, raw.baseAddress! + filled, raw.count - filled, 0)
      }
      if count == 0 { throw BenchError("the server closed the connection") }
      guard count > 0 else { throw BenchError("recv(): \(String(cString: strerror(errno)))") }
      filled += count
    }
  }
}
