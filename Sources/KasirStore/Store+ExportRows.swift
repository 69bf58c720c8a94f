import Foundation
import GRDB
import KasirCore

extension Store {
  /// The cells of one exported row, in the order of `kind.columns`.
  static func exportValues(_ kind: ExportKind, _ row: Row) -> [ExportValue] {
    func text(_ name: String) -> ExportValue {
      (row[name] as String?).map(ExportValue.text) ?? .empty
    }
    func money(_ name: String) -> Money { Money(row[name] as Int64? ?? 0) }
    let voided = (row["state"] as String?) == "voided"
    let refund = (row["refundOf"] as String?) != nil
    let type = ExportValue.text(refund ? "refund" : "sale")
    func net(_ amount: Money) -> ExportValue {
      .money(ExportKind.net(amount, voided: voided, refund: refund))
    }
    switch kind {
    case .sales:
      return [
        text("number"), .time(row["completedAt"]), text("cashier"), text("memberNumber"),
        text("state"), type, text("refundOf"), .count(row["lines"]),
        .money(money("saleDiscount")), .money(money("rounding")), .money(money("total")),
        net(money("total")),
      ]
    case .lines:
      let quantity = Quantity(thousandths: row["quantity"])
      let amount = quantity.amount(at: money("unitPrice")) - money("discount")
      return [
        text("number"), .time(row["completedAt"]), text("cashier"), text("memberNumber"),
        text("sku"), text("name"), .quantity(quantity), text("unit"),
        .money(money("unitPrice")), .money(money("discount")), .money(amount), text("state"),
        type, text("refundOf"), net(amount),
      ]
    case .payments:
      return [
        text("number"), .time(row["completedAt"]), text("cashier"), text("method"),
        .money(money("amount")), text("reference"), text("state"), type, net(money("amount")),
      ]
    case .movements:
      return [
        .time(row["at"]), text("sku"), text("name"), text("kind"),
        .quantity(Quantity(thousandths: row["delta"])),
        .quantity(Quantity(thousandths: row["balance"])), text("reference"), text("user"),
        text("reason"), text("note"),
      ]
    case .members:
      return [
        text("number"), text("name"),
        (row["nik"] as String?).map { .text(NIK.masked($0)) } ?? .empty,
        text("phone"), .money(money("creditLimit")), .money(money("kasbonOutstanding")),
        .flag(row["active"]), .money(money("purchases")), .count(row["transactions"]),
      ]
    }
  }
}
