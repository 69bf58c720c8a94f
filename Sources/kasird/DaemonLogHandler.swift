import Foundation
import Logging

/// Logs one line per event to standard error. Under systemd (JOURNAL_STREAM set) it leaves out
/// the timestamp, which journald adds, and prefixes the syslog level `<N>`.
enum DaemonLogHandler {
  static func factory(level: Logger.Level) -> @Sendable (String) -> any LogHandler {
    let journal = ProcessInfo.processInfo.environment["JOURNAL_STREAM"] != nil
    return { label in
      var handler = StreamLogHandler.standardError(label: label)
      handler.logLevel = level
      return journal ? JournalLogHandler(inner: handler) : handler
    }
  }
}

/// `<3>kasird: message key=value`: syslog priority prefixes journald understands.
struct JournalLogHandler: LogHandler {
  var inner: StreamLogHandler
  var metadata: Logger.Metadata {
    get { inner.metadata }
    set { inner.metadata = newValue }
  }
  var logLevel: Logger.Level {
    get { inner.logLevel }
    set { inner.logLevel = newValue }
  }
  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { inner[metadataKey: key] }
    set { inner[metadataKey: key] = newValue }
  }

  func log(event: LogEvent) {
    var all = metadata
    all.merge(event.metadata ?? [:]) { $1 }
    let fields = all.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.field("\($0.value)"))" }
    let text = Self.oneLine("\(event.message)")
    let line = "<\(priority(event.level))>\(([text] + fields).joined(separator: " "))\n"
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// journald starts a new entry at each newline, at the default level: keep one event one line.
  static func oneLine(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
      .replacingOccurrences(of: "\r", with: "\\r")
  }

  /// A value with a space or a quote is quoted, so `key=value` pairs stay apart.
  static func field(_ value: String) -> String {
    let text = oneLine(value)
    guard text.isEmpty || text.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  private func priority(_ level: Logger.Level) -> Int {
    switch level {
    case .trace, .debug: return 7
    case .info: return 6
    case .notice: return 5
    case .warning: return 4
    case .error: return 3
    case .critical: return 2
    }
  }
}
