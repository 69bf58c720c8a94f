import ArgumentParser
import Foundation
import KasirServer

/// The configuration file and the paths that override it, shared by `kasird` and
/// `kasird restore` (a subcommand gets the values given to either).
struct DaemonPaths: ParsableArguments {
  @Option(name: .long, help: "Configuration file (TOML). Default: built-in defaults.")
  var config: String?
  @Option(name: .long, help: "Database file; overrides database.path.")
  var database: String?
  @Option(name: .long, help: "Unix socket path; overrides socket.path.")
  var socket: String?

  /// The file's settings (or the defaults) with the overrides applied, validated; a bad
  /// setting ends the process with exit code 78 (EX_CONFIG) and a message naming the key.
  func settings(adjust: (inout KasirConfig) -> Void = { _ in }) throws -> KasirConfig {
    do {
      var settings = try config.map { try KasirConfig.load(path: $0) } ?? KasirConfig()
      if let database { settings.databasePath = database }
      if let socket { settings.socketPath = socket }
      adjust(&settings)
      try settings.validate()
      return settings
    } catch {
      FileHandle.standardError.write(Data("kasird: configuration: \(error)\n".utf8))
      throw ExitCode(78)
    }
  }
}
