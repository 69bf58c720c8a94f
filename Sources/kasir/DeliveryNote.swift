import Foundation
import KasirProtocol

/// A delivery note as CSV: a header naming at least `code` and `quantity`, one line of goods a
/// row; `unit_cost` (whole rupiah), `supplier` and `reference` are optional columns. Supplier
/// and reference are one per note: every row that fills them must agree, with each other and
/// with `--supplier`/`--reference` when those are given. Parsed whole, every bad row found.
struct DeliveryNote {
  var lines: [(row: Int, line: StockAPI.ReceiveLine)] = []
  var supplier: String?
  var reference: String?
  var problems: [CountSheet.Problem] = []

  static let columns = ["code", "quantity", "unit_cost", "supplier", "reference"]

  init(_ text: String, supplier: String?, reference: String?, messages: Messages) {
    self.supplier = supplier
    self.reference = reference
    let table: [[String]]
    do {
      table = try CountSheet.table(text)
    } catch {
      problems = [error.problem(messages)]
      return
    }
    let header = (table.first ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    for name in header where !Self.columns.contains(name) {
      problems.append(
        .init(
          row: 1, field: name,
          message: messages(.noteUnknownColumn, ["columns": Self.columns.joined(separator: ", ")])))
    }
    for name in ["code", "quantity"] where !header.contains(name) {
      problems.append(.init(row: 1, field: name, message: messages(.sheetMissingColumn)))
    }
    guard problems.isEmpty else { return }
    var firstRow: [String: Int] = [:]
    for (index, fields) in table.dropFirst().enumerated() {
      let row = index + 2
      let value = { (name: String) -> String in
        guard let column = header.firstIndex(of: name), column < fields.count else { return "" }
        return fields[column].trimmingCharacters(in: .whitespaces)
      }
      guard fields.count == header.count else {
        problems.append(
          .init(
            row: row, field: "-",
            message: messages(
              .noteFieldCount, ["count": String(fields.count), "header": String(header.count)])))
        continue
      }
      var bad = false
      func problem(_ field: String, _ message: String) {
        problems.append(.init(row: row, field: field, message: message))
        bad = true
      }
      for name in ["supplier", "reference"] where !value(name).isEmpty {
        let text = value(name)
        // `option`: what the command line said; `noted`: the value the note has so far.
        let (option, noted) =
          name == "supplier" ? (supplier, self.supplier) : (reference, self.reference)
        if let option, option != text {
          problem(
            name,
            messages(
              .noteDiffersFromOption, ["value": text, "other": option, "option": "--" + name]))
        } else if let earlier = firstRow[name], let noted, noted != text {
          problem(
            name,
            messages(
              .noteDiffersFromRow, ["value": text, "other": noted, "row": String(earlier)]))
        } else if option == nil, firstRow[name] == nil {
          if name == "supplier" { self.supplier = text } else { self.reference = text }
          firstRow[name] = row
        }
      }
      let code = value("code")
      if code.isEmpty { problem("code", messages(.sheetRequired)) }
      let quantity = Thousandths(text: value("quantity"))
      if quantity == nil || quantity!.value <= 0 {
        problem("quantity", messages(.noteBadQuantity, ["value": value("quantity")]))
      }
      var cost: Int64?
      if !value("unit_cost").isEmpty {
        cost = Rupiah.parse(value("unit_cost"))
        if cost == nil {
          problem("unit_cost", messages(.noteBadCost, ["value": value("unit_cost")]))
        }
      }
      if !bad, let quantity {
        lines.append((row, StockAPI.ReceiveLine(code: code, quantity: quantity, unitCost: cost)))
      }
    }
    if problems.isEmpty && lines.isEmpty {
      problems.append(.init(row: 2, field: "-", message: messages(.noteEmpty)))
    }
  }
}
