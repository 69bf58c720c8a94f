/// Rows for one set-based statement: a JSON array of arrays, bound as one argument and read
/// with `json_each(?)`, where `value ->> 0` is a row's first value.
///
/// Thousands of rows then cost one statement, not one each. That matters most for `product`:
/// its triggers write the FTS index, and FTS5 flushes its pending terms at every statement's
/// savepoint, so one statement a row made a segment a row (three times slower altogether).
struct JSONRows {
  /// A value of a row: SQLite reads a JSON string as TEXT, a JSON integer as INTEGER.
  enum Value {
    case text(String)
    case int(Int64)
    case null

    static func text(_ value: String?) -> Value { value.map { .text($0) } ?? .null }
    static func int(_ value: Int64?) -> Value { value.map { .int($0) } ?? .null }
    static func bool(_ value: Bool) -> Value { .int(value ? 1 : 0) }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  private var bytes: [UInt8] = [UInt8(ascii: "[")]
  private(set) var count = 0

  init() {}

  /// One row per value: a column for `IN (SELECT value ->> 0 FROM json_each(?))`.
  init(column values: [String]) {
    for value in values { append([.text(value)]) }
  }

  mutating func append(_ row: [Value]) {
    if count > 0 { bytes.append(UInt8(ascii: ",")) }
    count += 1
    bytes.append(UInt8(ascii: "["))
    for (index, value) in row.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      switch value {
      case .null: bytes += "null".utf8
      case .int(let number): bytes += String(number).utf8
      case .text(let text): appendString(text)
      }
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// The array as JSON text.
  var text: String { String(decoding: bytes + [UInt8(ascii: "]")], as: UTF8.self) }

  /// `text` as a JSON string: quotes, backslashes and control characters escaped, the rest
  /// (any UTF-8) as it is.
  private mutating func appendString(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(byte)
      case 0..<0x20:
        bytes += "\\u00".utf8
        bytes.append(Self.hexDigits[Int(byte >> 4)])
        bytes.append(Self.hexDigits[Int(byte & 0xF)])
      default:
        bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
