import Foundation
import KasirCore
import Testing

@testable import KasirStore

@Suite struct StoreSaleStateTests {
  @Test func holdResumeAndCancel() async throws {
    let store = try await Fixtures.stockedStore()
    let now = Fixtures.now
    let sale = try await store.openSale(cashier: "ani", memberNumber: nil, now: now)
    _ = try await store.addItem(
      saleId: sale.id, code: "MIE-001", quantity: nil, user: "ani", now: now)
    #expect(try await store.hold(saleId: sale.id, user: "ani", now: now).state == .held)
    await #expect(
      throws: SaleError.invalidState(number: sale.number, state: .held, allowed: [.open])
    ) {
      try await store.addItem(
        saleId: sale.id, code: "MIE-001", quantity: nil, user: "ani", now: now)
    }
    #expect(try await store.openSales().map(\.state) == [.held])
    #expect(try await store.resume(saleId: sale.id, user: "ani", now: now).state == .open)
    let cancelled = try await store.cancel(saleId: sale.id, reason: "batal", user: "ani", now: now)
    #expect(cancelled.state == .cancelled && cancelled.lines.count == 1)
    #expect(try await store.openSales().isEmpty)
    await #expect(throws: SaleError.self) {
      try await store.resume(saleId: sale.id, user: "ani", now: now)
    }
    #expect(try await store.sale(id: sale.id).state == .cancelled)
    #expect(try await store.stockLevel(code: "MIE-001").onHand == Quantity(whole: 100))
  }
}
