import KasirProtocol
import NIOCore

/// JSON written straight into bytes, exactly as `WireCodec.jsonEncoder` writes it: no spaces,
/// `/` unescaped, `"`, `\` and control characters escaped the way Foundation escapes them,
/// everything else (UTF-8 included) as it is. The caller writes keys in sorted order.
///
/// Why: for the replies read most (a stock check, a search page) JSONEncoder cost more than
/// the database read; `WireCodecTests` compares both writers over many values.
///
/// It writes into the `ByteBuffer` the socket sends, one byte longer than asked for: room for
/// the NUL that ends a message, so the reply is never copied on its way out.
struct JSONBytes {
  private(set) var buffer: ByteBuffer

  init(capacity: Int) { buffer = ByteBufferAllocator().buffer(capacity: capacity + 1) }

  /// Raw JSON text: punctuation and keys, e.g. `{"level":`.
  mutating func raw(_ text: StaticString) {
    buffer.writeStaticString(text)
  }

  mutating func string(_ text: String) {
    var text = text
    text.withUTF8 { string($0) }
  }

  /// A string from UTF-8 bytes (e.g. a column SQLite hands out). Runs of bytes that need no
  /// escape are copied whole.
  mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) {
    buffer.writeInteger(UInt8(ascii: "\""))
    var start = 0
    for (index, byte) in utf8.enumerated()
    where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
      buffer.writeBytes(UnsafeBufferPointer(rebasing: utf8[start..<index]))
      escape(byte)
      start = index + 1
    }
    buffer.writeBytes(UnsafeBufferPointer(rebasing: utf8[start...]))
    buffer.writeInteger(UInt8(ascii: "\""))
  }

  /// A byte JSON cannot hold as it is, escaped as Foundation escapes it.
  private mutating func escape(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): raw(#"\""#)
    case UInt8(ascii: "\\"): raw(#"\\"#)
    case 0x08: raw(#"\b"#)
    case 0x0C: raw(#"\f"#)
    case UInt8(ascii: "\n"): raw(#"\n"#)
    case UInt8(ascii: "\r"): raw(#"\r"#)
    case UInt8(ascii: "\t"): raw(#"\t"#)
    default:
      raw(#"\u00"#)
      buffer.writeInteger(Self.hexDigits[Int(byte >> 4)])
      buffer.writeInteger(Self.hexDigits[Int(byte & 0x0F)])
    }
  }

  mutating func integer(_ value: Int64) {
    if value < 0 { buffer.writeInteger(UInt8(ascii: "-")) }
    digits(value.magnitude)
  }

  mutating func bool(_ value: Bool) {
    value ? raw("true") : raw("false")
  }

  /// As `Thousandths` encodes itself: `3`, `0.75`, `-1.5`.
  mutating func thousandths(_ value: Thousandths) {
    let magnitude = value.value.magnitude
    if value.value < 0 { buffer.writeInteger(UInt8(ascii: "-")) }
    digits(magnitude / 1000)
    var fraction = magnitude % 1000
    guard fraction != 0 else { return }
    buffer.writeInteger(UInt8(ascii: "."))
    var place: UInt64 = 100
    while fraction != 0 {
      buffer.writeInteger(UInt8(ascii: "0") + UInt8(fraction / place))
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
    buffer.writeInteger(UInt8(ascii: "["))
    for (index, value) in elements.enumerated() {
      if index > 0 { buffer.writeInteger(UInt8(ascii: ",")) }
      element(&self, value)
    }
    buffer.writeInteger(UInt8(ascii: "]"))
  }

  private mutating func digits(_ value: UInt64) {
    var space: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
    withUnsafeMutableBytes(of: &space) { scratch in
      var index = scratch.count
      var rest = value
      repeat {
        index -= 1
        scratch[index] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      } while rest != 0
      buffer.writeBytes(UnsafeRawBufferPointer(rebasing: scratch[index...]))
    }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)
}
