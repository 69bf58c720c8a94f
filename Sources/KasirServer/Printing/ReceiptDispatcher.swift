import Foundation
import KasirCore
import KasirPrinting
import Logging

/// Prints a completed sale's receipt after its transaction committed. A failure is logged;
/// it never touches the sale.
public struct ReceiptDispatcher: Sendable {
  let printer: any ReceiptPrinting
  let renderer: ReceiptRenderer
  let config: KasirConfig
  let time: ShopTime
  let logger: Logger

  public init(printer: any ReceiptPrinting, config: KasirConfig, logger: Logger) {
    self.printer = printer
    self.renderer = ReceiptRenderer(columns: config.receiptColumns)
    self.config = config
    self.time = ShopTime(timeZone: TimeZone(identifier: config.timezone) ?? .current)
    self.logger = logger
  }

  /// Starts printing in the background and returns at once.
  public func print(_ sale: Sale, copy: Bool = false) {
    let document = renderer.render(receipt(for: sale, copy: copy))
    Task { await send(document, number: sale.number) }
  }

  /// Prints and waits: the job id, or nil after logging the failure.
  @discardableResult
  public func send(_ document: [UInt8], number: String) async -> Int32? {
    do {
      let job = try await printer.print(document, title: "Struk \(number)")
      logger.info("receipt sent", metadata: ["sale.number": "\(number)", "print.job": "\(job)"])
      return job
    } catch {
      logger.error(
        "receipt not printed", metadata: ["sale.number": "\(number)", "print.error": "\(error)"])
      return nil
    }
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

  static func label(_ method: Payment.Method, english: Bool) -> String {
    switch method {
    case .cash: return english ? "Cash" : "Tunai"
    case .qris: return "QRIS"
    case .transfer: return "Transfer"
    case .kasbon: return "Kasbon"
    }
  }
}
