import Foundation
import KasirPrinting
import Testing

@testable import KasirServer

@Suite struct KasirConfigPrinterTests {
  @Test func defaultsAreTodaysBytes() throws {
    let profile = try KasirConfig.parse("").printerProfile
    #expect(profile == PrinterProfile())
    #expect(profile.columns == 42 && profile.cancelKanji && profile.codePage == .ascii)
    #expect(profile.codePageNumber == nil && profile.escTNumber == nil)
    #expect(profile.feedLines == 3 && profile.cut == .partial)
    #expect(profile.drawer == .cash && profile.drawerPin == .pin2 && profile.drawerPulseMs == 50)
    #expect(profile.saleCode == PrinterProfile.SaleCode.none)
  }

  @Test func everyKeyIsRead() throws {
    let config = try KasirConfig.parse(
      """
      [printer]
      columns = 48
      cancel_kanji = false
      code_page = "cp858"
      code_page_number = 20
      feed_lines = 0
      cut = "esc-i"
      drawer = "manual"
      drawer_pin = 5
      drawer_pulse_ms = 120
      sale_code = "code128"
      """)
    try config.validate()
    var expected = PrinterProfile(columns: 48)
    expected.cancelKanji = false
    expected.codePage = .cp858
    expected.codePageNumber = 20
    expected.feedLines = 0
    expected.cut = .escI
    expected.drawer = .manual
    expected.drawerPin = .pin5
    expected.drawerPulseMs = 120
    expected.saleCode = .code128
    #expect(config.printerProfile == expected)
    #expect(config.receiptColumns == 48)
    #expect(config.printerProfile.escTNumber == 20)
    for (name, page) in [("cp437", CodePage.cp437), ("cp850", .cp850), ("cp1252", .cp1252)] {
      let profile = try KasirConfig.parse("[printer]\ncode_page = \"\(name)\"").printerProfile
      #expect(profile.codePage == page && profile.escTNumber == page.usualNumber)
    }
    for (name, cut) in [("partial", PrinterProfile.Cut.partial), ("full", .full), ("none", .none)] {
      #expect(try KasirConfig.parse("[printer]\ncut = \"\(name)\"").printerProfile.cut == cut)
    }
    #expect(try KasirConfig.parse("[printer]\nsale_code = \"qr\"").printerProfile.saleCode == .qr)
  }

  @Test(arguments: [
    ("cancel_kanji = \"yes\"", "printer.cancel_kanji", "must be true or false"),
    ("cancel_kanji = 1", "printer.cancel_kanji", "must be true or false"),
    (
      "code_page = \"cp852\"", "printer.code_page", "use one of: ascii, cp437, cp850, cp858, cp1252"
    ),
    ("code_page = 850", "printer.code_page", "must be a string"),
    ("code_page_number = 256", "printer.code_page_number", "between 0 and 255"),
    ("code_page_number = -1", "printer.code_page_number", "between 0 and 255"),
    ("code_page_number = \"2\"", "printer.code_page_number", "must be a whole number"),
    ("feed_lines = 11", "printer.feed_lines", "between 0 and 10"),
    ("feed_lines = -1", "printer.feed_lines", "between 0 and 10"),
    ("cut = \"half\"", "printer.cut", "use one of: partial, full, esc-i, none"),
    ("cut = true", "printer.cut", "must be a string"),
    ("drawer = \"always\"", "printer.drawer", "use one of: cash, manual"),
    ("drawer_pin = 3", "printer.drawer_pin", "must be 2 (ESC p 0, most drawers) or 5"),
    ("drawer_pin = \"2\"", "printer.drawer_pin", "must be a whole number"),
    ("drawer_pulse_ms = 1", "printer.drawer_pulse_ms", "between 2 and 510"),
    ("drawer_pulse_ms = 511", "printer.drawer_pulse_ms", "between 2 and 510"),
    ("sale_code = \"ean13\"", "printer.sale_code", "use one of: none, qr, code128"),
    ("saleCode = \"qr\"", "printer.saleCode", "unknown key"),
  ])
  func badValuesNameTheKeyAndWhatIsAllowed(line: String, key: String, message: String) {
    #expect {
      _ = try KasirConfig.parse("[printer]\n" + line)
    } throws: { error in
      guard let error = error as? ConfigError else { return false }
      return error.key == key && error.description.contains(message)
    }
  }

  @Test func aCodePageNumberNeedsACodePage() throws {
    let config = try KasirConfig.parse("[printer]\ncode_page_number = 2")
    #expect {
      try config.validate()
    } throws: { error in
      (error as? ConfigError)?.key == "printer.code_page_number"
        && "\(error)".contains("has no effect with code_page = \"ascii\"")
    }
  }
}
