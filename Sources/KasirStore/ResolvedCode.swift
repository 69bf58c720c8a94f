import KasirCore

/// What a scanned or typed code stands for.
public struct ResolvedCode: Sendable, Equatable {
  public var product: Product
  /// Set when the code is a pack barcode.
  public var pack: Pack?
  /// Set when the code is a scale label: the weight (or the price turned into a quantity).
  public var quantity: Quantity?

  public init(product: Product, pack: Pack? = nil, quantity: Quantity? = nil) {
    self.product = product
    self.pack = pack
    self.quantity = quantity
  }
}
