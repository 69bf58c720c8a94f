import KasirProtocol

/// How sales read in the terminal.
struct SaleText {
  var messages: Messages
  static let width = 40

  func opened(_ sale: SaleAPI.Sale) -> String {
    var text = messages(.saleOpened, ["id": String(sale.id), "number": sale.number])
    if let member = sale.memberNumber { text += "\n" + messages(.saleMember, ["member": member]) }
    return text + "\n" + messages(.saleOpenedHint, ["id": String(sale.id)])
  }

  func added(_ sale: SaleAPI.Sale, lineNo: Int) -> String {
    let lines = sale.lines.filter { $0.lineNo == lineNo }.flatMap(line)
    let total = Table.spread(messages(.labelTotal), Rupiah.format(sale.total), width: Self.width)
    return (lines + [total]).joined(separator: "\n")
  }

  func paid(_ sale: SaleAPI.Sale, change: Int64) -> String {
    let rule = String(repeating: "=", count: Self.width)
    var rows = [
      messages(.salePaid, ["number": sale.number]),
      Table.spread(messages(.labelTotal), Rupiah.format(sale.total), width: Self.width),
    ]
    for payment in sale.payments { rows.append(paymentRow(payment)) }
    rows += [
      Table.spread(messages(.labelPaid), Rupiah.format(sale.paid), width: Self.width),
      rule,
      Table.spread(messages(.labelChangeBig), Rupiah.format(change), width: Self.width),
      rule,
    ]
    if let saving = saving(sale) { rows.append(saving) }
    return rows.joined(separator: "\n")
  }

  func receipt(_ sale: SaleAPI.Sale) -> String {
    let rule = String(repeating: "-", count: Self.width)
    var rows = [
      messages(.saleTitle, ["number": sale.number, "id": String(sale.id)]),
      messages(.labelState) + ": " + messages.saleState(sale.state),
      messages(.labelCashier) + ": " + sale.cashier,
    ]
    if let member = sale.memberNumber { rows.append(messages(.labelMember) + ": " + member) }
    rows.append(messages(.labelOpenedAt) + ": " + sale.openedAt)
    if let completed = sale.completedAt {
      rows.append(messages(.labelCompletedAt) + ": " + completed)
    }
    if let original = sale.refundOf { rows.append(messages(.labelRefundOf) + ": " + original) }
    rows.append(rule)
    rows += sale.lines.flatMap(line)
    rows.append(rule)
    rows.append(spread(.labelSubtotal, sale.subtotal))
    // `discount` adds the line discounts, already shown on their lines, to the sale's own.
    let saleDiscount = sale.discount - sale.lines.reduce(0) { $0 + $1.discount }
    if saleDiscount != 0 { rows.append(spread(.labelDiscounts, -saleDiscount)) }
    if sale.rounding != 0 { rows.append(spread(.labelRounding, sale.rounding)) }
    rows.append(spread(.labelTotal, sale.total))
    if let saving = saving(sale) { rows.append(saving) }
    for payment in sale.payments { rows.append(paymentRow(payment)) }
    if !sale.payments.isEmpty { rows.append(spread(.labelChange, sale.change)) }
    return rows.joined(separator: "\n")
  }

  /// `1. Beras Curah` then `   2,5 kg x Rp14.000   Rp35.000`, and a discount if any.
  func line(_ line: SaleAPI.Line) -> [String] {
    let quantity = messages.quantity(line.quantity, line.unit)
    let tier = line.priceTier == "regular" ? "" : " (" + messages.priceTier(line.priceTier) + ")"
    var rows = [
      "\(line.lineNo). \(line.name)\(tier)",
      Table.spread(
        "   \(quantity) x \(Rupiah.format(line.unitPrice))",
        Rupiah.format(line.amount + line.discount), width: Self.width),
    ]
    if line.discount != 0 {
      rows.append(
        Table.spread(
          "   " + messages(.labelDiscount), Rupiah.format(-line.discount), width: Self.width))
    }
    return rows
  }

  /// `Hemat anggota   Rp2.000` when member prices saved something.
  func saving(_ sale: SaleAPI.Sale) -> String? {
    guard let saving = sale.memberSaving, saving != 0 else { return nil }
    return Table.spread(messages(.labelSaving), Rupiah.format(saving), width: Self.width)
  }

  private func paymentRow(_ payment: SaleAPI.Payment) -> String {
    let reference = payment.reference.map { " (\($0))" } ?? ""
    return Table.spread(
      "  " + messages.paymentMethod(payment.method) + reference, Rupiah.format(payment.amount),
      width: Self.width)
  }

  private func spread(_ key: MessageKey, _ amount: Int64) -> String {
    Table.spread(messages(key), Rupiah.format(amount), width: Self.width)
  }
}
