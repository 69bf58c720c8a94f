extension AdminAPI {
  /// `id.kasir.Admin.Backup`: a verified online copy of the database (manager).
  public enum Backup: VarlinkMethod {
    public static let name = "id.kasir.Admin.Backup"
    public typealias Parameters = Empty
    public struct Reply: Codable, Sendable, Equatable {
      /// The backup file, e.g. `/var/lib/kasir/backups/kasir-20261129-231502.sqlite`.
      public var path: String
      public var bytes: Int64
      public init(path: String, bytes: Int64) {
        self.path = path
        self.bytes = bytes
      }
    }
  }
}
