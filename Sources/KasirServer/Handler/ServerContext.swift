import Foundation
import KasirStore
import Logging

/// What request handling needs: the store, the configuration, the clock and the printer.
public struct ServerContext: Sendable {
  public var store: Store
  public var config: KasirConfig
  public var time: ShopTime
  /// The durable print queue; nil when no printer is configured.
  public var printQueue: PrintQueue?
  public var now: @Sendable () -> Date
  public var startedAt: Date
  public var logger: Logger
  /// Makes and rotates backups (Admin.Backup and the daily one), one at a time.
  public var backups: BackupMaker

  public init(
    store: Store, config: KasirConfig, printQueue: PrintQueue?,
    now: @escaping @Sendable () -> Date = { Date() }, logger: Logger
  ) {
    self.store = store
    self.config = config
    self.time = config.shopTime
    self.printQueue = printQueue
    self.now = now
    self.startedAt = now()
    self.logger = logger
    self.backups = BackupMaker(store: store, config: config, now: now, logger: logger)
  }
}

/// The daemon's version, reported by GetInfo and Admin.Info.
public enum KasirVersion {
  public static let current = "0.1.0"
}
