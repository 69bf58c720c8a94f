/// Fixed-width text: wrapping, centring and two-column lines. Input is already printable in
/// the code page (see `Transliteration.printable`), so one character is one column.
struct TextLayout {
  let width: Int

  /// Breaks `text` into lines of at most `width` columns, at spaces where it can;
  /// a word longer than a line is cut.
  func wrap(_ text: String) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var word = Substring(word)
      if !current.isEmpty && current.count + 1 + word.count <= width {
        current += " " + word
        continue
      }
      if !current.isEmpty { lines.append(current) }
      while word.count > width {
        lines.append(String(word.prefix(width)))
        word = word.dropFirst(width)
      }
      current = String(word)
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }

  /// Each wrapped line centred, without trailing spaces.
  func centred(_ text: String) -> [String] {
    wrap(text).map { line in
      String(repeating: " ", count: (width - line.count) / 2) + line
    }
  }

  /// `left` and `right` on one line with `right` flush right; when both do not fit,
  /// `left` (wrapped) comes first and `right` goes flush right on a line of its own.
  func columns(_ left: String, _ right: String) -> [String] {
    if left.count + 1 + right.count <= width {
      return [left + String(repeating: " ", count: width - left.count - right.count) + right]
    }
    return (left.count <= width ? [left] : wrap(left)) + [flushRight(right)]
  }

  /// `text` flush right (cut on the left if it is wider than a line, which never happens
  /// with rupiah amounts on 32 columns).
  func flushRight(_ text: String) -> String {
    text.count >= width
      ? String(text.suffix(width)) : String(repeating: " ", count: width - text.count) + text
  }

  /// A line of `character` across the paper.
  func rule(_ character: Character = "-") -> String {
    String(repeating: character, count: width)
  }
}
