import KasirCore

extension ReceiptRenderer {
  /// A kasbon settlement's receipt. Opens the drawer when it was paid in cash and the profile
  /// kicks on cash.
  public func render(_ receipt: SettlementReceipt, paidInCash: Bool) -> [UInt8] {
    var out = begin(kickingDrawer: paidInCash && profile.drawer == .cash)
    let labels = receipt.labels
    out.emphasised(doubleHeight: true) {
      $0.centred(receipt.shopName)
    }
    out.emphasised {
      $0.centred(labels.title)
    }
    out.text(receipt.dateTime)
    out.text("\(labels.cashier): \(receipt.cashier)")
    out.rule()
    out.text("\(labels.member): \(receipt.memberNumber) \(receipt.memberName)")
    out.emphasised {
      $0.columns(labels.paid, receipt.amount.description)
    }
    out.columns(labels.method, receipt.method)
    if let reference = receipt.reference { out.text(reference) }
    out.columns(labels.balance, receipt.balance.description)
    if !receipt.footerLines.isEmpty {
      out.blank()
      for line in receipt.footerLines { out.centred(line) }
    }
    return finish(out)
  }
}
