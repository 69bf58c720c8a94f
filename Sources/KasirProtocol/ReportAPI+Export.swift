extension ReportAPI {
  /// A streamed export (call with `more: true`): each reply carries one chunk of the file.
  public enum Export: VarlinkMethod {
    public static let name = "id.kasir.Report.Export"
    public static let kinds = ["sales", "lines", "payments", "movements", "members"]
    public static let formats = ["csv", "xlsx"]

    public struct Parameters: Codable, Sendable {
      /// sales, lines, payments, movements or members.
      public var kind: String
      /// First and last shop day, `YYYY-MM-DD`, both included.
      public var from: String
      public var to: String
      /// csv or xlsx.
      public var format: String
      public init(kind: String, from: String, to: String, format: String) {
        self.kind = kind
        self.from = from
        self.to = to
        self.format = format
      }
    }

    public struct Reply: Codable, Sendable {
      /// The next piece of the file; may be empty (a progress report while an XLSX is built).
      public var chunk: String
      /// utf8 (csv) or base64 (xlsx).
      public var encoding: String
      /// Rows exported so far, and in all (extensions, for progress).
      public var rows: Int?
      public var totalRows: Int?
      public init(chunk: String, encoding: String, rows: Int? = nil, totalRows: Int? = nil) {
        self.chunk = chunk
        self.encoding = encoding
        self.rows = rows
        self.totalRows = totalRows
      }
    }
  }
}
