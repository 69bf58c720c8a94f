import ArgumentParser
import KasirProtocol

/// `kasir price`: prices.
struct PriceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "price",
    abstract: "Prices: change a product's price, show its history.",
    subcommands: [Set.self, History.self])

  struct Set: ClientCommand {
    static let configuration = CommandConfiguration(
      commandName: "set", abstract: "Change a price, now or from a given time (manager).")

    @Argument(help: "The product's SKU.") var sku: String
    @Argument(help: "The new price: 12500, 12.500 or Rp12.500.", transform: ArgumentValues.amount)
    var price: Int64
    @Option(help: "The new member price.", transform: ArgumentValues.amount)
    var memberPrice: Int64?
    @Option(help: "Why the price changes, for the history.") var reason: String?
    @Option(
      name: .customLong("at"), help: "From when, RFC 3339 (e.g. 2026-12-01T07:00:00+08:00).",
      transform: ArgumentValues.time)
    var effectiveAt: String?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      let parameters = CatalogAPI.SetPrice.Parameters(
        sku: sku, price: price, memberPrice: memberPrice, effectiveAt: effectiveAt,
        reason: reason)
      try client.perform(CatalogAPI.SetPrice.self, parameters) { reply in
        var text = messages(
          .priceSet,
          [
            "sku": reply.product.sku, "name": reply.product.name,
            "price": Rupiah.format(price),
          ])
        if let memberPrice {
          text += "\n" + messages(.memberPriceSet, ["price": Rupiah.format(memberPrice)])
        }
        if let effectiveAt { text += "\n" + messages(.effectiveFrom, ["at": effectiveAt]) }
        return text
      }
    }
  }
}
