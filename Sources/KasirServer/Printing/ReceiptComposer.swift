import Foundation
import KasirCore
import KasirPrinting

/// Turns a stored sale, a shift's Z report or a test request into printer bytes, in the shop's
/// language and time zone and as the printer's profile says. The print queue sends them.
public struct ReceiptComposer: Sendable {
  let renderer: ReceiptRenderer
  let config: KasirConfig
  let time: ShopTime

  public init(config: KasirConfig) {
    self.renderer = ReceiptRenderer(profile: config.printerProfile)
    self.config = config
    self.time = config.shopTime
  }

  /// The receipt of a sale in the shop's language and time zone. `member` and `kasbonBalance`
  /// (what the member owed after this sale's kasbon) come from the store when the sale has a
  /// member.
  public func receipt(
    for sale: Sale, copy: Bool = false, member: Member? = nil, kasbonBalance: Money? = nil
  ) -> Receipt {
    let english = config.language == .en
    let separator = english ? "." : ","
    var header = config.shopAddress
    if let npwp = config.npwp { header.append("NPWP \(npwp)") }
    header += config.receiptHeader
    var receipt = Receipt(
      shopName: config.shopName, headerLines: header, saleNumber: sale.number,
      dateTime: time.receiptStamp(sale.completedAt ?? sale.openedAt), cashier: sale.cashier,
      memberNumber: sale.memberNumber, kasbonBalance: kasbonBalance,
      lines: sale.lines.map {
        Receipt.Line(
          name: $0.name, quantityText: $0.quantity.formatted(decimalSeparator: separator),
          unit: $0.unit, weighed: $0.weighed, unitPrice: $0.unitPrice, discount: $0.discount,
          amount: $0.amount)
      },
      subtotal: sale.subtotal, discount: sale.saleDiscount, rounding: sale.rounding,
      total: sale.total,
      payments: sale.payments.map {
        Receipt.PaymentLine(
          label: Self.label($0.method, english: english), amount: $0.amount,
          isCash: $0.method == .cash)
      },
      change: sale.change, footerLines: config.receiptFooter, isCopy: copy,
      labels: english ? .english : .indonesian)
    receipt.memberName = member?.name
    receipt.memberSaving = sale.memberSaving
    return receipt
  }

  /// The Z report of a closed shift in the shop's language and time zone.
  public func zReport(for report: ShiftReport) -> ZReport {
    let english = config.language == .en
    let shift = report.shift
    return ZReport(
      shopName: config.shopName, shiftId: shift.id, cashier: shift.openedBy,
      closedBy: shift.closedBy == shift.openedBy ? nil : shift.closedBy,
      opened: time.receiptStamp(shift.openedAt), closed: shift.closedAt.map(time.receiptStamp),
      salesCount: report.salesCount, gross: report.gross, discounts: report.discounts,
      refunds: report.refunds, voids: report.voids, net: report.net,
      payments: report.byMethod.map {
        ZReport.MethodLine(label: Self.label($0.method, english: english), amount: $0.amount)
      },
      openingCash: report.openingCash, cashSales: report.cashTaken - report.changeGiven,
      cashIn: report.cashIn, cashOut: report.cashOut, cashRefunds: report.cashRefunds,
      expectedCash: report.expectedCash, countedCash: report.countedCash,
      difference: report.difference, note: shift.note,
      labels: english ? .english : .indonesian)
  }

  /// The Z report's printer bytes, for the print job at shift close.
  public func zReportDocument(for report: ShiftReport) -> [UInt8] {
    renderer.render(zReport(for: report))
  }

  /// The receipt of a kasbon settlement (`entry`, whose amount is negative) by `member`.
  public func settlementDocument(member: Member, entry: KasbonEntry) -> [UInt8] {
    let english = config.language == .en
    let method = entry.method ?? .cash
    let receipt = SettlementReceipt(
      shopName: config.shopName, dateTime: time.receiptStamp(entry.at),
      memberNumber: member.number, memberName: member.name, amount: -entry.amount,
      method: Self.label(method, english: english), reference: entry.reference,
      balance: entry.balance, cashier: entry.user, footerLines: config.receiptFooter,
      labels: english ? .english : .indonesian)
    return renderer.render(receipt, paidInCash: method == .cash)
  }

  /// A page to set the printer up with: the profile in effect, a ruler, accents, samples.
  func testPage(destination: String) -> [UInt8] {
    renderer.render(
      TestPage(
        shopName: config.shopName, destination: destination,
        labels: config.language == .en ? .english : .indonesian))
  }

  static func label(_ method: Payment.Method, english: Bool) -> String {
    switch method {
    case .cash: return english ? "Cash" : "Tunai"
    case .qris: return "QRIS"
    case .transfer: return "Transfer"
    case .kasbon: return "Kasbon"
    }
  }
}
