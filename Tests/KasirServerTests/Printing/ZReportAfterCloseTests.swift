import Foundation
import InMemoryLogging
import KasirPrinting
import KasirProtocol
import KasirTestSupport
import Logging
import Testing

@testable import KasirServer

/// Shift.Close queues the Z report with the close; the queue prints it from the stored totals.
@Suite struct ZReportAfterCloseTests {
  typealias RecordingPrinter = ReceiptAfterPayTests.RecordingPrinter

  @Test func closingTheShiftPrintsTheZReport() async throws {
    let printer = RecordingPrinter()
    let shop = try HandlerHarness(printer: printer) { $0.shopName = "KMP Gunung Samarinda" }
    try await shop.stockTheShop()
    let sale = try await shop.call(SaleAPI.Open.self, .init()).sale
    try await shop.call(SaleAPI.AddItem.self, .init(saleId: sale.id, code: "MIE-GOR"))
    try await shop.call(
      SaleAPI.Pay.self, .init(saleId: sale.id, payments: [.init(method: "cash", amount: 5_000)]))
    _ = try await eventually { printer.documents.withLock { $0.count == 1 ? true : nil } }

    let closed = try await shop.call(
      ShiftAPI.Close.self, .init(countedCash: 103_000, note: "kurang 400"))
    let jobId = try #require(closed.reportJob)
    let document = try await eventually { printer.documents.withLock { $0.dropFirst().first } }
    let report = EscPosDecoder(document)
    #expect(report.text.contains { $0.contains("LAPORAN Z") })
    #expect(report.text.contains { $0.contains("KMP Gunung Samarinda") })
    #expect(report.text.contains { $0.hasPrefix("Jumlah penjualan") && $0.hasSuffix("1") })
    #expect(report.text.contains { $0.hasPrefix("Kas seharusnya") && $0.hasSuffix("Rp103.400") })
    #expect(report.text.contains { $0.hasPrefix("Kas dihitung") && $0.hasSuffix("Rp103.000") })
    #expect(report.text.contains { $0.contains("Selisih") && $0.hasSuffix("-Rp400") })
    #expect(report.commands.contains { if case .cut = $0 { true } else { false } })
    #expect(!report.commands.contains { if case .drawerKick = $0 { true } else { false } })
    let job = try await eventually {
      try await shop.store.printJob(id: jobId).flatMap { $0.state == .sent ? $0 : nil }
    }
    #expect(job.kind == .zreport && job.shiftId == closed.report.shift.id)
  }

  @Test func withoutAPrinterNothingIsQueued() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let closed = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 100_000))
    #expect(closed.reportJob == nil)
  }
}
