import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

/// Bad input: kasird killed with SIGKILL again and again while four tills sell. Every sale
/// whose Pay got a reply is there after the restart, complete; no sale is half there; the
/// stock ledger sums and SQLite's integrity check passes.
@Suite(.serialized) struct KillUnderLoadTests {
  @Test func sigkillUnderLoadLosesNoAnsweredSaleAndLeavesNoneHalfThere() async throws {
    let shop = try FaultShop()
    defer { shop.tearDown() }
    _ = try shop.client().call(ShiftAPI.Open.self, .init(openingCash: 100_000))
    var random = SeededGenerator(seed: FaultBudget.seed(for: "kill -9 under load"))
    var answered: [PaidSale] = []

    for round in 1...FaultBudget.killRounds {
      // Given four tills selling, when kasird is killed at a random moment,
      let seeds = (0..<4).map { _ in random.next() }
      let killAfter = useconds_t.random(in: 0...500_000, using: &random)
      let record = try await onThread {
        try TillLoad.killRound(shop, seeds: seeds, killAfter: killAfter)
      }
      #expect(record.unexpected.isEmpty, "round \(round): \(record.unexpected)")
      answered += record.paid

      // then after a restart every answered sale is there, paid, with its lines and total,
      try shop.restart()
      let told = answered
      let stored = try await onThread {
        let client = try shop.client()
        return try told.map { try client.call(SaleAPI.Get.self, .init(number: $0.number)).sale }
      }
      for (sale, told) in zip(stored, answered) {
        #expect(sale.state == "completed", "\(told.number) after round \(round)")
        #expect(
          PaidSale(number: sale.number, total: sale.total, lines: sale.lines.count, paid: sale.paid)
            == told)
      }
      // and nothing is half there.
      let broken = try await onThread { try shop.brokenInvariants() }
      #expect(broken.isEmpty, "after round \(round): \(broken)\n\(shop.logText)")
    }
    print("kill -9 under load: \(FaultBudget.killRounds) rounds, \(answered.count) answered sales")
    #expect(answered.count >= FaultBudget.killRounds, "the tills sold in every round")
    let completed = try shop.sql("SELECT count(*) FROM sale WHERE state = 'completed'")
    #expect(Int(completed) ?? 0 >= answered.count)
  }
}
