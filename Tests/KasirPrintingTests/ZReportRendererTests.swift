import KasirCore
import KasirTestSupport
import Testing

@testable import KasirPrinting

@Suite struct ZReportRendererTests {
  /// A day shift whose drawer came up Rp5.000 short.
  static let shift = ZReport(
    shopName: "Koperasi Sejahtera", shiftId: 17, cashier: "Siti Rahayu",
    opened: "29-11-2026 07:00", closed: "29-11-2026 15:05", salesCount: 42,
    gross: 1_250_000, discounts: 12_000, refunds: 25_000, voids: 10_000, net: 1_203_000,
    payments: [
      .init(label: "Tunai", amount: 850_000), .init(label: "QRIS", amount: 300_000),
      .init(label: "Kasbon", amount: 53_000),
    ],
    openingCash: 500_000, cashSales: 850_000, cashIn: 50_000, cashOut: 20_000,
    cashRefunds: 25_000, expectedCash: 1_355_000, countedCash: 1_350_000,
    difference: -5_000, note: "Uang receh kurang, dicatat oleh kepala toko")

  static let golden: [Int: [String]] = [
    32: [
      "       Koperasi Sejahtera",
      "           LAPORAN Z",
      "Shift: 17",
      "Kasir: Siti Rahayu",
      "Buka:           29-11-2026 07:00",
      "Tutup:          29-11-2026 15:05",
      "--------------------------------",
      "Jumlah penjualan              42",
      "Penjualan kotor      Rp1.250.000",
      "Diskon                 -Rp12.000",
      "Retur                  -Rp25.000",
      "Batal                  -Rp10.000",
      "Penjualan bersih     Rp1.203.000",
      "--------------------------------",
      "Pembayaran:",
      "  Tunai                Rp850.000",
      "  QRIS                 Rp300.000",
      "  Kasbon                Rp53.000",
      "--------------------------------",
      "Kas awal               Rp500.000",
      "Penjualan tunai        Rp850.000",
      "Kas masuk               Rp50.000",
      "Kas keluar             -Rp20.000",
      "Retur tunai            -Rp25.000",
      "Kas seharusnya       Rp1.355.000",
      "Kas dihitung         Rp1.350.000",
      "Selisih (kurang)        -Rp5.000",
      "--------------------------------",
      "Catatan: Uang receh kurang,",
      "dicatat oleh kepala toko",
    ],
    48: [
      "               Koperasi Sejahtera",
      "                   LAPORAN Z",
      "Shift: 17",
      "Kasir: Siti Rahayu",
      "Buka:                           29-11-2026 07:00",
      "Tutup:                          29-11-2026 15:05",
      "------------------------------------------------",
      "Jumlah penjualan                              42",
      "Penjualan kotor                      Rp1.250.000",
      "Diskon                                 -Rp12.000",
      "Retur                                  -Rp25.000",
      "Batal                                  -Rp10.000",
      "Penjualan bersih                     Rp1.203.000",
      "------------------------------------------------",
      "Pembayaran:",
      "  Tunai                                Rp850.000",
      "  QRIS                                 Rp300.000",
      "  Kasbon                                Rp53.000",
      "------------------------------------------------",
      "Kas awal                               Rp500.000",
      "Penjualan tunai                        Rp850.000",
      "Kas masuk                               Rp50.000",
      "Kas keluar                             -Rp20.000",
      "Retur tunai                            -Rp25.000",
      "Kas seharusnya                       Rp1.355.000",
      "Kas dihitung                         Rp1.350.000",
      "Selisih (kurang)                        -Rp5.000",
      "------------------------------------------------",
      "Catatan: Uang receh kurang, dicatat oleh kepala",
      "toko",
    ],
  ]

  @Test(arguments: [32, 48]) func goldenZReport(columns: Int) {
    let paper = EscPosDecoder(ReceiptRenderer(columns: columns).render(Self.shift))
    #expect(paper.text == Self.golden[columns])
    #expect(paper.text.allSatisfy { $0.count <= columns })
    #expect(paper.commands.prefix(2) == [.initialize, .cancelKanji])
    #expect(paper.commands.suffix(2) == [.feed(3), .cut(.partial)])
  }

  @Test func titleNetAndDifferenceStandOut() {
    let paper = EscPosDecoder(ReceiptRenderer(columns: 32).render(Self.shift))
    let emphasised = paper.lines.filter(\.emphasised).map(\.text)
    #expect(emphasised.count == 4)
    #expect(emphasised.contains("           LAPORAN Z"))
    #expect(emphasised.contains { $0.hasPrefix("Penjualan bersih") })
    #expect(emphasised.last == "Selisih (kurang)        -Rp5.000")
  }

  @Test func neverOpensTheDrawer() {
    var profile = PrinterProfile(columns: 42)
    profile.drawer = .cash
    let paper = EscPosDecoder(ReceiptRenderer(profile: profile).render(Self.shift))
    #expect(!paper.commands.contains { if case .drawerKick = $0 { true } else { false } })
  }

  @Test func englishOverAndClosedBySomeoneElse() {
    var report = Self.shift
    report.labels = .english
    report.closedBy = "budi"
    report.countedCash = 1_357_500
    report.difference = 2_500
    report.note = nil
    let text = EscPosDecoder(ReceiptRenderer(columns: 32).render(report)).text
    #expect(text.contains("            Z REPORT"))
    #expect(text.contains("Closed by: budi"))
    #expect(text.contains("Counted cash         Rp1.357.500"))
    #expect(text.contains("Difference (over)        Rp2.500"))
    #expect(!text.contains { $0.hasPrefix("Note") })
  }

  @Test func anEvenDrawerSaysNeitherShortNorOver() {
    var report = Self.shift
    report.countedCash = report.expectedCash
    report.difference = .zero
    let text = EscPosDecoder(ReceiptRenderer(columns: 32).render(report)).text
    #expect(text.contains("Selisih                      Rp0"))
  }
}
