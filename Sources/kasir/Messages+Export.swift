import KasirProtocol

extension Messages {
  /// The text for an export `key`, with `{name}` placeholders filled from `arguments`.
  func callAsFunction(_ key: ExportMessageKey, _ arguments: [String: String] = [:]) -> String {
    var text = language == .id ? key.texts.id : key.texts.en
    for (name, value) in arguments {
      text = text.replacingOccurrences(of: "{\(name)}", with: value)
    }
    return text
  }

  /// The daemon's export errors in words; nil for any other error.
  func describeExport(_ error: VarlinkError) -> String? {
    let p = error.parameters
    func text(_ name: String) -> String { p[name]?.text ?? "?" }
    switch error.error {
    case "id.kasir.Report.UnknownExportKind": return self(.errUnknownKind, ["kind": text("kind")])
    case "id.kasir.Report.UnknownExportFormat":
      return self(.errUnknownFormat, ["format": text("format")])
    case "id.kasir.Report.InvalidDateRange":
      switch text("reason") {
      case "order": return self(.errDatesReversed, ["from": text("from"), "to": text("to")])
      case "to": return self(.errInvalidDate, ["value": text("to")])
      default: return self(.errInvalidDate, ["value": text("from")])
      }
    default: return nil
    }
  }
}
