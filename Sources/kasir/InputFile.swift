import Foundation

/// Files the user names on the command line: read as UTF-8, written atomically.
enum InputFile {
  /// The text of `path`; a missing file or one that is not UTF-8 is a usage failure.
  static func text(_ path: String, messages: Messages) throws -> String {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw CommandFailure(
        message: messages(.fileUnreadable, ["file": path, "reason": error.localizedDescription]),
        status: .usage)
    }
    if let problem = EncodingProblem(data) {
      let values = [
        "file": path, "row": String(problem.row), "field": problem.field,
        "byte": "0x" + String(problem.byte, radix: 16, uppercase: true),
      ]
      throw CommandFailure(message: messages(.fileNotUtf8, values), status: .usage)
    }
    let text = String(decoding: data, as: UTF8.self)
    return text
  }

  /// Writes `text` to a temporary file beside `path`, then renames it over `path`: a reader
  /// sees the old file or the new one, never half of one.
  static func writeAtomically(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    try Data(text.utf8).write(to: temporary)
    if rename(temporary.path, url.path) != 0 {
      let code = errno
      try? FileManager.default.removeItem(at: temporary)
      throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
    }
  }
}
