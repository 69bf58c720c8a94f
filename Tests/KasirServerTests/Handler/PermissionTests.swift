import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

@Suite struct PermissionTests {
  @Test func aCashierCannotCallManagerMethods() async throws {
    let shop = try HandlerHarness()
    let reply = try await shop.raw(
      #"{"method":"id.kasir.Catalog.SetPrice","parameters":{"sku":"X","price":1}}"#,
      as: HandlerHarness.cashier)
    #expect(reply["error"] == .string("org.varlink.service.PermissionDenied"))
    let upsert = try await shop.raw(
      #"{"method":"id.kasir.Catalog.UpsertProduct","parameters":{"product":{"sku":"X","name":"X","unit":"pcs","price":1}}}"#,
      as: HandlerHarness.cashier)
    #expect(upsert["error"] == .string("org.varlink.service.PermissionDenied"))
    let missing = try await shop.raw(
      #"{"method":"id.kasir.Catalog.GetProduct","parameters":{"code":"X"}}"#)
    #expect(missing["error"] == .string("id.kasir.Catalog.ProductNotFound"))
  }

  @Test func someoneWithoutARoleGetsOnlyTheServiceInterface() async throws {
    let shop = try HandlerHarness()
    let info = try await shop.raw(
      #"{"method":"org.varlink.service.GetInfo"}"#, as: HandlerHarness.stranger)
    #expect(info["parameters"]?["product"] == .string("kasird"))
    let denied = try await shop.raw(
      #"{"method":"id.kasir.Admin.Info"}"#, as: HandlerHarness.stranger)
    #expect(denied["error"] == .string("org.varlink.service.PermissionDenied"))
  }

  @Test func onewayCallsGetNoReply() async throws {
    let shop = try HandlerHarness()
    let outcome = await shop.handler.handle(
      Data(#"{"method":"org.varlink.service.GetInfo","oneway":true}"#.utf8),
      caller: HandlerHarness.manager)
    #expect(outcome.replies.isEmpty)
    #expect(!outcome.close)
  }
}
