import Foundation
import KasirProtocol

/// The methods the daemon answers: each decodes its parameters, checks the role, and replies.
struct MethodRegistry: Sendable {
  typealias Body = @Sendable (Data, Caller, ConnectionState) async throws -> Data
  typealias QuickBody = @Sendable (Data) throws -> Data?

  struct Route: Sendable {
    var managerOnly: Bool
    var body: Body
  }

  private(set) var routes: [String: Route] = [:]
  /// Methods that may also be answered on the event loop (see `QuickReadHandler`).
  private(set) var quickRoutes: [String: QuickBody] = [:]

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

  /// Lets method `M` (added with `add` too, for any role) be answered synchronously by `body`
  /// when it can: nil, or anything thrown, sends the call down the full path instead, which
  /// then gives the answer or the error.
  mutating func addQuick<M: VarlinkMethod>(
    _ method: M.Type, _ body: @escaping @Sendable (M.Parameters) throws -> M.Reply?
  ) {
    quickRoutes[M.name] = { frame in
      let parameters = try WireCodec.parameters(M.Parameters.self, from: frame)
      return try body(parameters).map { try WireCodec.reply($0) }
    }
  }
}
