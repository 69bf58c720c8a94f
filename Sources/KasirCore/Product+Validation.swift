extension Product {
  /// Checks a product before it is stored; throws the first problem found.
  public func validate(allowedTaxClasses: [TaxClass] = TaxClass.builtIn) throws(CatalogError) {
    let skuAllowed = sku.allSatisfy {
      $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0))
    }
    guard !sku.isEmpty, sku.count <= 40, skuAllowed else {
      throw .invalidField(field: "sku", reason: .skuFormat)
    }
    guard !name.trimmingSpaces().isEmpty, name.count <= 120 else {
      throw .invalidField(field: "name", reason: .nameLength)
    }
    guard !unit.isEmpty, unit.count <= 12, unit.allSatisfy({ $0.isLetter }) else {
      throw .invalidField(field: "unit", reason: .unitFormat)
    }
    if let plu, plu.count != 5 || !plu.allSatisfy(\.isASCIIDigit) {
      throw .invalidField(field: "plu", reason: .pluFormat)
    }
    guard price >= .zero else { throw .invalidField(field: "price", reason: .negative) }
    if let memberPrice, memberPrice < .zero {
      throw .invalidField(field: "memberPrice", reason: .negative)
    }
    if let priceCap {
      guard priceCap > .zero else { throw .invalidField(field: "priceCap", reason: .notPositive) }
      if price > priceCap { throw .priceAboveCap(price: price, cap: priceCap) }
      if let memberPrice, memberPrice > priceCap {
        throw .priceAboveCap(price: memberPrice, cap: priceCap)
      }
    }
    if let maxPerSale, maxPerSale <= .zero {
      throw .invalidField(field: "maxPerSale", reason: .notPositive)
    }
    if let reorderLevel, reorderLevel < .zero {
      throw .invalidField(field: "reorderLevel", reason: .negative)
    }
    guard allowedTaxClasses.contains(taxClass) else {
      throw .invalidField(field: "taxClass", reason: .unknownTaxClass)
    }
    var seen = Set<String>()
    for code in barcodes + packs.map(\.barcode) {
      _ = try Barcode.validate(code)
      guard seen.insert(code).inserted else { throw .duplicateBarcode(code: code, sku: sku) }
    }
    for pack in packs {
      guard pack.factor > 1 else { throw .invalidField(field: "packs.factor", reason: .packFactor) }
      guard pack.price >= .zero else {
        throw .invalidField(field: "packs.price", reason: .negative)
      }
    }
  }
}
