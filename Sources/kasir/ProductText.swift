import KasirProtocol

/// How products read in the terminal.
struct ProductText {
  var messages: Messages

  func details(_ product: CatalogAPI.Product) -> String {
    var pairs: [(String, String)] = [
      (messages(.labelSku), product.sku),
      (messages(.labelName), product.name),
      (
        messages(.labelUnit),
        product.unit + (product.weighed ? " (" + messages(.weighed) + ")" : "")
      ),
      (messages(.labelPrice), Rupiah.format(product.price)),
    ]
    if let memberPrice = product.memberPrice {
      pairs.append((messages(.labelMemberPrice), Rupiah.format(memberPrice)))
    }
    if let cap = product.priceCap { pairs.append((messages(.labelPriceCap), Rupiah.format(cap))) }
    if let max = product.maxPerSale {
      pairs.append((messages(.labelMaxPerSale), messages.quantity(max, product.unit)))
    }
    pairs.append((messages(.labelTaxClass), product.taxClass))
    pairs.append((messages(.labelStock), messages.quantity(product.onHand, product.unit)))
    if let level = product.reorderLevel {
      pairs.append((messages(.labelReorderLevel), messages.quantity(level, product.unit)))
    }
    pairs.append((messages(.labelBarcodes), product.barcodes.joined(separator: ", ")))
    if let plu = product.plu { pairs.append((messages(.labelPlu), plu)) }
    for pack in product.packs {
      let text = "\(pack.name) = \(pack.factor) \(product.unit), \(Rupiah.format(pack.price))"
      pairs.append((messages(.labelPack), "\(text) [\(pack.barcode)]"))
    }
    pairs.append((messages(.labelActive), messages.yesNo(product.active)))
    return Table.pairs(pairs)
  }

  func table(_ products: [CatalogAPI.Product]) -> String {
    var table = Table(columns: [
      .init(title: messages(.columnSku)),
      .init(title: messages(.columnName)),
      .init(title: messages(.columnPrice), alignment: .right),
      .init(title: messages(.columnStock), alignment: .right),
      .init(title: messages(.columnBarcode)),
    ])
    table.rows = products.map { product in
      [
        product.sku, product.name, Rupiah.format(product.price),
        messages.quantity(product.onHand, product.unit), product.barcodes.first ?? "",
      ]
    }
    return table.render()
  }
}
