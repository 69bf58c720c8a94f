/// One thing measured: each step does one iteration and gives one sample (nanoseconds) per
/// metric, e.g. `Sale.Open+5×AddItem` and `Sale.Pay` from the same sale.
struct Scenario {
  var metrics: [String]
  /// Whether the metrics are client round trips, compared with the echo.
  var isRoundTrip = true
  var step: () throws -> [Int64]
}
