import Foundation

/// Where a CSV file stops being UTF-8: the first bad byte, its row (counted as the CSV readers
/// count them: records, blank lines skipped) and the column it falls in, named by the header
/// when the header itself is readable.
struct EncodingProblem: Equatable {
  var row: Int
  var field: String
  var byte: UInt8

  /// Nil when `data` is valid UTF-8.
  init?(_ data: Data) {
    let bytes = [UInt8](data)
    var offset = 0
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    scan: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return nil
      case .error: break scan
      }
    }
    let prefix = String(decoding: bytes[..<offset], as: UTF8.self)
    var records = 0
    var column = 0
    var lineHasText = false
    var quoted = false
    var header: [String]?
    var field = ""
    var fields: [String] = []
    for character in prefix {
      if quoted {
        if character == "\"" { quoted = false } else { field.append(character) }
        continue
      }
      switch character {
      case "\"": quoted = true
      case ",":
        column += 1
        fields.append(field)
        field = ""
        lineHasText = true
      case "\n", "\r\n", "\r":
        if lineHasText || !field.isEmpty {
          records += 1
          if header == nil { header = fields + [field] }
        }
        (column, lineHasText, field, fields) = (0, false, "", [])
      default:
        field.append(character)
        lineHasText = true
      }
    }
    row = records + 1
    let names = (header ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    self.field = column < names.count && row > 1 ? names[column] : String(column + 1)
    byte = bytes[offset]
  }
}
