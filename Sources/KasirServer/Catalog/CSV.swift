import Foundation

/// RFC 4180 CSV: fields separated by commas, quoted with `"` when they hold commas, quotes or
/// line breaks; `""` inside quotes is one quote. Lines end with CRLF or LF.
enum CSV {
  struct ParseError: Error, Equatable {
    var row: Int
    var message: String
  }

  /// The rows of `text`, each a list of fields; blank lines are skipped. A carriage return
  /// outside quotes is dropped. Read as UTF-8 bytes: every delimiter is ASCII, and no byte of
  /// a multi-byte character is, so fields are cut exactly where the characters say.
  static func parse(_ text: String) throws(ParseError) -> [[String]] {
    var text = text
    let rows = text.withUTF8 { bytes in
      Result { () throws(ParseError) -> [[String]] in try parse(bytes) }
    }
    return try rows.get()
  }

  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(ParseError) -> [[String]] {
    let (quote, comma, cr, lf) = (
      UInt8(ascii: "\""), UInt8(ascii: ","), UInt8(ascii: "\r"), UInt8(ascii: "\n")
    )
    var rows: [[String]] = []
    var row: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var afterQuote = false
    func endField() {
      row.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
    }
    func endRow() {
      endField()
      if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
      row = []
    }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if quoted {
        if byte == quote {
          quoted = false
          afterQuote = true
        } else {
          field.append(byte)
        }
        continue
      }
      switch byte {
      case quote where afterQuote:
        field.append(quote)
        quoted = true
        afterQuote = false
      case quote where field.isEmpty:
        quoted = true
      case comma:
        endField()
        afterQuote = false
      case cr:
        continue
      case lf:
        endRow()
        afterQuote = false
      default:
        if afterQuote {
          throw ParseError(row: rows.count + 1, message: "text after a closing quote")
        }
        field.append(byte)
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
