import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

@Suite("kasir product import/export, price history, check")
struct CatalogToolsTests {
  static func temporaryFile(_ text: String, name: String = "file.csv") throws -> String {
    let directory = "/tmp/kasir-ct-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let path = directory + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func importSendsTheFileAndPrintsTheCounts() throws {
    let csv = "sku,name,unit,price\r\nA-1,\"Gula, 1 kg\",pcs,17500\r\n"
    let path = try Self.temporaryFile(csv)
    let (result, calls) = try kasir(
      ["product", "import", path, "--dry-run"],
      answering: [
        "id.kasir.Catalog.ImportProducts": .reply(#"{"created":1,"updated":2,"unchanged":3}"#)
      ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout
        == "Uji coba, tidak ada yang disimpan: 1 baru, 2 diubah, 3 tetap.\n")
    #expect(calls.first?.method == "id.kasir.Catalog.ImportProducts")
    #expect(
      calls.first?.parameters == .object(["csv": .string(csv), "dryRun": .bool(true)]))
  }

  @Test func aRejectedImportListsEveryRow() throws {
    let path = try Self.temporaryFile("sku,name,unit,price\n")
    let errors = """
      {"errors":[{"row":3,"field":"price","message":"must be whole rupiah"},
                 {"row":5,"field":"barcodes","message":"8991234000206 already belongs to product MIE-GOR"}]}
      """
    let (result, _) = try kasir(
      ["product", "import", path],
      answering: [
        "id.kasir.Catalog.ImportProducts": .error("id.kasir.Catalog.ImportRejected", errors)
      ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("Impor ditolak, tidak ada yang diubah. 2 baris salah:"))
    #expect(result.stderr.contains("baris 3, kolom price: must be whole rupiah"))
    #expect(result.stderr.contains("baris 5, kolom barcodes: 8991234000206 already belongs"))
    let (english, _) = try kasir(
      ["product", "import", path, "--lang", "en"],
      answering: [
        "id.kasir.Catalog.ImportProducts": .error("id.kasir.Catalog.ImportRejected", errors)
      ])
    #expect(english.stderr.contains("row 3, column price: must be whole rupiah"))
  }

  @Test func aFileThatIsNotUtf8IsAUsageError() throws {
    let path = try Self.temporaryFile("")
    try Data([0x73, 0x6B, 0x75, 0x0A, 0xC0, 0xC1]).write(to: URL(fileURLWithPath: path))
    let (result, calls) = try kasir(["product", "import", path], answering: [:])
    #expect(result.status == 2)
    #expect(result.stderr.contains("bukan teks UTF-8"))
    #expect(calls.isEmpty)
  }

  @Test func exportWritesStdoutOrAFileAtomically() throws {
    let csv =
      "sku,name,unit,weighed,plu,barcodes,price,member_price,price_cap,max_per_sale,tax_class,reorder_level,active\r\nA-1,Gula,pcs,false,,,17500,,,,exempt,,true\r\n"
    let answers: [String: FakeVarlinkServer.Answer] = [
      "id.kasir.Catalog.ExportProducts": .reply(
        String(decoding: try JSONEncoder().encode(["csv": csv]), as: UTF8.self))
    ]
    let (result, calls) = try kasir(["product", "export"], answering: answers)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == csv)
    #expect(calls.first?.method == "id.kasir.Catalog.ExportProducts")
    let path = try Self.temporaryFile("old contents", name: "katalog.csv")
    let (written, _) = try kasir(["product", "export", "-o", path], answering: answers)
    #expect(written.status == 0, "\(written.stderr)")
    #expect(written.stdout.isEmpty)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == csv)
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
    #expect(leftovers == ["katalog.csv"])
  }

  @Test func priceHistoryIsATable() throws {
    let reply = """
      {"changes":[
        {"sku":"MINYAKITA","price":15700,"previousPrice":14000,"effectiveAt":"2026-12-01T00:00:00+08:00",
         "changedAt":"2026-11-29T10:00:00+08:00","user":"budi","reason":"HET baru"},
        {"sku":"MINYAKITA","price":14000,"effectiveAt":"2026-11-01T08:00:00+08:00",
         "changedAt":"2026-11-01T08:00:00+08:00","user":"root","reason":"created"}]}
      """
    let (result, calls) = try kasir(
      ["price", "history", "MINYAKITA"],
      answering: ["id.kasir.Catalog.PriceHistory": .reply(reply)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.first?.parameters == .object(["sku": .string("MINYAKITA")]))
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines[0].hasPrefix("Berlaku") && lines[0].contains("Sebelumnya"))
    #expect(lines[2].contains("Rp15.700") && lines[2].contains("Rp14.000"))
    #expect(lines[2].hasSuffix("budi  HET baru"))
  }

  @Test func checkPrintsOkOrTheMismatchesWithExitOne() throws {
    let (ok, calls) = try kasir(
      ["check"],
      answering: [
        "id.kasir.Admin.Check": .reply(#"{"integrity":"ok","ledgerOk":true,"mismatches":[]}"#)
      ])
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(calls.first?.method == "id.kasir.Admin.Check")
    #expect(ok.stdout.contains("Integritas basis data: ok"))
    #expect(ok.stdout.contains("Buku stok: cocok"))
    let (bad, _) = try kasir(
      ["check", "--lang", "en"],
      answering: [
        "id.kasir.Admin.Check": .reply(
          #"{"integrity":"ok","ledgerOk":false,"mismatches":[{"sku":"MINYAKITA","onHand":15,"sumOfMovements":12}]}"#
        )
      ])
    #expect(bad.status == 1)
    #expect(bad.stdout.contains("1 products do not add up"))
    let row = try #require(bad.stdout.split(separator: "\n").first { $0.hasPrefix("MINYAKITA") })
    #expect(row.hasSuffix("12") && row.contains(" 15 "))
    #expect(bad.stderr.contains("The check failed"))
  }
}
