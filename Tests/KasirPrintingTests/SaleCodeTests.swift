import KasirCore
import KasirTestSupport
import Testing

@testable import KasirPrinting

@Suite struct SaleCodeTests {
  func paper(_ code: PrinterProfile.SaleCode, columns: Int, number: String = "20261129-0042")
    -> EscPosDecoder
  {
    var profile = PrinterProfile(columns: columns)
    profile.saleCode = code
    var receipt = SampleReceipt.sale
    receipt.saleNumber = number
    return EscPosDecoder(ReceiptRenderer(profile: profile).render(receipt))
  }

  /// The commands from the centring to the return to the left.
  func centred(_ paper: EscPosDecoder) -> [EscPosDecoder.Command] {
    let commands = paper.commands
    guard let start = commands.firstIndex(of: .align(1)),
      let end = commands.firstIndex(of: .align(0))
    else { return [] }
    return Array(commands[start...end])
  }

  @Test(arguments: [(32, 6 as UInt8), (42, 8), (48, 8)])
  func qrCodeOfTheSaleNumber(columns: Int, moduleSize: UInt8) {
    let paper = paper(.qr, columns: columns)
    #expect(
      centred(paper) == [
        .align(1), .qrModel(50), .qrModuleSize(moduleSize), .qrErrorCorrection("M"),
        .qrStore("20261129-0042"), .qrPrint, .align(0),
      ])
    #expect(!paper.commands.contains { if case .unknown = $0 { true } else { false } })
  }

  @Test(arguments: [(32, 2 as UInt8), (42, 2), (48, 3)])
  func code128OfTheSaleNumber(columns: Int, moduleWidth: UInt8) {
    let paper = paper(.code128, columns: columns)
    #expect(
      centred(paper) == [
        .align(1), .barcodeText(2), .barcodeHeight(80), .barcodeModuleWidth(moduleWidth),
        .code128(codeSet: "B", data: "20261129-0042"), .align(0),
      ])
  }

  @Test func theCodeSitsUnderTheTotalsAndAboveTheFooter() {
    let paper = paper(.qr, columns: 42)
    let elements = paper.elements
    let code = elements.firstIndex(of: .command(.qrPrint))
    let member = elements.firstIndex {
      if case .line(let l) = $0 { l.text.hasPrefix("Anggota") } else { false }
    }
    let footer = elements.firstIndex {
      if case .line(let l) = $0 { l.text.contains("Terima kasih") } else { false }
    }
    #expect(member != nil && code != nil && footer != nil)
    if let member, let code, let footer { #expect(member < code && code < footer) }
  }

  @Test func aBraceIsEscapedInCodeSetB() {
    let paper = paper(.code128, columns: 48, number: "A{1")
    #expect(paper.commands.contains(.code128(codeSet: "B", data: "A{1")))
  }

  @Test func aNumberTooLongForThePaperGetsNoBarcode() {
    let paper = paper(.code128, columns: 32, number: String(repeating: "9", count: 40))
    #expect(centred(paper).isEmpty)
    #expect(!paper.commands.contains { if case .code128 = $0 { true } else { false } })
  }

  @Test func noneMeansNoCode() {
    let paper = paper(.none, columns: 42)
    #expect(!paper.commands.contains(.align(1)))
    #expect(!paper.commands.contains(.qrPrint))
  }
}
