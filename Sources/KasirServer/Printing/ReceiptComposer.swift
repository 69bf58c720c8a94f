import Foundation
import KasirCore
import KasirPrinting

/// Turns a stored sale into receipt bytes in the shop's language, layout and time zone.
/// The print queue sends what it renders.
public struct ReceiptComposer: Sendable {
  let renderer: ReceiptRenderer
  let config: KasirConfig
  let time: ShopTime

  public init(config: KasirConfig) {
    self.renderer = ReceiptRenderer(columns: config.receiptColumns)
    self.config = config
    self.time = config.shopTime
  }

  /// The receipt of a sale in the shop's language and time zone.
  public func receipt(for sale: Sale, copy: Bool = false) -> Receipt {
    let english = config.language == .en
    let separator = english ? "." : ","
    var header = config.shopAddress
    if let npwp = config.npwp { header.append("NPWP \(npwp)") }
    header += config.receiptHeader
    return Receipt(
      shopName: config.shopName, headerLines: header, saleNumber: sale.number,
      dateTime: time.receiptStamp(sale.completedAt ?? sale.openedAt), cashier: sale.cashier,
      memberNumber: sale.memberNumber,
      lines: sale.lines.map {
        Receipt.Line(
          name: $0.name, quantityText: $0.quantity.formatted(decimalSeparator: separator),
          unit: $0.unit, weighed: $0.weighed, unitPrice: $0.unitPrice, discount: $0.discount,
          amount: $0.amount)
      },
      subtotal: sale.subtotal, discount: sale.discount, rounding: sale.rounding, total: sale.total,
      payments: sale.payments.map {
        Receipt.PaymentLine(label: Self.label($0.method, english: english), amount: $0.amount)
      },
      change: sale.change, footerLines: config.receiptFooter, isCopy: copy,
      labels: english ? .english : .indonesian)
  }

  /// A short page that shows the queue works: shop name and destination.
  func testPage(destination: String) -> [UInt8] {
    var bytes: [UInt8] = [0x1B, 0x40]  // ESC @
    for line in ["Kasir: tes printer", config.shopName, destination, "", "", ""] {
      bytes += Array(line.utf8) + [0x0A]
    }
    return bytes
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
