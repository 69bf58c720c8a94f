/// `org.varlink.service`: what every varlink service answers.
public enum ServiceAPI {
  public enum GetInfo: VarlinkMethod {
    public static let name = "org.varlink.service.GetInfo"
    public typealias Parameters = Empty
    public struct Reply: Codable, Sendable, Equatable {
      public var vendor: String
      public var product: String
      public var version: String
      public var url: String
      public var interfaces: [String]
      public init(
        vendor: String, product: String, version: String, url: String, interfaces: [String]
      ) {
        self.vendor = vendor
        self.product = product
        self.version = version
        self.url = url
        self.interfaces = interfaces
      }
    }
  }

  public enum GetInterfaceDescription: VarlinkMethod {
    public static let name = "org.varlink.service.GetInterfaceDescription"
    public struct Parameters: Codable, Sendable {
      public var interface: String
      public init(interface: String) { self.interface = interface }
    }
    public struct Reply: Codable, Sendable {
      public var description: String
      public init(description: String) { self.description = description }
    }
  }
}
