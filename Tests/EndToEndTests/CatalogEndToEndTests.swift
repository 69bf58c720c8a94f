import Foundation
import KasirTestSupport
import Testing

/// The manager's side against a real kasird on the demo catalog: export and re-import the
/// catalog, a stock count, and the database check.
@Suite(.serialized) struct CatalogEndToEndTests {
  @Test func exportReimportCountAndCheck() throws {
    let shop = try DemoShop()
    defer { shop.tearDown() }

    let file = shop.directory + "/katalog.csv"
    let export = try shop.kasir(["product", "export", "-o", file])
    #expect(export.status == 0, "\(export.stderr)")
    let csv = try String(contentsOfFile: file, encoding: .utf8)
    #expect(csv.hasPrefix("sku,name,unit,weighed,plu,barcodes,price"))
    #expect(
      csv.contains("MIN-1-LIT,Minyakita 1 liter,pcs,false,,8991234000046,15700,,15700,2,ppn11"))
    let products = csv.split(separator: "\r\n").count - 1
    #expect(products >= 30)

    let reimport = try shop.kasir(["product", "import", file])
    #expect(reimport.status == 0, "\(reimport.stderr)")
    #expect(reimport.stdout.contains("0 baru, 0 diubah, \(products) tetap"))

    let bad = shop.directory + "/salah.csv"
    try "sku,name,unit,price\nBARU-1,Baru,pcs,12.500\nBARU-2,,pcs,1000\n".write(
      toFile: bad, atomically: true, encoding: .utf8)
    let refused = try shop.kasir(["product", "import", bad])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("baris 2, kolom price"), "\(refused.stderr)")
    #expect(refused.stderr.contains("baris 3, kolom name"), "\(refused.stderr)")
    #expect(try shop.kasir(["product", "show", "BARU-1"]).status == 1)

    let sheet = shop.directory + "/opname.csv"
    try "code,counted\nBER-MED,\"48,5\"\n8991234000046,26\n".write(
      toFile: sheet, atomically: true, encoding: .utf8)
    let count = try shop.kasir(["stock", "count", sheet])
    #expect(count.status == 0, "\(count.stderr)")
    let lines = count.stdout.split(separator: "\n").map(String.init)
    let beras = try #require(lines.first { $0.hasPrefix("BER-MED") })
    #expect(beras.contains("50 kg") && beras.contains("48,5 kg") && beras.hasSuffix("-1,5"))
    let minyak = try #require(lines.first { $0.hasPrefix("8991234000046") })
    #expect(minyak.contains("Minyakita") && minyak.hasSuffix("+2"))

    let level = try shop.kasir(["stock", "BER-MED", "--json"])
    #expect(level.stdout.contains("48.5"))
    let moves = try shop.kasir(["stock", "moves", "BER-MED"])
    #expect(moves.stdout.contains("penyesuaian"), "\(moves.stdout)")

    let check = try shop.kasir(["check"])
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout.contains("Integritas basis data: ok"))
    #expect(check.stdout.contains("Buku stok: cocok"))
    #expect(shop.terminate() == 0)
  }

  /// A 20,000-row catalog (about 1.6 MB, more than one message) through `kasir product import`:
  /// one bad row far into the file is reported with its row number and nothing changes; the
  /// corrected file goes in whole, in a dry run and for real.
  @Test func twentyThousandRowsThroughTheClient() throws {
    let shop = try DemoShop()
    defer { shop.tearDown() }
    let good = Self.catalog(rows: 20_000)
    #expect(good.utf8.count > 1_048_576)
    let file = shop.directory + "/besar.csv"

    var lines = good.components(separatedBy: "\r\n")
    // Row 15,321 (the header is row 1) is product 15,319: its price written with a dot.
    lines[15_320] = lines[15_320].replacingOccurrences(of: ",16319,", with: ",16.319,")
    #expect(lines[15_320].hasPrefix("BSR-15319,") && lines[15_320].contains("16.319"))
    try lines.joined(separator: "\r\n").write(toFile: file, atomically: true, encoding: .utf8)
    let refused = try shop.kasir(["product", "import", file])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("baris 15321, kolom price"), "\(refused.stderr)")
    #expect(!refused.stderr.contains("baris 15320") && !refused.stderr.contains("baris 15322"))
    #expect(try shop.kasir(["product", "show", "BSR-00002"]).status == 1)

    try good.write(toFile: file, atomically: true, encoding: .utf8)
    let dryRun = try shop.kasir(["product", "import", file, "--dry-run", "--json"])
    #expect(dryRun.status == 0, "\(dryRun.stderr)")
    #expect(dryRun.stdout.contains("\"created\" : 20000"), "\(dryRun.stdout)")
    #expect(try shop.kasir(["product", "show", "BSR-00002"]).status == 1)

    let imported = try shop.kasir(["product", "import", file])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("20000 baru, 0 diubah, 0 tetap"), "\(imported.stdout)")
    let last = try shop.kasir(["product", "show", "BSR-19999", "--json"])
    #expect(last.stdout.contains("\"price\" : 20999"), "\(last.stdout)")
    #expect(shop.terminate() == 0)
  }

  /// `rows` products with a header row: SKU, name, unit, one EAN-13 barcode, price.
  static func catalog(rows: Int) -> String {
    var csv = "sku,name,unit,barcodes,price,tax_class\r\n"
    for index in 0..<rows {
      let digits = String(index)
      let body = "896" + String(repeating: "0", count: 9 - digits.count) + digits
      let sum = body.compactMap(\.wholeNumberValue).enumerated()
        .reduce(0) { $0 + $1.element * ($1.offset % 2 == 0 ? 1 : 3) }
      let sku = "BSR-" + String(repeating: "0", count: 5 - digits.count) + digits
      csv += "\(sku),Barang serba ada nomor \(index) kemasan ekonomis,pcs,"
      csv += "\(body)\((10 - sum % 10) % 10),\(1_000 + index),exempt\r\n"
    }
    return csv
  }
}
