import Foundation
import InMemoryLogging
import KasirPrinting
import KasirProtocol
import KasirStore
import KasirTestSupport
import Logging
import Synchronization
import Testing

@testable import KasirServer

/// Printing happens after the sale is stored, and a failing printer never undoes it.
@Suite struct ReceiptAfterPayTests {
  final class RecordingPrinter: ReceiptPrinting {
    let failure: PrintError?
    let documents = Mutex<[[UInt8]]>([])
    init(failure: PrintError? = nil) { self.failure = failure }

    func print(_ document: [UInt8], title: String) async throws(PrintError) -> Int32 {
      if let failure { throw failure }
      return documents.withLock {
        $0.append(document)
        return Int32($0.count)
      }
    }

    func status() async -> PrinterStatus { PrinterStatus(state: .ready, message: "") }

    /// It never takes a document it fails: no earlier attempt got through.
    func findJob(tag: String, notBefore: Date) async throws(PrintError) -> Int32? { nil }
  }

  /// A shop whose receipts go to `printer`, logging into `log`.
  func shop(printer: RecordingPrinter, log: InMemoryLogHandler) throws -> HandlerHarness {
    try HandlerHarness(printer: printer, logger: Logger(label: "test") { _ in log }) {
      $0.shopName = "KMP Gunung Samarinda"
    }
  }

  func sell(in shop: HandlerHarness) async throws -> SaleAPI.Pay.Reply {
    try await shop.stockTheShop()
    let sale = try await shop.call(SaleAPI.Open.self, .init()).sale
    try await shop.call(
      SaleAPI.AddItem.self, .init(saleId: sale.id, code: "BER-MED", quantity: Thousandths(750)))
    return try await shop.call(
      SaleAPI.Pay.self, .init(saleId: sale.id, payments: [.init(method: "cash", amount: 20_000)]))
  }

  @Test func theReceiptIsRenderedFromTheStoredSale() async throws {
    let printer = RecordingPrinter()
    let shop = try shop(printer: printer, log: InMemoryLogHandler())
    let paid = try await sell(in: shop)
    let document = try await eventually { printer.documents.withLock { $0.first } }
    let receipt = EscPosDecoder(document)
    #expect(receipt.text.contains { $0.contains("KMP Gunung Samarinda") })
    #expect(
      receipt.text.contains { $0.contains(paid.sale.number) && $0.contains("29-11-2026 10:15") })
    #expect(receipt.text.contains { $0.contains("0,75 kg x 13.500") && $0.hasSuffix("10.125") })
    #expect(
      receipt.lines.contains {
        $0.emphasised && $0.text.contains("TOTAL") && $0.text.hasSuffix("Rp10.125")
      })
    #expect(receipt.text.contains { $0.contains("Kembali") && $0.hasSuffix("Rp9.875") })
  }

  @Test func aFailingPrinterIsLoggedAndTheSaleStands() async throws {
    let log = InMemoryLogHandler()
    let shop = try shop(
      printer: RecordingPrinter(failure: .unreachable("connection refused")), log: log)
    let paid = try await sell(in: shop)
    #expect(paid.sale.state == "completed")
    #expect(paid.change == 9_875)
    let entry = try await eventually {
      log.entries.first { $0.message.description == "print job not sent, will retry" }
    }
    #expect(entry.level == .warning)
    #expect(entry.metadata["print.reference"] == .string(paid.sale.number))
    #expect(entry.metadata["print.error"]?.description.contains("connection refused") == true)
    let stored = try await shop.call(SaleAPI.Get.self, .init(number: paid.sale.number)).sale
    #expect(stored == paid.sale)
    let jobId = try #require(paid.receiptJob)
    let job = try #require(try await shop.store.printJob(id: jobId))
    #expect(job.state == .pending && job.attempts >= 1)
    #expect(job.lastError == "printer unreachable: connection refused")
  }
}
