import Foundation
import KasirProtocol
import KasirStore
import Logging
import ServiceLifecycle

@testable import KasirServer

/// A socket server whose handler knows one more interface than the shipped ones, declared
/// but not served: the daemon's answer to a method of a newer contract it does not serve yet.
final class UnservedMethodDaemon: Sendable {
  let directory: String
  let socketPath: String
  let store: Store
  let group: ServiceGroup
  let task: Task<Void, any Error>

  init(interface: String, description: String) async throws {
    directory = try makeTemporaryDirectory()
    socketPath = directory + "/k.sock"
    var config = KasirConfig()
    config.databasePath = directory + "/kasir.sqlite"
    config.socketPath = socketPath
    config.socketGroup = nil
    config.printerDestination = nil
    let logger = Logger(label: "test")
    store = try Store.open(path: config.databasePath, timeZone: TimeZone(identifier: "UTC")!)
    let context = ServerContext(store: store, config: config, printQueue: nil, logger: logger)
    var interfaces = Interfaces.descriptions
    interfaces[interface] = description
    let server = SocketServer(
      handler: RequestHandler(context: context, interfaces: interfaces), config: config,
      listen: .path(socketPath), logger: logger)
    group = ServiceGroup(services: [server], logger: logger)
    let group = self.group
    task = Task { try await group.run() }
    for _ in 0..<200 {
      if FileManager.default.fileExists(atPath: socketPath) { break }
      try await Task.sleep(for: .milliseconds(10))
    }
  }

  func stop() async throws {
    await group.triggerGracefulShutdown()
    try await task.value
    try store.close()
    try? FileManager.default.removeItem(atPath: directory)
  }
}
