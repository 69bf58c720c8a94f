import KasirCore

/// How a stock adjustment is given: the quantity counted on the shelf, or a change.
public enum StockAdjustment: Sendable, Equatable {
  case counted(Quantity)
  case delta(Quantity)
}
