import Foundation
import Testing

@Suite("kasir backup")
struct BackupTests {
  static let reply = """
    {"path":"/var/lib/kasir/backups/kasir-20261129-233000.sqlite","bytes":12936704}
    """

  @Test func printsThePathAndTheSizeInIndonesian() throws {
    let (result, calls) = try kasir(
      ["backup"], answering: ["id.kasir.Admin.Backup": .reply(Self.reply)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.map(\.method) == ["id.kasir.Admin.Backup"])
    #expect(
      result.stdout == """
        Cadangan basis data dibuat dan diperiksa: /var/lib/kasir/backups/kasir-20261129-233000.sqlite
        Ukuran: 12,3 MB (12.936.704 byte)

        """)
  }

  @Test func speaksEnglishWhenAsked() throws {
    let (result, _) = try kasir(
      ["backup", "--lang", "en"], answering: ["id.kasir.Admin.Backup": .reply(Self.reply)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Database backup made and verified: /var/lib/kasir/backups/"))
    #expect(result.stdout.contains("Size: 12.3 MB (12,936,704 bytes)"))
  }

  @Test func aFailedBackupSaysWhyAndExitsWithOne() throws {
    let (result, _) = try kasir(
      ["backup"],
      answering: [
        "id.kasir.Admin.Backup": .error(
          "id.kasir.Admin.BackupFailed", #"{"reason":"the disk is full"}"#)
      ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("Cadangan gagal dibuat: the disk is full."), "\(result.stderr)")
  }

  @Test func aCashierIsToldItNeedsAManager() throws {
    let (result, _) = try kasir(
      ["backup", "--lang", "en"],
      answering: ["id.kasir.Admin.Backup": .error("org.varlink.service.PermissionDenied")])
    #expect(result.status == 4, "\(result.stderr)")
  }

  @Test func helpNamesTheRestore() throws {
    let result = try kasir(["backup", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("kasird restore"))
    let top = try kasir(["--help"])
    #expect(top.stdout.contains("  backup "))
  }
}
