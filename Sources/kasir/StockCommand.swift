import ArgumentParser
import KasirProtocol

/// `kasir stock`: the stock check, and goods in.
struct StockCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stock",
    abstract: "Stock: check levels (the default), receive goods, adjust, count, movements.",
    subcommands: [Check.self, Receive.self, Adjust.self, Count.self, Moves.self],
    defaultSubcommand: Check.self)

  struct Check: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show stock levels, marking low (RENDAH) and negative (MINUS) stock.")

    @Argument(help: "Name words, SKU or barcode; every product when left out.") var query: String?
    @Flag(help: "Only low and negative stock.") var low = false
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      let parameters = StockAPI.ListLevels.Parameters(query: query, lowOnly: low ? true : nil)
      try client.perform(StockAPI.ListLevels.self, parameters) { reply in
        reply.levels.isEmpty ? messages(.noStockLevels) : table(reply.levels)
      }
    }

    private func table(_ levels: [StockAPI.StockLevel]) -> String {
      var table = Table(columns: [
        .init(title: messages(.columnSku)),
        .init(title: messages(.columnName)),
        .init(title: messages(.columnStock), alignment: .right),
        .init(title: messages(.columnMin), alignment: .right),
        .init(title: ""),
      ])
      table.rows = levels.map { level in
        let mark =
          level.onHand.value < 0 ? messages(.markNegative) : level.low ? messages(.markLow) : ""
        return [
          level.sku, level.name, messages.quantity(level.onHand, level.unit),
          level.reorderLevel.map { messages.quantity($0, level.unit) } ?? "-", mark,
        ]
      }
      return table.render()
    }
  }
}
