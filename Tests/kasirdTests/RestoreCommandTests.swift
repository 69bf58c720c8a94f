import Foundation
import KasirTestSupport
import Testing

/// `kasird restore` on the built binary: its help and its refusals (the restore itself is
/// tested end to end, with a real kasird stopped and started again).
@Suite struct RestoreCommandTests {
  let kasird = BuiltProducts.path("kasird")

  @Test func helpGivesTheStepsUnderSystemd() throws {
    let top = try ProcessRunner.run(kasird, ["--help"])
    #expect(top.stdout.contains("restore"))
    let help = try ProcessRunner.run(kasird, ["restore", "--help"])
    #expect(help.status == 0)
    for text in [
      "systemctl stop kasird.socket kasird.service", "sudo -u kasir kasird restore",
      ".before-restore-", "--config", "--database", "--socket",
    ] {
      #expect(help.stdout.contains(text), "\(text)")
    }
  }

  @Test func aMissingBackupIsRefusedAndNothingIsCreated() throws {
    let directory = try TemporaryDirectory.make(prefix: "kr")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let result = try ProcessRunner.run(
      kasird,
      [
        "restore", directory + "/nope.sqlite", "--database", directory + "/kasir.sqlite",
        "--socket", directory + "/k.sock",
      ])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "kasird restore: cannot read the backup file \(directory)/nope.sqlite"),
      "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
  }

  @Test func aBadConfigurationStopsTheRestoreNamingTheKey() throws {
    let path = "/tmp/kr-" + String(UInt32.random(in: 0...UInt32.max), radix: 36) + ".toml"
    try "[backup]\nkeep = 0\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try ProcessRunner.run(kasird, ["restore", "/tmp/x.sqlite", "--config", path])
    #expect(result.status == 78)
    #expect(result.stderr.contains("backup.keep: must be between 1 and 1000"), "\(result.stderr)")
  }
}
