import Foundation
import KasirStore
import Logging

@testable import KasirServer

/// A shop on a real database file in a temporary directory, with its backups beside it.
final class BackupShop {
  let directory: String
  let harness: HandlerHarness
  let config: KasirConfig
  private var closed = false

  var backups: String { config.backupDirectoryPath }
  var store: Store { harness.store }

  init(
    now: Date = HandlerHarness.start, logger: Logger = Logger(label: "test"),
    configure: (inout KasirConfig) -> Void = { _ in }
  ) throws {
    directory = try makeTemporaryDirectory()
    var config = KasirConfig()
    config.printerDestination = nil
    config.databasePath = directory + "/kasir.sqlite"
    config.socketPath = directory + "/k.sock"
    configure(&config)
    self.config = config
    let store = try Store.open(
      path: config.databasePath, timeZone: TimeZone(identifier: config.timezone)!)
    harness = HandlerHarness(
      store: store, now: now, printer: nil, config: config, logger: logger)
  }

  /// The names in the backup directory, sorted.
  func files() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: backups).sorted()
  }

  /// A maker for this shop whose copies pass through `afterCopy` before they are verified.
  func maker(afterCopy: @escaping @Sendable (String) throws -> Void) -> BackupMaker {
    BackupMaker(
      store: store, config: config, now: { HandlerHarness.start }, logger: Logger(label: "test"),
      afterCopy: afterCopy)
  }

  /// Closes the database (once): the shop is stopped.
  func stop() throws {
    guard !closed else { return }
    closed = true
    try store.close()
  }

  func tearDown() {
    try? stop()
    try? FileManager.default.removeItem(atPath: directory)
  }
}
