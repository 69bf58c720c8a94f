import Foundation

extension KasirConfig {
  /// Where backups go: `[backup] directory` (a relative path is taken from the database's
  /// directory), else `backups` beside the database, e.g. `/var/lib/kasir/backups`.
  public var backupDirectoryPath: String {
    let databaseDirectory = (databasePath as NSString).deletingLastPathComponent
    guard let directory = backupDirectory else {
      return (databaseDirectory as NSString).appendingPathComponent("backups")
    }
    if directory.hasPrefix("/") { return directory }
    return (databaseDirectory as NSString).appendingPathComponent(directory)
  }
}
