import ArgumentParser
import Foundation

/// The options every command takes.
struct GlobalOptions: ParsableArguments {
  static let defaultSocket = "/run/kasir/kasir.sock"

  @Option(
    help: ArgumentHelp(
      "The daemon's socket (default: $KASIR_SOCKET, else \(GlobalOptions.defaultSocket)).",
      valueName: "path"))
  var socket: String?

  @Flag(help: "Print the daemon's reply as JSON, for scripts.")
  var json = false

  @Option(
    help: "Language of the output: id (Bahasa Indonesia) or en (default: $KASIR_LANG, else id).")
  var lang: Language?

  var socketPath: String {
    socket ?? ProcessInfo.processInfo.environment["KASIR_SOCKET"] ?? Self.defaultSocket
  }

  var language: Language { lang ?? Language.fromEnvironment ?? .id }

  var messages: Messages { Messages(language: language) }
}

/// A command that talks to the daemon.
protocol ClientCommand: ParsableCommand {
  var global: GlobalOptions { get }
}

extension ClientCommand {
  var messages: Messages { global.messages }
  var client: Client { Client(options: global) }
}

extension GlobalOptions {
  /// Moves global options written before the subcommand (`kasir --json stock`) to after it,
  /// where the subcommand parses them.
  static func reordered(_ arguments: [String]) -> [String] {
    var leading: [String] = []
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let argument = arguments[index]
      if argument == "--json" || argument.hasPrefix("--socket=") || argument.hasPrefix("--lang=") {
        leading.append(argument)
        index += 1
      } else if argument == "--socket" || argument == "--lang", index + 1 < arguments.endIndex {
        leading += arguments[index...(index + 1)]
        index += 2
      } else {
        break
      }
    }
    guard !leading.isEmpty else { return arguments }
    var rest = Array(arguments[index...])
    let end = rest.firstIndex(of: "--") ?? rest.endIndex
    rest.insert(contentsOf: leading, at: end)
    return rest
  }
}
