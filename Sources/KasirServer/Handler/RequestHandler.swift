import Foundation
import KasirProtocol
import Logging

/// Turns one varlink message into its replies: message → method → use case → reply.
/// Knows nothing of sockets; the socket server feeds it frames.
public struct RequestHandler: Sendable {
  let context: ServerContext
  let registry: MethodRegistry

  public init(context: ServerContext) {
    self.context = context
    var registry = MethodRegistry()
    Self.addServiceMethods(to: &registry, context)
    Self.addAdminMethods(to: &registry, context)
    Self.addCatalogMethods(to: &registry, context)
    Self.addStockMethods(to: &registry, context)
    Self.addCatalogImportMethods(to: &registry, context)
    Self.addStockAdjustMethods(to: &registry, context)
    Self.addCheckMethods(to: &registry, context)
    Self.addShiftMethods(to: &registry, context)
    Self.addReportMethods(to: &registry, context)
    Self.addSaleMethods(to: &registry, context)
    Self.addSaleWorkflowMethods(to: &registry, context)
    Self.addSaleReversalMethods(to: &registry, context)
    Self.addPrinterMethods(to: &registry, context)
    Self.addMemberMethods(to: &registry, context)
    Self.addMemberImportMethods(to: &registry, context)
    self.registry = registry
  }

  /// What became of one message.
  public struct Outcome: Sendable {
    /// The reply bodies to send, each followed by a NUL on the wire. Empty for `oneway`.
    public var replies: [Data]
    /// The connection must be closed after the replies (a broken message).
    public var close: Bool
  }

  /// Answers one message as a connection of its own.
  public func handle(_ frame: Data, caller: Caller) async -> Outcome {
    await handle(frame, caller: caller, connection: ConnectionState())
  }

  /// Answers one message; `connection` is what the daemon keeps for the caller's connection
  /// (an import in parts).
  func handle(_ frame: Data, caller: Caller, connection: ConnectionState) async -> Outcome {
    guard String(data: frame, encoding: .utf8) != nil else {
      return broken("the message is not valid UTF-8")
    }
    let header: CallHeader
    do {
      header = try WireCodec.jsonDecoder.decode(CallHeader.self, from: frame)
    } catch {
      return broken("the message is not a JSON object with a \"method\" string")
    }
    let reply = await answer(header.method, frame: frame, caller: caller, connection: connection)
    return Outcome(replies: header.oneway == true ? [] : [reply], close: false)
  }

  /// The reply to a call that can be answered at once, on the calling thread, without
  /// suspending: a quick read (see `QuickReadHandler`). nil for anything else, including every
  /// call that would be an error, a oneway call and a caller without a role: the full path
  /// (`handle`) answers those.
  func quickAnswer(_ frame: Data, caller: Caller) -> Data? {
    guard caller.role != nil,
      let route = registry.quickRoutes.first(where: { frame.range(of: $0.quotedName) != nil })
    else { return nil }
    return try? route.body(frame)
  }

  private func answer(
    _ method: String, frame: Data, caller: Caller, connection: ConnectionState
  ) async -> Data {
    guard let route = registry.routes[method] else {
      return WireCodec.error(unknown(method))
    }
    let isService = method.hasPrefix(VarlinkError.service + ".")
    guard isService || caller.role != nil, !route.managerOnly || caller.isManager else {
      context.logger.notice(
        "permission denied",
        metadata: ["call.method": "\(method)", "caller.user": "\(caller.user)"])
      return WireCodec.error(.permissionDenied)
    }
    do {
      return try await route.body(frame, caller, connection)
    } catch {
      if let mapped = ErrorMapping.varlinkError(error, method: method) {
        return WireCodec.error(mapped)
      }
      let reference = String(UInt32.random(in: 0...UInt32.max), radix: 16)
      context.logger.error(
        "unexpected error",
        metadata: [
          "call.method": "\(method)", "error.reference": "\(reference)", "error": "\(error)",
        ])
      return WireCodec.error(
        VarlinkError("id.kasir.Admin.InternalError", ["reference": .string(reference)]))
    }
  }

  /// InterfaceNotFound, MethodNotImplemented (declared, not yet served) or MethodNotFound.
  private func unknown(_ method: String) -> VarlinkError {
    let interface = String(method[..<(method.lastIndex(of: ".") ?? method.startIndex)])
    guard let description = Interfaces.descriptions[interface] else {
      return .interfaceNotFound(interface)
    }
    let name = String(method[method.index(after: method.lastIndex(of: ".")!)...])
    return Interfaces.methods(in: description).contains(name)
      ? .methodNotImplemented(method) : .methodNotFound(method)
  }

  private func broken(_ reason: String) -> Outcome {
    Outcome(
      replies: [
        WireCodec.error(VarlinkError("id.kasir.Admin.InvalidMessage", ["reason": .string(reason)]))
      ],
      close: true)
  }
}
