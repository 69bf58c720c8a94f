/// One thing measured: each step does one iteration and gives one sample (nanoseconds) per
/// metric, e.g. `Sale.Open+5×AddItem` and `Sale.Pay` from the same sale.
struct Scenario {
  var metrics: [String]
  /// Whether the metrics are client round trips, compared with the echo.
  var isRoundTrip = true
  /// When set, the samples of all the metrics are also reported together under this name.
  var pooled: String?
  /// Runs `iterations / divisor` times: a whole sale is 7 round trips, so it gets fewer.
  var divisor = 1
  var step: () throws -> [Int64]
}
