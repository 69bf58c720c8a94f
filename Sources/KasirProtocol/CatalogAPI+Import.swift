extension CatalogAPI {
  /// One bad row of an import: its row number in the file (the header is row 1), the column
  /// and what is wrong.
  public struct ImportError: Codable, Sendable, Equatable {
    public var row: Int
    public var field: String
    public var message: String
    public init(row: Int, field: String, message: String) {
      self.row = row
      self.field = field
      self.message = message
    }
  }

  public enum ImportProducts: VarlinkMethod {
    public static let name = "id.kasir.Catalog.ImportProducts"
    public struct Parameters: Codable, Sendable {
      public var csv: String
      public var dryRun: Bool?
      public init(csv: String, dryRun: Bool? = nil) {
        self.csv = csv
        self.dryRun = dryRun
      }
    }
    public struct Reply: Codable, Sendable, Equatable {
      public var created: Int
      public var updated: Int
      public var unchanged: Int
      public init(created: Int, updated: Int, unchanged: Int) {
        self.created = created
        self.updated = updated
        self.unchanged = unchanged
      }
    }
  }

  public enum ExportProducts: VarlinkMethod {
    public static let name = "id.kasir.Catalog.ExportProducts"
    public typealias Parameters = Empty
    public struct Reply: Codable, Sendable {
      public var csv: String
      public init(csv: String) { self.csv = csv }
    }
  }
}
