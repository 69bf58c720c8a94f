extension CatalogAPI {
  /// Starts an import sent in parts (`AddImportPart`), for a file larger than one message.
  public enum BeginImport: VarlinkMethod {
    public static let name = "id.kasir.Catalog.BeginImport"
    public struct Parameters: Codable, Sendable {
      public var dryRun: Bool?
      public init(dryRun: Bool? = nil) { self.dryRun = dryRun }
    }
    public struct Reply: Codable, Sendable, Equatable {
      public var importId: String
      /// The daemon's message limit: an `AddImportPart` call, JSON and NUL included, must fit.
      public var maxMessageBytes: Int
      public init(importId: String, maxMessageBytes: Int) {
        self.importId = importId
        self.maxMessageBytes = maxMessageBytes
      }
    }
  }

  /// The next part of the file, in order. Parts are joined as they are.
  public enum AddImportPart: VarlinkMethod {
    public static let name = "id.kasir.Catalog.AddImportPart"
    public struct Parameters: Codable, Sendable {
      public var importId: String
      public var csv: String
      public init(importId: String, csv: String) {
        self.importId = importId
        self.csv = csv
      }
    }
    public struct Reply: Codable, Sendable, Equatable {
      /// The bytes (UTF-8) of the file received so far.
      public var receivedBytes: Int
      public init(receivedBytes: Int) { self.receivedBytes = receivedBytes }
    }
  }

  /// Imports the parts as one file, exactly as `ImportProducts` does.
  public enum CommitImport: VarlinkMethod {
    public static let name = "id.kasir.Catalog.CommitImport"
    public struct Parameters: Codable, Sendable {
      public var importId: String
      public init(importId: String) { self.importId = importId }
    }
    public typealias Reply = ImportProducts.Reply
  }
}
