import Foundation
import Testing

@testable import KasirServer

@Suite struct KasirConfigBackupTests {
  @Test func defaultsPutBackupsBesideTheDatabaseWithoutADailyOne() throws {
    let config = try KasirConfig.parse("")
    #expect(config.backupDirectoryPath == "/var/lib/kasir/backups")
    #expect(config.backupKeep == 14)
    #expect(config.backupDailyAt == nil)
    var moved = config
    moved.databasePath = "/srv/toko/kasir.sqlite"
    #expect(moved.backupDirectoryPath == "/srv/toko/backups")
  }

  @Test func backupSettingsAreRead() throws {
    let config = try KasirConfig.parse(
      """
      [database]
      path = "/var/lib/kasir/kasir.sqlite"
      [backup]
      directory = "/media/usb/kasir"
      keep = 30
      daily_at = "21:30"
      """)
    #expect(config.backupDirectoryPath == "/media/usb/kasir")
    #expect(config.backupKeep == 30)
    #expect(config.backupDailyAt == DailyTime("21:30"))
    #expect(config.backupDailyAt?.description == "21:30")
    let relative = try KasirConfig.parse("[backup]\ndirectory = \"salinan\"\ndaily_at = \"\"")
    #expect(relative.backupDirectoryPath == "/var/lib/kasir/salinan")
    #expect(relative.backupDailyAt == nil)
  }

  @Test(arguments: [
    ("[backup]\nkeep = 0", "backup.keep", "must be between 1 and 1000, not 0"),
    ("[backup]\nkeep = \"14\"", "backup.keep", "must be a whole number"),
    ("[backup]\ndaily_at = \"24:00\"", "backup.daily_at", "HH:MM"),
    ("[backup]\ndaily_at = \"7:30\"", "backup.daily_at", "not \"7:30\""),
    ("[backup]\ndaily_at = \"23.30\"", "backup.daily_at", "e.g. \"21:30\""),
    ("[backup]\ndaily_at = 2330", "backup.daily_at", "a string in quotes"),
    ("[backup]\ndirectory = 5", "backup.directory", "a string in quotes"),
    ("[backup]\nrotate = 3", "backup.rotate", "allowed in [backup]: daily_at, directory, keep"),
  ])
  func badValuesNameTheirKey(text: String, key: String, message: String) throws {
    do {
      _ = try KasirConfig.parse(text)
      Issue.record("\(text) was accepted")
    } catch {
      #expect(error.key == key)
      #expect(error.message.contains(message), "\(error.message)")
    }
  }

  @Test func dailyTimesFallOnTheShopsClock() throws {
    let makassar = TimeZone(identifier: "Asia/Makassar")!
    let time = try #require(DailyTime("23:30"))
    // 2026-11-29 10:15:02 +08:00.
    let morning = HandlerHarness.start
    let yesterday = Date(timeIntervalSince1970: 1_795_879_800)  // 2026-11-28 23:30 +08:00
    #expect(time.latest(atOrBefore: morning, in: makassar) == yesterday)
    #expect(time.next(after: morning, in: makassar) == yesterday.addingTimeInterval(86_400))
    #expect(time.latest(atOrBefore: yesterday, in: makassar) == yesterday)
    #expect(time.next(after: yesterday, in: makassar) == yesterday.addingTimeInterval(86_400))
    #expect(DailyTime("00:00")?.description == "00:00")
    #expect(DailyTime("1:00") == nil && DailyTime("12:60") == nil && DailyTime("") == nil)
  }
}
