import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

/// Text that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or
/// a carriage return) is exported as text: in CSV behind a `'`, in XLSX as a string cell.
@Suite(.serialized) struct ExportInjectionTests {
  static let formulas = ["=1+2", "+62 812", "-2+3", "@SUM(A1)"]
  static let notes = ["=HYPERLINK(\"http://x\")", "\t=1+2", "\r=1+2", "-", "biasa, aman"]

  /// A shop with a product named like a formula, sold once; members named like formulas; and
  /// stock adjustments whose notes start with every dangerous character.
  func shop() async throws -> HandlerHarness {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    try await shop.call(
      CatalogAPI.UpsertProduct.self,
      .init(product: .init(sku: "RUMUS", name: "=1+2", unit: "pcs", price: 1_000)))
    try await shop.call(
      StockAPI.Receive.self,
      .init(supplier: "Bulog", lines: [.init(code: "RUMUS", quantity: Thousandths(whole: 5))]))
    let sale = try await shop.call(SaleAPI.Open.self, .init()).sale
    try await shop.call(SaleAPI.AddItem.self, .init(saleId: sale.id, code: "RUMUS"))
    try await shop.call(
      SaleAPI.Pay.self, .init(saleId: sale.id, payments: [.init(method: "cash", amount: 1_000)]))
    for (index, name) in Self.formulas.enumerated() {
      try await shop.call(
        MemberAPI.UpsertMember.self, .init(member: .init(number: "KMP-000\(index)", name: name)))
    }
    for note in Self.notes {
      try await shop.call(
        StockAPI.Adjust.self,
        .init(code: "BER-MED", delta: Thousandths(-1), reason: "damaged", note: note))
    }
    return shop
  }

  func column(_ records: [[String]], _ name: String) throws -> [String] {
    let index = try #require(records[0].firstIndex(of: name), "no column \(name)")
    return records.dropFirst().map { $0[index] }
  }

  @Test func csvPutsAQuoteBeforeTextThatLooksLikeAFormula() async throws {
    let shop = try await shop()
    let members = csvRecords(try await shop.export("members").text)
    #expect(try column(members, "name") == Self.formulas.map { "'" + $0 })
    let lines = csvRecords(try await shop.export("lines").text)
    #expect(try column(lines, "name") == ["'=1+2"])
    let movements = csvRecords(try await shop.export("movements").text)
    let notes = try column(movements, "note").filter { !$0.isEmpty }
    #expect(notes == ["'=HYPERLINK(\"http://x\")", "'\t=1+2", "'\r=1+2", "'-", "biasa, aman"])
    // Numbers are numbers: a negative quantity keeps its minus sign.
    #expect(try column(movements, "delta").filter { $0.hasPrefix("-0.001") }.count == 5)
    #expect(try column(movements, "delta").allSatisfy { !$0.hasPrefix("'") })
  }

  @Test func aCSVFieldThatStartsWithACarriageReturnIsQuoted() async throws {
    let shop = try await shop()
    let text = try await shop.export("movements").text
    #expect(text.contains("\"'\r=1+2\""))
    #expect(text.contains(",'\t=1+2\r\n"))
  }

  @Test func xlsxWritesTheSameTextAsStringsNeverAsFormulas() async throws {
    let shop = try await shop()
    let reader = ExportXlsxTests()
    for (kind, name, expected) in [
      ("members", "name", Self.formulas), ("lines", "name", ["=1+2"]),
      ("movements", "note", Self.notes),
    ] {
      let book = try reader.read(try await shop.export(kind, format: "xlsx").bytes)
      let header = try #require(book["header"] as? [String])
      let index = try #require(header.firstIndex(of: name))
      let cells = try #require(book["cells"] as? [[[Any]]])
      let texts = cells.map { $0[index] }.filter { !($0[0] is NSNull) }
      #expect(texts.map { "\($0[0])" } == expected, "\(kind)")
      #expect(texts.allSatisfy { "\($0[3])" == "s" }, "\(kind): string cells, not formulas")
    }
  }
}
