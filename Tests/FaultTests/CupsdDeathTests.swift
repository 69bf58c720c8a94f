import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Bad input: the private cupsd is killed with SIGKILL while two tills sell. Every Pay still
/// succeeds; the receipts of the sales paid after the kill wait in kasird's queue and each
/// lands exactly once when cupsd is back.
@Suite(.serialized) struct CupsdDeathTests {
  static let salesPerTill = 4

  /// The demo configuration with quick print retries and a short timeout towards cupsd.
  static var config: String {
    FaultShop.demoConfig.replacingOccurrences(
      of: "[printer]\n",
      with: "[printer]\ntimeout_seconds = 2\nretry_initial_seconds = 1\nretry_max_seconds = 2\n")
  }

  @Test func salesGoOnWhenCupsdDiesAndTheirReceiptsWaitInKasird() async throws {
    let cups = try PrivateCups.start(queue: "kasir-receipt")
    defer { try? cups.stop() }
    let shop = try FaultShop(
      config: Self.config, printer: "kasir-receipt", environment: ["CUPS_SERVER": cups.socket])
    defer { shop.tearDown() }
    let cupsPid = try #require(cups.pid)

    // Given two tills selling, when cupsd is killed after their first sales,
    let sales = try await onThread { try Self.sellThroughTheKill(shop, cupsPid: cupsPid) }
    #expect(sales.unexpected.isEmpty, "\(sales.unexpected)\n\(shop.logText.suffix(3000))")
    #expect(sales.paid.count == 2 * Self.salesPerTill, "every Pay succeeded")
    let afterKill = sales.paid.filter(\.afterKill).map(\.number)
    #expect(!afterKill.isEmpty)

    // then the receipts of the sales paid after it wait in kasird's queue,
    let jobs = try await onThread { try shop.client().call(PrinterAPI.Jobs.self, .init(limit: 50)) }
    for number in afterKill {
      let job = jobs.jobs.first { $0.reference == number }
      #expect(job?.state == "pending", "\(number): \(String(describing: job))")
    }
    let early = Self.landed(afterKill, in: cups.outputDirectory).filter { !$0.isEmpty }
    #expect(early.isEmpty, "printed while cupsd was dead: \(early)")

    // and when cupsd is back, each lands exactly once and kasird marks it sent.
    try cups.restartScheduler()
    let deadline = Date().addingTimeInterval(30)
    while Self.landed(afterKill, in: cups.outputDirectory).contains(where: \.isEmpty),
      Date() < deadline
    {
      try await Task.sleep(for: .milliseconds(100))
    }
    let landed = Self.landed(afterKill, in: cups.outputDirectory)
    for (number, files) in zip(afterKill, landed) {
      #expect(files.count == 1, "\(number) landed in \(files); kasird log: \(shop.logText)")
    }
    let sent = try await onThread { try shop.client().call(PrinterAPI.Jobs.self, .init(limit: 50)) }
    for number in afterKill {
      #expect(sent.jobs.first { $0.reference == number }?.state == "sent", "\(number)")
    }
    #expect(try await onThread { try shop.brokenInvariants() }.isEmpty)
  }

  struct Sold: Sendable {
    var number: String
    /// Pay was called after cupsd had been killed.
    var afterKill: Bool
  }

  final class Record: @unchecked Sendable {
    let lock = NSLock()
    var paid: [Sold] = []
    var unexpected: [String] = []
    var killed = false
  }

  /// Two tills sell `salesPerTill` sales each; cupsd is killed once two sales are paid.
  static func sellThroughTheKill(_ shop: FaultShop, cupsPid: pid_t) throws -> Record {
    _ = try shop.client().call(ShiftAPI.Open.self, .init(openingCash: 100_000))
    let record = Record()
    let clients = try (0..<2).map { _ in try shop.client() }
    let group = DispatchGroup()
    for (till, client) in clients.enumerated() {
      group.enter()
      Thread {
        defer { group.leave() }
        for index in 0..<salesPerTill {
          do {
            let sale = try client.call(SaleAPI.Open.self, .init()).sale
            let item = TillLoad.items[(till * salesPerTill + index) % TillLoad.items.count]
            let cart = try client.call(
              SaleAPI.AddItem.self, .init(saleId: sale.id, code: item.code, quantity: item.quantity)
            ).sale
            let afterKill = record.lock.withLock { record.killed }
            let paid = try client.call(
              SaleAPI.Pay.self,
              .init(saleId: sale.id, payments: [.init(method: "cash", amount: cart.total)]))
            record.lock.withLock {
              record.paid.append(Sold(number: paid.sale.number, afterKill: afterKill))
              if record.paid.count == 2, !record.killed {
                kill(cupsPid, SIGKILL)
                record.killed = true
              }
            }
          } catch {
            record.lock.withLock { record.unexpected.append("\(error)") }
            return
          }
        }
      }.start()
    }
    group.wait()
    return record
  }

  /// For each sale number, the receipt files in `directory` whose text holds it.
  static func landed(_ numbers: [String], in directory: String) -> [[String]] {
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasPrefix("job-") && $0.hasSuffix(".bin") }
    let texts = files.map { file in
      let bytes = FileManager.default.contents(atPath: directory + "/" + file) ?? Data()
      return (file, String(decoding: bytes.filter { $0 >= 0x20 || $0 == 0x0A }, as: UTF8.self))
    }
    return numbers.map { number in texts.filter { $0.1.contains(number) }.map(\.0) }
  }
}
