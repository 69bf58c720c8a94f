extension AdminAPI {
  /// A product whose cached on-hand differs from the sum of its movements.
  public struct Mismatch: Codable, Sendable, Equatable {
    public var sku: String
    public var onHand: Thousandths
    public var sumOfMovements: Thousandths
    public init(sku: String, onHand: Thousandths, sumOfMovements: Thousandths) {
      self.sku = sku
      self.onHand = onHand
      self.sumOfMovements = sumOfMovements
    }
  }

  /// `id.kasir.Admin.Check`: SQLite integrity and the stock ledger (an extension of the contract).
  public enum Check: VarlinkMethod {
    public static let name = "id.kasir.Admin.Check"
    public typealias Parameters = Empty
    public struct Reply: Codable, Sendable, Equatable {
      /// `ok`, or what `PRAGMA integrity_check` said.
      public var integrity: String
      public var ledgerOk: Bool
      public var mismatches: [Mismatch]
      public init(integrity: String, ledgerOk: Bool, mismatches: [Mismatch]) {
        self.integrity = integrity
        self.ledgerOk = ledgerOk
        self.mismatches = mismatches
      }
    }
  }
}
