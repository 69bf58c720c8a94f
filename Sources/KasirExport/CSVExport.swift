import Foundation
import KasirCore

/// Export rows as RFC 4180 CSV: UTF-8, CRLF line ends, a header row; money in whole rupiah,
/// quantities with a decimal point, times as given by `time` (RFC 3339 with the shop's offset).
public enum CSVExport {
  public static func header(_ kind: ExportKind) -> String {
    kind.columns.map { field($0.name) }.joined(separator: ",") + "\r\n"
  }

  public static func row(_ values: [ExportValue], time: (Date) -> String) -> String {
    values.map { cell($0, time: time) }.joined(separator: ",") + "\r\n"
  }

  static func cell(_ value: ExportValue, time: (Date) -> String) -> String {
    switch value {
    case .text(let text): return field(text)
    case .money(let money): return String(money.rupiah)
    case .quantity(let quantity): return decimal(quantity)
    case .count(let count): return String(count)
    case .flag(let flag): return flag ? "true" : "false"
    case .time(let date): return time(date)
    case .empty: return ""
    }
  }

  /// `1.5` for 1500 thousandths, `2` for 2000, `-0.25` for −250.
  public static func decimal(_ quantity: Quantity) -> String {
    let value = quantity.thousandths
    let whole = String(abs(value) / 1000)
    var fraction = String(abs(value) % 1000)
    fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let sign = value < 0 ? "-" : ""
    return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
  }

  /// A text field, quoted when it holds a comma, a quote or a line break.
  static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
