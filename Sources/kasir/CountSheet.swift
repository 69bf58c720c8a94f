import Foundation
import KasirProtocol

/// A stock-count sheet: CSV with a header naming at least `code` and `counted`, one product a
/// row. Parsed whole, every bad row found, before anything is sent to the daemon.
struct CountSheet {
  struct Line {
    var row: Int
    var code: String
    var counted: Thousandths
  }

  struct Problem {
    var row: Int
    var field: String
    var message: String
  }

  var lines: [Line] = []
  var problems: [Problem] = []

  init(_ text: String, messages: Messages) {
    let table: [[String]]
    do {
      table = try Self.table(text)
    } catch {
      problems = [error.problem(messages)]
      return
    }
    let header = (table.first ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    let missing = ["code", "counted"].filter { !header.contains($0) }
    guard missing.isEmpty, let code = header.firstIndex(of: "code"),
      let counted = header.firstIndex(of: "counted")
    else {
      problems = missing.map { Problem(row: 1, field: $0, message: messages(.sheetMissingColumn)) }
      return
    }
    var seen: [String: Int] = [:]
    for (index, fields) in table.dropFirst().enumerated() {
      let row = index + 2
      let value = { (column: Int) in
        column < fields.count ? fields[column].trimmingCharacters(in: .whitespaces) : ""
      }
      let (codeText, countText) = (value(code), value(counted))
      if codeText.isEmpty {
        problems.append(Problem(row: row, field: "code", message: messages(.sheetRequired)))
      } else if let earlier = seen[codeText] {
        problems.append(
          Problem(
            row: row, field: "code",
            message: messages(.sheetDuplicate, ["code": codeText, "row": String(earlier)])))
      } else if let quantity = Thousandths(text: countText), quantity.value >= 0 {
        seen[codeText] = row
        lines.append(Line(row: row, code: codeText, counted: quantity))
      } else {
        problems.append(
          Problem(
            row: row, field: "counted", message: messages(.sheetBadCount, ["value": countText])))
      }
    }
  }

  /// A quote opened in `row` (blank lines not counted), field `column` (from 0), never closed.
  struct BrokenQuote: Error {
    var row: Int
    var column: Int
    /// The column's name from the header when the quote is below it, else its number.
    var header: [String]

    func problem(_ messages: Messages) -> Problem {
      let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
      let field = row > 1 && column < names.count ? names[column] : String(column + 1)
      return Problem(row: row, field: field, message: messages(.sheetBroken))
    }
  }

  /// RFC 4180 fields. Blank lines are skipped.
  static func table(_ text: String) throws(BrokenQuote) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var opened = (row: 0, column: 0)
    var previous: Character?
    for character in text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text) {
      defer { previous = character }
      if quoted {
        if character == "\"" { quoted = false } else { field.append(character) }
        continue
      }
      switch character {
      case "\"":
        if previous == "\"" { field.append("\"") }
        quoted = true
        opened = (rows.count + 1, row.count)
      case ",":
        row.append(field)
        field = ""
      case "\n", "\r\n", "\r":
        row.append(field)
        if row != [""] { rows.append(row) }
        (row, field) = ([], "")
      default: field.append(character)
      }
    }
    guard !quoted else {
      throw BrokenQuote(row: opened.row, column: opened.column, header: rows.first ?? [])
    }
    row.append(field)
    if row != [""] { rows.append(row) }
    return rows
  }
}
