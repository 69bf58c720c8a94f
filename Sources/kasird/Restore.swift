import ArgumentParser
import Foundation
import KasirServer

/// `kasird restore BACKUP_FILE`: puts a backup in place of the database of a stopped shop.
struct Restore: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Replace the database with a backup (kasird must be stopped).",
    discussion: """
      Refuses while a kasird answers on the socket. Checks the backup (PRAGMA \
      integrity_check, a Kasir database this version knows), keeps the current database \
      as <database>.before-restore-<time> (with its -wal), then puts the backup in its \
      place. The next start of kasird brings the schema up to date.

      Under systemd:
        systemctl stop kasird.socket kasird.service
        sudo -u kasir kasird restore \\
          /var/lib/kasir/backups/kasir-YYYYMMDD-HHMMSS.sqlite \\
          --config /etc/kasir/kasird.toml
        systemctl start kasird.socket
      """)

  @Argument(help: "The backup file, e.g. /var/lib/kasir/backups/kasir-20261129-233000.sqlite.")
  var backupFile: String
  @OptionGroup var paths: DaemonPaths

  func run() throws {
    let settings = try paths.settings()
    do {
      let result = try DatabaseRestore.restore(backup: backupFile, config: settings, now: Date())
      print("restored \(backupFile)")
      print("  into:     \(result.database)")
      print("  sales:    \(result.sales) (integrity ok)")
      print("  schema:   \(result.migrations.joined(separator: ", "))")
      if let aside = result.keptAside {
        print("  previous: \(aside)")
      }
      print("Start kasird again (systemctl start kasird.socket); it updates the schema if needed.")
    } catch {
      FileHandle.standardError.write(Data("kasird restore: \(error)\n".utf8))
      throw ExitCode.failure
    }
  }
}
