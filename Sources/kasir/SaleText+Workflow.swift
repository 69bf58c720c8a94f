import KasirProtocol

/// How changed, parked and reversed sales read in the terminal.
extension SaleText {
  /// The open and held sales as a table.
  func openList(_ sales: [SaleAPI.Sale]) -> String {
    guard !sales.isEmpty else { return messages(.noOpenSales) }
    var table = Table(columns: [
      .init(title: messages(.columnId), alignment: .right),
      .init(title: messages(.columnNumber)),
      .init(title: messages(.labelState)),
      .init(title: messages(.labelCashier)),
      .init(title: messages(.columnLines), alignment: .right),
      .init(title: messages(.labelTotal), alignment: .right),
    ])
    table.rows = sales.map { sale in
      [
        String(sale.id), sale.number, messages.saleState(sale.state), sale.cashier,
        String(sale.lines.count), Rupiah.format(sale.total),
      ]
    }
    return table.render()
  }

  /// A line changed: the line, then the total.
  func changedLine(_ sale: SaleAPI.Sale, lineNo: Int) -> String {
    added(sale, lineNo: lineNo)
  }

  /// A line removed, then the total.
  func removedLine(_ sale: SaleAPI.Sale, lineNo: Int) -> String {
    [
      messages(.tillLineRemoved, ["lineNo": String(lineNo)]),
      Table.spread(messages(.labelTotal), Rupiah.format(sale.total), width: Self.width),
    ].joined(separator: "\n")
  }

  func held(_ sale: SaleAPI.Sale) -> String {
    messages(.saleHeld, ["number": sale.number, "id": String(sale.id)]) + "\n"
      + messages(.saleHeldHint, ["id": String(sale.id)])
  }

  func voided(_ sale: SaleAPI.Sale, reason: String) -> String {
    messages(.saleVoided, ["number": sale.number, "total": Rupiah.format(sale.total)]) + "\n"
      + messages(.labelReason) + ": " + reason
  }

  func refunded(_ refund: SaleAPI.Sale, original: String) -> String {
    messages(
      .saleRefunded,
      ["number": refund.number, "original": original, "total": Rupiah.format(refund.total)])
      + "\n" + receipt(refund)
  }
}
