import KasirProtocol

/// How the till looks: plain lines for any terminal, the change in a large box.
struct TillScreen {
  var messages: Messages
  static let width = SaleText.width

  private var text: SaleText { SaleText(messages: messages) }

  func welcome() -> String {
    messages(.tillWelcome)
  }

  func help() -> String {
    messages(.tillHelp)
  }

  /// A refusal or a mistake, marked so it stands out.
  func problem(_ text: String) -> String {
    "! "
      + text.split(separator: "\n", omittingEmptySubsequences: false)
      .joined(separator: "\n  ")
  }

  /// One line of the sale and the running total.
  func line(_ sale: SaleAPI.Sale?, lineNo: Int) -> String {
    guard let sale else { return "" }
    return text.added(sale, lineNo: lineNo) + "\n" + count(sale)
  }

  /// Every line and the total.
  func sale(_ sale: SaleAPI.Sale?) -> String {
    guard let sale else { return "" }
    var header = [messages(.saleTitle, ["number": sale.number, "id": String(sale.id)])]
    if let member = sale.memberNumber { header.append(messages(.labelMember) + ": " + member) }
    let saving = text.saving(sale).map { [$0] } ?? []
    return (header + sale.lines.flatMap(text.line) + [total(sale)] + saving + [count(sale)])
      .joined(separator: "\n")
  }

  func total(_ sale: SaleAPI.Sale?) -> String {
    Table.spread(messages(.labelTotal), Rupiah.format(sale?.total ?? 0), width: Self.width)
  }

  /// A part of a split payment taken, and what is still due.
  func tendered(_ payment: SaleAPI.Payment, remaining: Int64) -> String {
    [
      Table.spread(
        "  " + messages.paymentMethod(payment.method), Rupiah.format(payment.amount),
        width: Self.width),
      Table.spread(messages(.tillRemaining), Rupiah.format(remaining), width: Self.width),
    ].joined(separator: "\n")
  }

  /// The sale paid: the total, the payments, and the change in a box that cannot be missed.
  func paid(_ sale: SaleAPI.Sale, change: Int64) -> String {
    var rows = [messages(.salePaid, ["number": sale.number]), total(sale)]
    for payment in sale.payments {
      rows.append(
        Table.spread(
          "  " + messages.paymentMethod(payment.method), Rupiah.format(payment.amount),
          width: Self.width))
    }
    let inner = Self.width - 2
    let amount = (change < 0 ? "-" : "") + "Rp " + Rupiah.grouped(change.magnitude)
    let words = messages(.labelChangeBig) + "   " + amount
    let left = max(0, (inner - words.count) / 2)
    let middle =
      String(repeating: " ", count: left) + words
      + String(repeating: " ", count: max(0, inner - left - words.count))
    let blank = "║" + String(repeating: " ", count: inner) + "║"
    rows += [
      "╔" + String(repeating: "═", count: inner) + "╗", blank, "║" + middle + "║", blank,
      "╚" + String(repeating: "═", count: inner) + "╝",
    ]
    if let saving = text.saving(sale) { rows.append(saving) }
    rows.append(messages(.tillNextSale))
    return rows.joined(separator: "\n")
  }

  private func count(_ sale: SaleAPI.Sale) -> String {
    messages(.tillLineCount, ["count": String(sale.lines.count), "number": sale.number])
  }
}
