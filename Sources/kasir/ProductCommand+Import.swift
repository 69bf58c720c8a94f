import ArgumentParser
import Foundation
import KasirProtocol

extension ProductCommand {
  struct Import: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import a catalog CSV, all or nothing (manager).",
      discussion: """
        Columns (header row, UTF-8): sku, name, unit, weighed, plu, barcodes, price,
        member_price, price_cap, max_per_sale, tax_class, reorder_level, active; only sku, name,
        unit and price are required. Barcodes are separated by spaces. Every bad row is
        reported and nothing changes. Packs and stock are kept as they are.
        """)

    @Argument(help: "The catalog CSV.") var file: String
    @Flag(help: "Check the file and count what would change, without saving.") var dryRun = false
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      let csv = try InputFile.text(file, messages: messages)
      try client.perform(
        CatalogAPI.ImportProducts.self, .init(csv: csv, dryRun: dryRun ? true : nil)
      ) { reply in
        messages(
          dryRun ? .importedDryRun : .imported,
          [
            "created": String(reply.created), "updated": String(reply.updated),
            "unchanged": String(reply.unchanged),
          ])
      }
    }
  }

  struct Export: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export the catalog as CSV, in the columns import reads.")

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      let connection = try VarlinkConnection(path: global.socketPath)
      defer { connection.close() }
      let (reply, raw) = try connection.callReturningParameters(
        CatalogAPI.ExportProducts.self, .init())
      guard let output else {
        if global.json { print(JSONText.pretty(raw)) } else { print(reply.csv, terminator: "") }
        return
      }
      try InputFile.writeAtomically(reply.csv, to: output)
      FileHandle.standardError.write(Data((messages(.exported, ["file": output]) + "\n").utf8))
    }
  }
}
