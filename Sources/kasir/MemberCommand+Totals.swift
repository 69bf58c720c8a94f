import ArgumentParser
import Foundation
import KasirProtocol

extension MemberCommand {
  struct Totals: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Each member's purchases in a year, net of refunds and voids: the SHU basis (manager).",
      discussion: """
        With -o FILE.csv writes number,name,purchases,transactions (whole rupiah, UTF-8, a \
        header row) for the board. For XLSX: kasir export members --from YEAR-01-01 --to YEAR-12-31 -o FILE.xlsx.
        """)

    @Argument(help: "The calendar year, e.g. 2026.", transform: ArgumentValues.year) var year: Int
    @Option(name: .shortAndLong, help: "Write a CSV file (atomically) instead of the table.")
    var output: String?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func validate() throws {
      guard let output, output.lowercased().hasSuffix(".xlsx") else { return }
      throw ValidationError(messages(.xlsxNotYet, ["file": output]))
    }

    func run() throws {
      guard let output else {
        try client.perform(MemberAPI.PurchaseTotals.self, .init(year: year)) {
          MemberText(messages: messages).totals($0.rows)
        }
        return
      }
      let connection = try VarlinkConnection(path: global.socketPath)
      defer { connection.close() }
      let rows = try connection.call(MemberAPI.PurchaseTotals.self, .init(year: year)).rows
      do {
        try InputFile.writeAtomically(MemberText.totalsCSV(rows), to: output)
      } catch {
        throw CommandFailure(
          message: messages(.cannotWrite, ["file": output, "reason": "\(error)"]), status: .usage)
      }
      let done = messages(
        .totalsWritten, ["count": String(rows.count), "year": String(year), "file": output])
      FileHandle.standardError.write(Data((done + "\n").utf8))
    }
  }
}
