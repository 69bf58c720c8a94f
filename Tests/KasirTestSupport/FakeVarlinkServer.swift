import Foundation
import KasirProtocol

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A varlink server for tests: listens on a Unix socket in a fresh temporary directory,
/// records every call, and answers each with what `respond` returns. One connection at a
/// time, on its own thread. Call `stop()` when done.
public final class FakeVarlinkServer: @unchecked Sendable {
  /// A call as the client sent it.
  public struct ReceivedCall: Sendable {
    public var method: String
    public var parameters: JSONValue
    /// The message exactly as sent, without its NUL byte.
    public var text: String
  }

  /// What to answer.
  public enum Answer: Sendable {
    /// `{"parameters": <json>}`; `json` is JSON text.
    case reply(String)
    /// `{"error": name, "parameters": <json>}`.
    case error(String, String = "{}")
    /// Close the connection without answering.
    case close
  }

  public let directory: URL
  public let socketPath: String
  private let listener: Int32
  private let respond: @Sendable (ReceivedCall) -> Answer
  private let lock = NSLock()
  private var received: [ReceivedCall] = []
  private let finished = DispatchSemaphore(value: 0)

  /// Answers each method named in `answers`; any other gets `MethodNotFound`.
  public convenience init(_ answers: [String: Answer]) throws {
    try self.init { call in
      answers[call.method]
        ?? .error("org.varlink.service.MethodNotFound", #"{"method":"\#(call.method)"}"#)
    }
  }

  public init(respond: @escaping @Sendable (ReceivedCall) -> Answer) throws {
    self.respond = respond
    directory = URL(fileURLWithPath: "/tmp/kasir-fake-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    socketPath = directory.appendingPathComponent("kasir.sock").path
    listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    let bound = UnixSocketAddress.with(socketPath) { bind(listener, $0, $1) }
    guard listener >= 0, bound == 0, listen(listener, 8) == 0 else {
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
    let thread = Thread { [self] in serve() }
    thread.start()
  }

  /// The calls received so far, in order.
  public var calls: [ReceivedCall] {
    lock.lock()
    defer { lock.unlock() }
    return received
  }

  private var stopped = false

  /// Stops listening and removes the socket's directory.
  public func stop() {
    lock.lock()
    let wasStopped = stopped
    stopped = true
    lock.unlock()
    guard !wasStopped else { return }
    shutdown(listener, Int32(SHUT_RDWR))
    finished.wait()
    _ = closeDescriptor(listener)
    try? FileManager.default.removeItem(at: directory)
  }

  private func serve() {
    defer { finished.signal() }
    while true {
      let connection = accept(listener, nil, nil)
      if connection < 0 {
        if errno == EINTR { continue }
        return
      }
      handle(connection)
      _ = closeDescriptor(connection)
    }
  }

  private func handle(_ connection: Int32) {
    var buffer: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      while let end = buffer.firstIndex(of: 0) {
        let message = Array(buffer[..<end])
        buffer.removeSubrange(...end)
        guard let answer = answer(message) else { return }
        guard write(answer + [0], to: connection) else { return }
      }
      let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
      guard count > 0 else { return }
      buffer.append(contentsOf: chunk[..<count])
    }
  }

  /// The reply bytes for one message, or nil to close the connection.
  private func answer(_ message: [UInt8]) -> [UInt8]? {
    let text = String(decoding: message, as: UTF8.self)
    guard let header = try? JSONDecoder().decode(Envelope.self, from: Data(message)) else {
      return nil
    }
    let call = ReceivedCall(
      method: header.method, parameters: header.parameters ?? .object([:]), text: text)
    lock.lock()
    received.append(call)
    lock.unlock()
    switch respond(call) {
    case .reply(let json): return Array(#"{"parameters":\#(json)}"#.utf8)
    case .error(let name, let json):
      return Array(#"{"error":"\#(name)","parameters":\#(json)}"#.utf8)
    case .close: return nil
    }
  }

  private func write(_ bytes: [UInt8], to connection: Int32) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let sent = bytes[offset...].withUnsafeBytes { raw in
        #if canImport(Glibc)
          send(connection, raw.baseAddress, raw.count, Int32(MSG_NOSIGNAL))
        #else
          send(connection, raw.baseAddress, raw.count, 0)
        #endif
      }
      guard sent > 0 else { return false }
      offset += sent
    }
    return true
  }

  private struct Envelope: Decodable {
    var method: String
    var parameters: JSONValue?
  }
}

private func closeDescriptor(_ descriptor: Int32) -> Int32 {
  #if canImport(Glibc)
    Glibc.close(descriptor)
  #else
    Darwin.close(descriptor)
  #endif
}
