import Foundation
import KasirProtocol
import Testing

@testable import KasirServer

/// Report.Export's refusals: each names what was wrong.
@Suite struct ExportRefusalTests {
  func refusal(
    _ kind: String = "sales", from: String = "2026-11-01", to: String = "2026-11-30",
    format: String = "csv", as caller: Caller = HandlerHarness.manager
  ) async throws -> VarlinkError? {
    let shop = try HandlerHarness()
    do {
      _ = try await shop.export(kind, from: from, to: to, format: format, as: caller)
      return nil
    } catch let error as VarlinkError {
      return error
    }
  }

  @Test func badKindFormatAndDates() async throws {
    let kind = try await refusal("receipts")
    #expect(
      kind == VarlinkError("id.kasir.Report.UnknownExportKind", ["kind": .string("receipts")]))
    let format = try await refusal(format: "ods")
    #expect(
      format == VarlinkError("id.kasir.Report.UnknownExportFormat", ["format": .string("ods")]))
    let missing = try await refusal(from: "2026-02-30")
    #expect(missing?.error == "id.kasir.Report.InvalidDateRange")
    #expect(missing?.parameters["reason"] == .string("from"))
    let shape = try await refusal(to: "30-11-2026")
    #expect(shape?.parameters["reason"] == .string("to"))
    let order = try await refusal(from: "2026-12-01", to: "2026-11-30")
    #expect(order?.parameters["reason"] == .string("order"))
  }

  @Test func onlyManagersExport() async throws {
    let error = try await refusal(as: HandlerHarness.cashier)
    #expect(error?.error == "org.varlink.service.PermissionDenied")
  }

  @Test func aCallWithoutMoreIsTold() async throws {
    let shop = try HandlerHarness()
    let reply = try await shop.raw(
      #"{"method":"id.kasir.Report.Export","parameters":{"kind":"sales","from":"2026-11-29","to":"2026-11-29","format":"csv"}}"#
    )
    #expect(reply["error"] == .string("org.varlink.service.ExpectedMore"))
  }
}
