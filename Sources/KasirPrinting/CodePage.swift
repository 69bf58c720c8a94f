/// The character table a printer uses for the bytes 0x80–0xFF, chosen with `ESC t n`.
/// Kasir sends a character as its byte when the table has it and transliterates the rest,
/// so the printer never receives UTF-8.
public enum CodePage: String, Sendable, CaseIterable {
  /// Plain ASCII: no `ESC t`, every character outside ASCII transliterated.
  case ascii
  /// The original PC table (Epson "PC437 USA, Standard Europe").
  case cp437
  /// Western European DOS (Epson "PC850 Multilingual").
  case cp850
  /// cp850 with `€` in place of the dotless `ı` (Epson "PC858 Euro").
  case cp858
  /// Windows Western European (Epson "WPC1252").
  case cp1252

  /// The `n` of `ESC t n` on Epson and most compatible printers; nil for ASCII.
  public var usualNumber: UInt8? {
    switch self {
    case .ascii: return nil
    case .cp437: return 0
    case .cp850: return 2
    case .cp858: return 19
    case .cp1252: return 16
    }
  }

  /// The byte that prints `scalar`, if this table has it: ASCII for printable ASCII,
  /// the table's own byte from 0x80 up.
  func byte(for scalar: Unicode.Scalar) -> UInt8? {
    if (0x20..<0x7F).contains(scalar.value) { return UInt8(scalar.value) }
    return Self.bytes[self]?[scalar]
  }

  /// The character the printer shows for `byte` (ASCII below 0x80); nil for a byte the
  /// table has no character for.
  public func character(for byte: UInt8) -> Character? {
    if (0x20..<0x7F).contains(byte) { return Character(Unicode.Scalar(byte)) }
    guard byte >= 0x80, let upper = CodePage.upperHalves[self] else { return nil }
    let character = upper[Int(byte) - 0x80]
    return character == CodePage.missing ? nil : character
  }

  /// Text as bytes for this table. Every character must already be printable in it
  /// (see `Transliteration.printable`); anything else becomes `?`.
  func encode(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { byte(for: $0) ?? UInt8(ascii: "?") }
  }

  /// Scalar → byte for each table, built once from `upperHalves`.
  private static let bytes: [CodePage: [Unicode.Scalar: UInt8]] = {
    var tables: [CodePage: [Unicode.Scalar: UInt8]] = [:]
    for (page, upper) in upperHalves {
      var table: [Unicode.Scalar: UInt8] = [:]
      for (offset, character) in upper.enumerated() where character != missing {
        table[character.unicodeScalars.first!] = UInt8(0x80 + offset)
      }
      tables[page] = table
    }
    return tables
  }()
}
