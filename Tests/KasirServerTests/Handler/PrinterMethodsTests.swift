import Foundation
import KasirPrinting
import KasirProtocol
import KasirStore
import Testing

@testable import KasirServer

/// Printer.Status, Printer.Jobs and Printer.OpenDrawer.
@Suite struct PrinterMethodsTests {
  func shop(printer: (any ReceiptPrinting)?) async throws -> HandlerHarness {
    let shop = try HandlerHarness(printer: printer)
    try await shop.stockTheShop()
    return shop
  }

  @Test func payRepliesWithTheReceiptJobAndStatusShowsItSent() async throws {
    let printer = RecordingPrinter()
    let shop = try await shop(printer: printer)
    let sale = try await shop.completedSale()
    let paid = try await shop.call(SaleAPI.Get.self, .init(number: sale.number)).sale
    #expect(paid.state == "completed")
    try await waitUntil { printer.documents.count == 1 }
    let status = try await shop.call(PrinterAPI.Status.self, Empty(), as: HandlerHarness.cashier)
    #expect(
      status
        == .init(destination: "test-receipt", state: "ready", pendingJobs: 0, lastError: nil))
    let jobs = try await shop.call(PrinterAPI.Jobs.self, .init()).jobs
    #expect(jobs.count == 1)
    #expect(jobs[0].kind == "receipt" && jobs[0].reference == sale.number)
    #expect(jobs[0].state == "sent" && jobs[0].attempts == 1 && jobs[0].cupsJobId == 1)
    #expect(jobs[0].requestedBy == "siti" && jobs[0].createdAt == "2026-11-29T10:15:02+08:00")
  }

  @Test func aDownPrinterLeavesJobsPendingAndSaysWhy() async throws {
    let shop = try await shop(printer: RecordingPrinter(fails: true))
    let cart = try await shop.openCart()
    let paid = try await shop.call(
      SaleAPI.Pay.self, .init(saleId: cart.id, payments: [.init(method: "cash", amount: 50_000)]),
      as: HandlerHarness.cashier)
    #expect(paid.sale.state == "completed")
    let job = try #require(paid.receiptJob)
    try await shop.call(SaleAPI.Reprint.self, .init(number: paid.sale.number))
    try await waitUntil { try await shop.store.printJob(id: job)?.attempts ?? 0 >= 1 }
    let status = try await shop.call(PrinterAPI.Status.self, Empty())
    #expect(status.state == "unreachable" && status.pendingJobs == 2)
    #expect(status.lastError == "printer unreachable: test")
    let jobs = try await shop.call(PrinterAPI.Jobs.self, .init(limit: 1)).jobs
    #expect(jobs.map(\.kind) == ["copy"] && jobs[0].state == "pending")
  }

  @Test func openDrawerQueuesAKickRecordedWithTheCaller() async throws {
    let printer = RecordingPrinter()
    let shop = try await shop(printer: printer)
    let reply = try await shop.call(PrinterAPI.OpenDrawer.self, Empty(), as: HandlerHarness.cashier)
    try await waitUntil { printer.documents.count == 1 }
    #expect(printer.documents[0].bytes == ReceiptRenderer.drawerKick)
    let job = try #require(try await shop.store.printJob(id: reply.job))
    #expect(job.kind == .drawer && job.requestedBy == "siti" && job.reference == "siti")
  }

  @Test func errors() async throws {
    let none = try await shop(printer: nil)
    for method in ["Status", "Jobs", "OpenDrawer"] {
      try await none.refuses(
        #"{"method":"id.kasir.Printer.\#(method)","parameters":{}}"#,
        with: "id.kasir.Printer.NotConfigured")
    }
    let shop = try await shop(printer: RecordingPrinter())
    for limit in [0, 501] {
      try await shop.refuses(
        #"{"method":"id.kasir.Printer.Jobs","parameters":{"limit":\#(limit)}}"#,
        with: "org.varlink.service.InvalidParameter")
    }
    try await shop.refuses(
      #"{"method":"id.kasir.Printer.OpenDrawer","parameters":{}}"#,
      with: "org.varlink.service.PermissionDenied", as: HandlerHarness.stranger)
  }
}
