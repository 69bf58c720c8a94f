/// The usual shape of a small call, read without JSONDecoder:
/// `{"method":"…","parameters":{"name":"value","limit":20,…}}`, keys in any order, JSON
/// whitespace anywhere, and every value a plain string (ASCII, no escapes) or a whole number.
///
/// Why: decoding a stock check with JSONDecoder took about as long as the database read and the
/// write together. Anything else — another key (`more`, `oneway`, `upgrade`), an escape, a
/// fraction or exponent, nesting, a repeated key, bytes after the object — gives nil, and the call is decoded
/// in full instead, so the answer never differs from the full path's.
struct PlainCall: Equatable {
  var method: String
  /// The parameters that are strings.
  var parameters: [String: String]
  /// The parameters that are whole numbers (`-?(0|[1-9][0-9]*)`, at most 18 digits).
  var numbers: [String: Int64]

  init(method: String, parameters: [String: String], numbers: [String: Int64] = [:]) {
    self.method = method
    self.parameters = parameters
    self.numbers = numbers
  }

  init?(_ bytes: [UInt8]) {
    guard let call = bytes.withUnsafeBytes(Self.read) else { return nil }
    self = call
  }

  /// The call in `bytes`, read in place; nil when it is not plain.
  static func read(_ bytes: UnsafeRawBufferPointer) -> PlainCall? {
    var reader = Reader(bytes: bytes)
    return reader.call()
  }

  private struct Reader {
    let bytes: UnsafeRawBufferPointer
    var index = 0

    mutating func call() -> PlainCall? {
      var method: String?
      var parameters: ([String: String], [String: Int64])?
      guard take(UInt8(ascii: "{")) else { return nil }
      repeat {
        guard let key = string(), take(UInt8(ascii: ":")) else { return nil }
        switch key {
        case "method" where method == nil:
          guard let value = string() else { return nil }
          method = value
        case "parameters" where parameters == nil:
          guard let value = object() else { return nil }
          parameters = value
        default:
          return nil
        }
      } while take(UInt8(ascii: ","))
      guard take(UInt8(ascii: "}")), let method else { return nil }
      skipSpace()
      guard index == bytes.count else { return nil }
      return PlainCall(
        method: method, parameters: parameters?.0 ?? [:], numbers: parameters?.1 ?? [:])
    }

    /// An object of plain strings and whole numbers; `{}` included.
    private mutating func object() -> ([String: String], [String: Int64])? {
      guard take(UInt8(ascii: "{")) else { return nil }
      var values: [String: String] = [:]
      var numbers: [String: Int64] = [:]
      if take(UInt8(ascii: "}")) { return (values, numbers) }
      repeat {
        guard let key = string(), take(UInt8(ascii: ":")), values[key] == nil, numbers[key] == nil
        else { return nil }
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
          guard let value = string() else { return nil }
          values[key] = value
        } else {
          guard let value = number() else { return nil }
          numbers[key] = value
        }
      } while take(UInt8(ascii: ","))
      return take(UInt8(ascii: "}")) ? (values, numbers) : nil
    }

    /// A whole number without a fraction or exponent (what follows it is checked by the
    /// caller: only `,` or `}` may), at most 18 digits.
    private mutating func number() -> Int64? {
      skipSpace()
      let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
      if negative { index += 1 }
      let start = index
      var value: Int64 = 0
      while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
        // 18 digits cannot overflow; a longer number is not plain.
        guard index - start < 18 else { return nil }
        value = value * 10 + Int64(bytes[index] - UInt8(ascii: "0"))
        index += 1
      }
      let count = index - start
      guard count > 0, count == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
      return negative ? -value : value
    }

    /// A string of printable ASCII without escapes.
    private mutating func string() -> String? {
      guard take(UInt8(ascii: "\"")) else { return nil }
      let start = index
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          defer { index += 1 }
          return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { return nil }
        index += 1
      }
      return nil
    }

    /// Skips whitespace, then takes `byte` if it is next.
    private mutating func take(_ byte: UInt8) -> Bool {
      skipSpace()
      guard index < bytes.count, bytes[index] == byte else { return false }
      index += 1
      return true
    }

    private mutating func skipSpace() {
      while index < bytes.count,
        bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09
      {
        index += 1
      }
    }
  }
}
