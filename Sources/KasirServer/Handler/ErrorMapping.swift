import KasirCore
import KasirProtocol

/// Domain errors to varlink errors, in one place. An error is named in the interface of the
/// method that was called when that interface declares it, else in the interface that does.
enum ErrorMapping {
  static func varlinkError(_ error: any Error, method: String) -> VarlinkError? {
    let interface = String(method[..<(method.lastIndex(of: ".") ?? method.startIndex)])
    guard let (home, name, parameters) = describe(error) else {
      return error as? VarlinkError
    }
    if home == VarlinkError.service {
      return VarlinkError("\(home).\(name)", parameters)
    }
    let declared = Interfaces.descriptions[interface]?.contains("error \(name) ") ?? false
    return VarlinkError("\(declared ? interface : home).\(name)", parameters)
  }

  private typealias Description = (home: String, name: String, parameters: [String: JSONValue])

  private static func describe(_ error: any Error) -> Description? {
    switch error {
    case let error as CatalogError: return describe(error)
    case let error as SaleError: return describe(error)
    case let error as ShiftError: return describe(error)
    case let error as StockError: return describe(error)
    case let error as MemberError: return describe(error)
    default: return nil
    }
  }

  private static let catalog = "id.kasir.Catalog"
  private static let sale = "id.kasir.Sale"
  private static let shift = "id.kasir.Shift"
  private static let service = VarlinkError.service

  private static func describe(_ error: CatalogError) -> Description {
    switch error {
    case .productNotFound(let code):
      return (catalog, "ProductNotFound", ["code": .string(code)])
    case .invalidBarcode(let code, let reason):
      return (
        catalog, "InvalidBarcode", ["code": .string(code), "reason": .string(reason.rawValue)]
      )
    case .duplicateBarcode(let code, let sku):
      return (catalog, "DuplicateBarcode", ["code": .string(code), "sku": .string(sku)])
    case .invalidField(let field, _):
      return (service, "InvalidParameter", ["parameter": .string("product.\(field)")])
    case .priceAboveCap(let price, let cap):
      return (catalog, "PriceAboveCap", ["price": .int(price.rupiah), "cap": .int(cap.rupiah)])
    case .inactiveProduct(let sku):
      return (sale, "ProductInactive", ["sku": .string(sku)])
    case .notAllowed(let field, let value, let allowed):
      return (
        catalog, "NotAllowed",
        [
          "field": .string(field), "value": .string(value),
          "allowed": .array(allowed.map { .string($0) }),
        ]
      )
    }
  }

  private static func describe(_ error: SaleError) -> Description {
    switch error {
    case .saleNotFound(let reference):
      let key = Int64(reference) != nil ? "saleId" : "number"
      let value: JSONValue = Int64(reference).map { .int($0) } ?? .string(reference)
      return (sale, "SaleNotFound", [key: value])
    case .noOpenShift:
      return (sale, "NoOpenShift", [:])
    case .invalidState(let number, let state, let allowed):
      return (
        sale, "InvalidState",
        [
          "number": .string(number), "state": .string(state.rawValue),
          "allowed": .array(allowed.map { .string($0.rawValue) }),
        ]
      )
    case .lineNotFound(let lineNo):
      return (sale, "LineNotFound", ["lineNo": .int(Int64(lineNo))])
    case .invalidQuantity:
      return (service, "InvalidParameter", ["parameter": .string("quantity")])
    case .maxPerSaleExceeded(let sku, let max, let requested):
      return (
        sale, "MaxPerSaleExceeded",
        ["sku": .string(sku), "max": number(max), "requested": number(requested)]
      )
    case .priceAboveCap(let sku, let price, let cap):
      return (
        sale, "PriceAboveCap",
        ["sku": .string(sku), "price": .int(price.rupiah), "cap": .int(cap.rupiah)]
      )
    case .inactiveProduct(let sku):
      return (sale, "ProductInactive", ["sku": .string(sku)])
    case .emptySale:
      return (sale, "EmptySale", [:])
    case .underpaid(let due, let tendered):
      return (sale, "Underpaid", ["due": .int(due.rupiah), "tendered": .int(tendered.rupiah)])
    case .nonCashOverpaid(let due, let nonCash):
      return (sale, "NonCashOverpaid", ["due": .int(due.rupiah), "nonCash": .int(nonCash.rupiah)])
    case .invalidPayment:
      return (service, "InvalidParameter", ["parameter": .string("payments")])
    case .memberRequired:
      return (sale, "MemberRequired", [:])
    case .invalidDiscount(let field):
      return (service, "InvalidParameter", ["parameter": .string(field)])
    case .discountTooLarge(let lineNo, let discount, let limit):
      var parameters: [String: JSONValue] = [
        "discount": .int(discount.rupiah), "limit": .int(limit.rupiah),
      ]
      if let lineNo { parameters["lineNo"] = .int(Int64(lineNo)) }
      return (sale, "DiscountTooLarge", parameters)
    case .refundExceedsSold(let lineNo, let sold, let refunded, let requested):
      return (
        sale, "RefundExceedsSold",
        [
          "lineNo": .int(Int64(lineNo)), "sold": number(sold), "refunded": number(refunded),
          "requested": number(requested),
        ]
      )
    case .refundNotAllowed(let number, let reason):
      return (
        sale, "RefundNotAllowed", ["number": .string(number), "reason": .string(reason.rawValue)]
      )
    case .voidNotAllowed(let number, let reason):
      return (
        sale, "VoidNotAllowed", ["number": .string(number), "reason": .string(reason.rawValue)]
      )
    }
  }

  private static func describe(_ error: ShiftError) -> Description {
    switch error {
    case .noOpenShift:
      return (shift, "NoOpenShift", [:])
    case .shiftAlreadyOpen(let id, let openedBy):
      return (shift, "ShiftAlreadyOpen", ["id": .int(id), "openedBy": .string(openedBy)])
    case .negativeAmount(let field):
      return (service, "InvalidParameter", ["parameter": .string(field)])
    case .shiftNotFound(let id):
      return (shift, "ShiftNotFound", ["id": .int(id)])
    }
  }

  private static func describe(_ error: StockError) -> Description {
    switch error {
    case .emptyReceiving:
      return (service, "InvalidParameter", ["parameter": .string("lines")])
    case .invalidQuantity:
      return (service, "InvalidParameter", ["parameter": .string("lines.quantity")])
    case .negativeCost, .costTooLarge:
      return (service, "InvalidParameter", ["parameter": .string("lines.unitCost")])
    }
  }

  /// A quantity as a JSON number: whole numbers as integers, else as a decimal.
  private static func number(_ quantity: Quantity) -> JSONValue {
    quantity.isWhole
      ? .int(quantity.thousandths / 1000) : .double(Double(quantity.thousandths) / 1000)
  }
}
