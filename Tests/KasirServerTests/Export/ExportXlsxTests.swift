import Foundation
import KasirExport
import KasirProtocol
import KasirTestSupport
import Testing

@testable import KasirServer

/// Report.Export as XLSX, opened by an independent reader (Python's openpyxl).
@Suite(.serialized) struct ExportXlsxTests {
  /// What openpyxl sees in the workbook: sheet names, the frozen cell, the header, and every
  /// cell's value, Python type, number format and data type (`s` for a string, `f` for a
  /// formula); date-times are printed as Python prints them, and control characters in text
  /// (stored as `_x000D_`, which openpyxl leaves as it is) are read back as Excel reads them.
  static let reader = """
    import json, sys, openpyxl
    from openpyxl.utils.escape import unescape
    def value(c):
      return unescape(c.value) if isinstance(c.value, str) else c.value
    book = openpyxl.load_workbook(sys.argv[1])
    data, summary = book.worksheets[0], book["Ringkasan"]
    rows = list(data.iter_rows())
    print(json.dumps({
      "sheets": book.sheetnames,
      "frozen": data.freeze_panes,
      "header": [c.value for c in rows[0]],
      "bold": all(c.font.b for c in rows[0]),
      "cells": [[[value(c), type(c.value).__name__, c.number_format, c.data_type] for c in r]
        for r in rows[1:]],
      "summary": {r[0].value: [r[1].value, type(r[1].value).__name__] for r in summary.iter_rows()},
    }, default=str))
    """

  func read(_ bytes: Data) throws -> [String: Any] {
    let directory = try TemporaryDirectory.make(prefix: "kx")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/export.xlsx"
    try bytes.write(to: URL(fileURLWithPath: path))
    let result = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", Self.reader, path])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    return try #require(object as? [String: Any])
  }

  @Test func salesAsNumbersWithARupiahFormatAFrozenHeaderAndASummary() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let (sale, refund, voided) = try await shop.saleRefundAndVoid()
    let result = try await shop.export("sales", format: "xlsx")
    #expect(result.replies.allSatisfy { $0.encoding == "base64" })
    #expect(result.bytes.starts(with: [0x50, 0x4B]), "a zip file")
    let book = try read(result.bytes)
    #expect(book["sheets"] as? [String] == ["sales", "Ringkasan"])
    #expect(book["frozen"] as? String == "A2")
    #expect(book["header"] as? [String] == ExportKindColumns.sales)
    #expect(book["bold"] as? Bool == true)
    let cells = try #require(book["cells"] as? [[[Any]]])
    #expect(cells.count == 3)
    let header = ExportKindColumns.sales
    func values(_ name: String) -> [String] {
      let index = header.firstIndex(of: name)!
      return cells.map { "\($0[index][0])" }
    }
    func types(_ name: String) -> [String] {
      let index = header.firstIndex(of: name)!
      return cells.map { "\($0[index][1])" }
    }
    #expect(values("sale_number") == [sale, refund, voided])
    #expect(values("state") == ["completed", "completed", "voided"])
    #expect(values("total") == ["20325", "6800", "20325"])
    #expect(types("total") == ["int", "int", "int"])
    #expect(values("net") == ["20325", "-6800", "0"])
    #expect(types("lines") == ["int", "int", "int"])
    let totalIndex = header.firstIndex(of: "total")!
    #expect(cells.allSatisfy { ($0[totalIndex][2] as? String)?.contains("Rp") == true })
    // Times are Excel date-times in the shop's zone, shown with a date-time format.
    #expect(values("completed_at") == Array(repeating: "2026-11-29 10:15:02", count: 3))
    #expect(types("completed_at") == ["datetime", "datetime", "datetime"])
    let timeIndex = header.firstIndex(of: "completed_at")!
    #expect(cells.allSatisfy { ($0[timeIndex][2] as? String) == XlsxExport.dateTimeFormat })
    let summary = try #require(book["summary"] as? [String: [Any]])
    #expect("\(summary["Baris"]?[0] ?? "")" == "3")
    #expect("\(summary["Jumlah net"]?[0] ?? "")" == "13525")
    #expect("\(summary["Jumlah net"]?[1] ?? "")" == "int")
    #expect("\(summary["Jumlah total"]?[0] ?? "")" == "47450")
    #expect("\(summary["Dari"]?[0] ?? "")" == "2026-11-29")
  }

  @Test func linesQuantitiesAreNumbersToo() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    _ = try await shop.completedSale()
    let book = try read(try await shop.export("lines", format: "xlsx").bytes)
    let cells = try #require(book["cells"] as? [[[Any]]])
    let quantity = ExportKindColumnsLines.index("quantity")
    #expect(cells.map { "\($0[quantity][0])" } == ["3", "0.75"])
    #expect(cells.map { "\($0[quantity][1])" } == ["int", "float"])
    let summary = try #require(book["summary"] as? [String: [Any]])
    #expect("\(summary["Jumlah amount"]?[0] ?? "")" == "20325")
    #expect(summary["Jumlah unit_price"] == nil, "a sum of unit prices means nothing")
  }

  @Test func anEmptyRangeStillGivesAWorkbook() async throws {
    let shop = try HandlerHarness()
    let result = try await shop.export("members", format: "xlsx")
    let book = try read(result.bytes)
    #expect((book["cells"] as? [Any])?.isEmpty == true)
    let summary = try #require(book["summary"] as? [String: [Any]])
    #expect("\(summary["Baris"]?[0] ?? "")" == "0")
  }

  @Test func noTemporaryFilesAreLeftBehind() async throws {
    let shop = try HandlerHarness()
    let before = try leftovers()
    _ = try await shop.export("sales", format: "xlsx")
    #expect(try leftovers() == before)
  }

  func leftovers() throws -> Set<String> {
    Set(
      try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
        .filter { $0.hasPrefix("kasir-export-") })
  }
}

enum ExportKindColumnsLines {
  static func index(_ name: String) -> Int {
    [
      "sale_number", "completed_at", "cashier", "member_number", "sku", "name", "quantity",
    ].firstIndex(of: name)!
  }
}
