/// `id.kasir.Report`: the day's summary for the koperasi board.
public enum ReportAPI {
  /// A total under a key: a payment method, a cashier's user name or an hour (`08`).
  public struct Amount: Codable, Sendable, Equatable {
    public var key: String
    public var amount: Int64
    public init(key: String, amount: Int64) {
      self.key = key
      self.amount = amount
    }
  }

  public struct TopProduct: Codable, Sendable, Equatable {
    public var sku: String
    public var name: String
    /// In the product's base unit.
    public var quantity: Thousandths
    public var amount: Int64
    public init(sku: String, name: String, quantity: Thousandths, amount: Int64) {
      self.sku = sku
      self.name = name
      self.quantity = quantity
      self.amount = amount
    }
  }

  public struct Summary: Codable, Sendable, Equatable {
    /// `YYYY-MM-DD`, a day in the shop's time zone.
    public var date: String
    public var salesCount: Int
    public var gross: Int64
    public var discounts: Int64
    public var refunds: Int64
    public var voids: Int64
    public var net: Int64
    public var byMethod: [Amount]
    public var byCashier: [Amount]
    public var byHour: [Amount]
    public var memberSales: Int64
    public var nonMemberSales: Int64
    public var topProducts: [TopProduct]
    public init(
      date: String, salesCount: Int, gross: Int64, discounts: Int64, refunds: Int64,
      voids: Int64, net: Int64, byMethod: [Amount], byCashier: [Amount], byHour: [Amount],
      memberSales: Int64, nonMemberSales: Int64, topProducts: [TopProduct]
    ) {
      self.date = date
      self.salesCount = salesCount
      self.gross = gross
      self.discounts = discounts
      self.refunds = refunds
      self.voids = voids
      self.net = net
      self.byMethod = byMethod
      self.byCashier = byCashier
      self.byHour = byHour
      self.memberSales = memberSales
      self.nonMemberSales = nonMemberSales
      self.topProducts = topProducts
    }
  }

  public enum DailySummary: VarlinkMethod {
    public static let name = "id.kasir.Report.DailySummary"
    public struct Parameters: Codable, Sendable {
      public var date: String
      public init(date: String) { self.date = date }
    }
    public struct Reply: Codable, Sendable {
      public var summary: Summary
      public init(summary: Summary) { self.summary = summary }
    }
  }
}
