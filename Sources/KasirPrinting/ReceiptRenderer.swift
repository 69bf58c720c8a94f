import KasirCore

/// Turns a `Receipt` into ESC/POS bytes for a thermal printer `columns` characters wide
/// (32 on 58 mm paper, 42 or 48 on 80 mm). Pure: no I/O, the same receipt gives the same bytes.
public struct ReceiptRenderer: Sendable {
  public let columns: Int

  /// `columns` is clamped to at least 16 so that amounts always fit.
  public init(columns: Int) {
    self.columns = max(columns, 16)
  }

  /// Opens the cash drawer (pin 2) without printing anything.
  public static let drawerKick: [UInt8] = EscPos.initialize + EscPos.drawerKick

  public func render(_ receipt: Receipt) -> [UInt8] {
    var out = Output(layout: TextLayout(width: columns))
    let labels = receipt.labels
    out.command(EscPos.initialize)
    out.command(EscPos.cancelKanji)

    out.emphasised(doubleHeight: true) {
      $0.centred(receipt.shopName)
    }
    for line in receipt.headerLines { out.centred(line) }
    out.columns("\(labels.number): \(receipt.saleNumber)", receipt.dateTime)
    out.text("\(labels.cashier): \(receipt.cashier)")
    out.rule()

    for line in receipt.lines {
      out.wrapped(line.name)
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
    out.emphasised(doubleHeight: false) {
      $0.columns(labels.total, receipt.total.description)
    }
    for payment in receipt.payments {
      out.columns(payment.label, payment.amount.description)
    }
    out.columns(labels.change, receipt.change.description)
    if let member = receipt.memberNumber {
      out.text("\(labels.member): \(member)")
    }
    if receipt.isCopy {
      out.rule()
      out.emphasised(doubleHeight: false) {
        $0.centred("*** \(labels.copy) ***")
      }
    }
    if !receipt.footerLines.isEmpty {
      out.blank()
      for line in receipt.footerLines { out.centred(line) }
    }
    out.command(EscPos.feed(lines: 3))
    out.command(EscPos.cut)
    return out.bytes
  }
}

/// The bytes being written: every piece of text goes through transliteration and layout,
/// so no line is ever wider than the paper.
private struct Output {
  let layout: TextLayout
  var bytes: [UInt8] = []

  init(layout: TextLayout) {
    self.layout = layout
    bytes.reserveCapacity(2048)
  }

  mutating func command(_ command: [UInt8]) { bytes += command }

  mutating func lines(_ lines: [String]) {
    for line in lines {
      bytes += Array(line.utf8)
      bytes.append(EscPos.lineFeed)
    }
  }

  mutating func text(_ text: String) { wrapped(text) }
  mutating func blank() { bytes.append(EscPos.lineFeed) }
  mutating func wrapped(_ text: String) { lines(layout.wrap(Transliteration.ascii(text))) }
  mutating func centred(_ text: String) { lines(layout.centred(Transliteration.ascii(text))) }
  mutating func rule() { lines([layout.rule()]) }

  mutating func columns(_ left: String, _ right: String) {
    lines(layout.columns(Transliteration.ascii(left), Transliteration.ascii(right)))
  }

  mutating func emphasised(doubleHeight: Bool, _ body: (inout Output) -> Void) {
    command(EscPos.emphasis(true))
    if doubleHeight { command(EscPos.characterSize(doubleHeight: true)) }
    body(&self)
    if doubleHeight { command(EscPos.characterSize(doubleHeight: false)) }
    command(EscPos.emphasis(false))
  }
}
