/// A varlink method: its full name and the shapes of its parameters and reply.
public protocol VarlinkMethod: Sendable {
  associatedtype Parameters: Codable & Sendable
  associatedtype Reply: Codable & Sendable
  /// The fully qualified name, e.g. `id.kasir.Sale.AddItem`.
  static var name: String { get }
}

extension VarlinkMethod {
  /// `id.kasir.Sale` for `id.kasir.Sale.AddItem`.
  public static var interfaceName: String {
    String(name[..<(name.lastIndex(of: ".") ?? name.startIndex)])
  }
}

/// An empty parameter or reply object, `{}`.
public struct Empty: Codable, Sendable, Equatable {
  public init() {}
}
