import KasirCore

/// The figures of one shop day, with the same definitions as a shift's report
/// (`Store.report(_:shift:)`): sales are the completed and voided sales that are not refunds,
/// `refunds` the completed refund sales, `voids` the voided sales' totals; a sale belongs to the
/// day it was completed on, a refund to the day it was given.
///
/// Each sale adds to `net` what it came to: gross − discounts of a sale, less its total when it
/// was voided; a refund takes away its total. `byCashier`, `byHour` and member / non-member
/// split those contributions, so each of them adds up to `net`.
public struct DailySummary: Sendable, Equatable {
  public var salesCount: Int
  public var gross: Money
  public var discounts: Money
  public var refunds: Money
  public var voids: Money
  /// Completed sales' payments, cash net of change, in `Payment.Method` order.
  public var byMethod: [ShiftReport.MethodTotal]
  /// Net by the cashier who rang the sale up, by name.
  public var byCashier: [Total]
  /// Net by the hour of completion in the shop's zone, `08` for 08:00–08:59, in order.
  public var byHour: [Total]
  /// Net of the sales to members and of the refunds of those sales.
  public var memberSales: Money
  public var nonMemberSales: Money
  /// The ten products that brought in most: sold lines less refunded lines (voided sales
  /// count for nothing), by amount, then SKU.
  public var topProducts: [TopProduct]

  /// Gross less discounts, refunds and voids.
  public var net: Money { gross - discounts - refunds - voids }

  public struct Total: Sendable, Equatable {
    public var key: String
    public var amount: Money
    public init(key: String, amount: Money) {
      self.key = key
      self.amount = amount
    }
  }

  public struct TopProduct: Sendable, Equatable {
    public var sku: String
    public var name: String
    /// In the product's base unit (packs count as their units).
    public var quantity: Quantity
    /// Line amounts, after line discounts.
    public var amount: Money
    public init(sku: String, name: String, quantity: Quantity, amount: Money) {
      self.sku = sku
      self.name = name
      self.quantity = quantity
      self.amount = amount
    }
  }
}
