import Foundation
import GRDB
import KasirCore

@testable import KasirStore

/// Shared test data: a few products of a koperasi shop, at fixed times in Asia/Makassar.
enum Fixtures {
  static let makassar = TimeZone(identifier: "Asia/Makassar")!
  /// 2026-11-29 10:00:00 +08:00.
  static let now = at(2026, 11, 29, 10, 0)

  static func store(scale: ScaleSettings = .init()) throws -> Store {
    try Store.inMemory(timeZone: makassar, scale: scale)
  }

  static func at(
    _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0
  )
    -> Date
  {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = makassar
    return calendar.date(
      from: DateComponents(
        year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
  }

  /// `body` followed by its GS1 check digit.
  static func ean(_ body: String) -> String {
    body + String(Barcode.checkDigit(for: body.compactMap(\.wholeNumberValue)))
  }

  static let noodleBarcode = ean("899100000001")
  static let cartonBarcode = ean("899100000002")
  static let sugarBarcode = ean("899100000003")

  static let noodle = Product(
    sku: "MIE-001", name: "Indomie Goreng Spesial", unit: "pcs", barcodes: [noodleBarcode],
    price: 3_500, memberPrice: 3_300, reorderLevel: Quantity(whole: 10),
    packs: [Pack(barcode: cartonBarcode, name: "Karton 40", factor: 40, price: 130_000)])
  static let rice = Product(
    sku: "BERAS-PW", name: "Beras Pandan Wangi", unit: "kg", weighed: true, plu: "12345",
    price: 15_000)
  static let sugar = Product(
    sku: "GULA-1", name: "Gula Pasir Putih 1 kg", unit: "pcs", barcodes: [sugarBarcode],
    price: 17_500, priceCap: 18_000, maxPerSale: Quantity(whole: 2))

  /// A store with the three products, 100 noodles and 50 kg of rice in stock, and an open shift.
  static func stockedStore(scale: ScaleSettings = .init(), openShift: Bool = true) async throws
    -> Store
  {
    let store = try store(scale: scale)
    for product in [noodle, rice, sugar] {
      _ = try await store.upsertProduct(product, user: "manager", now: now)
    }
    _ = try await store.receive(
      supplier: "PT Sumber", reference: nil,
      lines: [
        .init(code: "MIE-001", quantity: Quantity(whole: 100), unitCost: 3_000),
        .init(code: "BERAS-PW", quantity: Quantity(whole: 50), unitCost: 12_000),
      ], user: "manager", now: now)
    if openShift {
      _ = try await store.openShift(openingCash: 100_000, user: "ani", now: now)
    }
    return store
  }
}

extension Store {
  /// Checks the ledger: `onHand` is the sum of the deltas and each balance the running sum.
  func ledgerIsConsistent() async throws -> Bool {
    try await writer.read { db in
      let products = try Row.fetchAll(db, sql: "SELECT sku, onHand FROM product")
      for product in products {
        let sku: String = product["sku"]
        let movements = try Row.fetchAll(
          db, sql: "SELECT delta, balance FROM stockMovement WHERE sku = ? ORDER BY id",
          arguments: [sku])
        var running: Int64 = 0
        for movement in movements {
          running += movement["delta"] as Int64
          if running != movement["balance"] as Int64 { return false }
        }
        if running != product["onHand"] as Int64 { return false }
      }
      return true
    }
  }

  func count(_ table: String) async throws -> Int {
    try await writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")! }
  }
}
