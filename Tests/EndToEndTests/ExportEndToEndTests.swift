import Foundation
import KasirTestSupport
import Testing

/// `kasir export` against a real kasird: files written whole or not at all.
@Suite(.serialized) struct ExportEndToEndTests {
  /// Today in the demo shop's zone, `YYYY-MM-DD`.
  static var today: String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Makassar")!
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
  }

  /// A sale of 20.325 and a second one voided.
  func sell(_ shop: DemoShop) throws -> (String, String) {
    #expect(try shop.kasir(["shift", "open", "200000"]).status == 0)
    var numbers: [String] = []
    for _ in 0..<2 {
      let opened = try shop.kasir(["sale", "open", "--json"])
      let id = try #require(jsonValue(opened.stdout, "sale.id") as? Int)
      numbers.append(try #require(jsonValue(opened.stdout, "sale.number") as? String))
      #expect(try shop.kasir(["sale", "add", "\(id)", "8991234000206", "3"]).status == 0)
      #expect(try shop.kasir(["sale", "add", "\(id)", "BER-MED", "0,75"]).status == 0)
      #expect(try shop.kasir(["sale", "pay", "\(id)", "--cash", "50000"]).status == 0)
    }
    let void = try shop.kasir(["sale", "void", numbers[1], "--reason", "salah"])
    #expect(void.status == 0, "\(void.stderr)")
    return (numbers[0], numbers[1])
  }

  func files(_ directory: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
  }

  @Test func csvAndXlsxWrittenAtomicallyAndNeverOverwrittenWithoutForce() throws {
    let shop = try DemoShop()
    defer { shop.tearDown() }
    let (sold, voided) = try sell(shop)
    let out = shop.directory + "/out"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)

    let csv = try shop.kasir(["export", "sales", "--date", Self.today, "-o", out + "/sales.csv"])
    #expect(csv.status == 0, "\(csv.stderr)")
    #expect(csv.stderr.contains("2 baris sales"), "\(csv.stderr)")
    let text = try String(contentsOfFile: out + "/sales.csv", encoding: .utf8)
    #expect(text.hasPrefix("sale_number,completed_at,cashier,"))
    #expect(text.contains("\(sold),"))
    #expect(text.contains("\(voided),"))
    #expect(text.contains(",voided,"))
    #expect(try files(out) == ["sales.csv"])
    let mode = try FileManager.default.attributesOfItem(atPath: out + "/sales.csv")[
      .posixPermissions]
    let mask = umask(0)
    umask(mask)
    #expect(mode as? Int == 0o666 & ~Int(mask), "the mode of any new file, not mkstemp's 0600")

    let again = try shop.kasir(["export", "lines", "--date", Self.today, "-o", out + "/sales.csv"])
    #expect(again.status == 2)
    #expect(again.stderr.contains("sudah ada") && again.stderr.contains("--force"))
    #expect(try String(contentsOfFile: out + "/sales.csv", encoding: .utf8) == text)

    let forced = try shop.kasir([
      "export", "lines", "--from", Self.today, "--to", Self.today, "-o", out + "/sales.csv",
      "--force",
    ])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(try String(contentsOfFile: out + "/sales.csv", encoding: .utf8).contains("BER-MED"))

    let xlsx = try shop.kasir([
      "export", "payments", "--date", Self.today, "-o", out + "/bayar.xlsx", "--lang", "en",
    ])
    #expect(xlsx.status == 0, "\(xlsx.stderr)")
    #expect(xlsx.stderr.contains("2 rows of payments"))
    let read = try ProcessRunner.run(
      "/usr/bin/env",
      [
        "python3", "-c",
        "import openpyxl,sys; s=openpyxl.load_workbook(sys.argv[1]).worksheets[0]; "
          + "print(sum(r[4].value for r in s.iter_rows(min_row=2)))",
        out + "/bayar.xlsx",
      ])
    #expect(
      read.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "100000", "\(read.stderr)")
    #expect(try files(out) == ["bayar.xlsx", "sales.csv"])
  }

  @Test func badInputIsRefusedInWordsAndLeavesNoFile() throws {
    let shop = try DemoShop()
    defer { shop.tearDown() }
    let out = shop.directory + "/out"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    let file = out + "/x.csv"
    let cases: [([String], String)] = [
      (["sales", "--date", "2026-02-30"], "Tanggal tidak ada: '2026-02-30'"),
      (["sales", "--from", "2026-12-01", "--to", "2026-11-01"], "--from 2026-12-01 jatuh setelah"),
      (["struk", "--date", "2026-11-29"], "Jenis ekspor tidak dikenal: 'struk'"),
      (["sales", "--date", "2026-11-29", "--format", "ods"], "Format tidak dikenal: 'ods'"),
      (["sales", "--from", "2026-11-29"], "--date TANGGAL"),
    ]
    for (arguments, message) in cases {
      let result = try shop.kasir(["export"] + arguments + ["-o", file])
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stderr.contains(message), "\(result.stderr)")
    }
    let missing = try shop.kasir([
      "export", "sales", "--date", "2026-11-29", "-o", out + "/no/x.csv",
    ])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("Folder '\(out)/no' tidak ada"), "\(missing.stderr)")
    let english = try shop.kasir(
      ["export", "sales", "--date", "2026-13-01", "-o", file], environment: ["KASIR_LANG": "en"])
    #expect(english.stderr.contains("No such date: '2026-13-01'"), "\(english.stderr)")
    // kasird cannot be reached: nothing is left behind either.
    let down = try shop.kasir(
      ["export", "sales", "--date", "2026-11-29", "-o", file],
      environment: ["KASIR_SOCKET": shop.directory + "/none.sock"])
    #expect(down.status == 3)
    #expect(try files(out).isEmpty)
  }
}
