import ArgumentParser
import Foundation
import KasirProtocol

/// `kasir export`: sales, lines, payments, stock movements or members as CSV or XLSX.
struct ExportCommand: ClientCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export sales, lines, payments, movements or members to CSV or XLSX (manager).",
    discussion: """
      KIND is sales, lines, payments, movements or members. Give one shop day with --date, or \
      a range with --from and --to (both days included). The format is csv unless --format \
      says xlsx or the file name ends in .xlsx. The file is written atomically (a temporary \
      file beside it, then renamed) and never replaces an existing file without --force; on \
      any error no file is left behind. Voided sales and refunds are included, with their \
      state and type. Progress is shown on stderr when it is a terminal.
      """)

  @Argument(help: "sales, lines, payments, movements or members.") var kind: String
  @Option(help: "One shop day, YYYY-MM-DD.") var date: String?
  @Option(help: "The first shop day, YYYY-MM-DD.") var from: String?
  @Option(help: "The last shop day, YYYY-MM-DD (included).") var to: String?
  @Option(help: "csv or xlsx (default: from the file name, else csv).") var format: String?
  @Option(name: .shortAndLong, help: "The file to write.") var output: String
  @Flag(help: "Replace the file if it exists.") var force = false
  @OptionGroup(title: "Global options") var global: GlobalOptions

  func run() throws {
    let parameters = try checkedParameters()
    let file: ExportFile
    do {
      file = try ExportFile(path: output)
    } catch {
      throw usage(.exportCannotWrite, ["file": output, "reason": "\(error.localizedDescription)"])
    }
    defer { file.discard() }
    let progress = ExportProgress(messages: messages, kind: kind)
    var rows = 0
    let connection = try VarlinkConnection(path: global.socketPath)
    defer { connection.close() }
    defer { progress.end() }
    try connection.stream(ReportAPI.Export.self, parameters) { reply in
      let bytes = try Self.bytes(of: reply)
      do { try file.write(bytes) } catch {
        throw usage(
          .exportCannotWrite, ["file": output, "reason": "\(error.localizedDescription)"])
      }
      rows = reply.rows ?? rows
      progress.show(rows: rows, total: reply.totalRows)
    }
    do {
      try file.commit(replace: force)
    } catch let error as POSIXError where error.code == .EEXIST {
      throw usage(.fileExists, ["file": output])
    } catch {
      throw usage(.exportCannotWrite, ["file": output, "reason": "\(error.localizedDescription)"])
    }
    let done = messages(
      .exportWritten,
      [
        "rows": String(rows), "kind": kind, "from": parameters.from, "to": parameters.to,
        "file": output,
      ])
    FileHandle.standardError.write(Data((done + "\n").utf8))
  }

  /// A chunk's bytes; a chunk that does not decode means the reply is broken.
  static func bytes(of reply: ReportAPI.Export.Reply) throws -> Data {
    switch reply.encoding {
    case "utf8": return Data(reply.chunk.utf8)
    case "base64":
      guard let data = Data(base64Encoded: reply.chunk) else {
        throw ConnectionError.invalidReply(detail: "Export: a chunk is not base64")
      }
      return data
    default:
      throw ConnectionError.invalidReply(detail: "Export: unknown encoding \(reply.encoding)")
    }
  }

  func usage(_ key: ExportMessageKey, _ values: [String: String]) -> CommandFailure {
    CommandFailure(message: messages(key, values), status: .usage)
  }
}
