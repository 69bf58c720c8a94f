import Foundation
import KasirCore
import Testing

/// Found by the fault suite's corpus: two payments of Int64.max crashed kasird (an overflow
/// trap while adding them up). Now they are refused and the sale stays open.
@Suite struct PaymentOverflowTests {
  @Test func paymentsThatOverflowWhenAddedAreRefusedNotACrash() throws {
    var sale = Sale(id: 1, number: "20261129-0001", cashier: "siti", openedAt: Date())
    _ = try sale.add(
      Product(sku: "KOP", name: "Kopi sachet", unit: "pcs", price: 1_700), quantity: .one)
    let huge = Payment(method: .cash, amount: Money(Int64.max))
    #expect(throws: SaleError.invalidPayment(reason: .tooLarge)) {
      try sale.pay([huge, huge], at: Date())
    }
    let mixed = [Payment(method: .qris, amount: Money(Int64.max)), huge]
    #expect(throws: SaleError.invalidPayment(reason: .tooLarge)) {
      try sale.pay(mixed, at: Date())
    }
    #expect(sale.state == .open && sale.payments.isEmpty)
  }
}
