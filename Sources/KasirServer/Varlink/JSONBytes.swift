import KasirProtocol

/// JSON written straight into bytes, exactly as `WireCodec.jsonEncoder` writes it: no spaces,
/// `/` unescaped, `"`, `\` and control characters escaped the way Foundation escapes them,
/// everything else (UTF-8 included) as it is. The caller writes keys in sorted order.
///
/// Why: for the replies read most (a stock check, a search page) JSONEncoder cost more than
/// the database read; `WireCodecTests` compares both writers over many values.
struct JSONBytes {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int) { bytes.reserveCapacity(capacity) }

  /// Raw JSON text: punctuation and keys, e.g. `{"level":`.
  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func string(_ text: String) {
    var text = text
    text.withUTF8 { string($0) }
  }

  /// A string from UTF-8 bytes (e.g. a column SQLite hands out).
  mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) {
    bytes.append(UInt8(ascii: "\""))
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "\""): raw(#"\""#)
      case UInt8(ascii: "\\"): raw(#"\\"#)
      case 0x08: raw(#"\b"#)
      case 0x0C: raw(#"\f"#)
      case UInt8(ascii: "\n"): raw(#"\n"#)
      case UInt8(ascii: "\r"): raw(#"\r"#)
      case UInt8(ascii: "\t"): raw(#"\t"#)
      case 0x00..<0x20:
        raw(#"\u00"#)
        bytes.append(Self.hexDigits[Int(byte >> 4)])
        bytes.append(Self.hexDigits[Int(byte & 0x0F)])
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  mutating func integer(_ value: Int64) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    digits(value.magnitude)
  }

  mutating func bool(_ value: Bool) {
    value ? raw("true") : raw("false")
  }

  /// As `Thousandths` encodes itself: `3`, `0.75`, `-1.5`.
  mutating func thousandths(_ value: Thousandths) {
    let magnitude = value.value.magnitude
    if value.value < 0 { bytes.append(UInt8(ascii: "-")) }
    digits(magnitude / 1000)
    var fraction = magnitude % 1000
    guard fraction != 0 else { return }
    bytes.append(UInt8(ascii: "."))
    var place: UInt64 = 100
    while fraction != 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(fraction / place))
      fraction %= place
      place /= 10
    }
  }

  /// `key` (with its punctuation, e.g. `,"plu":`) and the value, or nothing for nil: the way
  /// JSONEncoder leaves out an absent optional.
  mutating func optional<T>(
    _ key: StaticString, _ value: T?, _ write: (inout JSONBytes, T) -> Void
  ) {
    guard let value else { return }
    raw(key)
    write(&self, value)
  }

  /// `[` each element `]`, with commas between.
  mutating func array<T>(_ elements: [T], _ element: (inout JSONBytes, T) -> Void) {
    bytes.append(UInt8(ascii: "["))
    for (index, value) in elements.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      element(&self, value)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  private mutating func digits(_ value: UInt64) {
    var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
    withUnsafeMutableBytes(of: &buffer) { scratch in
      var index = scratch.count
      var rest = value
      repeat {
        index -= 1
        scratch[index] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      } while rest != 0
      bytes.append(contentsOf: scratch[index...])
    }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)
}
