import Foundation
import GRDB
import KasirCore

extension ExportSnapshot {
  /// The cells of `row` (a row of `sql(kind)`, read by position: by name was a visible cost),
  /// in the order of `kind.columns`.
  static func values(_ kind: ExportKind, _ row: Row) -> [ExportValue] {
    func text(_ index: Int) -> ExportValue {
      (row[index] as String?).map(ExportValue.text) ?? .empty
    }
    func money(_ index: Int) -> Money { Money(row[index] as Int64? ?? 0) }
    func time(_ index: Int) -> ExportValue {
      (row[index] as Int64?).map { .time(Date(timeIntervalSince1970: Double($0))) } ?? .empty
    }
    switch kind {
    case .sales:
      let (voided, refund) = (row[5] as String? == "voided", row[6] as String? != nil)
      return [
        text(1), time(2), text(3), text(4), text(5), .text(refund ? "refund" : "sale"),
        text(6), .count(row[10] as Int64? ?? 0), .money(money(7)), .money(money(8)),
        .money(money(9)), .money(ExportKind.net(money(9), voided: voided, refund: refund)),
      ]
    case .lines:
      let (voided, refund) = (row[11] as String? == "voided", row[12] as String? != nil)
      let quantity = Quantity(thousandths: row[7] as Int64? ?? 0)
      let amount = quantity.amount(at: money(9)) - money(10)
      return [
        text(1), time(2), text(3), text(4), text(5), text(6), .quantity(quantity), text(8),
        .money(money(9)), .money(money(10)), .money(amount), text(11),
        .text(refund ? "refund" : "sale"), text(12),
        .money(ExportKind.net(amount, voided: voided, refund: refund)),
      ]
    case .payments:
      let (voided, refund) = (row[7] as String? == "voided", row[8] as String? != nil)
      return [
        text(1), time(2), text(3), text(4), .money(money(5)), text(6), text(7),
        .text(refund ? "refund" : "sale"),
        .money(ExportKind.net(money(5), voided: voided, refund: refund)),
      ]
    case .movements:
      return [
        time(1), text(2), text(3), text(4), .quantity(Quantity(thousandths: row[5] as Int64? ?? 0)),
        .quantity(Quantity(thousandths: row[6] as Int64? ?? 0)), text(7), text(8), text(9),
        text(10),
      ]
    case .members:
      return [
        text(1), text(2), (row[3] as String?).map { .text(NIK.masked($0)) } ?? .empty, text(4),
        .money(money(5)), .money(money(6)), .flag(row[7] as Bool? ?? false), .money(money(8)),
        .count(row[9] as Int64? ?? 0),
      ]
    }
  }
}
