import Foundation
import KasirProtocol
import KasirTestSupport

/// A sale whose Pay got a reply, as the till was told.
struct PaidSale: Sendable, Equatable {
  var number: String
  var total: Int64
  var lines: Int
  var paid: Int64
}

/// What several tills saw, gathered from their threads.
final class LoadRecord: @unchecked Sendable {
  private let lock = NSLock()
  private var paidSales: [PaidSale] = []
  private var unexpectedErrors: [String] = []

  func add(_ sale: PaidSale) { lock.withLock { paidSales.append(sale) } }
  func fail(_ text: String) { lock.withLock { unexpectedErrors.append(text) } }
  var paid: [PaidSale] { lock.withLock { paidSales } }
  var unexpected: [String] { lock.withLock { unexpectedErrors } }
}

/// A till selling as fast as it can: Open, AddItem one to four products, Pay cash.
enum TillLoad {
  /// Products without a per-sale maximum; weighed ones 0,5 kg at a time.
  static let items: [(code: String, quantity: Thousandths)] = [
    ("BER-MED", Thousandths(500)), ("BER-PRE", Thousandths(500)), ("BAW-MER", Thousandths(500)),
    ("BER-SPH-5", Thousandths(whole: 1)), ("MIN-GOR-KEM", Thousandths(whole: 1)),
    ("GUL-PAS-1", Thousandths(whole: 1)), ("TEP-TER-1", Thousandths(whole: 1)),
    ("MIE-INS-GOR", Thousandths(whole: 1)), ("GAR-BER-250", Thousandths(whole: 1)),
    ("KEC-MAN-REF", Thousandths(whole: 1)), ("KOP-SAC", Thousandths(whole: 1)),
    ("AIR-MIN-600", Thousandths(whole: 1)), ("SAB-MAN-BAT", Thousandths(whole: 1)),
  ]

  /// Sells on `client` until the connection breaks (kasird died): each sale whose Pay
  /// replied goes into `record`. Any other error is recorded as unexpected. Blocking: call it
  /// on a thread of its own.
  static func sell(on client: RawSocketClient, seed: UInt64, record: LoadRecord) {
    var random = SeededGenerator(seed: seed)
    while true {
      do {
        let sale = try client.call(SaleAPI.Open.self, .init()).sale
        var cart = sale
        let count = Int.random(in: 1...4, using: &random)
        for item in items.shuffled(using: &random).prefix(count) {
          cart = try client.call(
            SaleAPI.AddItem.self, .init(saleId: sale.id, code: item.code, quantity: item.quantity)
          ).sale
        }
        let tendered = cart.total + Int64.random(in: 0...5_000, using: &random)
        let paid = try client.call(
          SaleAPI.Pay.self,
          .init(saleId: sale.id, payments: [.init(method: "cash", amount: tendered)])
        ).sale
        record.add(
          PaidSale(number: paid.number, total: paid.total, lines: paid.lines.count, paid: paid.paid)
        )
      } catch is POSIXError {
        return  // the connection broke: kasird was killed
      } catch {
        record.fail("\(error)")
        return
      }
    }
  }

  /// Starts one selling thread per seed, each on its own connection, kills kasird with
  /// SIGKILL `killAfter` microseconds after the round's first answered sale (so that a slow
  /// machine still sells in every round), and waits for every thread to notice.
  static func killRound(_ shop: FaultShop, seeds: [UInt64], killAfter: useconds_t) throws
    -> LoadRecord
  {
    let record = LoadRecord()
    let clients = try seeds.map { _ in try shop.client() }
    let group = DispatchGroup()
    for (client, seed) in zip(clients, seeds) {
      group.enter()
      Thread {
        sell(on: client, seed: seed, record: record)
        group.leave()
      }.start()
    }
    let deadline = Date().addingTimeInterval(10)
    while record.paid.isEmpty, record.unexpected.isEmpty, Date() < deadline {
      usleep(1_000)
    }
    usleep(killAfter)
    shop.killHard()
    group.wait()
    return record
  }
}
