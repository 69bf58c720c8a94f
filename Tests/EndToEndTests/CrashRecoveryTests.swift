import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

/// kasird killed with SIGKILL mid-sale and right after Pay: nothing lost, nothing doubled, and
/// the stock ledger still sums to every on-hand figure. kasird is a separate process, so the
/// blocking socket client cannot starve it.
@Suite(.serialized) struct CrashRecoveryTests {
  /// Twenty products of the demo catalog: weighed ones 0,75 at a time, the rest by one.
  static let items: [(code: String, quantity: Thousandths)] = [
    "BER-MED", "BER-PRE", "BER-SPH-5", "MIN-1-LIT", "MIN-GOR-KEM", "MIN-GOR-CUR", "GUL-PAS-1",
    "TEL-AYA-RAS", "TEP-TER-1", "TEP-TER-CUR", "DAG-AYA-RAS", "BAW-MER", "BAW-PUT",
    "CAB-RAW-MER", "GAS-LPG-3", "MIE-INS-GOR", "GAR-BER-250", "KEC-MAN-REF", "KOP-SAC",
    "AIR-MIN-600",
  ].map { code in (code, weighed.contains(code) ? Thousandths(750) : Thousandths(whole: 1)) }
  static let weighed: Set = [
    "BER-MED", "BER-PRE", "MIN-GOR-CUR", "TEL-AYA-RAS", "TEP-TER-CUR", "DAG-AYA-RAS", "BAW-MER",
    "BAW-PUT", "CAB-RAW-MER",
  ]

  @Test func killNineLosesNothingAndDoublesNothing() throws {
    let shop = try DemoShop()
    defer { shop.tearDown() }
    var client = try RawSocketClient(path: shop.socket)
    _ = try client.call(ShiftAPI.Open.self, .init(openingCash: 200_000))
    let opened = try client.call(SaleAPI.Open.self, .init()).sale

    // Given ten lines acknowledged, when kasird is killed, then they are all there.
    var cart = opened
    for item in Self.items.prefix(10) {
      cart = try client.call(
        SaleAPI.AddItem.self, .init(saleId: opened.id, code: item.code, quantity: item.quantity)
      ).sale
    }
    shop.killHard()
    try shop.restart()
    client = try RawSocketClient(path: shop.socket)
    #expect(try client.call(SaleAPI.ListOpen.self, Empty()).sales == [cart])

    for item in Self.items.dropFirst(10) {
      cart = try client.call(
        SaleAPI.AddItem.self, .init(saleId: opened.id, code: item.code, quantity: item.quantity)
      ).sale
    }
    #expect(cart.lines.count == 20)
    shop.killHard()
    try shop.restart()
    client = try RawSocketClient(path: shop.socket)
    #expect(try client.call(SaleAPI.ListOpen.self, Empty()).sales == [cart])

    // When Pay replies and kasird dies at once, then the sale is there once, completed.
    let paid = try client.call(
      SaleAPI.Pay.self,
      .init(
        saleId: opened.id,
        payments: [
          .init(method: "qris", amount: 50_000, reference: "QR-1"),
          .init(method: "cash", amount: cart.total),
        ])
    ).sale
    shop.killHard()
    try shop.restart()
    client = try RawSocketClient(path: shop.socket)
    let stored = try client.call(SaleAPI.Get.self, .init(number: opened.number)).sale
    #expect(stored == paid)
    #expect(stored.state == "completed")
    #expect(stored.payments.map(\.method) == ["qris", "cash"])
    #expect(try client.call(SaleAPI.ListOpen.self, Empty()).sales.isEmpty)

    for item in Self.items {
      let level = try client.call(StockAPI.GetLevel.self, .init(code: item.code)).level
      #expect(level.onHand.value < 100_000_000, "\(item.code) is readable")
    }
    #expect(shop.terminate() == 0)

    // Then, in the database file itself: one sale, two payments, one sale movement per line,
    // and for every product onHand is the sum of its movements.
    func query(_ sql: String) throws -> String {
      try ProcessRunner.run("/usr/bin/sqlite3", [shop.directory + "/kasir.sqlite", sql]).stdout
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let saleId = try query("SELECT id FROM sale WHERE number = '\(opened.number)'")
    #expect(saleId == "\(opened.id)")
    #expect(try query("SELECT count(*) FROM payment WHERE saleId = \(saleId)") == "2")
    #expect(
      try query("SELECT count(*) FROM stockMovement WHERE saleId = \(saleId) AND kind = 'sale'")
        == "20")
    #expect(
      try query(
        """
        SELECT count(*) FROM product p WHERE onHand <>
          (SELECT coalesce(sum(delta), 0) FROM stockMovement m WHERE m.sku = p.sku)
        """) == "0")
    #expect(try query("SELECT count(*) FROM product") == "30")
    #expect(try query("PRAGMA integrity_check") == "ok")
  }
}
