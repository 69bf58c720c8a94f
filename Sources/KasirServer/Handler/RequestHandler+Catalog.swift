import Foundation
import KasirCore
import KasirProtocol

extension RequestHandler {
  /// A search page's size when the call gives no `limit`.
  static let defaultSearchLimit = 20
  /// The largest search page answered on the event loop.
  static let quickSearchLimit = 100

  static func addCatalogMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    let store = context.store
    registry.add(CatalogAPI.UpsertProduct.self, managerOnly: true) { parameters, caller in
      let input = Product(parameters.product)
      try input.validate(rules: context.config.catalogRules)
      let (product, created) = try await store.upsertProduct(
        input, user: caller.user, now: context.now())
      return .init(product: product.wire, created: created)
    }
    registry.add(CatalogAPI.GetProduct.self) { parameters, _ in
      .init(product: try await store.product(code: parameters.code, now: context.now()).wire)
    }
    registry.add(CatalogAPI.SearchProducts.self) { parameters, _ in
      let limit = parameters.limit ?? defaultSearchLimit
      guard (1...1000).contains(limit) else { throw VarlinkError.invalidParameter("limit") }
      let products = try await store.searchProducts(
        query: parameters.query, limit: limit, now: context.now())
      return .init(products: products.map(\.wire))
    }
    // A page of search results is a read of a few hundred µs: answered on the event loop, it
    // saves the thread hops and JSONEncoder, which cost more than the read. Pages of more than
    // `quickSearchLimit` products take the usual path, to keep the event loop free.
    registry.addQuick(
      CatalogAPI.SearchProducts.self,
      parameters: { call in
        guard let query = call.string("query"), call.string("limit") == nil else { return nil }
        return .init(query: query, limit: call.number("limit").map(Int.init))
      },
      { parameters in
        let limit = parameters.limit ?? defaultSearchLimit
        guard (1...quickSearchLimit).contains(limit) else { return nil }
        let products = try store.searchProductsHere(
          query: parameters.query, limit: limit, now: context.now())
        return WireCodec.productsReply(products.map(\.wire))
      })
    registry.add(CatalogAPI.SetPrice.self, managerOnly: true) { parameters, caller in
      var effectiveAt: Date?
      if let text = parameters.effectiveAt {
        guard let date = context.time.parse(text) else {
          throw VarlinkError.invalidParameter("effectiveAt")
        }
        effectiveAt = date
      }
      let product = try await store.setPrice(
        sku: parameters.sku, price: Money(parameters.price),
        memberPrice: parameters.memberPrice.map { Money($0) }, effectiveAt: effectiveAt,
        reason: parameters.reason, user: caller.user, now: context.now())
      return .init(product: product.wire)
    }
    registry.add(CatalogAPI.PriceHistory.self) { parameters, _ in
      .init(
        changes: try await store.priceHistory(sku: parameters.sku).map { $0.wire(context.time) })
    }
  }
}
