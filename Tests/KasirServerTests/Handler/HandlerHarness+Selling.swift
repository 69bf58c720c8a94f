import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

extension HandlerHarness {
  /// An open sale with 3 noodles (line 1) and 0,75 kg of rice (line 2): 20.325.
  func openCart() async throws -> SaleAPI.Sale {
    let sale = try await call(SaleAPI.Open.self, .init(), as: Self.cashier).sale
    try await call(
      SaleAPI.AddItem.self,
      .init(saleId: sale.id, code: "MIE-GOR", quantity: Thousandths(whole: 3)), as: Self.cashier)
    return try await call(
      SaleAPI.AddItem.self, .init(saleId: sale.id, code: "BER-MED", quantity: Thousandths(750)),
      as: Self.cashier
    ).sale
  }

  /// A completed sale of `openCart`, paid 50.000 in cash.
  func completedSale() async throws -> SaleAPI.Sale {
    let cart = try await openCart()
    return try await call(
      SaleAPI.Pay.self, .init(saleId: cart.id, payments: [.init(method: "cash", amount: 50_000)]),
      as: Self.cashier
    ).sale
  }

  /// Calls `json` (a raw call), expects error `name`, and checks that nothing was written.
  @discardableResult
  func refuses(
    _ json: String, with name: String, as caller: Caller = manager,
    sourceLocation: SourceLocation = #_sourceLocation
  ) async throws -> JSONValue {
    let before = try await store.digest()
    let reply = try await raw(json, as: caller)
    #expect(reply["error"] == .string(name), "\(reply)", sourceLocation: sourceLocation)
    let after = try await store.digest()
    #expect(before == after, "the database changed", sourceLocation: sourceLocation)
    return reply["parameters"] ?? .null
  }
}
