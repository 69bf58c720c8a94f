import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

/// Report.Export as CSV: every kind, voided sales and refunds shown, totals that add up.
@Suite struct ExportCSVTests {
  func shop() async throws -> HandlerHarness {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    return shop
  }

  /// The column `name` of every data row, as integers.
  func integers(_ records: [[String]], _ name: String) throws -> [Int64] {
    let index = try #require(records[0].firstIndex(of: name), "no column \(name)")
    return try records.dropFirst().map { try #require(Int64($0[index]), "\($0[index])") }
  }

  func column(_ records: [[String]], _ name: String) throws -> [String] {
    let index = try #require(records[0].firstIndex(of: name), "no column \(name)")
    return records.dropFirst().map { $0[index] }
  }

  @Test func salesShowVoidedAndRefundedSalesAndTheirNetIsTheTakings() async throws {
    let shop = try await shop()
    let (sale, refund, voided) = try await shop.saleRefundAndVoid()
    let records = csvRecords(try await shop.export("sales").text)
    #expect(records[0] == ExportKindColumns.sales)
    #expect(try column(records, "sale_number") == [sale, refund, voided])
    #expect(try column(records, "state") == ["completed", "completed", "voided"])
    #expect(try column(records, "type") == ["sale", "refund", "sale"])
    #expect(try column(records, "refund_of") == ["", sale, ""])
    #expect(try integers(records, "total") == [20_325, 6_800, 20_325])
    #expect(try integers(records, "net").reduce(0, +) == 13_525)
    #expect(try column(records, "completed_at")[0] == "2026-11-29T10:15:02+08:00")
    // The shift's own report agrees: 40.650 sold, 6.800 refunded, 20.325 voided.
    let report = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 0)).report
    #expect(report.net == 13_525)
  }

  @Test func linesHaveTheContractColumnsAndAddUpToTheSales() async throws {
    let shop = try await shop()
    _ = try await shop.saleRefundAndVoid()
    let records = csvRecords(try await shop.export("lines").text)
    for name in [
      "sale_number", "completed_at", "cashier", "member_number", "sku", "name", "quantity",
      "unit", "unit_price", "discount", "amount", "state",
    ] {
      #expect(records[0].contains(name), "missing \(name)")
    }
    #expect(records.count == 6, "a header, 2 + 1 + 2 lines")
    #expect(try column(records, "quantity") == ["3", "0.75", "2", "3", "0.75"])
    #expect(try integers(records, "amount") == [10_200, 10_125, 6_800, 10_200, 10_125])
    #expect(try integers(records, "net").reduce(0, +) == 13_525)
    #expect(try column(records, "state").filter { $0 == "voided" }.count == 2)
  }

  @Test func paymentsMovementsAndMembers() async throws {
    let shop = try await shop()
    try await shop.call(
      MemberAPI.UpsertMember.self,
      .init(
        member: .init(
          number: "A-001", name: "Ibu Sari, \"Warung\"", phone: "0812-5555-0001",
          nik: "6471054512900003",
          creditLimit: 500_000)))
    _ = try await shop.saleRefundAndVoid()
    let payments = csvRecords(try await shop.export("payments").text)
    #expect(try column(payments, "method") == ["cash", "cash", "cash"])
    #expect(try integers(payments, "amount") == [50_000, 6_800, 50_000])
    let movements = csvRecords(try await shop.export("movements").text)
    #expect(try column(movements, "kind").contains("void"))
    #expect(try column(movements, "kind").contains("receiving"))
    #expect(try column(movements, "delta").contains("-0.75"))
    let members = csvRecords(try await shop.export("members").text)
    #expect(members[0] == ExportKindColumns.members)
    #expect(members[1][0] == "A-001")
    #expect(members[1][1] == "Ibu Sari, \"Warung\"")
    #expect(members[1][2] == "6471********0003")
    #expect(try integers(members, "credit_limit") == [500_000])
  }

  @Test func aLongExportComesInChunksOfAbout64KiB() async throws {
    let shop = try await shop()
    try await shop.call(
      StockAPI.Receive.self,
      .init(supplier: "Bulog", lines: [.init(code: "MIE-GOR", quantity: Thousandths(whole: 2000))])
    )
    for _ in 0..<650 {
      let sale = try await shop.call(SaleAPI.Open.self, .init(), as: HandlerHarness.cashier).sale
      try await shop.call(
        SaleAPI.AddItem.self, .init(saleId: sale.id, code: "MIE-GOR", quantity: .init(whole: 1)),
        as: HandlerHarness.cashier)
      try await shop.call(
        SaleAPI.AddItem.self, .init(saleId: sale.id, code: "BER-MED", quantity: .init(250)),
        as: HandlerHarness.cashier)
      try await shop.call(
        SaleAPI.Pay.self, .init(saleId: sale.id, payments: [.init(method: "qris", amount: 6775)]),
        as: HandlerHarness.cashier)
    }
    // 1.300 lines: more than one page of 1.000 rows, more than 64 KiB of CSV.
    let result = try await shop.export("lines")
    #expect(result.replies.count > 2)
    #expect(result.headers.dropLast().allSatisfy { $0.continues == true })
    #expect(result.headers.last?.continues == nil)
    #expect(result.replies.dropLast().allSatisfy { $0.chunk.utf8.count >= 64 * 1024 })
    #expect(result.replies.allSatisfy { $0.chunk.utf8.count < 65 * 1024 })
    #expect(result.replies.last?.rows == 1_300)
    #expect(result.replies.last?.totalRows == 1_300)
    let records = csvRecords(result.text)
    #expect(records.count == 1_301)
    #expect(try integers(records, "net").reduce(0, +) == 650 * 6_775)
  }

  @Test func daysOutsideTheRangeAreLeftOut() async throws {
    let shop = try await shop()
    _ = try await shop.completedSale()
    let tomorrow = shop.at(HandlerHarness.start.addingTimeInterval(86_400))
    _ = try await tomorrow.completedSale()
    #expect(csvRecords(try await shop.export("sales").text).count == 2)
    #expect(csvRecords(try await shop.export("sales", to: "2026-11-30").text).count == 3)
    #expect(
      csvRecords(try await shop.export("sales", from: "2026-11-30", to: "2026-11-30").text).count
        == 2)
    #expect(
      try await shop.export("sales", from: "2026-11-28", to: "2026-11-28").text
        == CSVHeader.sales)
  }
}

enum ExportKindColumns {
  static let sales = [
    "sale_number", "completed_at", "cashier", "member_number", "state", "type", "refund_of",
    "lines", "discount", "rounding", "total", "net",
  ]
  static let members = [
    "number", "name", "nik", "phone", "credit_limit", "kasbon_outstanding", "active", "purchases",
    "transactions",
  ]
}

enum CSVHeader {
  static let sales = ExportKindColumns.sales.joined(separator: ",") + "\r\n"
}
