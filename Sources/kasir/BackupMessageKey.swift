/// The client's texts about backups, each in Bahasa Indonesia and English.
/// Kept apart from `MessageKey` so neither file grows without end; `Messages` reads all.
enum BackupMessageKey: String, CaseIterable, Sendable {
  case backupMade, backupSize

  var texts: (id: String, en: String) {
    switch self {
    case .backupMade:
      return (
        "Cadangan basis data dibuat dan diperiksa: {path}",
        "Database backup made and verified: {path}"
      )
    case .backupSize:
      return ("Ukuran: {size} ({bytes} byte)", "Size: {size} ({bytes} bytes)")
    }
  }
}
