import Foundation
import KasirCore
import Testing

@testable import KasirStore

@Suite struct StoreCatalogTests {
  @Test func upsertCreatesThenUpdates() async throws {
    let store = try Fixtures.store()
    var product = Fixtures.noodle
    product.onHand = Quantity(whole: 999)
    let created = try await store.upsertProduct(product, user: "m", now: Fixtures.now)
    #expect(created.created)
    #expect(created.product.onHand == .zero)
    #expect(created.product.packs == Fixtures.noodle.packs)
    #expect(created.product.barcodes == [Fixtures.noodleBarcode])

    product.name = "Indomie Goreng"
    product.barcodes = []
    let updated = try await store.upsertProduct(product, user: "m", now: Fixtures.now)
    #expect(!updated.created)
    #expect(updated.product.name == "Indomie Goreng")
    #expect(updated.product.barcodes.isEmpty)
    await #expect(throws: CatalogError.productNotFound(code: Fixtures.noodleBarcode)) {
      try await store.product(code: Fixtures.noodleBarcode, now: Fixtures.now)
    }
    // Only the creation changed the price.
    #expect(try await store.priceHistory(sku: "MIE-001").count == 1)
  }

  @Test func invalidProductIsRefused() async throws {
    let store = try Fixtures.store()
    var product = Fixtures.noodle
    product.barcodes = ["8991000000019"]  // wrong check digit
    await #expect(throws: CatalogError.invalidBarcode(code: "8991000000019", reason: .checkDigit)) {
      try await store.upsertProduct(product, user: "m", now: Fixtures.now)
    }
    #expect(try await store.count("product") == 0)
  }

  @Test func barcodeOfAnotherProductIsRefusedAndNothingChanges() async throws {
    let store = try Fixtures.store()
    _ = try await store.upsertProduct(Fixtures.noodle, user: "m", now: Fixtures.now)
    _ = try await store.upsertProduct(Fixtures.sugar, user: "m", now: Fixtures.now)
    var sugar = Fixtures.sugar
    sugar.name = "Gula renamed"
    sugar.barcodes = [Fixtures.sugarBarcode, Fixtures.cartonBarcode]
    await #expect(
      throws: CatalogError.duplicateBarcode(code: Fixtures.cartonBarcode, sku: "MIE-001")
    ) {
      try await store.upsertProduct(sugar, user: "m", now: Fixtures.now)
    }
    let stored = try await store.product(code: "GULA-1", now: Fixtures.now)
    #expect(stored.name == Fixtures.sugar.name)
    #expect(stored.barcodes == [Fixtures.sugarBarcode])
    #expect(
      try await store.product(code: Fixtures.cartonBarcode, now: Fixtures.now).sku == "MIE-001")

    var other = Fixtures.rice
    other.sku = "BERAS-2"
    await #expect(throws: CatalogError.duplicateBarcode(code: "12345", sku: "BERAS-PW")) {
      _ = try await store.upsertProduct(Fixtures.rice, user: "m", now: Fixtures.now)
      _ = try await store.upsertProduct(other, user: "m", now: Fixtures.now)
    }
  }

  @Test func codesResolveBySkuBarcodePackAndScaleLabel() async throws {
    let store = try await Fixtures.stockedStore(openShift: false)
    #expect(
      try await store.product(code: "MIE-001", now: Fixtures.now).name == "Indomie Goreng Spesial")
    #expect(try await store.product(code: "mie-001", now: Fixtures.now).sku == "MIE-001")
    let byBarcode = try await store.resolve(code: Fixtures.noodleBarcode, now: Fixtures.now)
    #expect(byBarcode.product.sku == "MIE-001" && byBarcode.pack == nil)
    let byPack = try await store.resolve(code: Fixtures.cartonBarcode, now: Fixtures.now)
    #expect(byPack.pack?.factor == 40)
    #expect(byPack.product.onHand == Quantity(whole: 100))

    // 20 · PLU 12345 · 00750 g · check digit
    let label = Fixtures.ean("201234500750")
    let weighed = try await store.resolve(code: label, now: Fixtures.now)
    #expect(weighed.product.sku == "BERAS-PW")
    #expect(weighed.quantity == Quantity(thousandths: 750))
    await #expect(throws: CatalogError.productNotFound(code: "9999")) {
      try await store.product(code: "9999", now: Fixtures.now)
    }
  }

  @Test func scaleLabelWithPriceBecomesQuantity() async throws {
    let store = try await Fixtures.stockedStore(
      scale: ScaleSettings(prefixes: 21...21, value: .rupiah), openShift: false)
    // Rp 7.500 of rice at Rp 15.000/kg is 0,5 kg.
    let resolved = try await store.resolve(code: Fixtures.ean("211234507500"), now: Fixtures.now)
    #expect(resolved.quantity == Quantity(thousandths: 500))
    await #expect(throws: CatalogError.self) {
      try await store.resolve(code: Fixtures.ean("201234507500"), now: Fixtures.now)
    }
  }

  @Test func searchMatchesWordsInAnyOrderSkuAndBarcodePrefixes() async throws {
    let store = try await Fixtures.stockedStore(openShift: false)
    let now = Fixtures.now
    #expect(
      try await store.searchProducts(query: "goreng indo", limit: 10, now: now).map(\.sku) == [
        "MIE-001"
      ])
    #expect(
      try await store.searchProducts(query: "GULA put", limit: 10, now: now).map(\.sku) == [
        "GULA-1"
      ])
    #expect(
      try await store.searchProducts(query: "beras-", limit: 10, now: now).map(\.sku) == [
        "BERAS-PW"
      ])
    #expect(try await store.searchProducts(query: "8991000", limit: 10, now: now).count == 2)
    #expect(try await store.searchProducts(query: "8991000", limit: 1, now: now).count == 1)
    #expect(try await store.searchProducts(query: "mie kopi", limit: 10, now: now).isEmpty)
    #expect(try await store.searchProducts(query: "  ", limit: 10, now: now).isEmpty)
    #expect(try await store.searchProducts(query: "\"*", limit: 10, now: now).isEmpty)
  }

  @Test func setPriceKeepsHistoryAndRefusesAboveCap() async throws {
    let store = try await Fixtures.stockedStore(openShift: false)
    let later = Fixtures.now.addingTimeInterval(60)
    let product = try await store.setPrice(
      sku: "GULA-1", price: 17_900, memberPrice: nil, effectiveAt: nil, reason: "supplier",
      user: "m", now: later)
    #expect(product.price == 17_900)
    await #expect(throws: CatalogError.priceAboveCap(price: 18_500, cap: 18_000)) {
      try await store.setPrice(
        sku: "GULA-1", price: 18_500, memberPrice: nil, effectiveAt: nil, reason: nil, user: "m",
        now: later)
    }
    let history = try await store.priceHistory(sku: "GULA-1")
    #expect(history.map(\.price) == [17_900, 17_500])
    #expect(history[0].previousPrice == 17_500 && history[0].reason == "supplier")
    #expect(history[1].previousPrice == nil)
    await #expect(throws: CatalogError.productNotFound(code: "NOPE")) {
      try await store.priceHistory(sku: "NOPE")
    }
  }

  @Test func scheduledPriceTakesEffectWhenItsMomentPasses() async throws {
    let store = try await Fixtures.stockedStore()
    let monday = Fixtures.now.addingTimeInterval(86_400)
    let scheduled = try await store.setPrice(
      sku: "MIE-001", price: 3_800, memberPrice: 3_600, effectiveAt: monday, reason: "naik",
      user: "m", now: Fixtures.now)
    #expect(scheduled.price == 3_500)
    #expect(
      try await store.product(code: "MIE-001", now: monday.addingTimeInterval(-1)).price == 3_500)
    // A read after the moment sees it before any write applies it…
    let seen = try await store.product(code: "MIE-001", now: monday)
    #expect(seen.price == 3_800 && seen.memberPrice == 3_600)
    // …and a sale made after the moment sells at it.
    let sale = try await store.openSale(cashier: "ani", memberNumber: nil, now: monday)
    let added = try await store.addItem(
      saleId: sale.id, code: Fixtures.noodleBarcode, quantity: nil, user: "ani", now: monday)
    #expect(added.sale.lines[0].unitPrice == 3_800)
    #expect(try await store.priceHistory(sku: "MIE-001").first?.effectiveAt == monday)
  }
}

/// A search page reads its rows by position (`Record+Columns.swift`); the products must be
/// exactly what a read by column name gives.
@Suite struct SearchRowsByPositionTests {
  @Test func aSearchGivesTheProductsAReadByNameGives() async throws {
    let store = try Fixtures.store()
    let full = Product(
      sku: "MIN-2", name: "Minyak Goreng Pouch 2 L", unit: "liter", plu: "00042",
      barcodes: [Fixtures.ean("899100000010"), Fixtures.ean("899100000011")], price: 36_000,
      memberPrice: 35_000, priceCap: 36_000, maxPerSale: Quantity(thousandths: 2_500),
      taxClass: .ppn11, reorderLevel: Quantity(whole: 4),
      packs: [
        Pack(barcode: Fixtures.ean("899100000012"), name: "Karton 12", factor: 12, price: 420_000)
      ],
      active: false)
    for product in [full, Fixtures.noodle, Fixtures.rice, Fixtures.sugar] {
      _ = try await store.upsertProduct(product, user: "m", now: Fixtures.now)
    }
    for query in ["minyak", "MIN-2", "899100000", "mie", "beras", "gula"] {
      let found = try await store.searchProducts(query: query, limit: 20, now: Fixtures.now)
      #expect(!found.isEmpty, "\(query)")
      for product in found {
        #expect(product == (try await store.product(code: product.sku, now: Fixtures.now)))
      }
    }
    let minyak = try await store.searchProducts(query: "minyak", limit: 20, now: Fixtures.now)
    #expect(minyak.map(\.plu) == ["00042"])
    #expect(minyak.first?.packs.map(\.factor) == [12])
  }
}
