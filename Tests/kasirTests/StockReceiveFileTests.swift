import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

@Suite("kasir stock receive --file, and files that are not UTF-8")
struct StockReceiveFileTests {
  static let reply = """
    {"receiving":{"id":5,"supplier":"CV Tani","reference":"SJ-90","user":"budi",
     "at":"2026-11-29T08:00:00+08:00","movements":[
      {"id":12,"at":"2026-11-29T08:00:00+08:00","sku":"BRS-CURAH","delta":25.5,"balance":38,
       "kind":"receiving","reference":"SJ-90","user":"budi"},
      {"id":13,"at":"2026-11-29T08:00:00+08:00","sku":"GULA-1","delta":40,"balance":38,
       "kind":"receiving","reference":"SJ-90","user":"budi"}]}}
    """

  static func answers(weighed: Bool = true) -> [String: FakeVarlinkServer.Answer] {
    [
      "id.kasir.Catalog.GetProduct": .reply(StockToolsTests.product(weighed: weighed)),
      "id.kasir.Stock.Receive": .reply(reply),
    ]
  }

  @Test func aDeliveryNoteIsReceivedInOneCall() throws {
    let note = try CatalogToolsTests.temporaryFile(
      "code,quantity,unit_cost,supplier,reference\r\nBRS-CURAH,\"25,5\",12.000,CV Tani,SJ-90\r\n"
        + "8991234567890,40,,CV Tani,\r\n")
    let (result, calls) = try kasir(
      ["stock", "receive", "--file", note], answering: Self.answers())
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Barang masuk #5 dicatat (pemasok: CV Tani, referensi: SJ-90)"))
    let receive = try #require(calls.last)
    #expect(calls.dropLast().allSatisfy { $0.method == "id.kasir.Catalog.GetProduct" })
    #expect(
      receive.parameters
        == .object([
          "supplier": .string("CV Tani"), "reference": .string("SJ-90"),
          "lines": .array([
            .object([
              "code": .string("BRS-CURAH"), "quantity": .double(25.5), "unitCost": .int(12000),
            ]),
            .object(["code": .string("8991234567890"), "quantity": .int(40)]),
          ]),
        ]))
  }

  @Test func everyBadRowIsNamedAndNothingIsReceived() throws {
    let note = try CatalogToolsTests.temporaryFile(
      """
      code,quantity,unit_cost,supplier
      BRS-CURAH,0,,CV Tani
      ,3,,
      GULA-1,2,12.5a,CV Tani
      MIE-1,1,,UD Lain

      """)
    let (result, calls) = try kasir(
      ["stock", "receive", "--file", note, "--supplier", "CV Tani"], answering: Self.answers())
    #expect(result.status == 2)
    #expect(calls.isEmpty)
    #expect(
      result.stderr
        == """
        Nota barang masuk \(note) ditolak, tidak ada barang yang dicatat:
          baris 2, kolom quantity: '0' bukan jumlah (lebih dari 0, paling banyak 3 desimal)
          baris 3, kolom code: wajib diisi
          baris 4, kolom unit_cost: '12.5a' bukan harga pokok (rupiah bulat, mis. 12500)
          baris 5, kolom supplier: 'UD Lain' berbeda dari --supplier 'CV Tani'; satu nota punya satu nilai
        """ + "\n")
  }

  @Test func aNoteHasOneSupplierAndOnlyKnownColumns() throws {
    let note = try CatalogToolsTests.temporaryFile(
      "code,quantity,reference\nA,1,SJ-1\nB,2,\nC,3,SJ-2\n")
    let (result, calls) = try kasir(
      ["stock", "receive", "--file", note, "--lang", "en"], answering: Self.answers())
    #expect(result.status == 2)
    #expect(calls.isEmpty)
    #expect(
      result.stderr.contains(
        "row 4, column reference: 'SJ-2' differs from row 2 ('SJ-1'); a note has one value"),
      "\(result.stderr)")
    let columns = try CatalogToolsTests.temporaryFile("code,qty\nA,1\n")
    let (unknown, _) = try kasir(["stock", "receive", "--file", columns], answering: [:])
    #expect(
      unknown.stderr.contains(
        "baris 1, kolom qty: kolom tidak dikenal; kolom yang boleh: code, quantity, unit_cost, supplier, reference"
      ))
    #expect(unknown.stderr.contains("baris 1, kolom quantity: kolom wajib tidak ada"))
  }

  @Test func unknownProductsAndFractionsAreFoundBeforeAnythingIsReceived() throws {
    let note = try CatalogToolsTests.temporaryFile("code,quantity\nA,\"1,5\"\n")
    let (result, calls) = try kasir(
      ["stock", "receive", "--file", note, "--lang", "en"],
      answering: Self.answers(weighed: false))
    #expect(result.status == 2)
    #expect(result.stderr.contains("row 2, column quantity: 1.5 pcs: fractions only for weighed"))
    #expect(!calls.contains { $0.method == "id.kasir.Stock.Receive" })
    let (unknown, none) = try kasir(
      ["stock", "receive", "--file", note],
      answering: [
        "id.kasir.Catalog.GetProduct": .error("id.kasir.Catalog.ProductNotFound", #"{"code":"A"}"#)
      ])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("baris 2, kolom code: produk A tidak ditemukan"))
    #expect(!none.contains { $0.method == "id.kasir.Stock.Receive" })
  }

  @Test func aFileAndPairsTogetherIsAUsageError() throws {
    let (result, calls) = try kasir(
      ["stock", "receive", "--file", "nota.csv", "A", "1"], answering: [:])
    #expect(result.status == 2)
    #expect(result.stderr.contains("Berikan --file NOTA.csv atau pasangan KODE JUMLAH"))
    #expect(calls.isEmpty)
  }

  @Test func aBrokenQuoteInANoteIsNamed() throws {
    let note = try CatalogToolsTests.temporaryFile("code,quantity\nA,1\n\nB,\"2\nC,3\n")
    let (result, _) = try kasir(
      ["stock", "receive", "--file", note, "--lang", "en"], answering: [:])
    #expect(result.status == 2)
    #expect(result.stderr.contains("row 3, column quantity: a quoted field is not closed"))
    let (count, _) = try kasir(["stock", "count", note], answering: [:])
    #expect(count.stderr.contains("baris 3, kolom quantity: tanda kutip tidak ditutup"))
  }

  @Test func aBrokenQuoteInAnImportIsExplainedInTheUsersLanguage() throws {
    let path = try CatalogToolsTests.temporaryFile("sku,name,unit,price\nA,\"open,pcs,1\n")
    let answers: [String: FakeVarlinkServer.Answer] = [
      "id.kasir.Catalog.ImportProducts": .error(
        "id.kasir.Catalog.ImportRejected",
        #"{"errors":[{"row":2,"field":"","message":"a quoted field is not closed"}]}"#)
    ]
    let (result, _) = try kasir(["product", "import", path], answering: answers)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("baris 2, kolom -: tanda kutip tidak ditutup"), "\(result.stderr)")
    let (english, _) = try kasir(["product", "import", path, "--lang", "en"], answering: answers)
    #expect(english.stderr.contains("row 2, column -: a quoted field is not closed"))
  }

  /// "Gula Pasir Rosé" saved by Excel as Latin-1: é is the single byte 0xE9.
  @Test(arguments: [
    ["product", "import"], ["stock", "count"], ["stock", "receive", "--file"],
  ])
  func aLatin1FileNamesTheRowAndColumnOfTheFirstBadByte(command: [String]) throws {
    let path = try CatalogToolsTests.temporaryFile("")
    var bytes = Array("sku,name,counted\r\nA-1,Gula,1\r\n\r\nA-2,\"Gula, Ros".utf8)
    bytes += [0xE9] + Array("\",2\r\n".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let (result, calls) = try kasir(command + [path], answering: [:])
    #expect(result.status == 2)
    #expect(calls.isEmpty)
    #expect(
      result.stderr.contains(
        "\(path) bukan teks UTF-8: baris 3, kolom name berisi byte 0xE9 (mungkin Latin-1/Windows-1252 dari Excel)."
      ), "\(result.stderr)")
    let (english, _) = try kasir(command + [path, "--lang", "en"], answering: [:])
    #expect(english.stderr.contains("row 3, column name holds the byte 0xE9"))
  }
}
