import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

/// The common course of a full disk, whatever fills it: tills sell until a call is refused;
/// the refusal is StorageFull naming the database; the sale it was on is not half-written;
/// kasird stays up and answers reads; once space is back the sale completes and more follow.
struct FullDisk {
  let shop: FaultShop

  /// Where the selling stopped.
  struct Refusal {
    var error: VarlinkError
    /// `open`, `add` or `pay`.
    var step: String
    /// The sale the refused call was on (nil when Open was refused).
    var sale: SaleAPI.Sale?
  }

  /// One sale of one product, paid in cash; throws the first refusal.
  func sell(_ client: RawSocketClient, code: String = "KOP-SAC") throws -> SaleAPI.Sale {
    try sell(client, code: code) { _, _ in }
  }

  private func sell(
    _ client: RawSocketClient, code: String, refused: (String, SaleAPI.Sale?) -> Void
  ) throws -> SaleAPI.Sale {
    let sale: SaleAPI.Sale
    do { sale = try client.call(SaleAPI.Open.self, .init()).sale } catch {
      refused("open", nil)
      throw error
    }
    let cart: SaleAPI.Sale
    do {
      cart = try client.call(SaleAPI.AddItem.self, .init(saleId: sale.id, code: code)).sale
    } catch {
      refused("add", sale)
      throw error
    }
    do {
      return try client.call(
        SaleAPI.Pay.self, .init(saleId: sale.id, payments: [.init(method: "cash", amount: 50_000)])
      ).sale
    } catch {
      refused("pay", cart)
      throw error
    }
  }

  /// Sells until a call is refused (at most `limit` sales); the refusal, or nil.
  func sellUntilRefused(_ client: RawSocketClient, limit: Int = 3000) throws -> Refusal? {
    for _ in 0..<limit {
      var step = ""
      var sale: SaleAPI.Sale?
      do {
        _ = try sell(client, code: "KOP-SAC") {
          step = $0
          sale = $1
        }
      } catch let error as VarlinkError {
        return Refusal(error: error, step: step, sale: sale)
      }
    }
    return nil
  }

  /// The kasir client's words for the refused call, repeated as the cashier would, in `lang`.
  func clientMessage(_ refusal: Refusal, lang: String) throws -> ProcessResult {
    let arguments: [String]
    switch (refusal.step, refusal.sale) {
    case ("pay", let sale?): arguments = ["sale", "pay", "\(sale.id)", "--cash", "50000"]
    case ("add", let sale?): arguments = ["sale", "add", "\(sale.id)", "KOP-SAC"]
    default: arguments = ["sale", "open"]
    }
    return try shop.kasir(arguments, environment: ["KASIR_LANG": lang])
  }

  /// Runs the whole course; `fill` fills the disk, `free` gives space back (and returns the
  /// client to use afterwards: a restart needs a new connection).
  func run(fill: () throws -> Void, free: () throws -> RawSocketClient) throws {
    let client = try shop.client()
    _ = try client.call(ShiftAPI.Open.self, .init(openingCash: 100_000))
    #expect(try sell(client).state == "completed", "a sale before the disk is full")
    let pid = shop.pid

    // Given a full disk, when the tills go on selling,
    try fill()
    let refusal = try #require(try sellUntilRefused(client), "the disk never filled")
    // then the refusal says the storage is full and where,
    #expect(refusal.error.error == "id.kasir.Admin.StorageFull", "\(refusal.error)")
    #expect(refusal.error.parameters == .object(["database": .string(shop.database)]))
    // the sale it was on is as it was before the refused call,
    if let sale = refusal.sale {
      let stored = try client.call(SaleAPI.Get.self, .init(saleId: sale.id)).sale
      #expect(stored == sale, "the refused \(refusal.step) left no trace")
      #expect(stored.state == "open" && stored.payments.isEmpty)
    }
    // kasird is the same process and answers reads, nothing is half there,
    #expect(shop.isAlive && shop.pid == pid, "\(shop.logText.suffix(2000))")
    #expect(try client.call(StockAPI.GetLevel.self, .init(code: "KOP-SAC")).level.sku == "KOP-SAC")
    #expect(try shop.brokenInvariants().isEmpty)
    // and the cashier reads what to do, in either language.
    let indonesian = try clientMessage(refusal, lang: "id")
    #expect(indonesian.status == 1, "\(indonesian.stdout)\(indonesian.stderr)")
    #expect(indonesian.stderr.contains("Penyimpanan kasird penuh (\(shop.database))"))
    #expect(indonesian.stderr.contains("Kosongkan ruang disk"), "\(indonesian.stderr)")
    let english = try clientMessage(refusal, lang: "en")
    #expect(
      english.stderr.contains("kasird's storage is full (\(shop.database))"), "\(english.stderr)")
    #expect(english.stderr.contains("Free disk space there"))

    // When space is back, the refused sale completes and more sales follow.
    let after = try free()
    if let sale = refusal.sale {
      if refusal.step == "add" {
        _ = try after.call(SaleAPI.AddItem.self, .init(saleId: sale.id, code: "KOP-SAC"))
      }
      let paid = try after.call(
        SaleAPI.Pay.self, .init(saleId: sale.id, payments: [.init(method: "cash", amount: 50_000)]))
      #expect(paid.sale.state == "completed")
    }
    for _ in 0..<3 {
      #expect(try sell(after).state == "completed")
    }
    #expect(try shop.brokenInvariants().isEmpty)
  }
}
