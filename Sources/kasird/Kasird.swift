import ArgumentParser
import Foundation
import KasirServer
import Logging
import ServiceLifecycle

@main
struct Kasird: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kasird",
    abstract: "The Kasir till daemon: sales, prices and stock in SQLite, receipts through CUPS.",
    version: KasirVersion.current)

  @Option(name: .long, help: "Configuration file (TOML). Default: built-in defaults.")
  var config: String?
  @Option(name: .long, help: "Database file; overrides database.path.")
  var database: String?
  @Option(name: .long, help: "Unix socket path; overrides socket.path.")
  var socket: String?
  @Option(
    name: .long, help: "CUPS queue for receipts (\"\" for none); overrides printer.destination.")
  var printer: String?
  @Option(
    name: .long, help: "Load products from this catalog CSV that are not in the database yet.")
  var seed: String?
  @Flag(name: .long, help: "Validate the configuration and exit.")
  var checkConfig = false
  @Option(
    name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.",
    transform: { text in
      guard let level = Logger.Level(rawValue: text) else {
        throw ValidationError(
          "unknown log level \(text); use trace, debug, info, notice, warning, error or critical")
      }
      return level
    })
  var logLevel: Logger.Level = .info

  func run() async throws {
    let settings = try effectiveConfiguration()
    if checkConfig {
      print("configuration OK: \(config ?? "(built-in defaults)")")
      print("  database: \(settings.databasePath)")
      print("  socket:   \(settings.socketPath)")
      print("  printer:  \(settings.printerDestination ?? "(none)")")
      print("  timezone: \(settings.timezone)")
      return
    }
    LoggingSystem.bootstrap(DaemonLogHandler.factory(level: logLevel))
    let logger = Logger(label: "kasird")
    let daemon: KasirDaemon
    do {
      daemon = try buildServer(config: settings, logger: logger)
    } catch {
      logger.critical(
        "cannot open the database; check the path and its directory's permissions",
        metadata: ["database.path": "\(settings.databasePath)", "error": "\(error)"])
      throw ExitCode.failure
    }
    if let seed {
      try await CatalogSeeder(store: daemon.store, rules: settings.catalogRules, logger: logger)
        .load(path: seed, now: Date())
    }
    let group = ServiceGroup(
      configuration: .init(
        services: daemon.services.map { .init(service: $0) },
        gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
    try await group.run()
  }
}

extension Kasird {
  /// The file's settings with the flags applied, validated. A bad setting ends the process
  /// with exit code 78 (EX_CONFIG) and a message naming the key.
  func effectiveConfiguration() throws -> KasirConfig {
    do {
      var settings = try config.map { try KasirConfig.load(path: $0) } ?? KasirConfig()
      if let database { settings.databasePath = database }
      if let socket { settings.socketPath = socket }
      if let printer { settings.printerDestination = printer.isEmpty ? nil : printer }
      try settings.validate()
      return settings
    } catch {
      FileHandle.standardError.write(Data("kasird: configuration: \(error)\n".utf8))
      throw ExitCode(78)
    }
  }
}
