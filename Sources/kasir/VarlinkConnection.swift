import Foundation
import KasirProtocol

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why talking to the daemon failed, before it could answer.
enum ConnectionError: Error, Equatable {
  /// No daemon at the path (ENOENT, ECONNREFUSED, …): `reason` is the system's word for it.
  case cannotConnect(path: String, reason: String)
  /// The socket exists but this user may not open it (EACCES, EPERM).
  case permissionDenied(path: String)
  /// The daemon closed the connection before replying.
  case closed(path: String)
  /// The daemon did not answer in time.
  case timedOut(path: String)
  /// The reply was not a varlink reply, or did not have the expected shape.
  case invalidReply(detail: String)
  /// The reply grew beyond `VarlinkConnection.maximumReplySize`.
  case replyTooLarge(limit: Int)
}

/// A blocking varlink client over a Unix domain stream socket: one JSON object and a NUL
/// byte per message.
final class VarlinkConnection {
  static let maximumReplySize = 16 * 1024 * 1024
  static let timeoutSeconds = 30

  let path: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []

  /// `timeoutSeconds`: how long to wait for a reply before giving up.
  init(path: String, timeoutSeconds: Int = VarlinkConnection.timeoutSeconds) throws {
    self.path = path
    descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else {
      throw ConnectionError.cannotConnect(path: path, reason: Self.describe(errno))
    }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    let capacity = MemoryLayout.size(ofValue: address.sun_path)
    guard !bytes.isEmpty, bytes.count < capacity else {
      close()
      throw ConnectionError.cannotConnect(path: path, reason: "path too long")
    }
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      raw.copyBytes(from: bytes)
      raw[bytes.count] = 0
    }
    let result = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard result == 0 else {
      let code = errno
      close()
      if code == EACCES || code == EPERM { throw ConnectionError.permissionDenied(path: path) }
      throw ConnectionError.cannotConnect(path: path, reason: Self.describe(code))
    }
    var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
    _ = setsockopt(
      descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
  }

  deinit { close() }

  func close() {
    if descriptor >= 0 {
      #if canImport(Glibc)
        _ = Glibc.close(descriptor)
      #else
        _ = Darwin.close(descriptor)
      #endif
      descriptor = -1
    }
  }

  /// Calls `method`; a varlink error reply is thrown as `VarlinkError`.
  func call<M: VarlinkMethod>(_ method: M.Type, _ parameters: M.Parameters) throws -> M.Reply {
    try callReturningParameters(method, parameters).reply
  }

  /// Like `call`, and also gives the reply's parameters as sent, for `--json`.
  func callReturningParameters<M: VarlinkMethod>(
    _ method: M.Type, _ parameters: M.Parameters
  ) throws -> (reply: M.Reply, parameters: JSONValue) {
    let message = try JSONEncoder().encode(Call(method: M.name, parameters: parameters))
    try send(Array(message) + [0])
    let (reply, header) = try receiveReply(method)
    return (reply, header.parameters ?? .object([:]))
  }

  /// Calls streamed `method` with `more: true` and hands each reply to `each` as it arrives,
  /// up to the one without `continues`. An error reply, even after some replies, is thrown.
  func stream<M: VarlinkMethod>(
    _ method: M.Type, _ parameters: M.Parameters, each: (M.Reply) throws -> Void
  ) throws {
    let message = try JSONEncoder().encode(
      Call(method: M.name, parameters: parameters, more: true))
    try send(Array(message) + [0])
    while true {
      let (reply, header) = try receiveReply(method)
      try each(reply)
      if header.continues != true { return }
    }
  }

  /// The next reply to `method`: its parameters and header; an error reply is thrown.
  private func receiveReply<M: VarlinkMethod>(_ method: M.Type) throws -> (M.Reply, ReplyHeader) {
    let data = Data(try receive())
    let header: ReplyHeader
    do {
      header = try JSONDecoder().decode(ReplyHeader.self, from: data)
    } catch {
      throw ConnectionError.invalidReply(detail: "not a varlink reply")
    }
    if let name = header.error {
      throw VarlinkError(name, header.parameters.flatMap(Self.object) ?? [:])
    }
    do {
      return (try JSONDecoder().decode(Reply<M.Reply>.self, from: data).parameters, header)
    } catch {
      throw ConnectionError.invalidReply(detail: "\(M.name): \(error)")
    }
  }

  private static func object(_ value: JSONValue) -> [String: JSONValue]? {
    if case .object(let object) = value { return object }
    return nil
  }

  private func send(_ bytes: [UInt8]) throws {
    var offset = 0
    while offset < bytes.count {
      let sent = bytes[offset...].withUnsafeBytes { raw in
        #if canImport(Glibc)
          Glibc.send(descriptor, raw.baseAddress, raw.count, Int32(MSG_NOSIGNAL))
        #else
          Darwin.send(descriptor, raw.baseAddress, raw.count, 0)
        #endif
      }
      if sent < 0 {
        if errno == EINTR { continue }
        throw ConnectionError.closed(path: path)
      }
      offset += sent
    }
  }

  /// Reads up to the next NUL byte; what follows it stays buffered for the next reply.
  private func receive() throws -> [UInt8] {
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      if let end = buffer.firstIndex(of: 0) {
        let message = Array(buffer[..<end])
        buffer.removeSubrange(...end)
        return message
      }
      guard buffer.count <= Self.maximumReplySize else {
        throw ConnectionError.replyTooLarge(limit: Self.maximumReplySize)
      }
      let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
      if count < 0 {
        if errno == EINTR { continue }
        if errno == EAGAIN || errno == EWOULDBLOCK { throw ConnectionError.timedOut(path: path) }
        throw ConnectionError.closed(path: path)
      }
      if count == 0 { throw ConnectionError.closed(path: path) }
      buffer.append(contentsOf: chunk[..<count])
    }
  }

  private static func describe(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}
