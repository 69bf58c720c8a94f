import Foundation
import Testing

@Suite("kasir: help and usage")
struct HelpTests {
  @Test func helpListsTheCommandGroups() throws {
    let result = try kasir(["--help"])
    #expect(result.status == 0)
    for group in ["info", "product", "price", "stock", "shift", "sale", "till, kasir", "member"] {
      #expect(result.stdout.contains("  \(group) "), "missing \(group)")
    }
  }

  @Test func productHelpListsItsCommands() throws {
    let result = try kasir(["product", "--help"])
    #expect(result.status == 0)
    for command in ["add", "show", "search"] {
      #expect(result.stdout.contains("  \(command) "), "missing \(command)")
    }
  }

  @Test func saleHelpListsEveryCommand() throws {
    let result = try kasir(["sale", "--help"])
    #expect(result.status == 0)
    for command in [
      "open", "add", "qty", "remove", "discount", "member", "hold", "resume", "cancel", "pay",
      "list", "show", "void", "refund", "reprint",
    ] {
      #expect(result.stdout.contains("  \(command) "), "missing \(command)")
    }
  }

  @Test func memberHelpListsEveryCommand() throws {
    let result = try kasir(["member", "--help"])
    #expect(result.status == 0)
    for command in ["add", "edit", "show", "search", "import", "pay", "statement", "totals"] {
      #expect(result.stdout.contains("  \(command) "), "missing \(command)")
    }
    #expect(result.stdout.contains("masked"))
  }

  @Test func memberTotalsHelpSaysXlsxComesLater() throws {
    let result = try kasir(["member", "totals", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("For XLSX: kasir export members"))
    #expect(result.stdout.contains("--output"))
  }

  @Test func tillHelpNamesTheCommands() throws {
    let result = try kasir(["till", "--help"])
    #expect(result.status == 0)
    for text in ["tunai", "qris", "tahan", "lanjut", "batalkan", "--socket", "--lang"] {
      #expect(result.stdout.contains(text), "missing \(text)")
    }
  }

  @Test func leafHelpShowsTheGlobalOptions() throws {
    let result = try kasir(["sale", "pay", "--help"])
    #expect(result.status == 0)
    for option in [
      "--socket", "--json", "--lang", "--cash", "--qris", "--ref", "--transfer", "--kasbon",
    ] {
      #expect(result.stdout.contains(option), "missing \(option)")
    }
  }

  @Test func versionPrintsTheVersion() throws {
    let result = try kasir(["--version"])
    #expect(result.status == 0)
    #expect(!result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
  }

  @Test(arguments: [
    ["bogus"],
    ["sale", "pay"],
    ["sale", "pay", "7"],
    ["sale", "pay", "7", "--cash", "50,5"],
    ["sale", "pay", "7", "--cash", "-1"],
    ["sale", "pay", "7", "--cash", "abc"],
    ["sale", "pay", "7", "--cash", "5.00"],
    ["sale", "add", "7", "BRS", "0"],
    ["sale", "add", "7", "BRS", "0,0001"],
    ["sale", "add", "7", "BRS", "1-2"],
    ["sale", "add", "7", "BRS", "0.7.5"],
    ["sale", "pay", "7", "--cash", "50000", "--ref", "X"],
    ["sale", "pay", "7", "--cash", "Rp5.0000"],
    ["stock", "receive", "BRS", "2", "GUL", "3", "--cost", "100"],
    ["shift", "open", "1,000"],
    ["stock", "receive", "BRS"],
    ["price", "set", "BRS", "14000", "--at", "tomorrow"],
    ["product", "add", "--sku", "X"],
  ])
  func usageErrorsExit2(arguments: [String]) throws {
    let result = try kasir(arguments)
    #expect(result.status == 2, "\(arguments): \(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test func aBadAmountSaysWhatIsAllowed() throws {
    let result = try kasir(["sale", "pay", "7", "--cash", "50,5"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("Jumlah uang tidak valid: '50,5'"))
    #expect(result.stderr.contains("Rp50.000"))
  }

  @Test func aMissingPaymentIsAUsageErrorInEnglishToo() throws {
    let result = try kasir(["sale", "pay", "7", "--lang", "en"])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("Give at least one payment: --cash, --qris, --transfer or --kasbon."))
  }
}
