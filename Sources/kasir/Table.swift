/// Plain text laid out in columns, for a terminal.
struct Table {
  enum Alignment {
    case left
    case right
  }

  struct Column {
    var title: String
    var alignment: Alignment = .left
  }

  var columns: [Column]
  var rows: [[String]] = []

  /// A header, a rule, then the rows; two spaces between columns; no trailing spaces.
  func render() -> String {
    let all = [columns.map(\.title)] + rows
    let widths = columns.indices.map { index in
      all.map { index < $0.count ? $0[index].count : 0 }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      let padded = columns.indices.map { index in
        let cell = index < cells.count ? cells[index] : ""
        let padding = String(repeating: " ", count: widths[index] - cell.count)
        return columns[index].alignment == .left ? cell + padding : padding + cell
      }
      return trimmed(padded.joined(separator: "  "))
    }
    let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))
    return ([line(columns.map(\.title)), rule] + rows.map(line)).joined(separator: "\n")
  }

  /// Label and value pairs, the values lined up.
  static func pairs(_ pairs: [(String, String)]) -> String {
    let width = pairs.map(\.0.count).max() ?? 0
    return pairs.map { label, value in
      trimmed(label + String(repeating: " ", count: width - label.count) + "  " + value)
    }.joined(separator: "\n")
  }

  /// `left` and `right` on one line of `width` characters, as on a receipt.
  static func spread(_ left: String, _ right: String, width: Int = 40) -> String {
    let gap = max(1, width - left.count - right.count)
    return left + String(repeating: " ", count: gap) + right
  }

  private static func trimmed(_ text: String) -> String {
    var text = text
    while text.last == " " { text.removeLast() }
    return text
  }

  private func trimmed(_ text: String) -> String { Self.trimmed(text) }
}
