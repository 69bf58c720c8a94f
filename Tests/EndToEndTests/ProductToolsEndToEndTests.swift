import Foundation
import KasirTestSupport
import Testing

/// `kasir product edit|deactivate|activate` and `kasir stock receive --file` against a real
/// kasird on the demo catalog, whose packs come through export and import unchanged.
@Suite(.serialized) struct ProductToolsEndToEndTests {
  @Test func editDeactivateReceiveAndPacks() throws {
    let shop = try DemoShop()
    defer { shop.tearDown() }

    let carton = try shop.kasir(["product", "show", "8991234001029"])
    #expect(carton.status == 0, "\(carton.stderr)")
    #expect(carton.stdout.contains("Karton isi 40 = 40 pcs, Rp132.000 [8991234001029]"))

    let edit = try shop.kasir([
      "product", "edit", "MIE-INS-GOR", "--name", "Mie goreng instan", "--price", "3.500",
      "--add-pack", "8991234001067:24:80000:Dus isi 24",
    ])
    #expect(edit.status == 0, "\(edit.stderr)")
    let shown = try shop.kasir(["product", "show", "8991234000206", "--json"])
    #expect(jsonValue(shown.stdout, "product.name") as? String == "Mie goreng instan")
    #expect(jsonValue(shown.stdout, "product.price") as? Int == 3500)
    #expect(jsonValue(shown.stdout, "product.taxClass") as? String == "ppn11", "kept")
    #expect(jsonValue(shown.stdout, "product.onHand") as? Int == 24, "stock kept")
    let unit = try shop.kasir(["product", "edit", "MIE-INS-GOR", "--unit", "karton"])
    #expect(unit.status == 1)
    #expect(unit.stderr.contains("Satuan 'karton' tidak diizinkan. Pilih salah satu: pcs, kg"))

    #expect(try shop.kasir(["product", "deactivate", "8991234000206"]).status == 0)
    #expect(try shop.kasir(["shift", "open", "100000"]).status == 0)
    let opened = try shop.kasir(["sale", "open", "--json"])
    let id = try #require(jsonValue(opened.stdout, "sale.id") as? Int)
    let refused = try shop.kasir(["sale", "add", "\(id)", "8991234000206"])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains("Produk MIE-INS-GOR tidak aktif dan tidak boleh dijual."),
      "\(refused.stderr)")
    let history = try shop.kasir(["price", "history", "MIE-INS-GOR"])
    #expect(history.stdout.contains("3.400") && history.stdout.contains("3.500"), "history kept")
    #expect(try shop.kasir(["product", "activate", "MIE-INS-GOR"]).status == 0)
    let sold = try shop.kasir(["sale", "add", "\(id)", "8991234001029"])
    #expect(sold.status == 0, "a carton: \(sold.stderr)")

    let note = shop.directory + "/nota.csv"
    try
      "code,quantity,unit_cost,supplier,reference\nBER-MED,\"12,5\",12000,Bulog,SJ-7\nGUL-PAS-1,10,,,\n"
      .write(toFile: note, atomically: true, encoding: .utf8)
    let received = try shop.kasir(["stock", "receive", "--file", note])
    #expect(received.status == 0, "\(received.stderr)")
    #expect(received.stdout.contains("pemasok: Bulog, referensi: SJ-7"))
    #expect(received.stdout.contains("+12,5"))
    let bad = shop.directory + "/nota-salah.csv"
    try "code,quantity\nGUL-PAS-1,\"1,5\"\nTIDAK-ADA,2\n".write(
      toFile: bad, atomically: true, encoding: .utf8)
    let before = try shop.kasir(["stock", "GUL-PAS-1", "--json"]).stdout
    let refusedNote = try shop.kasir(["stock", "receive", "--file", bad])
    #expect(refusedNote.status == 2)
    #expect(
      refusedNote.stderr.contains(
        "baris 2, kolom quantity: 1,5 pcs: pecahan hanya untuk produk timbang"))
    #expect(refusedNote.stderr.contains("baris 3, kolom code: produk TIDAK-ADA tidak ditemukan"))
    #expect(try shop.kasir(["stock", "GUL-PAS-1", "--json"]).stdout == before)

    let file = shop.directory + "/katalog.csv"
    #expect(try shop.kasir(["product", "export", "-o", file]).status == 0)
    let csv = try String(contentsOfFile: file, encoding: .utf8)
    #expect(
      csv.contains("8991234001029:40:132000:Karton isi 40; 8991234001067:24:80000:Dus isi 24"))
    let reimport = try shop.kasir(["product", "import", file])
    #expect(reimport.stdout.contains("0 baru, 0 diubah,"), "\(reimport.stdout) \(reimport.stderr)")
    #expect(shop.terminate() == 0)
  }
}
