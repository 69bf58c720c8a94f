import Foundation

/// `Mengekspor sales: 12000 dari 50000 baris`, rewritten in place on stderr when stderr is a
/// terminal; silent otherwise (a script's log gets only the final line).
final class ExportProgress {
  let messages: Messages
  let kind: String
  let enabled = isatty(STDERR_FILENO) != 0
  private var shown = -1

  init(messages: Messages, kind: String) {
    self.messages = messages
    self.kind = kind
  }

  func show(rows: Int, total: Int?) {
    guard enabled, rows != shown else { return }
    shown = rows
    let text = messages(
      .progress, ["kind": kind, "rows": String(rows), "total": total.map(String.init) ?? "?"])
    FileHandle.standardError.write(Data(("\r" + text).utf8))
  }

  func end() {
    if enabled, shown >= 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    shown = -1
  }
}
