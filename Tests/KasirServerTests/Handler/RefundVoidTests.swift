import Foundation
import KasirPrinting
import KasirProtocol
import Testing

@testable import KasirServer

/// Refund, Void and Reprint, with their errors.
@Suite struct RefundVoidTests {
  func shop(printer: (any ReceiptPrinting)? = nil) async throws -> HandlerHarness {
    let shop = try HandlerHarness(printer: printer)
    try await shop.stockTheShop()
    return shop
  }

  func onHand(_ shop: HandlerHarness, _ code: String) async throws -> Thousandths {
    try await shop.call(StockAPI.GetLevel.self, .init(code: code)).level.onHand
  }

  @Test func aPartialRefundIsANewSaleAndPutsStockBack() async throws {
    let shop = try await shop()
    let sale = try await shop.completedSale()
    let refund = try await shop.call(
      SaleAPI.Refund.self,
      .init(
        number: sale.number, lines: [.init(lineNo: 1, quantity: Thousandths(whole: 2))],
        reason: "rusak")
    ).refund
    #expect(refund.refundOf == sale.number)
    #expect(refund.number == "20261129-0002")
    #expect(refund.state == "completed")
    #expect(refund.lines.map(\.lineNo) == [1])
    #expect(refund.total == 6_800)
    #expect(refund.payments == [.init(method: "cash", amount: 6_800)])
    #expect(try await onHand(shop, "MIE-GOR") == Thousandths(whole: 39))
    // The original is untouched.
    #expect(try await shop.call(SaleAPI.Get.self, .init(number: sale.number)).sale == sale)
    // One more is fine, a third is more than was sold.
    try await shop.call(
      SaleAPI.Refund.self,
      .init(number: sale.number, lines: [.init(lineNo: 1, quantity: .init(whole: 1))], reason: "x"))
    let parameters = try await shop.refuses(
      #"{"method":"id.kasir.Sale.Refund","parameters":{"number":"\#(sale.number)","lines":[{"lineNo":1,"quantity":1}],"reason":"x"}}"#,
      with: "id.kasir.Sale.RefundExceedsSold")
    #expect(
      parameters
        == .object(["lineNo": .int(1), "sold": .int(3), "refunded": .int(3), "requested": .int(1)]))
    let report = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 0)).report
    #expect(report.refunds == 10_200)
    // 100.000 opening + 20.325 sold − 10.200 paid back.
    #expect(report.expectedCash == 110_125)
  }

  @Test func refusedRefunds() async throws {
    let shop = try await shop()
    let sale = try await shop.completedSale()
    let open = try await shop.openCart()
    func refund(_ number: String, _ lines: String) -> String {
      #"{"method":"id.kasir.Sale.Refund","parameters":{"number":"\#(number)","lines":\#(lines),"reason":"x"}}"#
    }
    let tooMuch = try await shop.refuses(
      refund(sale.number, #"[{"lineNo":2,"quantity":0.5},{"lineNo":2,"quantity":0.5}]"#),
      with: "id.kasir.Sale.RefundExceedsSold")
    #expect(tooMuch["requested"] == .int(1))
    try await shop.refuses(
      refund(sale.number, #"[{"lineNo":1,"quantity":0.5}]"#),
      with: "org.varlink.service.InvalidParameter")
    try await shop.refuses(
      refund(sale.number, #"[{"lineNo":9,"quantity":1}]"#), with: "id.kasir.Sale.LineNotFound")
    try await shop.refuses(
      refund(sale.number, "[]"), with: "id.kasir.Sale.RefundNotAllowed")
    try await shop.refuses(
      refund(open.number, #"[{"lineNo":1,"quantity":1}]"#), with: "id.kasir.Sale.InvalidState")
    try await shop.refuses(
      refund("20261129-0999", #"[{"lineNo":1,"quantity":1}]"#),
      with: "id.kasir.Sale.SaleNotFound")
    try await shop.refuses(
      refund(sale.number, #"[{"lineNo":1,"quantity":1}]"#),
      with: "org.varlink.service.PermissionDenied", as: HandlerHarness.cashier)
    let first = try await shop.call(
      SaleAPI.Refund.self,
      .init(number: sale.number, lines: [.init(lineNo: 1, quantity: .init(whole: 1))], reason: "x")
    ).refund
    let ofRefund = try await shop.refuses(
      refund(first.number, #"[{"lineNo":1,"quantity":1}]"#),
      with: "id.kasir.Sale.RefundNotAllowed")
    #expect(ofRefund["reason"] == .string("isRefund"))
  }

  @Test func aVoidReversesStockAndTheTakings() async throws {
    let shop = try await shop()
    let sale = try await shop.completedSale()
    let voided = try await shop.call(
      SaleAPI.VoidSale.self, .init(number: sale.number, reason: "salah input")
    ).sale
    #expect(voided.state == "voided")
    #expect(voided.payments == sale.payments)
    #expect(try await onHand(shop, "MIE-GOR") == Thousandths(whole: 40))
    #expect(try await onHand(shop, "BER-MED") == Thousandths(whole: 50))
    let again = try await shop.refuses(
      #"{"method":"id.kasir.Sale.Void","parameters":{"number":"\#(sale.number)","reason":"x"}}"#,
      with: "id.kasir.Sale.InvalidState")
    #expect(again["state"] == .string("voided"))
    let report = try await shop.call(ShiftAPI.Close.self, .init(countedCash: 100_000)).report
    #expect(report.voids == 20_325)
    #expect(report.expectedCash == 100_000)
    #expect(report.byMethod.isEmpty)
  }

  @Test func voidingYesterdaysSaleIsRefused() async throws {
    let shop = try await shop()
    let sale = try await shop.completedSale()
    // 2026-11-30 00:05 +08:00: the next shop day, only 14 hours later.
    let tomorrow = shop.at(HandlerHarness.start.addingTimeInterval(13 * 3600 + 50 * 60))
    let call =
      #"{"method":"id.kasir.Sale.Void","parameters":{"number":"\#(sale.number)","reason":"x"}}"#
    let refused = try await tomorrow.refuses(call, with: "id.kasir.Sale.VoidNotAllowed")
    #expect(refused == .object(["number": .string(sale.number), "reason": .string("notSameDay")]))
    try await shop.refuses(
      call, with: "org.varlink.service.PermissionDenied", as: HandlerHarness.cashier)
    try await shop.call(
      SaleAPI.Refund.self,
      .init(number: sale.number, lines: [.init(lineNo: 1, quantity: .init(whole: 1))], reason: "x"))
    let refunded = try await shop.refuses(call, with: "id.kasir.Sale.VoidNotAllowed")
    #expect(refunded["reason"] == .string("hasRefunds"))
  }

  @Test func reprintSendsACopy() async throws {
    let printer = RecordingPrinter()
    let shop = try await shop(printer: printer)
    let sale = try await shop.completedSale()
    // Pay queued the original; the copy is a job of its own, the one marked SALINAN.
    let job = try await shop.call(SaleAPI.Reprint.self, .init(number: sale.number)).receiptJob
    #expect(job > 0)
    var copy: (title: String, bytes: [UInt8])?
    for _ in 0..<500 where copy == nil {
      copy = printer.documents.first { $0.title.contains("salinan") }
      try await Task.sleep(for: .milliseconds(10))
    }
    let printed = try #require(copy)
    #expect(String(decoding: printed.bytes, as: UTF8.self).contains("SALINAN"))
    #expect(try await shop.store.printJob(id: job)?.kind == .copy)
  }

  @Test func reprintErrors() async throws {
    let none = try await shop()
    let sale = try await none.completedSale()
    let call = #"{"method":"id.kasir.Sale.Reprint","parameters":{"number":"\#(sale.number)"}}"#
    let noPrinter = try await none.refuses(call, with: "id.kasir.Sale.PrintFailed")
    #expect(noPrinter["reason"] == .string("no receipt printer is configured"))
    // A failing printer no longer refuses the copy: it waits in the queue, pending.
    let broken = try await shop(printer: RecordingPrinter(fails: true))
    let other = try await broken.completedSale()
    let queued = try await broken.call(SaleAPI.Reprint.self, .init(number: other.number))
    #expect(try await broken.store.printJob(id: queued.receiptJob)?.state == .pending)
    let open = try await none.openCart()
    try await none.refuses(
      #"{"method":"id.kasir.Sale.Reprint","parameters":{"number":"\#(open.number)"}}"#,
      with: "id.kasir.Sale.InvalidState")
  }
}

/// A printer that keeps what it is sent, or fails every job.
final class RecordingPrinter: ReceiptPrinting, @unchecked Sendable {
  private let lock = NSLock()
  private var sent: [(title: String, bytes: [UInt8])] = []
  let fails: Bool

  init(fails: Bool = false) { self.fails = fails }

  var documents: [(title: String, bytes: [UInt8])] { lock.withLock { sent } }

  func print(_ document: [UInt8], title: String) async throws(PrintError) -> Int32 {
    if fails { throw PrintError.unreachable("test") }
    return lock.withLock {
      sent.append((title, document))
      return Int32(sent.count)
    }
  }

  func status() async -> PrinterStatus {
    fails
      ? PrinterStatus(state: .unreachable, message: "test")
      : PrinterStatus(state: .ready, message: "")
  }

  func findJob(tag: String, notBefore: Date) async throws(PrintError) -> Int32? {
    if fails { throw PrintError.unreachable("test") }
    return lock.withLock {
      sent.firstIndex { $0.title.contains("[\(tag)]") }.map { Int32($0 + 1) }
    }
  }
}
