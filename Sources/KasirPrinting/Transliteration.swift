import Foundation

/// Text as the printer's code page can print it, so the printer can never garble it.
enum Transliteration {
  /// Plain printable ASCII: what every printer prints.
  static func ascii(_ text: String) -> String { printable(text, in: .ascii) }

  /// Every character kept when `codePage` has it (after composing `e` + accent into `é`);
  /// otherwise `é` → `e`, `’` → `'`, `“”` → `"`, `–`/`—` → `-`, and anything else → `?`.
  /// Control characters never reach the printer: a tab or line break becomes a space.
  /// Each character of the result is one byte and one column on the paper.
  static func printable(_ text: String, in codePage: CodePage) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      out += printable(character, in: codePage)
    }
    return out
  }

  private static func printable(_ character: Character, in codePage: CodePage) -> String {
    if let ascii = character.asciiValue {
      switch ascii {
      case 0x20..<0x7F: return String(character)
      case 0x09, 0x0A, 0x0D: return " "  // "\r\n" is one Character
      default: return "?"
      }
    }
    let composed = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
    if composed.count == 1, let scalar = composed.first, codePage.byte(for: scalar) != nil {
      return String(scalar)
    }
    if let special = specials[character] { return special }
    // Canonical decomposition splits `é` into `e` and a combining accent; keep the letter.
    let scalars = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
    let base = scalars.filter { $0.properties.generalCategory != .nonspacingMark }
    if base.count == 1, let scalar = base.first, (0x20..<0x7F).contains(scalar.value) {
      return String(scalar)
    }
    return "?"
  }

  private static let specials: [Character: String] = [
    "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2032}": "'",
    "\u{00B4}": "'", "\u{0060}": "'",
    "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"",
    "\u{00AB}": "\"", "\u{00BB}": "\"",
    "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-",
    "\u{2015}": "-", "\u{2212}": "-",
    "\u{00A0}": " ", "\u{00AD}": "", "\u{2007}": " ", "\u{2009}": " ", "\u{202F}": " ",
    "\u{2026}": "...", "\u{00D7}": "x", "\u{2022}": "*", "\u{00B7}": ".",
    "\u{00DF}": "ss", "\u{00E6}": "ae", "\u{00C6}": "AE", "\u{0153}": "oe", "\u{0152}": "OE",
    "\u{00F8}": "o", "\u{00D8}": "O", "\u{0111}": "d", "\u{0110}": "D", "\u{0142}": "l",
    "\u{0141}": "L", "\u{00B0}": "o", "\u{20AC}": "EUR",
  ]
}
