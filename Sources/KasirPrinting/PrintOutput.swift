/// The bytes of one printer job being written: every piece of text goes through the code
/// page's transliteration and the layout, so no line is ever wider than the paper and no
/// byte is anything the printer's code page does not print.
struct PrintOutput {
  let layout: TextLayout
  let codePage: CodePage
  var bytes: [UInt8] = []

  init(profile: PrinterProfile) {
    self.layout = TextLayout(width: profile.columns)
    self.codePage = profile.codePage
    bytes.reserveCapacity(2048)
  }

  mutating func command(_ command: [UInt8]) { bytes += command }

  /// Lines already laid out: printable in the code page and at most one line wide.
  mutating func lines(_ lines: [String]) {
    for line in lines {
      bytes += codePage.encode(line)
      bytes.append(EscPos.lineFeed)
    }
  }

  mutating func text(_ text: String) { lines(layout.wrap(printable(text))) }
  mutating func blank() { bytes.append(EscPos.lineFeed) }
  mutating func centred(_ text: String) { lines(layout.centred(printable(text))) }
  mutating func rule() { lines([layout.rule()]) }

  /// `left` and `right` on one line, `right` flush right.
  mutating func columns(_ left: String, _ right: String) {
    lines(layout.columns(printable(left), printable(right)))
  }

  /// `body` in bold, and twice as high when `doubleHeight`.
  mutating func emphasised(doubleHeight: Bool = false, _ body: (inout PrintOutput) -> Void) {
    command(EscPos.emphasis(true))
    if doubleHeight { command(EscPos.characterSize(doubleHeight: true)) }
    body(&self)
    if doubleHeight { command(EscPos.characterSize(doubleHeight: false)) }
    command(EscPos.emphasis(false))
  }

  /// `body` twice as high, not bold.
  mutating func doubleHeight(_ body: (inout PrintOutput) -> Void) {
    command(EscPos.characterSize(doubleHeight: true))
    body(&self)
    command(EscPos.characterSize(doubleHeight: false))
  }

  private func printable(_ text: String) -> String {
    Transliteration.printable(text, in: codePage)
  }
}
