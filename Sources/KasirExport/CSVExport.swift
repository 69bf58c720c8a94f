import Foundation
import KasirCore

/// Export rows as RFC 4180 CSV: UTF-8, CRLF line ends, a header row; money in whole rupiah,
/// quantities with a decimal point, times in RFC 3339 with the shop's offset (`CSVChunk`).
/// Text that a spreadsheet would take for a formula (it starts with `=`, `+`, `-`, `@`, a tab
/// or a carriage return) gets a `'` in front, so it is shown as the text it is (OWASP's
/// advice against CSV injection); numbers never do.
public enum CSVExport {
  public static func header(_ kind: ExportKind) -> String {
    kind.columns.map { field($0.name) }.joined(separator: ",") + "\r\n"
  }

  /// `1.5` for 1500 thousandths, `2` for 2000, `-0.25` for −250.
  public static func decimal(_ quantity: Quantity) -> String {
    var bytes: [UInt8] = []
    appendDecimal(quantity, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A text field as it is written: guarded against formulas, quoted when needed.
  public static func field(_ text: String) -> String {
    var bytes: [UInt8] = []
    appendField(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text` as a field: after a `'` when it starts like a formula; quoted (quotes
  /// doubled) when it holds a comma, a quote or a line break.
  static func appendField(_ text: String, to bytes: inout [UInt8]) {
    let utf8 = text.utf8
    guard let first = utf8.first else { return }
    let quoted = utf8.contains { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }
    if quoted { bytes.append(34) }
    if formulaStarts.contains(first) { bytes.append(UInt8(ascii: "'")) }
    if quoted {
      for byte in utf8 {
        bytes.append(byte)
        if byte == 34 { bytes.append(34) }
      }
      bytes.append(34)
    } else {
      bytes.append(contentsOf: utf8)
    }
  }

  /// The first bytes that make a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@`,
  /// tab and carriage return.
  static let formulaStarts: [UInt8] = [61, 43, 45, 64, 9, 13]

  /// Appends `value` in decimal.
  static func appendInteger(_ value: Int64, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    let start = bytes.count
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    bytes[start...].reverse()
  }

  /// Appends `decimal(quantity)`.
  static func appendDecimal(_ quantity: Quantity, to bytes: inout [UInt8]) {
    let value = quantity.thousandths
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    appendInteger(Int64(value.magnitude / 1000), to: &bytes)
    var fraction = value.magnitude % 1000
    guard fraction > 0 else { return }
    bytes.append(UInt8(ascii: "."))
    var divisor: UInt64 = 100
    while fraction > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
      fraction %= divisor
      divisor /= 10
    }
  }
}
