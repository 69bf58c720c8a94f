import Foundation
import GRDB
import KasirCore

extension Store {
  /// Creates or replaces a product, its barcodes and its packs.
  ///
  /// `product.onHand` is ignored: stock only moves through the ledger. A price change is
  /// recorded when the product is created or its price or member price changes.
  public func upsertProduct(
    _ product: Product, user: String, now: Date
  ) async throws -> (product: Product, created: Bool) {
    try product.validate()
    return try await writer.write { db in
      try Store.applyDuePrices(db, now: now)
      let existing = try ProductRecord.fetchOne(db, key: product.sku)
      let sku = existing?.sku ?? product.sku
      for code in product.barcodes + product.packs.map(\.barcode) {
        if let other = try BarcodeRecord.fetchOne(db, key: code), other.sku != sku {
          throw CatalogError.duplicateBarcode(code: code, sku: other.sku)
        }
      }
      if let plu = product.plu,
        let other = try ProductRecord.filter(Column("plu") == plu).fetchOne(db), other.sku != sku
      {
        // A PLU is the in-store code of a weighed product: like a barcode, it has one owner.
        throw CatalogError.duplicateBarcode(code: plu, sku: other.sku)
      }
      var record = ProductRecord(
        product, onHand: Quantity(thousandths: existing?.onHand ?? 0),
        createdAt: existing?.createdAt ?? now, updatedAt: now)
      record.sku = sku
      if existing == nil { try record.insert(db) } else { try record.update(db) }
      try BarcodeRecord.filter(Column("sku") == sku).deleteAll(db)
      for (position, code) in product.barcodes.enumerated() {
        try BarcodeRecord(code: code, sku: sku, position: position).insert(db)
      }
      for (position, pack) in product.packs.enumerated() {
        try BarcodeRecord(pack: pack, sku: sku, position: product.barcodes.count + position)
          .insert(db)
      }
      if existing?.price != record.price || existing?.memberPrice != record.memberPrice {
        var change = PriceChangeRecord(
          sku: sku, price: record.price, memberPrice: record.memberPrice,
          previousPrice: existing?.price, effectiveAt: now, changedAt: now, user: user,
          reason: existing == nil ? "created" : "product updated", applied: true)
        try change.insert(db)
      }
      try Store.rerankSearchIfNeeded(db)
      return (try Store.product(db, record, now: now), existing == nil)
    }
  }

  /// A product by SKU, product barcode, pack barcode or scale label.
  public func product(code: String, now: Date) async throws -> Product {
    try await resolve(code: code, now: now).product
  }

  /// What `code` stands for: a product, maybe one of its packs, maybe a weighed quantity.
  public func resolve(code: String, now: Date) async throws -> ResolvedCode {
    let scale = self.scale
    return try await writer.read { db in
      try Store.resolve(db, code: code, scale: scale, now: now)
    }
  }

  /// Products whose name has every word of `query` as the start of one of its words (in any
  /// order, ignoring case and diacritics), whose SKU starts with `query`, or one of whose
  /// barcodes starts with `query`. Sorted by name.
  public func searchProducts(query: String, limit: Int, now: Date) async throws -> [Product] {
    try await writer.read { db in try Store.searchPage(db, query: query, limit: limit, now: now) }
  }

  /// `searchProducts` on the calling thread, for the socket's quick path: a reader of the
  /// pool, without a hop to another thread (it waits only if every reader is busy).
  public func searchProductsHere(query: String, limit: Int, now: Date) throws -> [Product] {
    try writer.read { db in try Store.searchPage(db, query: query, limit: limit, now: now) }
  }

  static func searchPage(_ db: Database, query: String, limit: Int, now: Date) throws -> [Product] {
    try products(db, search(db, query: query, limit: limit), now: now)
  }

  /// Changes a product's price now, or at `effectiveAt` when that is later than `now`.
  ///
  /// `memberPrice` nil keeps the current member price. Refused above the product's price cap.
  /// A scheduled change takes effect in every read and write made at or after `effectiveAt`.
  public func setPrice(
    sku: String, price: Money, memberPrice: Money?, effectiveAt: Date?, reason: String?,
    user: String, now: Date
  ) async throws -> Product {
    guard price >= .zero else { throw CatalogError.invalidField(field: "price", reason: .negative) }
    if let memberPrice, memberPrice < .zero {
      throw CatalogError.invalidField(field: "memberPrice", reason: .negative)
    }
    for (field, value) in [("price", price), ("memberPrice", memberPrice)]
    where (value ?? .zero) > Money.maxPrice {
      throw CatalogError.invalidField(field: field, reason: .tooLarge)
    }
    return try await writer.write { db in
      try Store.applyDuePrices(db, now: now)
      guard var record = try ProductRecord.fetchOne(db, key: sku) else {
        throw CatalogError.productNotFound(code: sku)
      }
      let member = memberPrice?.rupiah ?? record.memberPrice
      if let cap = record.priceCap {
        if price.rupiah > cap { throw CatalogError.priceAboveCap(price: price, cap: Money(cap)) }
        if let member, member > cap {
          throw CatalogError.priceAboveCap(price: Money(member), cap: Money(cap))
        }
      }
      let effective = effectiveAt ?? now
      let due = effective <= now
      var change = PriceChangeRecord(
        sku: record.sku, price: price.rupiah, memberPrice: member, previousPrice: record.price,
        effectiveAt: effective, changedAt: now, user: user, reason: reason, applied: due)
      try change.insert(db)
      if due {
        record.price = price.rupiah
        record.memberPrice = member
        record.updatedAt = now
        try record.update(db)
      }
      return try Store.product(db, record, now: now)
    }
  }

  /// The price changes of a product, newest (by effective moment) first.
  public func priceHistory(sku: String) async throws -> [PriceChange] {
    try await writer.read { db in
      guard let record = try ProductRecord.fetchOne(db, key: sku) else {
        throw CatalogError.productNotFound(code: sku)
      }
      return try PriceChangeRecord.filter(Column("sku") == record.sku)
        .order(Column("effectiveAt").desc, Column("id").desc)
        .fetchAll(db).map(\.priceChange)
    }
  }
}
