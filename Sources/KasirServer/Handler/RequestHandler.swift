import Foundation
import KasirProtocol
import KasirStore
import Logging
import NIOCore

/// Turns one varlink message into its replies: message → method → use case → reply.
/// Knows nothing of sockets; the socket server feeds it frames.
public struct RequestHandler: Sendable {
  let context: ServerContext
  let registry: MethodRegistry
  /// Interface name → description: what is declared, served or not (the `.varlink` files).
  let interfaces: [String: String]

  public init(context: ServerContext) {
    self.init(context: context, interfaces: Interfaces.descriptions)
  }

  /// A handler that knows the interfaces `interfaces` declares (tests add made-up ones).
  init(context: ServerContext, interfaces: [String: String]) {
    self.context = context
    self.interfaces = interfaces
    var registry = MethodRegistry()
    Self.addServiceMethods(to: &registry, context)
    Self.addAdminMethods(to: &registry, context)
    Self.addCatalogMethods(to: &registry, context)
    Self.addStockMethods(to: &registry, context)
    Self.addCatalogImportMethods(to: &registry, context)
    Self.addStockAdjustMethods(to: &registry, context)
    Self.addCheckMethods(to: &registry, context)
    Self.addBackupMethods(to: &registry, context)
    Self.addShiftMethods(to: &registry, context)
    Self.addReportMethods(to: &registry, context)
    Self.addSaleMethods(to: &registry, context)
    Self.addSaleWorkflowMethods(to: &registry, context)
    Self.addSaleReversalMethods(to: &registry, context)
    Self.addPrinterMethods(to: &registry, context)
    Self.addMemberMethods(to: &registry, context)
    Self.addMemberImportMethods(to: &registry, context)
    Self.addExportMethods(to: &registry, context)
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
  /// (an import in parts). A streamed answer is gathered whole: for tests and small answers.
  func handle(_ frame: Data, caller: Caller, connection: ConnectionState) async -> Outcome {
    var replies: [Data] = []
    // Gathering cannot fail: only `send` could throw, and this one does not.
    let close =
      (try? await respond(frame, caller: caller, connection: connection) { replies.append($0) })
      ?? true
    return Outcome(replies: replies, close: close)
  }

  /// Answers one message, passing each reply body to `send` as soon as it is ready (a streamed
  /// method sends many); true when the connection must be closed afterwards. Throws only what
  /// `send` throws.
  func respond(
    _ frame: Data, caller: Caller, connection: ConnectionState,
    send: (Data) async throws -> Void
  ) async throws -> Bool {
    guard String(data: frame, encoding: .utf8) != nil else {
      try await send(brokenReply("the message is not valid UTF-8"))
      return true
    }
    let header: CallHeader
    do {
      header = try WireCodec.jsonDecoder.decode(CallHeader.self, from: frame)
    } catch {
      try await send(brokenReply("the message is not a JSON object with a \"method\" string"))
      return true
    }
    if let stream = registry.streamRoutes[header.method] {
      // A oneway call wants no reply, and a streamed method does nothing but reply.
      if header.oneway == true { return false }
      try await answerStream(stream, header, frame: frame, caller: caller, send: send)
      return false
    }
    let reply = await answer(header.method, frame: frame, caller: caller, connection: connection)
    if header.oneway != true { try await send(reply) }
    return false
  }

  /// The reply to a call that can be answered at once, on the calling thread, without
  /// suspending: a quick read (see `QuickReadHandler`). nil for anything else, including every
  /// call that would be an error, a oneway call and a caller without a role: the full path
  /// (`handle`) answers those.
  func quickAnswer(_ frame: UnsafeRawBufferPointer, caller: Caller) -> ByteBuffer? {
    guard caller.role != nil else { return nil }
    if let call = PlainCall.read(frame) {
      return try? registry.quickRoutes[call.method]?.plain(call) { Data(frame) }
    }
    let data = Data(frame)
    guard
      let route = registry.quickRoutes.values.first(where: { data.range(of: $0.quotedName) != nil })
    else { return nil }
    return try? route.body(data)
  }

  /// `quickAnswer` for a whole message in `frame`, as `Data`.
  func quickAnswer(_ frame: Data, caller: Caller) -> Data? {
    frame.withUnsafeBytes { quickAnswer($0, caller: caller) }.map { Data($0.readableBytesView) }
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
      return failure(error, method: method)
    }
  }

  /// A streamed method: its replies go out one by one; an error after some of them ends the
  /// answer with the error reply (the client drops what it received).
  private func answerStream(
    _ route: MethodRegistry.StreamRoute, _ header: CallHeader, frame: Data, caller: Caller,
    send: (Data) async throws -> Void
  ) async throws {
    guard caller.role != nil, !route.managerOnly || caller.isManager else {
      context.logger.notice(
        "permission denied",
        metadata: ["call.method": "\(header.method)", "caller.user": "\(caller.user)"])
      return try await send(WireCodec.error(.permissionDenied))
    }
    guard header.more == true else {
      return try await send(WireCodec.error(VarlinkError("\(VarlinkError.service).ExpectedMore")))
    }
    let sent = SendFailure()
    do {
      try await route.body(frame, caller) { reply in
        do { try await send(reply) } catch {
          sent.error = error
          throw error
        }
      }
    } catch {
      if let failed = sent.error { throw failed }
      try await send(failure(error, method: header.method))
    }
  }

  /// The reply to a method's error: its varlink error, StorageFull when the database cannot grow,
  /// or InternalError (logged with a reference).
  private func failure(_ error: any Error, method: String) -> Data {
    if let mapped = ErrorMapping.varlinkError(error, method: method) {
      return WireCodec.error(mapped)
    }
    if Store.isStorageFull(error) {
      context.logger.critical(
        "the database cannot grow: its disk or its size limit is full; free space",
        metadata: ["call.method": "\(method)", "database.path": "\(context.store.path)"])
      return WireCodec.error(
        VarlinkError("id.kasir.Admin.StorageFull", ["database": .string(context.store.path)]))
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

  /// The error, if any, of sending a streamed reply: the connection is gone, nothing to answer.
  private final class SendFailure: @unchecked Sendable {
    var error: (any Error)?
  }

  /// InterfaceNotFound, MethodNotImplemented (declared, not yet served) or MethodNotFound.
  private func unknown(_ method: String) -> VarlinkError {
    let interface = String(method[..<(method.lastIndex(of: ".") ?? method.startIndex)])
    guard let description = interfaces[interface] else {
      return .interfaceNotFound(interface)
    }
    let name = String(method[method.index(after: method.lastIndex(of: ".")!)...])
    return Interfaces.methods(in: description).contains(name)
      ? .methodNotImplemented(method) : .methodNotFound(method)
  }

  private func brokenReply(_ reason: String) -> Data {
    WireCodec.error(VarlinkError("id.kasir.Admin.InvalidMessage", ["reason": .string(reason)]))
  }
}
