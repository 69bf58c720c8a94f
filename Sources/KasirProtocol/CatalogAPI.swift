/// `id.kasir.Catalog`: products, barcodes and prices.
public enum CatalogAPI {
  public static let interface = "id.kasir.Catalog"

  public struct Pack: Codable, Sendable, Equatable {
    public var barcode: String
    public var name: String
    public var factor: Int64
    public var price: Int64
    public init(barcode: String, name: String, factor: Int64, price: Int64) {
      self.barcode = barcode
      self.name = name
      self.factor = factor
      self.price = price
    }
  }

  public struct Product: Codable, Sendable, Equatable {
    public var sku: String
    public var name: String
    public var unit: String
    public var weighed: Bool
    public var plu: String?
    public var barcodes: [String]
    public var price: Int64
    public var memberPrice: Int64?
    public var priceCap: Int64?
    public var maxPerSale: Thousandths?
    public var taxClass: String
    public var reorderLevel: Thousandths?
    public var packs: [Pack]
    public var active: Bool
    public var onHand: Thousandths

    public init(
      sku: String, name: String, unit: String, weighed: Bool, plu: String?, barcodes: [String],
      price: Int64, memberPrice: Int64?, priceCap: Int64?, maxPerSale: Thousandths?,
      taxClass: String, reorderLevel: Thousandths?, packs: [Pack], active: Bool,
      onHand: Thousandths
    ) {
      self.sku = sku
      self.name = name
      self.unit = unit
      self.weighed = weighed
      self.plu = plu
      self.barcodes = barcodes
      self.price = price
      self.memberPrice = memberPrice
      self.priceCap = priceCap
      self.maxPerSale = maxPerSale
      self.taxClass = taxClass
      self.reorderLevel = reorderLevel
      self.packs = packs
      self.active = active
      self.onHand = onHand
    }
  }

  public struct ProductInput: Codable, Sendable, Equatable {
    public var sku: String
    public var name: String
    public var unit: String
    public var weighed: Bool?
    public var plu: String?
    public var barcodes: [String]?
    public var price: Int64
    public var memberPrice: Int64?
    public var priceCap: Int64?
    public var maxPerSale: Thousandths?
    public var taxClass: String?
    public var reorderLevel: Thousandths?
    public var packs: [Pack]?
    public var active: Bool?

    public init(
      sku: String, name: String, unit: String, weighed: Bool? = nil, plu: String? = nil,
      barcodes: [String]? = nil, price: Int64, memberPrice: Int64? = nil, priceCap: Int64? = nil,
      maxPerSale: Thousandths? = nil, taxClass: String? = nil, reorderLevel: Thousandths? = nil,
      packs: [Pack]? = nil, active: Bool? = nil
    ) {
      self.sku = sku
      self.name = name
      self.unit = unit
      self.weighed = weighed
      self.plu = plu
      self.barcodes = barcodes
      self.price = price
      self.memberPrice = memberPrice
      self.priceCap = priceCap
      self.maxPerSale = maxPerSale
      self.taxClass = taxClass
      self.reorderLevel = reorderLevel
      self.packs = packs
      self.active = active
    }
  }

  public struct PriceChange: Codable, Sendable, Equatable {
    public var sku: String
    public var price: Int64
    public var memberPrice: Int64?
    public var previousPrice: Int64?
    public var effectiveAt: String
    public var changedAt: String
    public var user: String
    public var reason: String?
    public init(
      sku: String, price: Int64, memberPrice: Int64?, previousPrice: Int64?, effectiveAt: String,
      changedAt: String, user: String, reason: String?
    ) {
      self.sku = sku
      self.price = price
      self.memberPrice = memberPrice
      self.previousPrice = previousPrice
      self.effectiveAt = effectiveAt
      self.changedAt = changedAt
      self.user = user
      self.reason = reason
    }
  }

  public enum UpsertProduct: VarlinkMethod {
    public static let name = "id.kasir.Catalog.UpsertProduct"
    public struct Parameters: Codable, Sendable {
      public var product: ProductInput
      public init(product: ProductInput) { self.product = product }
    }
    public struct Reply: Codable, Sendable {
      public var product: Product
      public var created: Bool
      public init(product: Product, created: Bool) {
        self.product = product
        self.created = created
      }
    }
  }

  public enum GetProduct: VarlinkMethod {
    public static let name = "id.kasir.Catalog.GetProduct"
    public struct Parameters: Codable, Sendable {
      public var code: String
      public init(code: String) { self.code = code }
    }
    public struct Reply: Codable, Sendable {
      public var product: Product
      public init(product: Product) { self.product = product }
    }
  }

  public enum SearchProducts: VarlinkMethod {
    public static let name = "id.kasir.Catalog.SearchProducts"
    public struct Parameters: Codable, Sendable {
      public var query: String
      public var limit: Int?
      public init(query: String, limit: Int? = nil) {
        self.query = query
        self.limit = limit
      }
    }
    public struct Reply: Codable, Sendable {
      public var products: [Product]
      public init(products: [Product]) { self.products = products }
    }
  }

  public enum SetPrice: VarlinkMethod {
    public static let name = "id.kasir.Catalog.SetPrice"
    public struct Parameters: Codable, Sendable {
      public var sku: String
      public var price: Int64
      public var memberPrice: Int64?
      public var effectiveAt: String?
      public var reason: String?
      public init(
        sku: String, price: Int64, memberPrice: Int64? = nil, effectiveAt: String? = nil,
        reason: String? = nil
      ) {
        self.sku = sku
        self.price = price
        self.memberPrice = memberPrice
        self.effectiveAt = effectiveAt
        self.reason = reason
      }
    }
    public struct Reply: Codable, Sendable {
      public var product: Product
      public init(product: Product) { self.product = product }
    }
  }

  public enum PriceHistory: VarlinkMethod {
    public static let name = "id.kasir.Catalog.PriceHistory"
    public struct Parameters: Codable, Sendable {
      public var sku: String
      public init(sku: String) { self.sku = sku }
    }
    public struct Reply: Codable, Sendable {
      public var changes: [PriceChange]
      public init(changes: [PriceChange]) { self.changes = changes }
    }
  }
}
