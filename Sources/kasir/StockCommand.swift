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

  struct Receive: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record goods received: pairs of a code and a quantity (manager).")

    @Argument(
      help: ArgumentHelp("A SKU or barcode, then its quantity; repeat.", valueName: "code qty"))
    var items: [String] = []
    @Option(help: "Who delivered.") var supplier: String?
    @Option(help: "The delivery note or invoice number.") var reference: String?
    @Option(
      name: .customLong("cost"), help: "Unit cost in rupiah, once per line in order.",
      transform: ArgumentValues.amount)
    var costs: [Int64] = []
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func validate() throws {
      guard !items.isEmpty, items.count.isMultiple(of: 2) else {
        throw ValidationError(messages(.receivePairs))
      }
      guard costs.isEmpty || costs.count == items.count / 2 else {
        throw ValidationError(messages(.receiveCosts, ["lines": String(items.count / 2)]))
      }
      _ = try lines()
    }

    private func lines() throws -> [StockAPI.ReceiveLine] {
      try stride(from: 0, to: items.count, by: 2).map { index in
        let line = index / 2
        return StockAPI.ReceiveLine(
          code: items[index], quantity: try ArgumentValues.quantity(items[index + 1]),
          unitCost: costs.isEmpty ? nil : costs[line])
      }
    }

    func run() throws {
      let parameters = StockAPI.Receive.Parameters(
        supplier: supplier, reference: reference, lines: try lines())
      try client.perform(StockAPI.Receive.self, parameters) { reply in
        let receiving = reply.receiving
        var table = Table(columns: [
          .init(title: messages(.columnSku)),
          .init(title: messages(.columnReceived), alignment: .right),
          .init(title: messages(.columnNewStock), alignment: .right),
        ])
        table.rows = receiving.movements.map { movement in
          [
            movement.sku, "+" + messages.quantity(movement.delta),
            messages.quantity(movement.balance),
          ]
        }
        let header = messages(
          .received,
          [
            "id": String(receiving.id), "supplier": receiving.supplier ?? "-",
            "reference": receiving.reference ?? "-",
          ])
        return header + "\n\n" + table.render()
      }
    }
  }
}
