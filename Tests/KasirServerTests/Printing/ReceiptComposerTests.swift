import Foundation
import KasirCore
import KasirPrinting
import KasirTestSupport
import Testing

@testable import KasirServer

/// What the composer hands the renderer: the shop's words, zone and printer profile.
@Suite struct ReceiptComposerTests {
  /// 29-11-2026 07:00 and 15:05 in Balikpapan (WITA, UTC+8).
  static let opened = Date(timeIntervalSince1970: 1_795_906_800)
  static let closed = opened.addingTimeInterval(8 * 3600 + 5 * 60)

  func composer(_ change: (inout KasirConfig) -> Void = { _ in }) -> ReceiptComposer {
    var config = KasirConfig()
    config.shopName = "Koperasi Sejahtera"
    config.receiptColumns = 32
    change(&config)
    return ReceiptComposer(config: config)
  }

  static let report = ShiftReport(
    shift: Shift(
      id: 17, state: .closed, openedBy: "siti", openingCash: 500_000, openedAt: opened,
      closedBy: "budi", closedAt: closed, countedCash: 1_350_000, note: "Receh kurang"),
    salesCount: 42, gross: 1_250_000, discounts: 12_000, refunds: 25_000, voids: 10_000,
    byMethod: [.init(method: .cash, amount: 850_000), .init(method: .qris, amount: 353_000)],
    cashIn: 50_000, cashOut: 20_000, cashTaken: 1_000_000, changeGiven: 150_000,
    cashRefunds: 25_000)

  @Test func zReportInTheShopsWordsAndZone() {
    let report = composer().zReport(for: Self.report)
    #expect(report.opened == "29-11-2026 07:00" && report.closed == "29-11-2026 15:05")
    #expect(report.shiftId == 17 && report.cashier == "siti" && report.closedBy == "budi")
    #expect(
      report.payments == [
        .init(label: "Tunai", amount: 850_000), .init(label: "QRIS", amount: 353_000),
      ])
    #expect(report.net == 1_203_000 && report.cashSales == 850_000)
    #expect(report.expectedCash == 1_355_000 && report.difference == -5_000)
    #expect(report.note == "Receh kurang" && report.labels == .indonesian)
    let english = composer { $0.language = .en }.zReport(for: Self.report)
    #expect(english.labels == .english && english.payments.first?.label == "Cash")
  }

  @Test func theCashierClosingTheirOwnShiftIsNotNamedTwice() {
    var report = Self.report
    report.shift.closedBy = "siti"
    #expect(composer().zReport(for: report).closedBy == nil)
  }

  @Test func zReportDocumentIsPrintedPerProfileWithoutTheDrawer() {
    let composer = composer {
      $0.printerProfile.cut = .full
      $0.printerProfile.feedLines = 4
    }
    let paper = EscPosDecoder(composer.zReportDocument(for: Self.report))
    #expect(paper.text.contains("           LAPORAN Z"))
    #expect(paper.text.contains("Selisih (kurang)        -Rp5.000"))
    #expect(paper.commands.suffix(2) == [.feed(4), .cut(.full)])
    #expect(!paper.commands.contains { if case .drawerKick = $0 { true } else { false } })
  }

  @Test(arguments: [32, 42, 48]) func testPageShowsTheProfile(columns: Int) {
    let composer = composer {
      $0.receiptColumns = columns
      $0.printerProfile.codePage = .cp850
    }
    let paper = EscPosDecoder(composer.testPage(destination: "kasir-receipt"))
    #expect(paper.text.first?.hasSuffix("TES PRINTER") == true)
    #expect(paper.text.contains("Tujuan: kasir-receipt"))
    #expect(paper.text.contains("Kolom: \(columns)"))
    #expect(paper.text.contains("Code page: cp850 (ESC t 2)"))
    #expect(paper.text.filter { $0.hasPrefix("1234567890") }.map(\.count) == [columns])
    #expect(paper.commands.contains(.codePage(2)))
  }

  /// Two lines, one with a line discount, a sale discount and a split payment.
  static let sale = Sale(
    id: 1, number: "20261129-0001", state: .completed, cashier: "siti",
    lines: [
      SaleLine(
        lineNo: 1, sku: "GULA", name: "Gula Pasir", unit: "pcs", weighed: false,
        quantity: Quantity(whole: 2), unitPrice: 17_500, priceTier: .regular, taxClass: .exempt,
        discount: 5_000),
      SaleLine(
        lineNo: 2, sku: "TOMAT", name: "Tomat", unit: "kg", weighed: true,
        quantity: Quantity(thousandths: 750), unitPrice: 14_900, priceTier: .regular,
        taxClass: .exempt),
    ],
    saleDiscount: 1_175,
    payments: [Payment(method: .qris, amount: 20_000), Payment(method: .cash, amount: 30_000)],
    openedAt: opened, completedAt: opened)

  @Test func theReceiptAddsUp() {
    let receipt = composer().receipt(for: Self.sale)
    // Subtotal is net of line discounts; only the sale discount is printed under it.
    #expect(receipt.subtotal == 41_175 && receipt.discount == 1_175 && receipt.total == 40_000)
    #expect(receipt.subtotal - receipt.discount + receipt.rounding == receipt.total)
    #expect(receipt.lines.map(\.discount) == [5_000, .zero])
    #expect(receipt.lines[1].quantityText == "0,75")
    #expect(receipt.payments.map(\.isCash) == [false, true])
    #expect(receipt.kasbonBalance == nil)
    let paper = EscPosDecoder(composer().renderer.render(receipt))
    #expect(paper.text.contains("  0,75 kg x 14.900        11.175"))
    #expect(paper.text.contains("Diskon                  -Rp1.175"))
    #expect(paper.text.contains("Kembali                 Rp10.000"))
    #expect(paper.commands.contains(.drawerKick(pin: 2, onMs: 50, offMs: 500)))
  }

  @Test func aCopyOrANonCashSaleLeavesTheDrawerShut() {
    var sale = Self.sale
    sale.payments = [Payment(method: .qris, amount: 40_000)]
    let composer = composer()
    for receipt in [composer.receipt(for: Self.sale, copy: true), composer.receipt(for: sale)] {
      let paper = EscPosDecoder(composer.renderer.render(receipt))
      #expect(!paper.commands.contains { if case .drawerKick = $0 { true } else { false } })
    }
  }
}
