/// `id.kasir.Admin`.
public enum AdminAPI {
  public enum Info: VarlinkMethod {
    public static let name = "id.kasir.Admin.Info"
    public typealias Parameters = Empty
    public struct Reply: Codable, Sendable, Equatable {
      public var version: String
      public var database: String
      public var socket: String
      public var uptimeSeconds: Int64
      public var timezone: String
      public var shopName: String?
      /// The caller's role: manager or cashier.
      public var role: String?
      /// The caller's Unix user name.
      public var user: String?
      public init(
        version: String, database: String, socket: String, uptimeSeconds: Int64, timezone: String,
        shopName: String?, role: String?, user: String?
      ) {
        self.version = version
        self.database = database
        self.socket = socket
        self.uptimeSeconds = uptimeSeconds
        self.timezone = timezone
        self.shopName = shopName
        self.role = role
        self.user = user
      }
    }
  }
}
