import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Backups of a real kasird while another thread keeps selling, then `kasird restore` of one
/// into the stopped shop and a start on it.
@Suite(.serialized) struct BackupEndToEndTests {
  @Test func backupsWhileSellingThenARestoreIntoTheStoppedShop() throws {
    let shop = try DemoShop()
    defer { shop.tearDown() }
    _ = try RawSocketClient(path: shop.socket).call(ShiftAPI.Open.self, .init(openingCash: 0))
    let seller = try Seller(socket: shop.socket)
    seller.start()
    defer { seller.stop() }
    seller.waitFor(sales: 3)

    // Six backups while sales go on; the demo configuration keeps five.
    var backups: [(path: String, sales: Int)] = []
    for _ in 0..<6 {
      let before = seller.acknowledged
      let result = try shop.kasir(["backup", "--json"])
      let after = seller.sent
      #expect(result.status == 0, "\(result.stderr)")
      let path = try #require(jsonValue(result.stdout, "path") as? String)
      let bytes = try #require(jsonValue(result.stdout, "bytes") as? Int)
      let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber
      #expect(bytes == size?.intValue)
      #expect(try query(path, "PRAGMA integrity_check") == "ok")
      #expect(try query(path, Self.ledgerMismatches) == "0", "stock = sum of movements")
      let sales = try #require(Int(try query(path, Self.completedSales)))
      #expect(before <= sales && sales <= after, "\(before) <= \(sales) <= \(after)")
      backups.append((path, sales))
      seller.waitFor(sales: seller.acknowledged + 2)
    }
    seller.stop()
    #expect(seller.failure == nil, "\(seller.failure ?? "")")
    let directory = (backups[0].path as NSString).deletingLastPathComponent
    let kept = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    #expect(kept == backups.dropFirst().map { ($0.path as NSString).lastPathComponent }.sorted())

    // Human output, in Indonesian.
    let plain = try shop.kasir(["backup"])
    #expect(plain.stdout.contains("Cadangan basis data dibuat dan diperiksa: \(directory)/kasir-"))
    #expect(plain.stdout.contains(" byte)"), "\(plain.stdout)")

    let chosen = backups[2]
    let restore = [
      "restore", chosen.path, "--config", shop.config, "--database",
      shop.directory + "/kasir.sqlite",
      "--socket", shop.socket,
    ]
    let refused = try ProcessRunner.run(BuiltProducts.path("kasird"), restore)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("kasird is running"), "\(refused.stderr)")

    let live = shop.directory + "/kasir.sqlite"
    let allSales = try #require(Int(try query(live, Self.completedSales)))
    #expect(allSales > chosen.sales)
    let numbers = try query(chosen.path, Self.saleNumbers)
    #expect(shop.terminate() == 0)
    let restored = try ProcessRunner.run(BuiltProducts.path("kasird"), restore)
    #expect(restored.status == 0, "\(restored.stderr)")
    #expect(
      restored.stdout.contains("sales:    \(chosen.sales) (integrity ok)"), "\(restored.stdout)")
    #expect(restored.stdout.contains("previous: \(live).before-restore-"))
    let aside = try FileManager.default.contentsOfDirectory(atPath: shop.directory)
      .filter { $0.hasPrefix("kasir.sqlite.before-restore-") && !$0.hasSuffix("-wal") }
    try #require(aside.count == 1)
    #expect(try query(shop.directory + "/" + aside[0], Self.completedSales) == "\(allSales)")

    try shop.startDaemon()
    let client = try RawSocketClient(path: shop.socket)
    let check = try client.call(AdminAPI.Check.self, Empty())
    #expect(check.integrity == "ok" && check.ledgerOk)
    #expect(try query(live, Self.saleNumbers) == numbers)
    let last = try #require(numbers.split(separator: "\n").last.map(String.init))
    #expect(try client.call(SaleAPI.Get.self, .init(number: last)).sale.state == "completed")
    let newest = try query(
      shop.directory + "/" + aside[0],
      "SELECT number FROM sale WHERE state = 'completed' ORDER BY id DESC LIMIT 1")
    #expect(throws: VarlinkError.self) {
      try client.call(SaleAPI.Get.self, .init(number: newest))
    }
  }

  @Test func aCashierCannotBackUp() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), getuid() == 0 else {
      return  // needs root to switch to nobody
    }
    let demo = try String(
      contentsOfFile: BuiltProducts.packageRoot.path + "/Config/kasird.demo.toml", encoding: .utf8)
    let shop = try DemoShop(config: demo + "\n[roles]\ncashier_group = \"nogroup\"\n")
    defer { shop.tearDown() }
    let client = shop.directory + "/kasir"
    try FileManager.default.copyItem(atPath: BuiltProducts.path("kasir"), toPath: client)
    chmod(client, 0o755)
    let nobody = ["--reuid=65534", "--regid=65534", "--clear-groups", client]
    let info = try ProcessRunner.run(
      "/usr/bin/setpriv", nobody + ["info", "--json"], environment: ["KASIR_SOCKET": shop.socket])
    #expect(jsonValue(info.stdout, "role") as? String == "cashier", "\(info.stdout)\(info.stderr)")
    let refused = try ProcessRunner.run(
      "/usr/bin/setpriv", nobody + ["backup"], environment: ["KASIR_SOCKET": shop.socket])
    #expect(refused.status == 4, "\(refused.stdout)\(refused.stderr)")
    #expect(!FileManager.default.fileExists(atPath: shop.directory + "/backups"))
  }

  static let completedSales = "SELECT COUNT(*) FROM sale WHERE state = 'completed'"
  static let saleNumbers = "SELECT number FROM sale WHERE state = 'completed' ORDER BY number"
  static let ledgerMismatches = """
    SELECT COUNT(*) FROM product p
    WHERE p.onHand IS NOT (SELECT COALESCE(SUM(m.delta), 0) FROM stockMovement m WHERE m.sku = p.sku)
    """

  /// One query through the sqlite3 tool, its output without the last newline.
  func query(_ database: String, _ sql: String) throws -> String {
    let result = try ProcessRunner.run("/usr/bin/sqlite3", [database, sql])
    guard result.status == 0 else { throw DemoShop.SetupError("sqlite3: \(result.stderr)") }
    return result.stdout.trimmingCharacters(in: .newlines)
  }
}

/// A cashier on its own thread, completing one-item cash sales until stopped. `sent` counts
/// the Pay calls sent, `acknowledged` those answered: a sale committed before a backup started
/// is among the acknowledged, one in a backup is among the sent.
final class Seller: @unchecked Sendable {
  private let client: RawSocketClient
  private let condition = NSCondition()
  private var sentCount = 0
  private var acknowledgedCount = 0
  private var stopping = false
  private var running = false
  private(set) var failure: String?

  init(socket: String) throws { client = try RawSocketClient(path: socket) }

  var sent: Int { locked { sentCount } }
  var acknowledged: Int { locked { acknowledgedCount } }

  func start() {
    running = true
    let thread = Thread { self.sell() }
    thread.name = "seller"
    thread.start()
  }

  /// Waits until `sales` sales are acknowledged (or selling failed).
  func waitFor(sales: Int) {
    condition.lock()
    defer { condition.unlock() }
    while acknowledgedCount < sales && failure == nil && running { condition.wait() }
  }

  /// Stops after the sale in progress and waits for the thread.
  func stop() {
    condition.lock()
    defer { condition.unlock() }
    stopping = true
    while running { condition.wait() }
  }

  private func sell() {
    defer { locked { running = false } }
    while !locked({ stopping }) {
      do {
        let sale = try client.call(SaleAPI.Open.self, .init()).sale
        let cart = try client.call(
          SaleAPI.AddItem.self, .init(saleId: sale.id, code: "KOP-SAC", quantity: nil)
        ).sale
        locked { sentCount += 1 }
        _ = try client.call(
          SaleAPI.Pay.self,
          .init(saleId: sale.id, payments: [.init(method: "cash", amount: cart.total)]))
        locked { acknowledgedCount += 1 }
      } catch {
        locked { failure = "\(error)" }
        return
      }
    }
  }

  private func locked<T>(_ body: () -> T) -> T {
    condition.lock()
    defer {
      condition.broadcast()
      condition.unlock()
    }
    return body()
  }
}
