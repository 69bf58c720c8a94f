import Foundation
import KasirPrinting
import KasirProtocol
import KasirStore
import Testing

@testable import KasirServer

/// `Printer.Test`: a test page joins the queue like a drawer kick.
@Suite struct PrinterTestPageTests {
  @Test func aCashierQueuesATestPageRecordedWithTheirName() async throws {
    let printer = RecordingPrinter()
    let shop = try HandlerHarness(printer: printer)
    let reply = try await shop.call(PrinterAPI.Test.self, Empty(), as: HandlerHarness.cashier)
    try await waitUntil { try await shop.store.printJob(id: reply.job)?.state == .sent }
    let job = try #require(try await shop.store.printJob(id: reply.job))
    #expect(job.kind == .test && job.requestedBy == "siti" && job.reference == "siti")
    #expect(job.cupsJobId == 1)
    let documents = printer.documents
    #expect(documents.count == 1)
    #expect(documents.first?.title.hasSuffix("[kasir-\(reply.job)]") == true)
    #expect(documents.first?.bytes.isEmpty == false)
    let listed = try await shop.call(PrinterAPI.Jobs.self, .init(limit: 1)).jobs
    #expect(listed.map(\.kind) == ["test"] && listed.first?.id == reply.job)
  }

  @Test func refusals() async throws {
    let none = try HandlerHarness(printer: nil)
    try await none.refuses(
      #"{"method":"id.kasir.Printer.Test","parameters":{}}"#,
      with: "id.kasir.Printer.NotConfigured")
    let shop = try HandlerHarness(printer: RecordingPrinter())
    try await shop.refuses(
      #"{"method":"id.kasir.Printer.Test","parameters":{}}"#,
      with: "org.varlink.service.PermissionDenied", as: HandlerHarness.stranger)
    #expect(try await shop.store.pendingPrintJobCount() == 0)
  }
}
