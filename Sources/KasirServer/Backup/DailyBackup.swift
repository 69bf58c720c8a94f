import Foundation
import Logging
import ServiceLifecycle

/// The automatic backup at `[backup] daily_at` on the shop's clock. The wall clock is looked at
/// every minute (a till's clock may be set after boot), and a backup missed while the computer
/// was off is made soon after the next start: when the newest backup is older than the last
/// time the clock showed `daily_at`.
struct DailyBackup: Service {
  let maker: BackupMaker
  let time: DailyTime
  let timeZone: TimeZone
  let now: @Sendable () -> Date
  let logger: Logger

  func run() async throws {
    var due = firstDue(newest: newestBackup())
    logger.info(
      "daily backup scheduled",
      metadata: ["backup.daily_at": "\(time)", "backup.next": "\(due)"])
    while !Task.isShuttingDownGracefully {
      let wait = min(60, max(0, due.timeIntervalSince(now())))
      do {
        try await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(wait)) }
      } catch {
        return
      }
      guard !Task.isShuttingDownGracefully else { return }
      if now() >= due {
        // A failure is logged by the maker; the next day tries again.
        _ = try? await maker.make(trigger: "daily")
        due = time.next(after: now(), in: timeZone)
      }
    }
  }

  /// Now when the last daily time passed without a backup since, else the next daily time.
  func firstDue(newest: Date?) -> Date {
    let current = now()
    let last = time.latest(atOrBefore: current, in: timeZone)
    if let newest, newest >= last { return time.next(after: current, in: timeZone) }
    return current
  }

  /// When the newest of Kasir's backups was written, nil when there is none.
  private func newestBackup() -> Date? {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: maker.directory)) ?? []
    return BackupFiles.backups(names).compactMap { name in
      try? FileManager.default.attributesOfItem(atPath: maker.directory + "/" + name)[
        .modificationDate] as? Date
    }.max()
  }
}
