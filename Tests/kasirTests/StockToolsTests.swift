import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

@Suite("kasir stock adjust, moves, count")
struct StockToolsTests {
  static let adjustReply = """
    {"level":{"sku":"BRS-CURAH","name":"Beras Curah","unit":"kg","onHand":10.5,"low":true},
     "movement":{"id":9,"at":"2026-11-29T10:00:00+08:00","sku":"BRS-CURAH","delta":-2,
       "balance":10.5,"kind":"adjustment","reference":"ADJ-damaged","user":"budi",
       "reason":"damaged","note":"basah"}}
    """

  static func product(weighed: Bool) -> String {
    """
    {"product":{"sku":"A","name":"A","unit":"pcs","weighed":\(weighed),"barcodes":[],"price":1000,
     "taxClass":"exempt","packs":[],"active":true,"onHand":0}}
    """
  }

  @Test func adjustByDeltaSendsExactlyWhatWasTyped() throws {
    let (result, calls) = try kasir(
      ["stock", "adjust", "BRS-CURAH", "--delta", "-2", "--reason", "damaged", "--note", "basah"],
      answering: ["id.kasir.Stock.Adjust": .reply(Self.adjustReply)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      calls.first?.parameters
        == .object([
          "code": .string("BRS-CURAH"), "delta": .int(-2), "reason": .string("damaged"),
          "note": .string("basah"),
        ]))
    #expect(
      result.stdout
        == "Stok BRS-CURAH Beras Curah disesuaikan (damaged): 12,5 kg → 10,5 kg (-2).\n")
  }

  @Test func adjustByCountAndItsUsageErrors() throws {
    let (result, calls) = try kasir(
      ["stock", "adjust", "BRS-CURAH", "--count", "10,5", "--reason", "count"],
      answering: ["id.kasir.Stock.Adjust": .reply(Self.adjustReply)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.first?.text.contains(#""countedQuantity":10.5"#) == true)
    let both = try kasir([
      "stock", "adjust", "X", "--count", "1", "--delta", "1", "--reason", "count",
    ])
    #expect(both.status == 2)
    #expect(both.stderr.contains("--count"))
    let neither = try kasir(["stock", "adjust", "X", "--reason", "count"])
    #expect(neither.status == 2)
  }

  @Test func aBadReasonFromTheDaemonIsExplained() throws {
    let (result, _) = try kasir(
      ["stock", "adjust", "X", "--delta", "1", "--reason", "stolen"],
      answering: [
        "id.kasir.Stock.Adjust": .error(
          "org.varlink.service.InvalidParameter", #"{"parameter":"reason"}"#)
      ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("count, damaged, expired, lost atau correction"))
  }

  @Test func movesSendsTheDaysAndPrintsTheLedger() throws {
    let reply = """
      {"movements":[
        {"id":1,"at":"2026-11-29T08:00:00+08:00","sku":"BRS-CURAH","delta":50,"balance":50,
         "kind":"receiving","reference":"SJ-88","user":"budi"},
        {"id":2,"at":"2026-11-29T10:16:40+08:00","sku":"BRS-CURAH","delta":-0.75,"balance":49.25,
         "kind":"sale","reference":"20261129-0042","user":"siti"}]}
      """
    let (result, calls) = try kasir(
      ["stock", "moves", "BRS-CURAH", "--from", "2026-11-01", "--to", "2026-11-29"],
      answering: ["id.kasir.Stock.Movements": .reply(reply)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      calls.first?.parameters
        == .object([
          "code": .string("BRS-CURAH"), "from": .string("2026-11-01"), "to": .string("2026-11-29"),
        ]))
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines[2].contains("barang masuk") && lines[2].contains("+50"))
    #expect(lines[3].contains("penjualan") && lines[3].contains("-0,75"))
    #expect(lines[3].contains("49,25"))
    let bad = try kasir(["stock", "moves", "X", "--from", "29-11-2026"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("YYYY-MM-DD"))
  }

  @Test func countAppliesEachRowAndPrintsTheVariances() throws {
    let path = try CatalogToolsTests.temporaryFile(
      "code,counted\nBRS-CURAH,\"10,5\"\n8991234567890,40\n")
    let server = try FakeVarlinkServer { call in
      switch call.method {
      case "id.kasir.Catalog.GetProduct":
        return .reply(StockToolsTests.product(weighed: true))
      case "id.kasir.Stock.Adjust" where call.parameters["code"] == .string("BRS-CURAH"):
        return .reply(StockToolsTests.adjustReply)
      default:
        return .reply(
          """
          {"level":{"sku":"MIE-GRG","name":"Mie Goreng","unit":"pcs","onHand":40,"low":false},
           "movement":{"id":10,"at":"2026-11-29T10:00:00+08:00","sku":"MIE-GRG","delta":4,
             "balance":40,"kind":"adjustment","reference":"ADJ-count","user":"budi","reason":"count"}}
          """)
      }
    }
    defer { server.stop() }
    let result = try kasir(["stock", "count", path, "--socket", server.socketPath])
    #expect(result.status == 0, "\(result.stderr)")
    let adjusts = server.calls.filter { $0.method == "id.kasir.Stock.Adjust" }
    #expect(server.calls.count == 4)
    #expect(
      adjusts.map(\.parameters) == [
        .object([
          "code": .string("BRS-CURAH"), "countedQuantity": .double(10.5),
          "reason": .string("count"),
        ]),
        .object([
          "code": .string("8991234567890"), "countedQuantity": .int(40),
          "reason": .string("count"),
        ]),
      ])
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines[0] == "Stok opname dicatat: 2 produk.")
    #expect(lines[1].hasPrefix("Kode") && lines[1].hasSuffix("Selisih"))
    #expect(lines[3].hasPrefix("BRS-CURAH") && lines[3].hasSuffix("-2"))
    #expect(lines[3].contains("12,5 kg") && lines[3].contains("10,5 kg"))
    #expect(lines[4].hasPrefix("8991234567890") && lines[4].hasSuffix("+4"))
  }

  @Test func aMalformedSheetIsRefusedBeforeAnyCall() throws {
    let path = try CatalogToolsTests.temporaryFile(
      "code,counted\nA,1\n,2\nB,dua\nA,3\nC,-1\n")
    let (result, calls) = try kasir(["stock", "count", path], answering: [:])
    #expect(result.status == 2)
    #expect(calls.isEmpty)
    for expected in [
      "baris 3, kolom code: wajib diisi", "baris 4, kolom counted: 'dua' bukan jumlah",
      "baris 5, kolom code: A sudah ada di baris 2", "baris 6, kolom counted: '-1'",
    ] {
      #expect(result.stderr.contains(expected), "missing \(expected): \(result.stderr)")
    }
  }

  @Test func anUnknownProductRefusesTheSheetBeforeAnyAdjustment() throws {
    let path = try CatalogToolsTests.temporaryFile("code,counted\nA,\"1,5\"\nNOPE,2\n")
    let server = try FakeVarlinkServer { call in
      call.parameters["code"] == .string("NOPE")
        ? .error("id.kasir.Stock.ProductNotFound", #"{"code":"NOPE"}"#)
        : .reply(StockToolsTests.product(weighed: false))
    }
    defer { server.stop() }
    let result = try kasir(["stock", "count", path, "--socket", server.socketPath])
    #expect(result.status == 2)
    #expect(result.stderr.contains("baris 3, kolom code: produk NOPE tidak ditemukan"))
    #expect(
      result.stderr.contains("baris 2, kolom counted: 1,5 pcs: pecahan hanya untuk produk timbang"),
      "\(result.stderr)")
    #expect(!server.calls.contains { $0.method == "id.kasir.Stock.Adjust" })
  }
}
