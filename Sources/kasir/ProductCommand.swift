import ArgumentParser
import KasirProtocol

/// `kasir product`: the catalog.
struct ProductCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "product",
    abstract:
      "Products: add, edit, show, search, deactivate; import or export the catalog.",
    subcommands: [
      Add.self, Edit.self, Show.self, Search.self, Deactivate.self, Activate.self, Import.self,
      Export.self,
    ])

  struct Add: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add a product, or replace the one with this SKU (manager).")

    @Option(help: "The shop's own code for the product.") var sku: String
    @Option(help: "The name printed on receipts.") var name: String
    @Option(help: "The base unit: pcs, kg, liter, …") var unit: String
    @Option(help: "Price in rupiah: 12500, 12.500 or Rp12.500.", transform: ArgumentValues.amount)
    var price: Int64
    @Flag(help: "Sold by weight (fractions of the unit allowed).") var weighed = false
    @Option(name: .customLong("barcode"), help: "A barcode (repeat for more).")
    var barcodes: [String] = []
    @Option(help: "Price for koperasi members.", transform: ArgumentValues.amount)
    var memberPrice: Int64?
    @Option(help: "The highest allowed price (HET).", transform: ArgumentValues.amount)
    var priceCap: Int64?
    @Option(help: "The most one sale may hold.", transform: ArgumentValues.quantity)
    var maxPerSale: Thousandths?
    @Option(help: "Tax class (default: exempt).") var taxClass: String?
    @Option(help: "Stock at or below this is low.", transform: ArgumentValues.level)
    var reorderLevel: Thousandths?
    @Option(help: "The 5-digit code a scale prints into weighed-item barcodes.") var plu: String?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      let input = CatalogAPI.ProductInput(
        sku: sku, name: name, unit: unit, weighed: weighed ? true : nil, plu: plu,
        barcodes: barcodes.isEmpty ? nil : barcodes, price: price, memberPrice: memberPrice,
        priceCap: priceCap, maxPerSale: maxPerSale, taxClass: taxClass,
        reorderLevel: reorderLevel)
      try client.perform(CatalogAPI.UpsertProduct.self, .init(product: input)) { reply in
        messages(reply.created ? .productCreated : .productUpdated, ["sku": reply.product.sku])
          + "\n\n" + ProductText(messages: messages).details(reply.product)
      }
    }
  }

  struct Show: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a product by SKU or barcode.")

    @Argument(help: "A SKU or a barcode.") var code: String
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(CatalogAPI.GetProduct.self, .init(code: code)) { reply in
        ProductText(messages: messages).details(reply.product)
      }
    }
  }

  struct Search: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find products by name words, SKU or barcode prefix.")

    @Argument(help: "Words of the name, or the start of a SKU or barcode.") var query: String
    @Option(help: "At most this many products (daemon default: 20).") var limit: Int?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(CatalogAPI.SearchProducts.self, .init(query: query, limit: limit)) {
        reply in
        reply.products.isEmpty
          ? messages(.noProductsFound, ["query": query])
          : ProductText(messages: messages).table(reply.products)
      }
    }
  }
}
