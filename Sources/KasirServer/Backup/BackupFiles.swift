import Foundation

/// The names of Kasir's backup files, `kasir-YYYYMMDD-HHMMSS.sqlite` in shop time (with `-2`,
/// `-3` … for a second one in the same second), and which of them rotation deletes. Only
/// files with exactly this pattern are ever deleted.
enum BackupFiles {
  /// `20261129-231502`: the date and time on the shop's clock.
  static func stamp(_ date: Date, in timeZone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    let day = [parts.year!, parts.month!, parts.day!].map { pad($0) }.joined()
    let time = [parts.hour!, parts.minute!, parts.second!].map { pad($0) }.joined()
    return day + "-" + time
  }

  /// The `sequence`-th name for `stamp`: 1 is `kasir-STAMP.sqlite`, 2 is `kasir-STAMP-2.sqlite`.
  static func name(stamp: String, sequence: Int) -> String {
    "kasir-" + stamp + (sequence > 1 ? "-\(sequence)" : "") + ".sqlite"
  }

  /// The sort key of a backup's name (older first), nil for a file that is not one.
  static func key(_ name: String) -> (stamp: String, sequence: Int)? {
    guard name.hasPrefix("kasir-"), name.hasSuffix(".sqlite") else { return nil }
    let middle = name.dropFirst("kasir-".count).dropLast(".sqlite".count)
    let parts = middle.split(separator: "-", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count), parts[0].count == 8, parts[1].count == 6,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    var sequence = 1
    if parts.count == 3 {
      guard let number = Int(parts[2]), number >= 2, String(number) == parts[2] else {
        return nil
      }
      sequence = number
    }
    return (String(parts[0] + "-" + parts[1]), sequence)
  }

  /// The backups among `names`, oldest first.
  static func backups(_ names: [String]) -> [String] {
    names.compactMap { name in key(name).map { (name, $0) } }
      .sorted { $0.1.stamp != $1.1.stamp ? $0.1.stamp < $1.1.stamp : $0.1.sequence < $1.1.sequence }
      .map(\.0)
  }

  /// The backups to delete so that the newest `keep` remain, oldest first.
  static func surplus(_ names: [String], keep: Int) -> [String] {
    let sorted = backups(names)
    return Array(sorted.prefix(max(0, sorted.count - keep)))
  }

  private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
