import Foundation
import KasirProtocol

/// The methods the daemon answers: each decodes its parameters, checks the role, and replies.
struct MethodRegistry: Sendable {
  typealias Body = @Sendable (Data, Caller) async throws -> Data

  struct Route: Sendable {
    var managerOnly: Bool
    var body: Body
  }

  private(set) var routes: [String: Route] = [:]

  /// Adds method `M`; `managerOnly` methods answer PermissionDenied to cashiers.
  mutating func add<M: VarlinkMethod>(
    _ method: M.Type, managerOnly: Bool = false,
    _ body: @escaping @Sendable (M.Parameters, Caller) async throws -> M.Reply
  ) {
    routes[M.name] = Route(managerOnly: managerOnly) { frame, caller in
      let parameters = try WireCodec.parameters(M.Parameters.self, from: frame)
      return try WireCodec.reply(try await body(parameters, caller))
    }
  }
}
