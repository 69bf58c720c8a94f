import CKasirSystem
import Foundation
import KasirProtocol
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import Synchronization

/// The varlink server on the Unix socket: one child task per connection, each connection's
/// calls answered in order. A broken client only loses its own connection.
public final class SocketServer: Service, Sendable {
  typealias Connection = NIOAsyncChannel<ByteBuffer, ConnectionOutput>

  let handler: RequestHandler
  let directory: UserDirectory
  let config: KasirConfig
  let listen: ListenSocket
  let logger: Logger
  let onReady: @Sendable () -> Void
  private let open = Mutex<[ObjectIdentifier: any Channel]>([:])

  public init(
    handler: RequestHandler, config: KasirConfig, listen: ListenSocket, logger: Logger,
    onReady: @escaping @Sendable () -> Void = {}
  ) {
    self.handler = handler
    self.directory = UserDirectory(
      cashierGroup: config.cashierGroup, managerGroup: config.managerGroup)
    self.config = config
    self.listen = listen
    self.logger = logger
    self.onReady = onReady
  }

  public func run() async throws {
    let server = try await bind()
    logger.info("listening", metadata: ["socket.path": "\(config.socketPath)"])
    onReady()
    try await withGracefulShutdownHandler {
      try await withThrowingDiscardingTaskGroup { group in
        try await server.executeThenClose { inbound in
          for try await (connection, caller) in inbound {
            group.addTask { await self.serve(connection, caller: caller) }
          }
        }
      }
    } onGracefulShutdown: {
      server.channel.close(promise: nil)
      // Stop reading on every connection: calls in flight finish and are answered.
      for channel in self.open.withLock({ Array($0.values) }) {
        channel.close(mode: .input, promise: nil)
      }
    }
    if case .path(let path) = listen { unlink(path) }
    logger.info("stopped listening")
  }

  private func bind() async throws -> NIOAsyncChannel<(Connection, Caller), Never> {
    let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .serverChannelOption(.backlog, value: 128)
      .childChannelOption(.allowRemoteHalfClosure, value: true)
    let initializer: @Sendable (any Channel) -> EventLoopFuture<(Connection, Caller)> = {
      self.initialize($0)
    }
    switch listen {
    case .inherited(let fd):
      return try await bootstrap.bind(fd, childChannelInitializer: initializer)
    case .path(let path):
      try prepare(path: path)
      let server = try await bootstrap.bind(
        unixDomainSocketPath: path, cleanupExistingSocketFile: true,
        childChannelInitializer: initializer)
      try setPermissions(path: path)
      return server
    }
  }

  private func initialize(_ channel: any Channel) -> EventLoopFuture<(Connection, Caller)> {
    let credentials: EventLoopFuture<kasir_peer_credentials>
    if let provider = channel as? any SocketOptionProvider {
      credentials = provider.unsafeGetSocketOption(
        level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
    } else {
      credentials = channel.eventLoop.makeFailedFuture(ChannelError.operationUnsupported)
    }
    return credentials.flatMapThrowing { credentials in
      let caller = self.directory.caller(
        pid: credentials.pid, uid: credentials.uid, gid: credentials.gid)
      try channel.pipeline.syncOperations.addHandlers(
        NULFrameHandler(maxLength: self.config.maxMessageBytes),
        QuickReadHandler(handler: self.handler, caller: caller))
      let connection = try Connection(wrappingChannelSynchronously: channel)
      return (connection, caller)
    }
  }

  private func serve(_ connection: Connection, caller: Caller) async {
    let id = ObjectIdentifier(connection.channel)
    open.withLock { $0[id] = connection.channel }
    defer { _ = open.withLock { $0.removeValue(forKey: id) } }
    var logger = self.logger
    logger[metadataKey: "caller.user"] = "\(caller.user)"
    logger[metadataKey: "caller.pid"] = "\(caller.pid)"
    let state = ConnectionState()
    do {
      try await connection.executeThenClose { inbound, outbound in
        do {
          for try await frame in inbound {
            let close = try await handler.respond(
              Data(frame.readableBytesView), caller: caller, connection: state
            ) { reply in
              var buffer = ByteBuffer(bytes: reply)
              buffer.writeInteger(UInt8(0))
              try await outbound.write(.reply(buffer))
            }
            if close { break }
            try await outbound.write(.callDone)
          }
        } catch let error as NULFrameHandler.MessageTooLarge {
          logger.notice("message too large; closing", metadata: ["limit": "\(error.limit)"])
          var buffer = ByteBuffer(
            bytes: WireCodec.error(
              VarlinkError("id.kasir.Admin.MessageTooLarge", ["limit": .int(Int64(error.limit))])))
          buffer.writeInteger(UInt8(0))
          try await outbound.write(.reply(buffer))
        }
        // Close only once the socket has taken every reply; a client that stopped reading
        // gets 10 s, then the connection is closed anyway (so it cannot hold up a shutdown).
        // Whatever happens to the connection, `written` is completed (a second completion is
        // ignored), so this never waits for ever.
        let channel = connection.channel
        let written = channel.eventLoop.makePromise(of: Void.self)
        channel.closeFuture.whenComplete { _ in written.fail(ChannelError.alreadyClosed) }
        let giveUp = channel.eventLoop.scheduleTask(in: .seconds(10)) {
          channel.close(promise: nil)
          written.fail(ChannelError.alreadyClosed)
        }
        defer { giveUp.cancel() }
        do { try await outbound.write(.drained(written)) } catch {
          written.fail(error)
          throw error
        }
        try await written.futureResult.get()
      }
    } catch {
      logger.debug("connection ended", metadata: ["error": "\(error)"])
    }
  }

  private func prepare(path: String) throws {
    let directory = (path as NSString).deletingLastPathComponent
    if !directory.isEmpty {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }
    if ListenSocket.isInUse(path: path) {
      throw ServerError.socketInUse(path)
    }
  }

  private func setPermissions(path: String) throws {
    guard chmod(path, mode_t(config.socketMode)) == 0 else {
      throw ServerError.socketSetup(path, "chmod failed: \(String(cString: strerror(errno)))")
    }
    guard let group = config.socketGroup else { return }
    guard let gid = UserDirectory.groupID(named: group) else {
      logger.warning(
        "socket group does not exist; socket left with the daemon's group",
        metadata: ["socket.group": "\(group)"])
      return
    }
    if chown(path, UInt32.max, gid) != 0 {
      logger.warning(
        "cannot give the socket to its group",
        metadata: ["socket.group": "\(group)", "error": "\(String(cString: strerror(errno)))"])
    }
  }
}

/// Why the server could not start.
public enum ServerError: Error, CustomStringConvertible {
  case socketInUse(String)
  case socketSetup(String, String)

  public var description: String {
    switch self {
    case .socketInUse(let path):
      return "another kasird is already listening on \(path); stop it first or use --socket"
    case .socketSetup(let path, let reason):
      return "cannot set up the socket \(path): \(reason)"
    }
  }
}
