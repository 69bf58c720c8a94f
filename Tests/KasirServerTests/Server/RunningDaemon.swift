import Foundation
import KasirServer
import KasirTestSupport
import Logging
import ServiceLifecycle

/// A kasird running inside the test process on a temporary socket and database.
final class RunningDaemon: Sendable {
  let directory: String
  let socketPath: String
  let group: ServiceGroup
  let task: Task<Void, any Error>
  let daemon: KasirDaemon

  init(
    environment: [String: String] = [:], logger: Logger = Logger(label: "test"),
    configure: (inout KasirConfig) -> Void = { _ in }
  ) async throws {
    directory = try makeTemporaryDirectory()
    socketPath = directory + "/k.sock"
    var config = KasirConfig()
    config.databasePath = directory + "/kasir.sqlite"
    config.socketPath = socketPath
    config.socketGroup = nil
    config.printerDestination = nil
    configure(&config)
    daemon = try buildServer(
      config: config, logger: logger,
      environment: environment
    )
    group = ServiceGroup(services: daemon.services, logger: logger)
    let group = self.group
    task = Task { try await group.run() }
    // Wait until the socket accepts connections.
    for _ in 0..<200 {
      if FileManager.default.fileExists(atPath: socketPath) { break }
      try await Task.sleep(for: .milliseconds(10))
    }
  }

  func stop() async throws {
    await group.triggerGracefulShutdown()
    try await task.value
    try? FileManager.default.removeItem(atPath: directory)
  }
}

func makeTemporaryDirectory() throws -> String {
  try TemporaryDirectory.make(prefix: "kt")
}
