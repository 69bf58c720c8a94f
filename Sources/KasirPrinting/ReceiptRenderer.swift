import KasirCore

/// Turns a `Receipt` (and a Z report, and a test page) into ESC/POS bytes for one printer,
/// as its `PrinterProfile` says: width, code page, cut, drawer and sale code.
/// Pure: no I/O, the same receipt gives the same bytes.
public struct ReceiptRenderer: Sendable {
  public let profile: PrinterProfile

  /// The profile's `columns` is clamped to at least 16 so that amounts always fit.
  public init(profile: PrinterProfile) {
    var profile = profile
    profile.columns = max(profile.columns, 16)
    self.profile = profile
  }

  /// The default profile `columns` wide.
  public init(columns: Int) {
    self.init(profile: PrinterProfile(columns: columns))
  }

  public var columns: Int { profile.columns }

  /// Opens the cash drawer (the profile's pin and pulse) without printing anything.
  public var drawerKick: [UInt8] {
    EscPos.initialize + EscPos.drawerKick(pin: profile.drawerPin, pulseMs: profile.drawerPulseMs)
  }

  /// `drawerKick` with the default profile: pin 2, 50 ms.
  public static let drawerKick = ReceiptRenderer(profile: PrinterProfile()).drawerKick

  /// Whether printing `receipt` opens the drawer: a sale with a cash payment, when the profile
  /// says so. A copy never does.
  public func opensDrawer(_ receipt: Receipt) -> Bool {
    profile.drawer == .cash && !receipt.isCopy && receipt.payments.contains(where: \.isCash)
  }

  public func render(_ receipt: Receipt) -> [UInt8] {
    var out = begin(kickingDrawer: opensDrawer(receipt))
    let labels = receipt.labels

    out.emphasised(doubleHeight: true) {
      $0.centred(receipt.shopName)
    }
    for line in receipt.headerLines { out.centred(line) }
    out.columns("\(labels.number): \(receipt.saleNumber)", receipt.dateTime)
    out.text("\(labels.cashier): \(receipt.cashier)")
    out.rule()

    for line in receipt.lines {
      out.text(line.name)
      let quantity =
        line.weighed ? "\(line.quantityText) \(line.unit)" : line.quantityText
      out.columns(
        "  \(quantity) x \(line.unitPrice.grouped)", (line.amount + line.discount).grouped)
      if line.discount != .zero {
        out.columns("  \(labels.discount)", (-line.discount).grouped)
      }
    }
    out.rule()

    out.columns(labels.subtotal, receipt.subtotal.description)
    if receipt.discount != .zero {
      out.columns(labels.discount, (-receipt.discount).description)
    }
    if receipt.rounding != .zero {
      out.columns(labels.rounding, receipt.rounding.description)
    }
    out.emphasised {
      $0.columns(labels.total, receipt.total.description)
    }
    for payment in receipt.payments {
      out.columns(payment.label, payment.amount.description)
    }
    out.columns(labels.change, receipt.change.description)
    if let member = receipt.memberNumber {
      out.text("\(labels.member): \(member)" + (receipt.memberName.map { " \($0)" } ?? ""))
    }
    if receipt.memberSaving > .zero {
      out.columns(labels.memberSaving, receipt.memberSaving.description)
    }
    if let balance = receipt.kasbonBalance {
      out.columns(labels.kasbonBalance, balance.description)
    }
    saleCode(receipt.saleNumber, into: &out)
    if receipt.isCopy {
      out.rule()
      out.emphasised {
        $0.centred("*** \(labels.copy) ***")
      }
    }
    if !receipt.footerLines.isEmpty {
      out.blank()
      for line in receipt.footerLines { out.centred(line) }
    }
    return finish(out)
  }
}
