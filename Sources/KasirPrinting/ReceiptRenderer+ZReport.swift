import KasirCore

extension ReceiptRenderer {
  /// The Z report: shift, sales, payments and the drawer, then feed and cut. Never opens
  /// the drawer (the cashier counts it before closing). Deductions print as negative amounts,
  /// so each block adds up: gross − discounts − refunds − voids = net, and opening + cash
  /// sales + cash in − cash out − cash refunds = expected.
  public func render(_ report: ZReport) -> [UInt8] {
    var out = begin(kickingDrawer: false)
    let labels = report.labels

    out.emphasised(doubleHeight: true) {
      $0.centred(report.shopName)
    }
    out.emphasised {
      $0.centred(labels.title)
    }
    out.text("\(labels.shift): \(report.shiftId)")
    out.text("\(labels.cashier): \(report.cashier)")
    if let closedBy = report.closedBy { out.text("\(labels.closedBy): \(closedBy)") }
    out.columns("\(labels.opened):", report.opened)
    if let closed = report.closed { out.columns("\(labels.closed):", closed) }
    out.rule()

    out.columns(labels.salesCount, "\(report.salesCount)")
    out.columns(labels.gross, report.gross.description)
    out.columns(labels.discounts, (-report.discounts).description)
    out.columns(labels.refunds, (-report.refunds).description)
    out.columns(labels.voids, (-report.voids).description)
    out.emphasised {
      $0.columns(labels.net, report.net.description)
    }
    out.rule()

    out.text("\(labels.payments):")
    for payment in report.payments {
      out.columns("  \(payment.label)", payment.amount.description)
    }
    out.rule()

    out.columns(labels.openingCash, report.openingCash.description)
    out.columns(labels.cashSales, report.cashSales.description)
    out.columns(labels.cashIn, report.cashIn.description)
    out.columns(labels.cashOut, (-report.cashOut).description)
    out.columns(labels.cashRefunds, (-report.cashRefunds).description)
    out.columns(labels.expectedCash, report.expectedCash.description)
    if let counted = report.countedCash {
      out.columns(labels.countedCash, counted.description)
    }
    if let difference = report.difference {
      let word =
        difference < .zero ? " (\(labels.short))" : difference > .zero ? " (\(labels.over))" : ""
      out.emphasised {
        $0.columns(labels.difference + word, difference.description)
      }
    }
    if let note = report.note, !note.isEmpty {
      out.rule()
      out.text("\(labels.note): \(note)")
    }
    return finish(out)
  }
}
