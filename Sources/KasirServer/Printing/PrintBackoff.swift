/// How long the print queue waits before it tries a failing job again: `initial`, doubling
/// after each failure, at most `maximum`.
public struct PrintBackoff: Sendable, Equatable {
  public var initial: Duration
  public var maximum: Duration

  public init(initial: Duration, maximum: Duration) {
    self.initial = initial
    self.maximum = max(initial, maximum)
  }

  /// The wait after `failures` failed attempts in a row (1 → `initial`).
  public func delay(afterFailures failures: Int) -> Duration {
    guard failures > 1 else { return initial }
    var delay = initial
    for _ in 1..<failures {
      delay *= 2
      if delay >= maximum { return maximum }
    }
    return delay
  }
}
