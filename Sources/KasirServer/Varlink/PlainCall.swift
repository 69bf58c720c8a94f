/// The usual shape of a small call, read without JSONDecoder:
/// `{"method":"…","parameters":{"name":"value","limit":20,…}}`, keys in any order, JSON
/// whitespace anywhere, and every value a plain string (ASCII, no escapes) or a whole number.
///
/// Why: decoding a stock check with JSONDecoder took about as long as the database read and the
/// write together. Anything else — another key (`more`, `oneway`, `upgrade`), an escape, a
/// fraction or exponent, nesting, a repeated key, more than `fieldLimit` parameters, bytes after
/// the object — gives nil, and the call is decoded in full instead, so the answer never differs
/// from the full path's.
struct PlainCall: Equatable {
  var method: String
  /// The parameters in the order the call gives them; each key once.
  var fields: [Field]

  struct Field: Equatable {
    var key: String
    var value: Value
  }

  enum Value: Equatable {
    case string(String)
    /// A whole number (`-?(0|[1-9][0-9]*)`, at most 18 digits).
    case number(Int64)

    var string: String? {
      guard case .string(let value) = self else { return nil }
      return value
    }

    var number: Int64? {
      guard case .number(let value) = self else { return nil }
      return value
    }
  }

  /// The most parameters a plain call has: a call with more is read in full, so a call with
  /// thousands of keys cannot make the duplicate check (a look through those before) slow.
  static let fieldLimit = 16

  init(method: String, fields: [Field]) {
    self.method = method
    self.fields = fields
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

  /// The string parameter `key`; nil when the call has none (or a number).
  func string(_ key: String) -> String? {
    fields.first { $0.key == key }?.value.string
  }

  /// The number parameter `key`; nil when the call has none (or a string).
  func number(_ key: String) -> Int64? {
    fields.first { $0.key == key }?.value.number
  }

  private struct Reader {
    let bytes: UnsafeRawBufferPointer
    var index = 0

    mutating func call() -> PlainCall? {
      var method: String?
      var fields: [Field]?
      guard take(UInt8(ascii: "{")) else { return nil }
      repeat {
        guard let key = string(), take(UInt8(ascii: ":")) else { return nil }
        switch key {
        case "method" where method == nil:
          guard let value = string() else { return nil }
          method = value
        case "parameters" where fields == nil:
          guard let value = object() else { return nil }
          fields = value
        default:
          return nil
        }
      } while take(UInt8(ascii: ","))
      guard take(UInt8(ascii: "}")), let method else { return nil }
      skipSpace()
      guard index == bytes.count else { return nil }
      return PlainCall(method: method, fields: fields ?? [])
    }

    /// An object of plain strings and whole numbers, at most `fieldLimit` of them; `{}`
    /// included.
    private mutating func object() -> [Field]? {
      guard take(UInt8(ascii: "{")) else { return nil }
      var fields: [Field] = []
      if take(UInt8(ascii: "}")) { return fields }
      repeat {
        guard fields.count < PlainCall.fieldLimit, let key = string(), take(UInt8(ascii: ":")),
          !fields.contains(where: { $0.key == key })
        else { return nil }
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
          guard let value = string() else { return nil }
          fields.append(Field(key: key, value: .string(value)))
        } else {
          guard let value = number() else { return nil }
          fields.append(Field(key: key, value: .number(value)))
        }
      } while take(UInt8(ascii: ","))
      return take(UInt8(ascii: "}")) ? fields : nil
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
