import Foundation
import KasirProtocol

#if canImport(Glibc)
  import Glibc
#endif

/// A blocking Unix-socket client for tests: sends raw bytes or varlink calls and reads replies
/// up to each NUL. Call it from a dedicated thread (see `onThread`), never from Swift's pool.
/// Unchecked Sendable: a test hands it from thread to thread but never uses it on two at once.
public final class RawSocketClient: @unchecked Sendable {
  public let fd: Int32
  private var pending: [UInt8] = []

  public init(path: String, timeoutSeconds: Int = 10) throws {
    fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    let result = UnixSocketAddress.with(path) { connect(fd, $0, $1) }
    guard result == 0 else {
      let code = errno
      close(fd)
      throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
    }
    var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
  }

  deinit { close(fd) }

  public func send(_ bytes: [UInt8]) throws {
    var offset = 0
    while offset < bytes.count {
      let sent = bytes[offset...].withUnsafeBytes {
        Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      guard sent > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
      offset += sent
    }
  }

  /// The next message up to its NUL, or nil when the daemon closed the connection.
  public func receive() throws -> [UInt8]? {
    while true {
      if let end = pending.firstIndex(of: 0) {
        let message = Array(pending[..<end])
        pending.removeFirst(end + 1)
        return message
      }
      var buffer = [UInt8](repeating: 0, count: 65536)
      let count = recv(fd, &buffer, buffer.count, 0)
      if count == 0 { return nil }
      guard count > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
      pending += buffer[..<count]
    }
  }

  /// Sends one JSON message (a NUL is added) and returns the reply as a JSON value.
  public func call(_ json: String) throws -> JSONValue? {
    try send(Array(json.utf8) + [0])
    guard let reply = try receive() else { return nil }
    return try JSONDecoder().decode(JSONValue.self, from: Data(reply))
  }

  /// Calls a typed method; throws the VarlinkError of an error reply.
  public func call<M: VarlinkMethod>(_ method: M.Type, _ parameters: M.Parameters) throws -> M.Reply
  {
    let data = try JSONEncoder().encode(Call(method: M.name, parameters: parameters))
    try send(Array(data) + [0])
    guard let reply = try receive() else { throw POSIXError(.ECONNRESET) }
    let header = try JSONDecoder().decode(ReplyHeader.self, from: Data(reply))
    if let error = header.error {
      throw VarlinkError(
        error, header.parameters.flatMap { if case .object(let o) = $0 { o } else { nil } } ?? [:])
    }
    return try JSONDecoder().decode(Reply<M.Reply>.self, from: Data(reply)).parameters
  }
}

/// Runs blocking work on a thread of its own and awaits it, keeping Swift's pool free.
public func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
  try await withCheckedThrowingContinuation { continuation in
    let thread = Thread {
      continuation.resume(with: Result { try body() })
    }
    thread.start()
  }
}
