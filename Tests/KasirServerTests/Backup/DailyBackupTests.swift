import Foundation
import KasirProtocol
import KasirStore
import Logging
import Testing

@testable import KasirServer

@Suite struct DailyBackupTests {
  let makassar = TimeZone(identifier: "Asia/Makassar")!
  /// 2026-11-28 23:30 +08:00, the evening before `HandlerHarness.start`.
  let lastEvening = Date(timeIntervalSince1970: 1_795_879_800)

  func schedule(now: Date) throws -> DailyBackup {
    let shop = try BackupShop()
    defer { shop.tearDown() }
    return DailyBackup(
      maker: shop.harness.handler.context.backups, time: DailyTime("23:30")!,
      timeZone: makassar, now: { now }, logger: Logger(label: "test"))
  }

  @Test func aMissedDailyBackupIsMadeAtOnce() throws {
    let daily = try schedule(now: HandlerHarness.start)
    #expect(daily.firstDue(newest: nil) == HandlerHarness.start)
    #expect(daily.firstDue(newest: lastEvening.addingTimeInterval(-60)) == HandlerHarness.start)
  }

  @Test func afterTodaysBackupTheNextIsTonight() throws {
    let daily = try schedule(now: HandlerHarness.start)
    #expect(daily.firstDue(newest: lastEvening) == lastEvening.addingTimeInterval(86_400))
    #expect(
      daily.firstDue(newest: HandlerHarness.start.addingTimeInterval(-60))
        == lastEvening.addingTimeInterval(86_400))
  }

  @Test func aDaemonWithADailyTimeCatchesUpAfterStarting() async throws {
    let daemon = try await RunningDaemon { $0.backupDailyAt = DailyTime("00:00") }
    let backups = daemon.directory + "/backups"
    let names = try await eventually { () -> [String]? in
      let names = (try? FileManager.default.contentsOfDirectory(atPath: backups)) ?? []
      return names.contains(where: { BackupFiles.key($0) != nil }) ? names : nil
    }
    #expect(names.count == 1, "\(names)")
    let inspection = try Store.inspect(path: backups + "/" + names[0])
    #expect(inspection.integrity == "ok")
    try await daemon.stop()
  }
}
