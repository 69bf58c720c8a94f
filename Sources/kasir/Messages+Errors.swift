import Foundation
import KasirProtocol

extension Messages {
  /// A daemon's error reply as a sentence a cashier understands.
  func describe(_ error: VarlinkError) -> String {
    if let member = describeMember(error) { return member }
    if let export = describeExport(error) { return export }
    let p = error.parameters
    func text(_ name: String) -> String { p[name]?.text ?? "?" }
    func money(_ name: String) -> String { p[name]?.int.map(Rupiah.format) ?? text(name) }
    func amount(_ name: String) -> String {
      guard let value = p[name], let number = Thousandths(text: value.text) else {
        return text(name)
      }
      return quantity(number)
    }
    switch error.error {
    case "id.kasir.Admin.MessageTooLarge":
      return self(.errMessageTooLarge, ["limit": text("limit")])
    case "id.kasir.Admin.InvalidMessage":
      return self(.errInvalidMessage, ["reason": text("reason")])
    case "id.kasir.Admin.InternalError":
      return self(.errInternalError, ["reference": text("reference")])
    case "id.kasir.Admin.StorageFull":
      return self(.errStorageFull, ["database": text("database")])
    case "id.kasir.Admin.BackupFailed": return self(.errBackupFailed, ["reason": text("reason")])
    case "id.kasir.Catalog.ProductNotFound", "id.kasir.Sale.ProductNotFound",
      "id.kasir.Stock.ProductNotFound":
      return self(.errProductNotFound, ["code": text("code")])
    case "id.kasir.Catalog.PriceAboveCap":
      return self(.errPriceAboveCap, ["price": money("price"), "cap": money("cap")])
    case "id.kasir.Sale.PriceAboveCap":
      return self(
        .errPriceAboveCapSku, ["sku": text("sku"), "price": money("price"), "cap": money("cap")])
    case "id.kasir.Sale.DiscountTooLarge":
      let values = [
        "discount": money("discount"), "limit": money("limit"), "lineNo": text("lineNo"),
      ]
      return self(p["lineNo"] == nil ? .errSaleDiscountTooLarge : .errDiscountTooLarge, values)
    case "id.kasir.Sale.RefundExceedsSold":
      return self(
        .errRefundExceedsSold,
        [
          "lineNo": text("lineNo"), "sold": amount("sold"), "refunded": amount("refunded"),
          "requested": amount("requested"),
        ])
    case "id.kasir.Sale.RefundNotAllowed":
      return self(
        .errRefundNotAllowed, ["number": text("number"), "reason": reversalReason(text("reason"))])
    case "id.kasir.Sale.VoidNotAllowed":
      return self(
        .errVoidNotAllowed, ["number": text("number"), "reason": reversalReason(text("reason"))])
    case "id.kasir.Sale.PrintFailed": return self(.errPrintFailed, ["reason": text("reason")])
    case "id.kasir.Printer.NotConfigured": return self(.errPrinterNotConfigured)
    case "id.kasir.Catalog.InvalidBarcode", "id.kasir.Sale.InvalidBarcode":
      return self(
        .errInvalidBarcode, ["code": text("code"), "reason": barcodeReason(text("reason"))])
    case "id.kasir.Catalog.DuplicateBarcode":
      return self(.errDuplicateBarcode, ["code": text("code"), "sku": text("sku")])
    case "id.kasir.Catalog.ImportRejected", "id.kasir.Member.ImportRejected":
      return importRejected(p["errors"])
    case "id.kasir.Catalog.NotAllowed":
      var allowed: [String] = []
      if case .array(let values)? = p["allowed"] { allowed = values.map(\.text) }
      let field = text("field")
      let label =
        field == "unit" ? self(.labelUnit) : field == "taxClass" ? self(.labelTaxClass) : field
      return self(
        .errNotAllowed,
        ["field": label, "value": text("value"), "allowed": allowed.joined(separator: ", ")])
    case "id.kasir.Catalog.ImportNotFound":
      return self(.errImportNotFound, ["importId": text("importId")])
    case "id.kasir.Catalog.ImportTooLarge":
      return self(.errImportTooLarge, ["limit": text("limit")])
    case "id.kasir.Sale.SaleNotFound":
      return self(.errSaleNotFound, ["sale": p["number"]?.text ?? p["saleId"]?.text ?? "?"])
    case "id.kasir.Sale.NoOpenShift", "id.kasir.Shift.NoOpenShift": return self(.errNoOpenShift)
    case "id.kasir.Sale.InvalidState":
      let allowed: [String]
      if case .array(let states)? = p["allowed"] {
        allowed = states.map { saleState($0.text) }
      } else {
        allowed = []
      }
      return self(
        .errInvalidState,
        [
          "number": text("number"), "state": saleState(text("state")),
          "allowed": allowed.joined(separator: ", "),
        ])
    case "id.kasir.Sale.LineNotFound": return self(.errLineNotFound, ["lineNo": text("lineNo")])
    case "id.kasir.Sale.ProductInactive": return self(.errProductInactive, ["sku": text("sku")])
    case "id.kasir.Sale.MaxPerSaleExceeded":
      return self(
        .errMaxPerSaleExceeded,
        ["sku": text("sku"), "max": amount("max"), "requested": amount("requested")])
    case "id.kasir.Sale.EmptySale": return self(.errEmptySale)
    case "id.kasir.Sale.Underpaid":
      return self(.errUnderpaid, ["due": money("due"), "tendered": money("tendered")])
    case "id.kasir.Sale.NonCashOverpaid":
      return self(.errNonCashOverpaid, ["due": money("due"), "nonCash": money("nonCash")])
    case "id.kasir.Shift.ShiftNotFound":
      return self(.errShiftNotFound, ["id": text("id")])
    case "id.kasir.Shift.ShiftAlreadyOpen":
      return self(.errShiftAlreadyOpen, ["id": text("id"), "openedBy": text("openedBy")])
    case "org.varlink.service.InterfaceNotFound":
      return self(.errInterfaceNotFound, ["interface": text("interface")])
    case "org.varlink.service.MethodNotFound":
      return self(.errMethodNotFound, ["method": text("method")])
    case "org.varlink.service.MethodNotImplemented":
      return self(.errMethodNotImplemented, ["method": text("method")])
    case "org.varlink.service.InvalidParameter":
      let parameter = text("parameter")
      return self(
        .errInvalidParameter, ["parameter": parameter, "allowed": self(allowed(for: parameter))])
    case "org.varlink.service.PermissionDenied": return self(.errPermissionDenied)
    case "org.varlink.service.ExpectedMore": return self(.errExpectedMore)
    default:
      return self(.errUnknown, ["name": error.error, "parameters": compact(error.parameters)])
    }
  }

  private func barcodeReason(_ reason: String) -> String {
    switch reason {
    case "notDigits": return self(.barcodeNotDigits)
    case "length": return self(.barcodeLength)
    case "checkDigit": return self(.barcodeCheckDigit)
    default: return reason
    }
  }

  /// Why a refund or void is refused, from the daemon's reason code.
  private func reversalReason(_ reason: String) -> String {
    switch reason {
    case "notSameDay": return self(.reasonNotSameDay)
    case "isRefund": return self(.reasonIsRefund)
    case "hasRefunds": return self(.reasonHasRefunds)
    case "noLines": return self(.reasonNoLines)
    default: return reason
    }
  }

  private func importRejected(_ errors: JSONValue?) -> String {
    guard case .array(let rows)? = errors else { return self(.errImportRejected, ["count": "?"]) }
    let lines = rows.map { row in
      let field = row["field"]?.text ?? ""
      var message = row["message"]?.text ?? ""
      // The daemon's one message about the file's structure rather than a value.
      if message == "a quoted field is not closed" { message = self(.sheetBroken) }
      return self(
        .importRow,
        ["row": row["row"]?.text ?? "?", "field": field.isEmpty ? "-" : field, "message": message])
    }
    return ([self(.errImportRejected, ["count": String(rows.count)])] + lines)
      .joined(separator: "\n")
  }

  /// What a parameter may be, by its last name part: `lines[0].quantity` → quantity.
  private func allowed(for parameter: String) -> MessageKey {
    let name =
      parameter.split(whereSeparator: { $0 == "." || $0 == "[" }).last.map(String.init)
      ?? parameter
    switch name.lowercased() {
    case "quantity", "countedquantity", "delta", "maxpersale", "reorderlevel":
      return .allowedQuantity
    case "price", "memberprice", "pricecap", "amount", "openingcash", "countedcash", "unitcost",
      "creditlimit":
      return .allowedAmount
    case "percent": return .allowedPercent
    case "code", "sku": return .allowedCode
    case "effectiveat": return .allowedTime
    case "from", "to", "date": return .allowedDate
    case "payments": return .allowedPayments
    case "method": return .allowedPaymentMethod
    case "saleid", "lineno", "limit", "id": return .allowedNumber
    case "name", "unit", "number", "query": return .allowedText
    case "barcodes", "barcode": return .allowedBarcodes
    case "plu": return .allowedPlu
    case "reason": return .allowedReason
    default: return .allowedOther
    }
  }

  private func compact(_ value: JSONValue) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? value.text
  }
}
