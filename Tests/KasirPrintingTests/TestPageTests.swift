import KasirCore
import KasirTestSupport
import Testing

@testable import KasirPrinting

@Suite struct TestPageTests {
  let page = TestPage(shopName: "Koperasi Sejahtera", destination: "kasir-receipt")

  func paper(_ change: (inout PrinterProfile) -> Void = { _ in }, columns: Int = 32)
    -> EscPosDecoder
  {
    var profile = PrinterProfile(columns: columns)
    change(&profile)
    return EscPosDecoder(
      ReceiptRenderer(profile: profile).render(page),
      upperHalf: CodePageTests.upperHalf(profile.codePage))
  }

  @Test(arguments: [32, 42, 48]) func theRulerIsExactlyOneLineWide(columns: Int) {
    let text = paper(columns: columns).text
    let ruler = text.first { $0.hasPrefix("1234567890") }
    #expect(ruler?.count == columns)
    #expect(ruler?.last == Character("\(columns % 10)"))
    #expect(ruler == String("123456789012345678901234567890123456789012345678".prefix(columns)))
    #expect(text.allSatisfy { $0.count <= columns })
  }

  @Test func goldenWithTheDefaultProfile() {
    #expect(
      paper().text == [
        "          TES PRINTER",
        "       Koperasi Sejahtera",
        "Tujuan: kasir-receipt",
        "Kolom: 32",
        "Code page: ascii (tanpa ESC t)",
        "Potong: partial, 3 baris umpan",
        "Laci: cash, pin 2, 50 ms",
        "Kode nota: none",
        "--------------------------------",
        "12345678901234567890123456789012",
        "Aksen: aaaaceeeeiiiinoooouuuu",
        "AENOU ss EUR \"\" '' - ... o",
        "Tebal: ABCDEFGHIJ abcdefghij",
        "0123456789",
        "Tinggi ganda: ABCDEFGHIJ",
        "0123456789",
      ])
  }

  @Test func stylesSettingsAndTheEnd() {
    let paper = paper {
      $0.codePage = .cp850
      $0.saleCode = .qr
      $0.cut = .full
      $0.feedLines = 5
    }
    #expect(paper.text.contains("Code page: cp850 (ESC t 2)"))
    #expect(paper.text.contains("Aksen: àáâäçèéêëìíîïñòóôöùúûü"))
    #expect(paper.commands.contains(.qrStore(TestPage.sampleSaleNumber)))
    #expect(
      paper.lines.contains { $0.text.hasPrefix("Tebal") && $0.emphasised && !$0.doubleHeight })
    #expect(
      paper.lines.contains {
        $0.text.hasPrefix("Tinggi ganda") && $0.doubleHeight && !$0.emphasised
      })
    #expect(paper.lines.first?.emphasised == true && paper.lines.first?.doubleHeight == true)
    #expect(paper.commands.suffix(2) == [.feed(5), .cut(.full)])
    #expect(!paper.commands.contains { if case .drawerKick = $0 { true } else { false } })
  }

  @Test func english() {
    let page = TestPage(shopName: "Toko", destination: "q", labels: .english)
    let text = EscPosDecoder(ReceiptRenderer(columns: 42).render(page)).text
    #expect(text.first == "               PRINTER TEST")
    #expect(text.contains("Code page: ascii (no ESC t)"))
    #expect(text.contains("Drawer: cash, pin 2, 50 ms"))
  }
}
