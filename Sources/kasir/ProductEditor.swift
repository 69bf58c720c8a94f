import KasirProtocol

/// Read a product, change it, save it whole: what `product edit`, `activate` and `deactivate`
/// share. Fields the change leaves alone are sent back exactly as they were read.
struct ProductEditor {
  var options: GlobalOptions

  /// Changes the product `code` names and prints the result (or the reply, with --json).
  /// `message` is the first line, filled with the saved product's `sku` and `name`.
  func change(
    _ code: String, message: MessageKey = .productUpdated,
    _ edit: (inout CatalogAPI.ProductInput) throws -> Void
  ) throws {
    let messages = options.messages
    let connection = try VarlinkConnection(path: options.socketPath)
    defer { connection.close() }
    let current = try connection.call(CatalogAPI.GetProduct.self, .init(code: code)).product
    var input = Self.input(current)
    try edit(&input)
    let (reply, raw) = try connection.callReturningParameters(
      CatalogAPI.UpsertProduct.self, .init(product: input))
    if options.json {
      print(JSONText.pretty(raw))
      return
    }
    let first = messages(message, ["sku": reply.product.sku, "name": reply.product.name])
    print(first + "\n\n" + ProductText(messages: messages).details(reply.product))
  }

  /// Every field of `product` as UpsertProduct takes it.
  static func input(_ product: CatalogAPI.Product) -> CatalogAPI.ProductInput {
    CatalogAPI.ProductInput(
      sku: product.sku, name: product.name, unit: product.unit, weighed: product.weighed,
      plu: product.plu, barcodes: product.barcodes, price: product.price,
      memberPrice: product.memberPrice, priceCap: product.priceCap,
      maxPerSale: product.maxPerSale, taxClass: product.taxClass,
      reorderLevel: product.reorderLevel, packs: product.packs, active: product.active)
  }
}
