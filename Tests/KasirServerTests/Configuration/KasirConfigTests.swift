import Foundation
import Testing

@testable import KasirServer

@Suite struct KasirConfigTests {
  @Test func emptyFileGivesTheDocumentedDefaults() throws {
    let config = try KasirConfig.parse("")
    #expect(config == KasirConfig())
    #expect(config.timezone == "Asia/Makassar")
    #expect(config.socketMode == 0o660)
    #expect(config.receiptColumns == 42)
    #expect(config.printRetryInitialSeconds == 1 && config.printRetryMaxSeconds == 60)
  }

  @Test func printRetryBackoffIsRead() throws {
    let config = try KasirConfig.parse(
      """
      [printer]
      retry_initial_seconds = 2
      retry_max_seconds = 30
      """)
    #expect(config.printRetryInitialSeconds == 2 && config.printRetryMaxSeconds == 30)
    let upsideDown = try KasirConfig.parse(
      "[printer]\nretry_initial_seconds = 10\nretry_max_seconds = 5")
    #expect {
      try upsideDown.validate()
    } throws: { error in
      (error as? ConfigError)?.key == "printer.retry_max_seconds"
        && "\(error)".contains("must not be below retry_initial_seconds (10)")
    }
  }

  @Test func theExampleFileParsesToTheDefaults() throws {
    let path = BuiltProductsRoot.url.appendingPathComponent("Config/kasird.example.toml").path
    #expect(try KasirConfig.load(path: path) == KasirConfig())
  }

  @Test func valuesAreRead() throws {
    let config = try KasirConfig.parse(
      """
      [shop]
      name = "KMP Gunung Samarinda"
      address = ["Jl. A", "Balikpapan"]
      npwp = "01.234.567.8-901.000"
      timezone = "Asia/Jakarta"
      language = "en"
      [socket]
      mode = "0600"
      group = ""
      [printer]
      columns = 32
      destination = ""
      """)
    #expect(config.shopName == "KMP Gunung Samarinda")
    #expect(config.shopAddress == ["Jl. A", "Balikpapan"])
    #expect(config.npwp == "01.234.567.8-901.000")
    #expect(config.timezone == "Asia/Jakarta")
    #expect(config.language == .en)
    #expect(config.socketMode == 0o600)
    #expect(config.socketGroup == nil)
    #expect(config.receiptColumns == 32)
    #expect(config.printerDestination == nil)
  }

  @Test(arguments: [
    ("[shop]\nnmae = \"x\"", "shop.nmae", "unknown key"),
    ("[shopp]\nname = \"x\"", "shopp", "unknown section"),
    ("[printer]\ncolumns = \"42\"", "printer.columns", "must be a whole number"),
    ("[printer]\ncolumns = 40", "printer.columns", "must be 32 (58 mm), 42 or 48"),
    ("[printer]\nretry_initial_seconds = 0", "printer.retry_initial_seconds", "1"),
    ("[printer]\nretry_max_seconds = 3601", "printer.retry_max_seconds", "3600"),

    ("[shop]\ntimezone = \"Mars/Olympus\"", "shop.timezone", "unknown time zone"),
    ("[shop]\nlanguage = \"jv\"", "shop.language", "use one of: id, en"),
    ("[socket]\nmode = \"0999\"", "socket.mode", "octal mode"),
    ("[socket]\nmode = 660", "socket.mode", "must be a string"),
    ("[database]\npath = \"\"", "database.path", "must not be empty"),
    ("[receipt]\nfooter = \"one line\"", "receipt.footer", "a list of strings"),
    ("name = \"x\"", "name", "unknown section"),
    ("shop = 1", "shop", "must be a table"),
  ])
  func badValuesNameTheKeyAndWhatIsAllowed(text: String, key: String, message: String) {
    #expect {
      _ = try KasirConfig.parse(text)
    } throws: { error in
      guard let error = error as? ConfigError else { return false }
      return error.key == key && error.description.contains(message)
    }
  }

  @Test func brokenTOMLSaysWhere() {
    #expect {
      _ = try KasirConfig.parse("[shop]\nname = = 1")
    } throws: { error in
      "\(error)".contains("not valid TOML") && "\(error)".contains("line 2")
    }
  }
}
