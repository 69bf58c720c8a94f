import ArgumentParser
import Foundation

/// `kasir`: the terminal client of kasird.
@main
struct Kasir: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kasir",
    abstract: "The till's terminal client for kasird, the Kasir point-of-sale daemon.",
    discussion: """
      Output is in Bahasa Indonesia; use --lang en (or KASIR_LANG=en) for English.
      Amounts are whole rupiah: 50000, 50.000 or Rp50.000. Quantities: 3, 0,75 or 0.75.
      Exit status: 0 ok, 1 refused by the daemon, 2 usage error, 3 cannot connect,
      4 permission denied.
      """,
    version: "0.1.0",
    subcommands: [
      InfoCommand.self, ProductCommand.self, PriceCommand.self, StockCommand.self,
      ShiftCommand.self, SaleCommand.self, TillCommand.self, MemberCommand.self,
      CheckCommand.self, PrinterCommand.self, ReportCommand.self, ExportCommand.self,
      BackupCommand.self,
    ])

  /// Parses, runs, and exits with the statuses in `ExitStatus`.
  static func main() {
    var messages = Messages(language: .beforeParsing())
    do {
      var command = try parseAsRoot(
        GlobalOptions.reordered(Array(CommandLine.arguments.dropFirst())))
      if let client = command as? any ClientCommand { messages = client.messages }
      try command.run()
      Foundation.exit(ExitStatus.ok.rawValue)
    } catch {
      finish(error, messages: messages)
    }
  }

  private static func finish(_ error: any Error, messages: Messages) -> Never {
    if let failure = Failure(error, messages: messages) {
      writeError(failure.message)
      Foundation.exit(failure.status.rawValue)
    }
    let code = exitCode(for: error)
    let message = fullMessage(for: error)
    if code == .success {
      if !message.isEmpty { print(message) }
      Foundation.exit(ExitStatus.ok.rawValue)
    }
    writeError(message)
    Foundation.exit(code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue)
  }

  private static func writeError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}
