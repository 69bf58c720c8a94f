extension Product {
  /// Checks a product before it is stored; throws the first problem found. With `rules`, the
  /// unit and tax class must also be ones the shop allows; without, any well-formed name passes.
  public func validate(rules: CatalogRules? = nil) throws(CatalogError) {
    let skuAllowed = sku.allSatisfy {
      $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0))
    }
    guard !sku.isEmpty, sku.count <= 40, skuAllowed else {
      throw .invalidField(field: "sku", reason: .skuFormat)
    }
    // Lengths as SQLite's length() counts them (code points, up to a NUL), so that the
    // table's CHECK never refuses what passed here (an "é" written as e + accent is two).
    guard !name.trimmingSpaces().isEmpty, name.unicodeScalars.count <= 120,
      !name.unicodeScalars.contains("\0")
    else {
      throw .invalidField(field: "name", reason: .nameLength)
    }
    guard !unit.isEmpty, unit.unicodeScalars.count <= 12, unit.allSatisfy({ $0.isLetter }) else {
      throw .invalidField(field: "unit", reason: .unitFormat)
    }
    if let plu, plu.count != 5 || !plu.allSatisfy(\.isASCIIDigit) {
      throw .invalidField(field: "plu", reason: .pluFormat)
    }
    guard price >= .zero else { throw .invalidField(field: "price", reason: .negative) }
    if let memberPrice, memberPrice < .zero {
      throw .invalidField(field: "memberPrice", reason: .negative)
    }
    for (field, value) in [("price", price), ("memberPrice", memberPrice), ("priceCap", priceCap)]
    where (value ?? .zero) > Money.maxPrice {
      throw .invalidField(field: field, reason: .tooLarge)
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
    guard TaxClass.isWellFormed(taxClass.rawValue) else {
      throw .invalidField(field: "taxClass", reason: .taxClassFormat)
    }
    try rules?.check(self)
    var seen = Set<String>()
    for code in barcodes + packs.map(\.barcode) {
      _ = try Barcode.validate(code)
      guard seen.insert(code).inserted else { throw .duplicateBarcode(code: code, sku: sku) }
    }
    for pack in packs {
      guard !pack.name.trimmingSpaces().isEmpty, pack.name.count <= 60, !pack.name.contains(";")
      else { throw .invalidField(field: "packs.name", reason: .packName) }
      guard pack.factor > 1 else { throw .invalidField(field: "packs.factor", reason: .packFactor) }
      guard pack.price >= .zero else {
        throw .invalidField(field: "packs.price", reason: .negative)
      }
      guard pack.price <= Money.maxPrice else {
        throw .invalidField(field: "packs.price", reason: .tooLarge)
      }
      // The cap (HET) is per unit: a pack may cost at most factor × cap.
      if let priceCap {
        let (packCap, overflow) = priceCap.rupiah.multipliedReportingOverflow(by: pack.factor)
        if !overflow, pack.price.rupiah > packCap {
          throw .priceAboveCap(price: pack.price, cap: Money(packCap))
        }
      }
    }
  }
}
