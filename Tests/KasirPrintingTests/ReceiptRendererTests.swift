import KasirCore
import KasirTestSupport
import Testing

@testable import KasirPrinting

@Suite struct ReceiptRendererTests {
  static let golden: [Int: [String]] = [
    32: [
      "       Koperasi Sejahtera",
      "  Jl. Merdeka No. 17, Bandung",
      "        Telp 022-123456",
      "No: 20261129-0042",
      "                29-11-2026 10:15",
      "Kasir: Siti Rahayu",
      "--------------------------------",
      "Indomie Goreng",
      "  2 x 3.400                6.800",
      "Tomat Merah",
      "  0,75 kg x 14.900        11.175",
      "Beras Pandan Wangi Premium",
      "Kemasan Ekonomis Hemat 5 kg",
      "  1 x 72.000              72.000",
      "  Diskon                  -2.000",
      "Creme Brulee \"Spesial\" - Cafe",
      "Bu's ?",
      "  1 x 12.500              12.500",
      "--------------------------------",
      "Subtotal               Rp100.475",
      "Pembulatan                -Rp475",
      "TOTAL                  Rp100.000",
      "Tunai                  Rp150.000",
      "Kembali                 Rp50.000",
      "Anggota: A-0117",
      "",
      "         Terima kasih!",
      " Barang yang sudah dibeli tidak",
      "         dapat ditukar",
    ],
    42: [
      "            Koperasi Sejahtera",
      "       Jl. Merdeka No. 17, Bandung",
      "             Telp 022-123456",
      "No: 20261129-0042         29-11-2026 10:15",
      "Kasir: Siti Rahayu",
      "------------------------------------------",
      "Indomie Goreng",
      "  2 x 3.400                          6.800",
      "Tomat Merah",
      "  0,75 kg x 14.900                  11.175",
      "Beras Pandan Wangi Premium Kemasan",
      "Ekonomis Hemat 5 kg",
      "  1 x 72.000                        72.000",
      "  Diskon                            -2.000",
      "Creme Brulee \"Spesial\" - Cafe Bu's ?",
      "  1 x 12.500                        12.500",
      "------------------------------------------",
      "Subtotal                         Rp100.475",
      "Pembulatan                          -Rp475",
      "TOTAL                            Rp100.000",
      "Tunai                            Rp150.000",
      "Kembali                           Rp50.000",
      "Anggota: A-0117",
      "",
      "              Terima kasih!",
      "   Barang yang sudah dibeli tidak dapat",
      "                 ditukar",
    ],
    48: [
      "               Koperasi Sejahtera",
      "          Jl. Merdeka No. 17, Bandung",
      "                Telp 022-123456",
      "No: 20261129-0042               29-11-2026 10:15",
      "Kasir: Siti Rahayu",
      "------------------------------------------------",
      "Indomie Goreng",
      "  2 x 3.400                                6.800",
      "Tomat Merah",
      "  0,75 kg x 14.900                        11.175",
      "Beras Pandan Wangi Premium Kemasan Ekonomis",
      "Hemat 5 kg",
      "  1 x 72.000                              72.000",
      "  Diskon                                  -2.000",
      "Creme Brulee \"Spesial\" - Cafe Bu's ?",
      "  1 x 12.500                              12.500",
      "------------------------------------------------",
      "Subtotal                               Rp100.475",
      "Pembulatan                                -Rp475",
      "TOTAL                                  Rp100.000",
      "Tunai                                  Rp150.000",
      "Kembali                                 Rp50.000",
      "Anggota: A-0117",
      "",
      "                 Terima kasih!",
      "  Barang yang sudah dibeli tidak dapat ditukar",
    ],
  ]

  @Test(arguments: [32, 42, 48]) func goldenReceipt(columns: Int) {
    let bytes = ReceiptRenderer(columns: columns).render(SampleReceipt.sale)
    let paper = EscPosDecoder(bytes)

    #expect(paper.text == Self.golden[columns])
    #expect(paper.text.allSatisfy { $0.count <= columns })
    #expect(Array(bytes.prefix(4)) == [0x1B, 0x40, 0x1C, 0x2E])  // ESC @, FS .
    #expect(paper.commands.prefix(2) == [.initialize, .cancelKanji])
    #expect(paper.commands.last == .cut)
    #expect(Array(bytes.suffix(4)) == [0x1D, 0x56, 0x42, 0x00])  // GS V 66 0
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
    for line in paper.text {
      #expect(line.utf8.allSatisfy { (0x20..<0x7F).contains($0) }, "\(line)")
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
    #expect(paper.lines.contains { $0.text == "        *** SALINAN ***" && $0.emphasised })
  }

  @Test func englishLabels() {
    var receipt = SampleReceipt.sale
    receipt.labels = .english
    let text = EscPosDecoder(ReceiptRenderer(columns: 32).render(receipt)).text
    #expect(text.contains("Cashier: Siti Rahayu"))
    #expect(text.contains("Change                  Rp50.000"))
    #expect(text.contains("Member: A-0117"))
  }

  @Test func textCannotSmuggleCommands() {
    var receipt = SampleReceipt.sale
    receipt.shopName = "Toko\u{1B}@\u{1D}V\u{0}A\nB"
    receipt.lines = [
      .init(
        name: "X\u{1B}p\u{0}\u{19}\u{FA}", quantityText: "1", unit: "pcs", weighed: false,
        unitPrice: 1, amount: 1)
    ]
    let paper = EscPosDecoder(ReceiptRenderer(columns: 32).render(receipt))
    #expect(paper.commands.filter { $0 == .initialize }.count == 1)
    #expect(paper.commands.filter { $0 == .cut }.count == 1)
    #expect(!paper.commands.contains { if case .drawerKick = $0 { true } else { false } })
    #expect(paper.text.first == "          Toko?@?V?A B")
  }

  @Test func drawerKickOpensTheDrawerOnly() {
    let paper = EscPosDecoder(ReceiptRenderer.drawerKick)
    #expect(paper.commands == [.initialize, .drawerKick(pin: 0)])
    #expect(paper.text.isEmpty)
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

@Suite struct TransliterationTests {
  @Test(arguments: [
    ("Café", "Cafe"), ("Crème brûlée", "Creme brulee"), ("Bu\u{2019}s", "Bu's"),
    ("\u{201C}x\u{201D}", "\"x\""), ("a\u{2013}b\u{2014}c", "a-b-c"), ("Straße", "Strasse"),
    ("\u{1F36E}", "?"), ("中", "?"), ("e\u{301}", "e"), ("tab\there", "tab here"),
    ("\u{1B}", "?"), ("1\u{00A0}kg", "1 kg"), ("plain ASCII!", "plain ASCII!"),
  ])
  func ascii(input: String, expected: String) {
    #expect(Transliteration.ascii(input) == expected)
  }
}
