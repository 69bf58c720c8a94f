import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

/// The new Sale methods over the real socket, as root (a manager).
@Suite(.serialized) struct SaleWorkflowSocketTests {
  @Test func holdDiscountPayRefundAndVoid() async throws {
    let daemon = try await RunningDaemon { $0.cashRounding = 100 }
    let path = daemon.socketPath
    let result = try await onThread { () -> [String] in
      let client = try RawSocketClient(path: path)
      var seen = [String]()
      _ = try client.call(
        CatalogAPI.UpsertProduct.self,
        .init(
          product: .init(sku: "GULA", name: "Gula pasir 1 kg", unit: "pcs", price: 17_550)))
      _ = try client.call(ShiftAPI.Open.self, .init(openingCash: 0))
      let sale = try client.call(SaleAPI.Open.self, .init()).sale
      _ = try client.call(
        SaleAPI.AddItem.self, .init(saleId: sale.id, code: "GULA", quantity: .init(whole: 2)))
      seen.append(try client.call(SaleAPI.Hold.self, .init(saleId: sale.id)).sale.state)
      seen.append(contentsOf: try client.call(SaleAPI.ListOpen.self, Empty()).sales.map(\.state))
      _ = try client.call(SaleAPI.Resume.self, .init(saleId: sale.id))
      let discounted = try client.call(
        SaleAPI.ApplyDiscount.self, .init(saleId: sale.id, lineNo: 1, percent: .init(whole: 10))
      ).sale
      seen.append("total \(discounted.total)")
      let paid = try client.call(
        SaleAPI.Pay.self, .init(saleId: sale.id, payments: [.init(method: "cash", amount: 40_000)]))
      seen.append("rounding \(paid.sale.rounding) change \(paid.change)")
      let refund = try client.call(
        SaleAPI.Refund.self,
        .init(
          number: sale.number, lines: [.init(lineNo: 1, quantity: .init(whole: 1))], reason: "x")
      ).refund
      seen.append("refund \(refund.total)")
      do {
        _ = try client.call(
          SaleAPI.Refund.self,
          .init(
            number: sale.number, lines: [.init(lineNo: 1, quantity: .init(whole: 2))], reason: "x"))
      } catch let error as VarlinkError {
        seen.append(error.error)
      }
      return seen
    }
    // 2 × 17.550 = 35.100, less 10 % = 31.590, rounded to 31.600 in cash.
    #expect(
      result == [
        "held", "held", "total 31590", "rounding 10 change 8400", "refund 15795",
        "id.kasir.Sale.RefundExceedsSold",
      ])
    try await daemon.stop()
  }
}
