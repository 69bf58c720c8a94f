import ArgumentParser
import KasirProtocol

/// `kasir backup`: a verified copy of the database, made by kasird while sales go on.
struct BackupCommand: ClientCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup",
    abstract: "Back up the database now, verified, into kasird's backup directory (manager).",
    discussion: """
      kasird copies the database while sales go on, checks the copy with PRAGMA \
      integrity_check and keeps the newest copies ([backup] keep in kasird's configuration). \
      To restore one, see `kasird restore --help`.
      """)

  @OptionGroup(title: "Global options") var global: GlobalOptions

  /// A large database on a slow card takes a while to copy and check.
  static let timeoutSeconds = 3600

  func run() throws {
    var client = self.client
    client.timeoutSeconds = Self.timeoutSeconds
    try client.perform(AdminAPI.Backup.self, Empty()) { reply in
      messages(.backupMade, ["path": reply.path]) + "\n"
        + messages(
          .backupSize,
          [
            "size": messages.fileSize(reply.bytes),
            "bytes": messages.byteCount(reply.bytes),
          ])
    }
  }
}
