import Foundation
import KasirProtocol

/// The methods the daemon answers: each decodes its parameters, checks the role, and replies.
struct MethodRegistry: Sendable {
  typealias Body = @Sendable (Data, Caller, ConnectionState) async throws -> Data
  typealias QuickBody = @Sendable (Data) throws -> Data?

  /// A method that may be answered on the event loop; `quotedName` is `"name"` as UTF-8, to
  /// pass over other calls without decoding them.
  struct QuickRoute: Sendable {
    var quotedName: Data
    var body: QuickBody
  }

  struct Route: Sendable {
    var managerOnly: Bool
    var body: Body
  }

  private(set) var routes: [String: Route] = [:]
  /// Methods that may also be answered on the event loop (see `QuickReadHandler`).
  private(set) var quickRoutes: [QuickRoute] = []

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

  /// Lets method `M` (added with `add` too, for any role) be answered synchronously by `body`,
  /// which gives the encoded reply when it can: nil, or anything thrown, sends the call down
  /// the full path instead, which then gives the answer or the error.
  mutating func addQuick<M: VarlinkMethod>(
    _ method: M.Type, _ body: @escaping @Sendable (M.Parameters) throws -> Data?
  ) {
    let route = QuickRoute(quotedName: Data("\"\(M.name)\"".utf8)) { frame in
      // One decoding of the whole call (the full path decodes it twice, header then
      // parameters): a quarter of the time of a quick answer went to JSON.
      let call = try WireCodec.jsonDecoder.decode(QuickCall<M.Parameters>.self, from: frame)
      guard call.method == M.name, call.oneway != true, call.more != true,
        let parameters = call.parameters
      else { return nil }
      return try body(parameters)
    }
    quickRoutes.append(route)
  }
}

/// A whole call, header and parameters, for a method known in advance.
private struct QuickCall<Parameters: Decodable>: Decodable {
  var method: String
  var parameters: Parameters?
  var more: Bool?
  var oneway: Bool?
}
