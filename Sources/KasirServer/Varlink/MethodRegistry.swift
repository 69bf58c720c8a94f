import Foundation
import KasirProtocol
import NIOCore

/// The methods the daemon answers: each decodes its parameters, checks the role, and replies.
struct MethodRegistry: Sendable {
  typealias Body = @Sendable (Data, Caller, ConnectionState) async throws -> Data
  typealias QuickBody = @Sendable (Data) throws -> ByteBuffer?

  /// A method that may be answered on the event loop; `quotedName` is `"name"` as UTF-8, to
  /// pass over other calls without decoding them. `plain` answers a call read as a `PlainCall`
  /// (the call, then a way to get the whole frame); `body` decodes the whole call.
  struct QuickRoute: Sendable {
    var quotedName: Data
    var plain: @Sendable (PlainCall, () -> Data) throws -> ByteBuffer?
    var body: QuickBody
  }

  struct Route: Sendable {
    var managerOnly: Bool
    var body: Body
  }

  /// A method whose answer is several replies (called with `more: true`): `body` sends each
  /// encoded reply through its third argument, in order.
  struct StreamRoute: Sendable {
    var managerOnly: Bool
    var body: @Sendable (Data, Caller, (Data) async throws -> Void) async throws -> Void
  }

  private(set) var routes: [String: Route] = [:]
  private(set) var streamRoutes: [String: StreamRoute] = [:]
  /// Methods that may also be answered on the event loop (see `QuickReadHandler`), by name.
  private(set) var quickRoutes: [String: QuickRoute] = [:]

  /// Adds method `M`; `managerOnly` methods answer PermissionDenied to cashiers.
  mutating func add<M: VarlinkMethod>(
    _ method: M.Type, managerOnly: Bool = false,
    _ body: @escaping @Sendable (M.Parameters, Caller) async throws -> M.Reply
  ) {
    addWithConnection(method, managerOnly: managerOnly) { parameters, caller, _ in
      try await body(parameters, caller)
    }
  }

  /// Adds method `M`, whose body also gets what the daemon keeps for the connection.
  mutating func addWithConnection<M: VarlinkMethod>(
    _ method: M.Type, managerOnly: Bool = false,
    _ body: @escaping @Sendable (M.Parameters, Caller, ConnectionState) async throws -> M.Reply
  ) {
    routes[M.name] = Route(managerOnly: managerOnly) { frame, caller, connection in
      let parameters = try WireCodec.parameters(M.Parameters.self, from: frame)
      return try WireCodec.reply(try await body(parameters, caller, connection))
    }
  }

  /// Adds streamed method `M`: `body` emits its replies one by one (at least one); every reply
  /// but the last goes out with `continues: true`. A reply is sent when the next one is emitted
  /// or the body returns, so only one is ever held.
  mutating func addStreaming<M: VarlinkMethod>(
    _ method: M.Type, managerOnly: Bool = false,
    _ body:
      @escaping @Sendable (M.Parameters, Caller, (M.Reply) async throws -> Void) async throws ->
      Void
  ) {
    streamRoutes[M.name] = StreamRoute(managerOnly: managerOnly) { frame, caller, send in
      let parameters = try WireCodec.parameters(M.Parameters.self, from: frame)
      var pending: M.Reply?
      try await body(parameters, caller) { reply in
        if let previous = pending { try await send(WireCodec.reply(previous, continues: true)) }
        pending = reply
      }
      guard let last = pending else { throw StreamError.noReply(M.name) }
      try await send(WireCodec.reply(last))
    }
  }

  /// A streamed method's body returned without a reply: a bug, reported as an internal error.
  enum StreamError: Error { case noReply(String) }

  /// Lets method `M` (added with `add` too, for any role) be answered synchronously by `body`,
  /// which gives the encoded reply (without the NUL; `JSONBytes` leaves room for it) when it
  /// can: nil, or anything thrown, sends the call down
  /// the full path instead, which then gives the answer or the error.
  /// `parameters` builds the parameters from a plain call; nil (a missing or mistyped key)
  /// sends the call through the full decoding instead.
  mutating func addQuick<M: VarlinkMethod>(
    _ method: M.Type,
    parameters: @escaping @Sendable (PlainCall) -> M.Parameters?,
    _ body: @escaping @Sendable (M.Parameters) throws -> ByteBuffer?
  ) {
    let full: QuickBody = { frame in
      // One decoding of the whole call (the full path decodes it twice, header then
      // parameters).
      let call = try WireCodec.jsonDecoder.decode(QuickCall<M.Parameters>.self, from: frame)
      guard call.method == M.name, call.oneway != true, call.more != true,
        let parameters = call.parameters
      else { return nil }
      return try body(parameters)
    }
    quickRoutes[M.name] = QuickRoute(
      quotedName: Data("\"\(M.name)\"".utf8),
      plain: { call, frame in
        guard let parameters = parameters(call) else { return try full(frame()) }
        return try body(parameters)
      }, body: full)
  }
}

/// A whole call, header and parameters, for a method known in advance.
private struct QuickCall<Parameters: Decodable>: Decodable {
  var method: String
  var parameters: Parameters?
  var more: Bool?
  var oneway: Bool?
}
