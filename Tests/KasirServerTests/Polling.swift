/// Background work (the print queue, receipts after Pay) finishes a little after the call that
/// started it: these poll for its result.
struct TimedOut: Error, CustomStringConvertible {
  var description: String { "timed out after 5 s" }
}

/// The first non-nil value of `body`, polled every 10 ms for up to 5 s.
func eventually<T>(_ body: () async throws -> T?) async throws -> T {
  for _ in 0..<500 {
    if let value = try await body() { return value }
    try await Task.sleep(for: .milliseconds(10))
  }
  throw TimedOut()
}

/// Polls until `body` is true, for up to 5 s.
func waitUntil(_ body: () async throws -> Bool) async throws {
  _ = try await eventually { try await body() ? true : nil }
}
