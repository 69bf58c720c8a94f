import KasirProtocol

/// How the day's summary reads in the terminal.
struct ReportText {
  var messages: Messages

  func day(_ summary: ReportAPI.Summary) -> String {
    var pairs: [(String, String)] = [
      (messages(.labelSalesCount), String(summary.salesCount)),
      (messages(.labelGross), Rupiah.format(summary.gross)),
      (messages(.labelDiscounts), Rupiah.format(summary.discounts)),
      (messages(.labelRefunds), Rupiah.format(summary.refunds)),
      (messages(.labelVoids), Rupiah.format(summary.voids)),
      (messages(.labelNet), Rupiah.format(summary.net)),
      (messages(.labelMemberSales), Rupiah.format(summary.memberSales)),
      (messages(.labelNonMemberSales), Rupiah.format(summary.nonMemberSales)),
    ]
    func group(_ label: String, _ amounts: [ReportAPI.Amount], _ name: (String) -> String) {
      guard !amounts.isEmpty else { return }
      pairs.append((label, ""))
      pairs += amounts.map { ("  " + name($0.key), Rupiah.format($0.amount)) }
    }
    group(messages(.labelByMethod), summary.byMethod, messages.paymentMethod)
    group(messages(.labelByCashier), summary.byCashier) { $0 }
    group(messages(.labelByHour), summary.byHour) { $0 + ":00" }
    var text = messages(.summaryTitle, ["date": summary.date]) + "\n\n" + Table.pairs(pairs)
    if summary.salesCount == 0 && summary.refunds == 0 {
      text += "\n\n" + messages(.noSalesThatDay)
    }
    if !summary.topProducts.isEmpty {
      var table = Table(columns: [
        .init(title: messages(.columnSku)), .init(title: messages(.columnName)),
        .init(title: messages(.columnSoldQuantity), alignment: .right),
        .init(title: messages(.columnSalesAmount), alignment: .right),
      ])
      table.rows = summary.topProducts.map {
        [$0.sku, $0.name, messages.quantity($0.quantity), Rupiah.format($0.amount)]
      }
      text += "\n\n" + messages(.labelTopProducts) + "\n" + table.render()
    }
    return text
  }
}
