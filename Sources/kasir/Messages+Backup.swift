extension Messages {
  /// The text for a backup `key`, with `{name}` placeholders filled from `arguments`.
  func callAsFunction(_ key: BackupMessageKey, _ arguments: [String: String] = [:]) -> String {
    var text = language == .id ? key.texts.id : key.texts.en
    for (name, value) in arguments {
      text = text.replacingOccurrences(of: "{\(name)}", with: value)
    }
    return text
  }

  /// A file size for people: `512 B`, `1,5 KB`, `12,3 MB`, `1,2 GB` (KB = 1024 bytes), with a
  /// decimal comma in Indonesian and a point in English.
  func fileSize(_ bytes: Int64) -> String {
    let units = ["KB", "MB", "GB", "TB"]
    guard bytes >= 1024 else { return "\(max(0, bytes)) B" }
    var value = Double(bytes) / 1024
    var unit = 0
    while value >= 1024, unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    let tenths = Int64((value * 10).rounded())
    let separator = language == .id ? "," : "."
    return "\(tenths / 10)\(separator)\(tenths % 10) \(units[unit])"
  }

  /// `12.345.678` in Indonesian, `12,345,678` in English.
  func byteCount(_ bytes: Int64) -> String {
    let grouped = Rupiah.grouped(UInt64(max(0, bytes)))
    return language == .id ? grouped : grouped.replacingOccurrences(of: ".", with: ",")
  }
}
