import KasirCore

extension CatalogCSV {
  /// The CSV column of a product field: `memberPrice` → `member_price`.
  static func column(_ field: String) -> String {
    var column = ""
    for character in field {
      if character.isUppercase {
        column += "_" + character.lowercased()
      } else {
        column.append(character)
      }
    }
    return column
  }

  /// What is wrong, in a sentence for the row's report.
  static func message(_ error: CatalogError) -> String {
    switch error {
    case .invalidField(_, let reason):
      switch reason {
      case .skuFormat: return "1 to 40 letters, digits, '-', '_' or '.'"
      case .nameLength: return "must not be empty, at most 120 characters"
      case .unitFormat: return "must be a unit such as pcs, kg or liter"
      case .pluFormat: return "must be 5 digits"
      case .negative: return "must not be negative"
      case .notPositive: return "must be above zero"
      case .taxClassFormat: return "must be a tax class such as exempt or ppn11"
      case .packFactor: return "a pack holds more than one unit"
      case .packName: return "a pack name is 1 to 60 characters without ';'"
      case .tooLarge: return "must be at most \(Money.maxPrice.rupiah)"
      }
    case .invalidBarcode(let code, let reason):
      switch reason {
      case .notDigits: return "\(code) is not all digits"
      case .length: return "\(code) is not an EAN-13, EAN-8, UPC-A or in-store code"
      case .checkDigit: return "\(code) has a wrong check digit"
      }
    case .duplicateBarcode(let code, let sku):
      return "\(code) already belongs to product \(sku)"
    case .priceAboveCap(let price, let cap):
      return "the price \(price.rupiah) is above the price cap \(cap.rupiah)"
    case .productNotFound(let code): return "no product \(code)"
    case .inactiveProduct(let sku): return "product \(sku) is inactive"
    case .notAllowed(_, let value, let allowed):
      return "\"\(value)\" is not allowed; use one of: \(allowed.joined(separator: ", "))"
    }
  }

  /// The catalog as CSV with every column of the contract, one product a row, re-importable.
  static func export(_ products: [Product]) -> String {
    var text = CSV.line(columns)
    for product in products {
      text += CSV.line([
        product.sku, product.name, product.unit, String(product.weighed), product.plu ?? "",
        product.barcodes.joined(separator: " "), String(product.price.rupiah),
        product.memberPrice.map { String($0.rupiah) } ?? "",
        product.priceCap.map { String($0.rupiah) } ?? "",
        product.maxPerSale?.description ?? "", product.taxClass.rawValue,
        product.reorderLevel?.description ?? "", String(product.active),
        PacksCSV.format(product.packs),
      ])
    }
    return text
  }
}
