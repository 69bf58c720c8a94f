/// A Z report as printed at shift close: a shift's figures, already in the shop's words and
/// time zone. KasirPrinting turns it into printer bytes.
public struct ZReport: Sendable, Equatable {
  /// `Tunai`, `QRIS`: a payment method's total, already translated.
  public struct MethodLine: Sendable, Equatable {
    public var label: String
    public var amount: Money
    public init(label: String, amount: Money) {
      self.label = label
      self.amount = amount
    }
  }

  /// The words printed on a Z report, in its language.
  public struct Labels: Sendable, Equatable {
    public var title, shift, cashier, closedBy, opened, closed, salesCount, gross, discounts,
      refunds, voids, net, payments, openingCash, cashSales, cashIn, cashOut, cashRefunds,
      expectedCash, countedCash, difference, short, over, note: String

    public static let indonesian = Labels(
      title: "LAPORAN Z", shift: "Shift", cashier: "Kasir", closedBy: "Ditutup oleh",
      opened: "Buka", closed: "Tutup", salesCount: "Jumlah penjualan", gross: "Penjualan kotor",
      discounts: "Diskon", refunds: "Retur", voids: "Batal", net: "Penjualan bersih",
      payments: "Pembayaran", openingCash: "Kas awal", cashSales: "Penjualan tunai",
      cashIn: "Kas masuk", cashOut: "Kas keluar", cashRefunds: "Retur tunai",
      expectedCash: "Kas seharusnya", countedCash: "Kas dihitung", difference: "Selisih",
      short: "kurang", over: "lebih", note: "Catatan")
    public static let english = Labels(
      title: "Z REPORT", shift: "Shift", cashier: "Cashier", closedBy: "Closed by",
      opened: "Opened", closed: "Closed", salesCount: "Number of sales", gross: "Gross sales",
      discounts: "Discounts", refunds: "Refunds", voids: "Voids", net: "Net sales",
      payments: "Payments", openingCash: "Opening cash", cashSales: "Cash sales",
      cashIn: "Cash in", cashOut: "Cash out", cashRefunds: "Cash refunds",
      expectedCash: "Expected cash", countedCash: "Counted cash", difference: "Difference",
      short: "short", over: "over", note: "Note")
  }

  public var shopName: String
  public var shiftId: Int64
  public var cashier: String
  /// Who closed the shift, when it was someone other than the cashier.
  public var closedBy: String?
  /// `29-11-2026 07:00`: in the shop's zone.
  public var opened: String
  public var closed: String?
  public var salesCount: Int
  public var gross: Money
  public var discounts: Money
  public var refunds: Money
  public var voids: Money
  public var net: Money
  public var payments: [MethodLine]
  public var openingCash: Money
  /// Cash taken for sales less the change handed back.
  public var cashSales: Money
  public var cashIn: Money
  public var cashOut: Money
  public var cashRefunds: Money
  public var expectedCash: Money
  public var countedCash: Money?
  /// Counted − expected: negative when the drawer is short.
  public var difference: Money?
  public var note: String?
  public var labels: Labels

  public init(
    shopName: String, shiftId: Int64, cashier: String, closedBy: String? = nil, opened: String,
    closed: String?, salesCount: Int, gross: Money, discounts: Money, refunds: Money,
    voids: Money, net: Money, payments: [MethodLine], openingCash: Money, cashSales: Money,
    cashIn: Money, cashOut: Money, cashRefunds: Money, expectedCash: Money, countedCash: Money?,
    difference: Money?, note: String? = nil, labels: Labels = .indonesian
  ) {
    self.shopName = shopName
    self.shiftId = shiftId
    self.cashier = cashier
    self.closedBy = closedBy
    self.opened = opened
    self.closed = closed
    self.salesCount = salesCount
    self.gross = gross
    self.discounts = discounts
    self.refunds = refunds
    self.voids = voids
    self.net = net
    self.payments = payments
    self.openingCash = openingCash
    self.cashSales = cashSales
    self.cashIn = cashIn
    self.cashOut = cashOut
    self.cashRefunds = cashRefunds
    self.expectedCash = expectedCash
    self.countedCash = countedCash
    self.difference = difference
    self.note = note
    self.labels = labels
  }
}
