extension Messages {
  /// The text for a report `key`, with `{name}` placeholders filled from `arguments`.
  func callAsFunction(_ key: ReportMessageKey, _ arguments: [String: String] = [:]) -> String {
    var text = language == .id ? key.texts.id : key.texts.en
    for (name, value) in arguments {
      text = text.replacingOccurrences(of: "{\(name)}", with: value)
    }
    return text
  }
}
