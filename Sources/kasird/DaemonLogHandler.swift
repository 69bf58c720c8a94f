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
    let fields = all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
      separator: " ")
    let line = "<\(priority(event.level))>\(event.message)\(fields.isEmpty ? "" : " " + fields)\n"
    FileHandle.standardError.write(Data(line.utf8))
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
