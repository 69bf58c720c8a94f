import ArgumentParser
import KasirProtocol

extension ProductCommand {
  struct Edit: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Change some fields of a product; the others stay as they are (manager).",
      discussion: """
        Reads the product, changes only the fields given, and saves it. A pack is written
        BARCODE:FACTOR:PRICE:NAME, e.g. 8991234001012:40:128000:Karton isi 40. To change a
        price with a reason or from a later moment, use `kasir price set`.
        """)

    @Argument(help: "A SKU or a barcode.") var code: String
    @Option(help: "The name printed on receipts.") var name: String?
    @Option(help: "The base unit: pcs, kg, liter, …") var unit: String?
    @Option(help: "Price in rupiah.", transform: ArgumentValues.amount) var price: Int64?
    @Option(help: "Price for koperasi members.", transform: ArgumentValues.amount)
    var memberPrice: Int64?
    @Option(help: "The highest allowed price (HET).", transform: ArgumentValues.amount)
    var priceCap: Int64?
    @Option(help: "The most one sale may hold.", transform: ArgumentValues.quantity)
    var maxPerSale: Thousandths?
    @Option(help: "Tax class, e.g. exempt or ppn11.") var taxClass: String?
    @Option(help: "Stock at or below this is low.", transform: ArgumentValues.level)
    var reorderLevel: Thousandths?
    @Option(help: "The 5-digit code a scale prints into weighed-item barcodes.") var plu: String?
    @Flag(inversion: .prefixedNo, help: "Sold by weight (fractions of the unit allowed).")
    var weighed: Bool?
    @Option(help: "Add a barcode (repeat for more).") var addBarcode: [String] = []
    @Option(help: "Remove a barcode (repeat for more).") var removeBarcode: [String] = []
    @Option(
      help: ArgumentHelp("Add or replace a pack (repeat for more).", valueName: "pack"),
      transform: ProductCommand.pack)
    var addPack: [CatalogAPI.Pack] = []
    @Option(help: "Remove the pack with this barcode (repeat for more).")
    var removePack: [String] = []
    @Option(help: "Remove an optional field (repeat for more).") var clear: [ClearableField] = []
    @OptionGroup(title: "Global options") var global: GlobalOptions

    enum ClearableField: String, CaseIterable, ExpressibleByArgument {
      case memberPrice = "member-price"
      case priceCap = "price-cap"
      case maxPerSale = "max-per-sale"
      case reorderLevel = "reorder-level"
      case plu
    }

    func validate() throws {
      let changes: [Any?] = [
        name, unit, price, memberPrice, priceCap, maxPerSale, taxClass, reorderLevel, plu, weighed,
      ]
      guard
        changes.contains(where: { $0 != nil }) || !addBarcode.isEmpty || !removeBarcode.isEmpty
          || !addPack.isEmpty || !removePack.isEmpty || !clear.isEmpty
      else { throw ValidationError(messages(.editNothing)) }
    }

    func run() throws {
      try ProductEditor(options: global).change(code) { product in
        try apply(to: &product)
      }
    }

    /// The changes typed, applied to the product as read from the daemon.
    func apply(to product: inout CatalogAPI.ProductInput) throws {
      if let name { product.name = name }
      if let unit { product.unit = unit }
      if let price { product.price = price }
      if let memberPrice { product.memberPrice = memberPrice }
      if let priceCap { product.priceCap = priceCap }
      if let maxPerSale { product.maxPerSale = maxPerSale }
      if let taxClass { product.taxClass = taxClass }
      if let reorderLevel { product.reorderLevel = reorderLevel }
      if let plu { product.plu = plu }
      if let weighed { product.weighed = weighed }
      for field in clear {
        switch field {
        case .memberPrice: product.memberPrice = nil
        case .priceCap: product.priceCap = nil
        case .maxPerSale: product.maxPerSale = nil
        case .reorderLevel: product.reorderLevel = nil
        case .plu: product.plu = nil
        }
      }
      var barcodes = product.barcodes ?? []
      for code in removeBarcode {
        guard let index = barcodes.firstIndex(of: code) else {
          throw CommandFailure(
            message: messages(.barcodeNotOnProduct, ["code": code, "sku": product.sku]),
            status: .usage)
        }
        barcodes.remove(at: index)
      }
      barcodes += addBarcode.filter { !barcodes.contains($0) }
      product.barcodes = barcodes
      var packs = product.packs ?? []
      for code in removePack {
        guard let index = packs.firstIndex(where: { $0.barcode == code }) else {
          throw CommandFailure(
            message: messages(.packNotOnProduct, ["code": code, "sku": product.sku]),
            status: .usage)
        }
        packs.remove(at: index)
      }
      for pack in addPack {
        if let index = packs.firstIndex(where: { $0.barcode == pack.barcode }) {
          packs[index] = pack
        } else {
          packs.append(pack)
        }
      }
      product.packs = packs
    }
  }

  /// `BARCODE:FACTOR:PRICE:NAME`, e.g. `8991234001012:40:128000:Karton isi 40`.
  @Sendable static func pack(_ text: String) throws -> CatalogAPI.Pack {
    let parts = text.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
    guard parts.count == 4, let factor = Int64(parts[1]),
      let price = Rupiah.parse(String(parts[2])),
      !parts[3].trimmingCharacters(in: .whitespaces).isEmpty
    else {
      throw ValidationError(
        Messages(language: Language.beforeParsing())(.invalidPack, ["value": text]))
    }
    return CatalogAPI.Pack(
      barcode: String(parts[0]), name: parts[3].trimmingCharacters(in: .whitespaces),
      factor: factor, price: price)
  }
}
