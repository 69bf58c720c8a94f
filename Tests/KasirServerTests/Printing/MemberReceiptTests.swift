import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

@testable import KasirServer

/// A member's receipt shows who they are, what member prices saved and what they owe; a kasbon
/// settlement prints a receipt of its own.
@Suite struct MemberReceiptTests {
  typealias RecordingPrinter = ReceiptAfterPayTests.RecordingPrinter

  @Test func memberSaleAndSettlementReceipts() async throws {
    let printer = RecordingPrinter()
    let shop = try HandlerHarness(printer: printer)
    try await shop.stockTheShop()
    try await shop.call(
      CatalogAPI.SetPrice.self, .init(sku: "MIE-GOR", price: 3_400, memberPrice: 3_100))
    try await shop.call(
      MemberAPI.UpsertMember.self,
      .init(member: .init(number: "KMP-0007", name: "Wati Lestari", creditLimit: 50_000)))
    let sale = try await shop.call(SaleAPI.Open.self, .init(memberNumber: "KMP-0007")).sale
    try await shop.call(
      SaleAPI.AddItem.self, .init(saleId: sale.id, code: "MIE-GOR", quantity: .init(whole: 10)))
    try await shop.call(
      SaleAPI.Pay.self,
      .init(
        saleId: sale.id,
        payments: [.init(method: "kasbon", amount: 21_000), .init(method: "cash", amount: 10_000)]))
    let receipt = EscPosDecoder(
      try await eventually { printer.documents.withLock { $0.first } })
    #expect(receipt.text.contains("Anggota: KMP-0007 Wati Lestari"))
    #expect(receipt.text.contains { $0.hasPrefix("Hemat anggota") && $0.hasSuffix("Rp3.000") })
    #expect(receipt.text.contains { $0.hasPrefix("Kasbon") && $0.hasSuffix("Rp21.000") })
    #expect(receipt.text.contains { $0.hasPrefix("Sisa kasbon") && $0.hasSuffix("Rp21.000") })

    let settled = try await shop.call(
      MemberAPI.PayKasbon.self, .init(number: "KMP-0007", amount: 6_000, method: "qris"))
    #expect(settled.member.kasbonOutstanding == 15_000 && settled.receiptJob != nil)
    let slip = EscPosDecoder(
      try await eventually { printer.documents.withLock { $0.dropFirst().first } })
    #expect(slip.text.contains { $0.contains("PEMBAYARAN KASBON") })
    #expect(slip.text.contains { $0.hasPrefix("Dibayar") && $0.hasSuffix("Rp6.000") })
    #expect(slip.text.contains { $0.hasPrefix("Cara bayar") && $0.hasSuffix("QRIS") })
    #expect(slip.text.contains { $0.hasPrefix("Sisa kasbon") && $0.hasSuffix("Rp15.000") })
    // Paid by QRIS: the drawer stays shut.
    #expect(!slip.commands.contains { if case .drawerKick = $0 { true } else { false } })
  }
}
