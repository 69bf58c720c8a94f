extension ReceiptRenderer {
  /// A page to set a printer up with: the settings in effect, a ruler exactly `columns`
  /// wide, accented text through the code page, the sale code if one is configured, and
  /// bold and double-height samples; then feed and cut. Never opens the drawer.
  public func render(_ page: TestPage) -> [UInt8] {
    var out = begin(kickingDrawer: false)
    let labels = page.labels

    out.emphasised(doubleHeight: true) {
      $0.centred(labels.title)
    }
    out.centred(page.shopName)
    out.text("\(labels.destination): \(page.destination)")
    out.text("\(labels.columns): \(columns)")
    let escT = profile.escTNumber.map { "ESC t \($0)" } ?? labels.withoutCodePage
    out.text("\(labels.codePage): \(profile.codePage.rawValue) (\(escT))")
    out.text("\(labels.cut): \(profile.cut.rawValue), \(profile.feedLines) \(labels.feedLines)")
    out.text(
      "\(labels.drawer): \(profile.drawer.rawValue), pin \(profile.drawerPin.rawValue), "
        + "\(profile.drawerPulseMs) ms")
    out.text("\(labels.saleCode): \(profile.saleCode.rawValue)")
    out.rule()

    out.lines([ruler])
    out.text("\(labels.accents): \(TestPage.accentSample)")
    saleCode(TestPage.sampleSaleNumber, into: &out)
    out.emphasised {
      $0.text("\(labels.bold): ABCDEFGHIJ abcdefghij 0123456789")
    }
    out.doubleHeight {
      $0.text("\(labels.doubleHeight): ABCDEFGHIJ 0123456789")
    }
    return finish(out)
  }

  /// `1234567890123…`, exactly one line wide.
  var ruler: String {
    String((0..<columns).map { Character("\(($0 + 1) % 10)") })
  }
}
