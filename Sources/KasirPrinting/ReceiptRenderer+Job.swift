/// The parts every job shares: the start (reset, Kanji off, code page, drawer), the sale
/// code, and the end (feed and cut), each as the profile says.
extension ReceiptRenderer {
  /// `ESC @`, then `FS .` and `ESC t n` when the profile wants them, then the drawer kick
  /// when `kickingDrawer`, so the drawer opens while the receipt prints.
  func begin(kickingDrawer: Bool) -> PrintOutput {
    var out = PrintOutput(profile: profile)
    out.command(EscPos.initialize)
    if profile.cancelKanji { out.command(EscPos.cancelKanji) }
    if let number = profile.escTNumber { out.command(EscPos.codePage(number)) }
    if kickingDrawer {
      out.command(EscPos.drawerKick(pin: profile.drawerPin, pulseMs: profile.drawerPulseMs))
    }
    return out
  }

  /// Feeds the profile's lines and cuts as it says.
  func finish(_ out: PrintOutput) -> [UInt8] {
    var out = out
    if profile.feedLines > 0 { out.command(EscPos.feed(lines: UInt8(clamping: profile.feedLines))) }
    out.command(EscPos.cut(profile.cut))
    return out.bytes
  }

  /// The sale number as a QR code or CODE128 barcode, centred on a paragraph of its own,
  /// when the profile asks for one. Non-ASCII characters are transliterated first.
  func saleCode(_ number: String, into out: inout PrintOutput) {
    let data = Array(Transliteration.ascii(number).utf8)
    let code: [UInt8]
    switch profile.saleCode {
    case .none:
      return
    case .qr:
      code = EscPos.qrCode(data, moduleDots: columns <= 32 ? 6 : 8)
    case .code128:
      // Start, data, check and stop symbols of 11 modules each (stop: 13), at 12 dots a
      // column (font A); as wide as fits, at most 3 dots a module.
      let modules = 11 * (data.count + 2) + 13
      let moduleDots = min(3, columns * 12 / modules)
      // Too long for the paper at 2 dots a module: no code; the number is printed above.
      guard moduleDots >= 2 else { return }
      code = EscPos.code128(data, height: 80, moduleDots: UInt8(moduleDots))
    }
    out.blank()
    out.command(EscPos.align(centred: true))
    out.command(code)
    out.blank()
    out.command(EscPos.align(centred: false))
  }
}
