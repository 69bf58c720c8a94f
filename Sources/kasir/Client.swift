import Foundation
import KasirProtocol

/// One call to the daemon and its output: the reply rendered for people, or as JSON.
struct Client {
  var options: GlobalOptions
  /// How long to wait for the reply; long for calls that copy the whole database.
  var timeoutSeconds = VarlinkConnection.timeoutSeconds

  /// Calls `method` and prints `render(reply)`, or the raw reply parameters with `--json`.
  func perform<M: VarlinkMethod>(
    _ method: M.Type, _ parameters: M.Parameters, render: (M.Reply) -> String
  ) throws {
    let connection = try VarlinkConnection(
      path: options.socketPath, timeoutSeconds: timeoutSeconds)
    defer { connection.close() }
    let (reply, raw) = try connection.callReturningParameters(method, parameters)
    if options.json {
      print(JSONText.pretty(raw))
    } else {
      print(render(reply))
    }
  }
}

/// JSON for people reading a terminal.
enum JSONText {
  static func pretty(_ value: JSONValue) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return value.text }
    return String(decoding: data, as: UTF8.self)
  }
}
