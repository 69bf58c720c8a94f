import Foundation
import InMemoryLogging
import KasirProtocol
import KasirTestSupport
import Logging
import Testing

/// Members end to end through the real socket: member prices on and off, kasbon up to and
/// beyond the limit, settlement, refunds, purchase totals against an independent sum, and no
/// NIK in any log line.
@Suite(.serialized) struct MemberSocketTests {
  static let nik = "6471054512900003"

  @Test func memberPricesKasbonSettlementAndTotals() async throws {
    let log = InMemoryLogHandler()
    var logger = Logger(label: "test") { _ in log }
    logger.logLevel = .trace
    let daemon = try await RunningDaemon(logger: logger)
    let path = daemon.socketPath
    let seen = try await onThread { () -> [String] in
      let client = try RawSocketClient(path: path)
      var seen = [String]()
      func note(_ text: String) { seen.append(text) }
      _ = try client.call(
        CatalogAPI.UpsertProduct.self,
        .init(
          product: .init(
            sku: "MINYAK", name: "Minyakita 1 liter", unit: "pcs", price: 15_700,
            memberPrice: 15_000)))
      _ = try client.call(
        CatalogAPI.UpsertProduct.self,
        .init(product: .init(sku: "GARAM", name: "Garam dapur", unit: "pcs", price: 3_000)))
      _ = try client.call(ShiftAPI.Open.self, .init(openingCash: 0))
      let created = try client.call(
        MemberAPI.UpsertMember.self,
        .init(
          member: .init(
            number: "KMP-0001", name: "Siti Aminah", nik: Self.nik, creditLimit: 50_000)))
      note("nik \(created.member.nik ?? "-") created \(created.created)")

      // Member prices on, off and on again.
      let sale = try client.call(SaleAPI.Open.self, .init(memberNumber: "kmp-0001")).sale
      _ = try client.call(
        SaleAPI.AddItem.self, .init(saleId: sale.id, code: "MINYAK", quantity: .init(whole: 2)))
      let priced = try client.call(
        SaleAPI.AddItem.self, .init(saleId: sale.id, code: "GARAM")
      ).sale
      note("member \(priced.total) saving \(priced.memberSaving ?? 0)")
      let regular = try client.call(SaleAPI.SetMember.self, .init(saleId: sale.id)).sale
      note("regular \(regular.total) saving \(regular.memberSaving ?? 0)")
      _ = try client.call(SaleAPI.SetMember.self, .init(saleId: sale.id, memberNumber: "KMP-0001"))

      // Kasbon within the limit, then beyond it.
      let paid = try client.call(
        SaleAPI.Pay.self,
        .init(saleId: sale.id, payments: [.init(method: "kasbon", amount: 33_000)]))
      note("paid \(paid.sale.state)")
      let second = try client.call(SaleAPI.Open.self, .init(memberNumber: "KMP-0001")).sale
      _ = try client.call(
        SaleAPI.AddItem.self, .init(saleId: second.id, code: "MINYAK", quantity: .init(whole: 2)))
      do {
        _ = try client.call(
          SaleAPI.Pay.self,
          .init(saleId: second.id, payments: [.init(method: "kasbon", amount: 30_000)]))
      } catch let error as VarlinkError {
        let expected: JSONValue = .object([
          "limit": .int(50_000), "outstanding": .int(33_000), "requested": .int(30_000),
        ])
        note("\(error.error) \(error.parameters == expected)")
      }
      let owed = try client.call(MemberAPI.GetMember.self, .init(number: "KMP-0001")).member
      note("owed \(owed.kasbonOutstanding)")
      let paidInCash = try client.call(
        SaleAPI.Pay.self,
        .init(saleId: second.id, payments: [.init(method: "cash", amount: 30_000)]))

      // A refund of one bottle comes off the kasbon; a settlement in cash.
      let refund = try client.call(
        SaleAPI.Refund.self,
        .init(
          number: sale.number, lines: [.init(lineNo: 1, quantity: .init(whole: 1))],
          reason: "bocor")
      ).refund
      note("refund \(refund.payments.map { "\($0.method) \($0.amount)" })")
      let settled = try client.call(
        MemberAPI.PayKasbon.self, .init(number: "KMP-0001", amount: 10_000, method: "cash"))
      note("settled owed \(settled.member.kasbonOutstanding)")
      do {
        _ = try client.call(
          MemberAPI.PayKasbon.self, .init(number: "KMP-0001", amount: -5, method: "cash"))
      } catch let error as VarlinkError {
        note(error.error)
      }
      let statement = try client.call(MemberAPI.Statement.self, .init(number: "KMP-0001"))
      note("statement \(statement.entries.map { "\($0.kind) \($0.amount) \($0.balance)" })")

      // Purchase totals: the sales of the member less the refund, counted independently.
      let totals = try client.call(MemberAPI.PurchaseTotals.self, .init(year: 2026)).rows
      let sold = paid.sale.total + paidInCash.sale.total - refund.total
      note(
        "totals \(totals.map { "\($0.number) \($0.purchases) \($0.transactions)" }) expected \(sold)"
      )
      return seen
    }
    try await daemon.stop()
    #expect(seen[0] == "nik 6471********0003 created true")
    #expect(seen[1] == "member 33000 saving 1400")
    #expect(seen[2] == "regular 34400 saving 0")
    #expect(seen[3] == "paid completed")
    #expect(seen[4] == "id.kasir.Sale.CreditLimitExceeded true")
    #expect(seen[5] == "owed 33000")
    #expect(seen[6] == "refund [\"kasbon 15000\"]")
    #expect(seen[7] == "settled owed 8000")
    #expect(seen[8] == "id.kasir.Member.InvalidSettlement")
    #expect(
      seen[9]
        == "statement [\"purchase 33000 33000\", \"refund -15000 18000\", \"settlement -10000 8000\"]"
    )
    #expect(seen[10] == "totals [\"KMP-0001 48000 2\"] expected 48000")

    // The NIK and the name are in no log line, in no form: not in messages, not in metadata.
    let lines = log.entries.map { "\($0.message) \($0.metadata)" }
    #expect(!lines.isEmpty)
    #expect(!lines.contains { $0.contains(Self.nik) || $0.contains("0545129") })
    #expect(!lines.contains { $0.contains("Siti") || $0.contains("Aminah") })
  }
}
