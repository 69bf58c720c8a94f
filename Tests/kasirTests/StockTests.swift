import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

@Suite("kasir stock")
struct StockTests {
  @Test func rendersAnAlignedTableWithMarksAndDecimalCommas() throws {
    let (result, calls) = try kasir(
      ["stock"], answering: ["id.kasir.Stock.ListLevels": .reply(Fixture.levels)])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    #expect(lines[0].hasPrefix("SKU"))
    #expect(lines[0].contains("Nama") && lines[0].contains("Stok") && lines[0].contains("Min"))
    let beras = try #require(lines.first { $0.hasPrefix("BRS-CURAH") })
    #expect(beras.contains("12,5 kg"))
    #expect(beras.hasSuffix("RENDAH"))
    let gula = try #require(lines.first { $0.hasPrefix("GULA-1") })
    #expect(gula.contains("-2 pcs"))
    #expect(gula.hasSuffix("MINUS"))
    let minyak = try #require(lines.first { $0.hasPrefix("MNY-2L") })
    #expect(!minyak.contains("RENDAH") && !minyak.contains("MINUS"))
    // Right-aligned stock: the quantities end in the same column.
    let ends = [beras, gula, minyak].map { line in
      line.range(of: line == beras ? "12,5 kg" : line == gula ? "-2 pcs" : "30 pcs")!.upperBound
        .utf16Offset(in: line)
    }
    #expect(Set(ends).count == 1)
    #expect(calls.count == 1)
    #expect(calls.first?.method == "id.kasir.Stock.ListLevels")
    #expect(calls.first?.parameters == .object([:]))
  }

  @Test func sendsTheQueryAndLowOnly() throws {
    let (result, calls) = try kasir(
      ["stock", "beras", "--low"], answering: ["id.kasir.Stock.ListLevels": .reply(Fixture.levels)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      calls.first?.parameters == .object(["query": .string("beras"), "lowOnly": .bool(true)]))
  }

  @Test func englishUsesADecimalPointAndEnglishMarks() throws {
    let (result, _) = try kasir(
      ["stock", "--lang", "en"], answering: ["id.kasir.Stock.ListLevels": .reply(Fixture.levels)])
    #expect(result.stdout.contains("12.5 kg"))
    #expect(result.stdout.contains("LOW"))
    #expect(result.stdout.contains("Name"))
  }

  @Test func receiveSendsPairsWithExactQuantities() throws {
    let reply = """
      {"receiving":{"id":4,"supplier":"CV Tani","reference":"SJ-88","user":"budi",
       "at":"2026-11-29T08:00:00+08:00","movements":[
        {"id":10,"at":"2026-11-29T08:00:00+08:00","sku":"BRS-CURAH","delta":25.5,"balance":38,
         "kind":"receiving","reference":"SJ-88","user":"budi"},
        {"id":11,"at":"2026-11-29T08:00:00+08:00","sku":"GULA-1","delta":40,"balance":38,
         "kind":"receiving","reference":"SJ-88","user":"budi"}]}}
      """
    let (result, calls) = try kasir(
      [
        "stock", "receive", "BRS-CURAH", "25,5", "8991234567890", "40", "--supplier", "CV Tani",
        "--reference", "SJ-88", "--cost", "12.000", "--cost", "Rp14.500",
      ], answering: ["id.kasir.Stock.Receive": .reply(reply)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("+25,5"))
    let call = try #require(calls.first)
    #expect(call.method == "id.kasir.Stock.Receive")
    #expect(call.text.contains(#""quantity":25.5"#))
    #expect(
      call.parameters["lines"]
        == .array([
          .object([
            "code": .string("BRS-CURAH"), "quantity": .double(25.5), "unitCost": .int(12000),
          ]),
          .object([
            "code": .string("8991234567890"), "quantity": .int(40), "unitCost": .int(14500),
          ]),
        ]))
    #expect(call.parameters["supplier"] == .string("CV Tani"))
  }
}
