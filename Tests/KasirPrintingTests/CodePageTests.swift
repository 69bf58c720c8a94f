import KasirCore
import KasirTestSupport
import Testing

@testable import KasirPrinting

@Suite struct CodePageTests {
  /// What the printer shows for each byte from 0x80 up in `page`, for the decoder.
  static func upperHalf(_ page: CodePage) -> [UInt8: Character] {
    var table: [UInt8: Character] = [:]
    for byte in UInt8(0x80)...0xFF {
      table[byte] = page.character(for: byte)
    }
    return table
  }

  func render(_ name: String, _ page: CodePage, number: UInt8? = nil) -> [UInt8] {
    var profile = PrinterProfile(columns: 32)
    profile.codePage = page
    profile.codePageNumber = number
    var receipt = SampleReceipt.sale
    receipt.lines[0].name = name
    return ReceiptRenderer(profile: profile).render(receipt)
  }

  func nameLine(_ name: String, _ page: CodePage) -> EscPosDecoder.Line? {
    // The first item's name is the line under the first rule.
    let lines = EscPosDecoder(render(name, page), upperHalf: Self.upperHalf(page)).lines
    return lines.firstIndex { $0.text.hasPrefix("---") }.map { lines[$0 + 1] }
  }

  @Test func tablesHave128CharactersAndTheKnownBytes() {
    for page in CodePage.allCases where page != .ascii {
      #expect(CodePage.upperHalves[page]?.count == 128, "\(page)")
    }
    // Facts from the printers' manuals, independent of the tables above.
    #expect(CodePage.cp437.byte(for: "ü") == 0x81)
    #expect(CodePage.cp850.byte(for: "é") == 0x82)
    #expect(CodePage.cp850.byte(for: "ı") == 0xD5)
    #expect(CodePage.cp858.byte(for: "€") == 0xD5)
    #expect(CodePage.cp1252.byte(for: "€") == 0x80)
    #expect(CodePage.cp1252.byte(for: "\u{201C}") == 0x93)
    #expect(CodePage.cp1252.byte(for: "é") == 0xE9)
    #expect(CodePage.ascii.byte(for: "é") == nil)
    // No-break space and soft hyphen are never sent as their byte.
    #expect(CodePage.cp1252.byte(for: "\u{00A0}") == nil)
    #expect(CodePage.cp850.byte(for: "\u{00AD}") == nil)
  }

  @Test func eAcuteIs0x82InCp850AndEInAscii() {
    #expect(nameLine("Café", .cp850)?.bytes == Array("Caf".utf8) + [0x82])
    #expect(nameLine("Café", .cp850)?.text == "Café")
    // Decomposed input (e + combining acute) is composed first.
    #expect(nameLine("Cafe\u{301}", .cp850)?.bytes == Array("Caf".utf8) + [0x82])
    #expect(nameLine("Café", .ascii)?.bytes == Array("Cafe".utf8))
  }

  @Test(arguments: [
    (CodePage.ascii, nil as UInt8?), (.cp437, 0), (.cp850, 2), (.cp858, 19), (.cp1252, 16),
  ])
  func escTFollowsTheInitBytes(page: CodePage, number: UInt8?) {
    let commands = EscPosDecoder(render("x", page)).commands
    let expected: [EscPosDecoder.Command] =
      [.initialize, .cancelKanji] + (number.map { [.codePage($0)] } ?? [])
      + [.drawerKick(pin: 2, onMs: 50, offMs: 500)]
    #expect(Array(commands.prefix(expected.count)) == expected)
    #expect(
      commands.filter { if case .codePage = $0 { true } else { false } }.count
        == (number == nil ? 0 : 1))
  }

  @Test func aPrinterWithItsOwnNumberGetsIt() {
    let commands = EscPosDecoder(render("x", .cp850, number: 13)).commands
    #expect(commands.contains(.codePage(13)) && !commands.contains(.codePage(2)))
  }

  @Test(arguments: [
    (CodePage.cp850, "Kue 5€ ő 中", "Kue 5EUR o ?"),
    (.cp858, "Kue 5€ ő 中", "Kue 5€ o ?"),
    (.cp437, "Crème “x” – ñ", "Crème \"x\" - ñ"),
    (.cp1252, "Crème “x” – ñ", "Crème “x” – ñ"),
    (.cp1252, "Łódź", "Lódz"),
    (.ascii, "Crème “x” – ñ ß", "Creme \"x\" - n ss"),
  ])
  func missingCharactersAreTransliterated(page: CodePage, name: String, printed: String) {
    #expect(nameLine(name, page)?.text == printed)
  }

  @Test func asciiModeSendsNoByteFrom0x80Up() {
    var receipt = SampleReceipt.member
    receipt.lines[0].name = TestPage.accentSample
    let paper = EscPosDecoder(ReceiptRenderer(columns: 32).render(receipt))
    // Commands carry bytes from 0x80 up (the drawer's off time); text never does.
    #expect(paper.text.contains { $0.hasPrefix("aaaaceeeeiiiinoooouuuu") })
    for line in paper.lines {
      #expect(line.bytes.allSatisfy { (0x20..<0x7F).contains($0) }, "\(line.text)")
    }
  }

  @Test(arguments: CodePage.allCases) func noUTF8EverReachesThePrinter(page: CodePage) {
    var receipt = SampleReceipt.sale
    receipt.lines[0].name = TestPage.accentSample + " Ğ Ł ő 中 🍮"
    var profile = PrinterProfile(columns: 32)
    profile.codePage = page
    let document = ReceiptRenderer(profile: profile).render(receipt)
    let paper = EscPosDecoder(document, upperHalf: Self.upperHalf(page))
    for line in paper.lines {
      #expect(line.bytes.count <= 32)
      // Every byte is ASCII or a character of the code page: one byte, one column.
      #expect(!line.text.contains("\u{FFFD}"), "\(line.text)")
    }
    // The UTF-8 form of no accented character appears anywhere in the job.
    for character in receipt.lines[0].name where !character.isASCII {
      let utf8 = Array(String(character).utf8)
      #expect(!contains(document, utf8), "\(character) as UTF-8 in \(page)")
    }
  }

  func contains(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
    guard bytes.count >= part.count else { return false }
    return (0...(bytes.count - part.count)).contains { Array(bytes[$0..<$0 + part.count]) == part }
  }
}

@Suite struct TransliterationTests {
  @Test(arguments: [
    ("Café", "Cafe"), ("Crème brûlée", "Creme brulee"), ("Bu\u{2019}s", "Bu's"),
    ("\u{201C}x\u{201D}", "\"x\""), ("a\u{2013}b\u{2014}c", "a-b-c"), ("Straße", "Strasse"),
    ("\u{1F36E}", "?"), ("中", "?"), ("e\u{301}", "e"), ("tab\there", "tab here"),
    ("\u{1B}", "?"), ("1\u{00A0}kg", "1 kg"), ("plain ASCII!", "plain ASCII!"),
    ("soft\u{00AD}hyphen", "softhyphen"),
  ])
  func ascii(input: String, expected: String) {
    #expect(Transliteration.ascii(input) == expected)
  }

  @Test func keepsWhatTheCodePageHas() {
    #expect(Transliteration.printable("Straße 1\u{00A0}kg", in: .cp850) == "Straße 1 kg")
    #expect(Transliteration.printable("e\u{301}\u{1F36E}", in: .cp850) == "é?")
    #expect(Transliteration.printable("€", in: .cp858) == "€")
    #expect(Transliteration.printable("€", in: .cp850) == "EUR")
  }
}
