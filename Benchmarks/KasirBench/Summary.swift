/// The order statistics of one scenario's samples, in integer nanoseconds.
struct Summary: Codable, Sendable {
  var name: String
  var iterations: Int
  var minNs: Int64
  var p50Ns: Int64
  var p90Ns: Int64
  var p99Ns: Int64
  var maxNs: Int64
  /// p50 divided by the echo's p50 from the same run; nil for the echo itself and for
  /// figures that are not round trips.
  var p50OverEcho: Double?

  /// Nearest-rank percentiles: the p-th percentile is the smallest sample with at least p % of
  /// the samples at or below it. No interpolation, so every figure is a time that occurred.
  init(name: String, samples: [Int64]) {
    precondition(!samples.isEmpty, "no samples for \(name)")
    let sorted = samples.sorted()
    func percentile(_ p: Int) -> Int64 {
      let rank = (p * sorted.count + 99) / 100
      return sorted[max(rank, 1) - 1]
    }
    self.name = name
    iterations = sorted.count
    minNs = sorted[0]
    p50Ns = percentile(50)
    p90Ns = percentile(90)
    p99Ns = percentile(99)
    maxNs = sorted[sorted.count - 1]
  }
}
