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
    version: KasirVersion.current,
    subcommands: [Restore.self])

  @OptionGroup var paths: DaemonPaths
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
      print("configuration OK: \(paths.config ?? "(built-in defaults)")")
      print("  database: \(settings.databasePath)")
      print("  socket:   \(settings.socketPath)")
      print("  printer:  \(settings.printerDestination ?? "(none)")")
      print("  timezone: \(settings.timezone)")
      print(
        "  backups:  \(settings.backupDirectoryPath) (keep \(settings.backupKeep), daily at "
          + "\(settings.backupDailyAt?.description ?? "none"))")
      return
    }
    prepareProcess()
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
    try paths.settings { settings in
      if let printer { settings.printerDestination = printer.isEmpty ? nil : printer }
    }
  }
}
