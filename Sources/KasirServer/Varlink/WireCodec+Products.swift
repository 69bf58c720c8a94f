import KasirProtocol
import NIOCore

extension WireCodec {
  /// The reply to `Catalog.SearchProducts`, byte for byte what `reply(_:)` writes (keys
  /// sorted, absent optionals left out), written directly: JSONEncoder took a third of a
  /// search's time.
  static func productsReply(_ products: [CatalogAPI.Product]) -> ByteBuffer {
    var json = JSONBytes(capacity: 64 + products.count * 320)
    json.raw(#"{"parameters":{"products":"#)
    json.array(products) { json, product in json.product(product) }
    json.raw("}}")
    return json.buffer
  }
}

extension JSONBytes {
  /// A product's keys in the order `.sortedKeys` gives (UTF-8 order).
  mutating func product(_ product: CatalogAPI.Product) {
    raw(#"{"active":"#)
    bool(product.active)
    raw(#","barcodes":"#)
    array(product.barcodes) { json, code in json.string(code) }
    optional(#","maxPerSale":"#, product.maxPerSale) { $0.thousandths($1) }
    optional(#","memberPrice":"#, product.memberPrice) { $0.integer($1) }
    raw(#","name":"#)
    string(product.name)
    raw(#","onHand":"#)
    thousandths(product.onHand)
    raw(#","packs":"#)
    array(product.packs) { json, pack in json.pack(pack) }
    optional(#","plu":"#, product.plu) { $0.string($1) }
    raw(#","price":"#)
    integer(product.price)
    optional(#","priceCap":"#, product.priceCap) { $0.integer($1) }
    optional(#","reorderLevel":"#, product.reorderLevel) { $0.thousandths($1) }
    raw(#","sku":"#)
    string(product.sku)
    raw(#","taxClass":"#)
    string(product.taxClass)
    raw(#","unit":"#)
    string(product.unit)
    raw(#","weighed":"#)
    bool(product.weighed)
    raw("}")
  }

  private mutating func pack(_ pack: CatalogAPI.Pack) {
    raw(#"{"barcode":"#)
    string(pack.barcode)
    raw(#","factor":"#)
    integer(pack.factor)
    raw(#","name":"#)
    string(pack.name)
    raw(#","price":"#)
    integer(pack.price)
    raw("}")
  }
}
