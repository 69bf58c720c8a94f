import KasirCore
import KasirTestSupport
import Testing

@testable import KasirPrinting

@Suite struct ReceiptRendererTests {
  @Test(arguments: [32, 42, 48]) func goldenReceipt(columns: Int) {
    let bytes = ReceiptRenderer(columns: columns).render(SampleReceipt.sale)
    let paper = EscPosDecoder(bytes)

    #expect(paper.text == ReceiptGolden.sale[columns])
    #expect(paper.text.allSatisfy { $0.count <= columns })
    // ESC @, FS ., then the drawer (a cash sale, default profile: pin 2, 50 ms).
    #expect(Array(bytes.prefix(9)) == [0x1B, 0x40, 0x1C, 0x2E, 0x1B, 0x70, 0x00, 0x19, 0xFA])
    #expect(
      paper.commands.prefix(3) == [
        .initialize, .cancelKanji, .drawerKick(pin: 2, onMs: 50, offMs: 500),
      ])
    #expect(paper.commands.suffix(2) == [.feed(3), .cut(.partial)])
    #expect(Array(bytes.suffix(7)) == [0x1B, 0x64, 0x03, 0x1D, 0x56, 0x42, 0x00])
  }

  @Test(arguments: [32, 42, 48]) func goldenMemberReceipt(columns: Int) {
    let paper = EscPosDecoder(ReceiptRenderer(columns: columns).render(SampleReceipt.member))
    #expect(paper.text == ReceiptGolden.member[columns])
    #expect(paper.text.allSatisfy { $0.count <= columns })
  }

  @Test func shopNameAndTotalStandOut() {
    let paper = EscPosDecoder(ReceiptRenderer(columns: 32).render(SampleReceipt.sale))
    let emphasised = paper.lines.filter(\.emphasised)
    #expect(
      emphasised.map(\.text) == ["       Koperasi Sejahtera", "TOTAL                  Rp100.000"])
    #expect(emphasised.first?.doubleHeight == true)
    #expect(emphasised.last?.doubleHeight == false)
    // Emphasis is switched off again right after the total.
    let total = paper.elements.firstIndex { element in
      if case .line(let line) = element { return line.text.hasPrefix("TOTAL") }
      return false
    }
    let after = total.map { paper.elements[$0 + 1] }
    #expect(after == .command(.emphasisOff))
  }

  @Test(arguments: [32, 42, 48]) func onlyPrintableAsciiBetweenCommands(columns: Int) {
    let paper = EscPosDecoder(ReceiptRenderer(columns: columns).render(SampleReceipt.sale))
    for line in paper.lines {
      #expect(line.bytes.allSatisfy { (0x20..<0x7F).contains($0) }, "\(line.text)")
    }
    #expect(!paper.commands.contains { if case .unknown = $0 { true } else { false } })
  }

  @Test func copyDiscountAndNoMember() {
    var receipt = SampleReceipt.sale
    receipt.isCopy = true
    receipt.discount = 5_000
    receipt.rounding = .zero
    receipt.memberNumber = nil
    let paper = EscPosDecoder(ReceiptRenderer(columns: 32).render(receipt))

    #expect(paper.text.contains("Diskon                  -Rp5.000"))
    #expect(!paper.text.contains { $0.hasPrefix("Pembulatan") })
    #expect(!paper.text.contains { $0.hasPrefix("Anggota") })
    #expect(!paper.text.contains { $0.hasPrefix("Sisa kasbon") })
    #expect(paper.lines.contains { $0.text == "        *** SALINAN ***" && $0.emphasised })
  }

  @Test func englishLabels() {
    var receipt = SampleReceipt.member
    receipt.labels = .english
    let text = EscPosDecoder(ReceiptRenderer(columns: 32).render(receipt)).text
    #expect(text.contains("Cashier: Siti Rahayu"))
    #expect(text.contains("Discount               -Rp10.000"))
    #expect(text.contains("Change                  Rp15.000"))
    #expect(text.contains("Member: A-0117"))
    #expect(text.contains("Kasbon balance         Rp125.000"))
  }

  @Test func textCannotSmuggleCommands() {
    var receipt = SampleReceipt.sale
    receipt.shopName = "Toko\u{1B}@\u{1D}V\u{0}A\nB"
    receipt.payments = [.init(label: "QRIS", amount: 100_000)]
    receipt.lines = [
      .init(
        name: "X\u{1B}p\u{0}\u{19}\u{FA}", quantityText: "1", unit: "pcs", weighed: false,
        unitPrice: 1, amount: 1)
    ]
    let paper = EscPosDecoder(ReceiptRenderer(columns: 32).render(receipt))
    #expect(paper.commands.filter { $0 == .initialize }.count == 1)
    #expect(paper.commands.filter { $0 == .cut(.partial) }.count == 1)
    #expect(!paper.commands.contains { if case .drawerKick = $0 { true } else { false } })
    #expect(paper.text.first == "          Toko?@?V?A B")
  }
}

@Suite struct TextLayoutTests {
  let layout = TextLayout(width: 10)

  @Test func wrapsAtSpacesAndCutsLongWords() {
    #expect(layout.wrap("aa bb cc dd ee") == ["aa bb cc", "dd ee"])
    #expect(layout.wrap("Supercalifragilistic") == ["Supercalif", "ragilistic"])
    #expect(layout.wrap("") == [""])
  }

  @Test func columnsFallBackToTwoLines() {
    #expect(layout.columns("ab", "12") == ["ab      12"])
    #expect(layout.columns("Pembulatan", "-Rp475") == ["Pembulatan", "    -Rp475"])
  }

  @Test func centres() {
    #expect(layout.centred("abcd") == ["   abcd"])
  }
}
