import ArgumentParser
import KasirProtocol

extension PriceCommand {
  struct History: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a product's price changes, newest first.")

    @Argument(help: "The product's SKU.") var sku: String
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(CatalogAPI.PriceHistory.self, .init(sku: sku)) { reply in
        guard !reply.changes.isEmpty else { return messages(.noPriceHistory) }
        var table = Table(columns: [
          .init(title: messages(.columnEffective)),
          .init(title: messages(.columnPrice), alignment: .right),
          .init(title: messages(.columnMemberPrice), alignment: .right),
          .init(title: messages(.columnPrevious), alignment: .right),
          .init(title: messages(.columnUser)),
          .init(title: messages(.labelReason)),
        ])
        table.rows = reply.changes.map { change in
          [
            change.effectiveAt, Rupiah.format(change.price),
            change.memberPrice.map(Rupiah.format) ?? "-",
            change.previousPrice.map(Rupiah.format) ?? "-", change.user, change.reason ?? "",
          ]
        }
        return table.render()
      }
    }
  }
}
