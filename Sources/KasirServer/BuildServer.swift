import Foundation
import KasirPrinting
import KasirStore
import Logging
import ServiceLifecycle

/// The daemon assembled: its store and the services to run. kasird and the tests call this.
public struct KasirDaemon: Sendable {
  public var store: Store
  public var context: ServerContext
  public var services: [any Service]
}

/// What kasird sets for the whole process before anything else runs: SQLite's memory
/// statistics off (`Store.turnOffMemoryStatistics`). Not part of `buildServer`, which tests
/// call while other tests use SQLite.
public func prepareProcess() {
  Store.turnOffMemoryStatistics()
}

/// Opens the database (running migrations), sets up printing and the socket server.
/// systemd is told READY only once the socket is bound.
public func buildServer(
  config: KasirConfig, logger: Logger,
  environment: [String: String] = ProcessInfo.processInfo.environment,
  now: @escaping @Sendable () -> Date = { Date() }
) throws -> KasirDaemon {
  guard let timeZone = TimeZone(identifier: config.timezone) else {
    throw ConfigError(key: "shop.timezone", message: "unknown time zone \(config.timezone)")
  }
  let directory = (config.databasePath as NSString).deletingLastPathComponent
  if !directory.isEmpty {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }
  let store = try Store.open(
    path: config.databasePath, timeZone: timeZone,
    scale: ScaleSettings(prefixes: config.scalePrefixes, value: config.scaleValue),
    maxSizeBytes: config.databaseMaxSizeMB > 0 ? Int64(config.databaseMaxSizeMB) << 20 : nil)
  logger.info(
    "database opened",
    metadata: [
      "database.path": "\(config.databasePath)", "sqlite.version": "\(Store.sqliteVersion)",
      "sqlite.memoryStatistics": "\(Store.memoryStatisticsOn ? "on" : "off")",
    ])
  var printQueue: PrintQueue?
  if let destination = config.printerDestination {
    let printer = CupsPrinter(
      destination: destination, server: config.cupsServer ?? environment["CUPS_SERVER"],
      timeout: .seconds(config.printTimeoutSeconds), logger: logger)
    printQueue = PrintQueue(
      store: store, printer: printer, destination: destination, config: config, now: now,
      logger: logger)
  }
  let context = ServerContext(
    store: store, config: config, printQueue: printQueue, now: now, logger: logger)
  let notifier = SystemdNotifier(environment: environment)
  let server = SocketServer(
    handler: RequestHandler(context: context), config: config,
    listen: ListenSocket.choose(path: config.socketPath, environment: environment), logger: logger
  ) {
    notifier.notify("READY=1\nSTATUS=Listening on \(config.socketPath)")
  }
  let closer = StoreCloser(store: store, notifier: notifier, logger: logger)
  // The queue comes after the socket server, so it stops first on shutdown: the server
  // drains its requests, then the store closes last.
  var services: [any Service] = [closer, server]
  if let printQueue { services.append(printQueue) }
  if let dailyAt = config.backupDailyAt {
    services.append(
      DailyBackup(
        maker: context.backups, time: dailyAt, timeZone: context.time.timeZone, now: now,
        logger: logger))
  }
  if let interval = Watchdog.interval(environment: environment) {
    services.append(Watchdog(notifier: notifier, interval: interval))
  }
  return KasirDaemon(store: store, context: context, services: services)
}

/// Waits for shutdown, then checkpoints and closes the database. It is the first service of
/// the group, so it stops last, after the socket server drained.
struct StoreCloser: Service {
  let store: Store
  let notifier: SystemdNotifier
  let logger: Logger

  func run() async throws {
    try? await gracefulShutdown()
    notifier.notify("STOPPING=1")
    // Wait for the other services: they shut down before this one returns.
    try store.close()
    logger.info("database closed")
  }
}
