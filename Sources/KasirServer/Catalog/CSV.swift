import Foundation

/// RFC 4180 CSV: fields separated by commas, quoted with `"` when they hold commas, quotes or
/// line breaks; `""` inside quotes is one quote. Lines end with CRLF or LF.
enum CSV {
  struct ParseError: Error, Equatable {
    var row: Int
    var message: String
  }

  static func parse(_ text: String) throws(ParseError) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var afterQuote = false
    var iterator = text.unicodeScalars.makeIterator()
    func endRow() {
      row.append(field)
      if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
      row = []
      field = ""
    }
    while let scalar = iterator.next() {
      if quoted {
        if scalar == "\"" {
          quoted = false
          afterQuote = true
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where afterQuote:
        field.append("\"")
        quoted = true
        afterQuote = false
      case "\"" where field.isEmpty:
        quoted = true
      case ",":
        row.append(field)
        field = ""
        afterQuote = false
      case "\r":
        continue
      case "\n":
        endRow()
        afterQuote = false
      default:
        if afterQuote {
          throw ParseError(row: rows.count + 1, message: "text after a closing quote")
        }
        field.unicodeScalars.append(scalar)
      }
    }
    if quoted { throw ParseError(row: rows.count + 1, message: "a quoted field is not closed") }
    if !field.isEmpty || !row.isEmpty { endRow() }
    return rows
  }

  static func line(_ fields: [String]) -> String {
    fields.map { field in
      guard field.contains(where: { ",\"\r\n".contains($0) }) else { return field }
      return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }.joined(separator: ",") + "\r\n"
  }
}
