import Foundation

/// How hard the fault suite pushes: short in `make test` (about a minute for the whole suite),
/// full with `KASIR_FAULT_BUDGET=full` (`make fault`).
enum FaultBudget {
  static var isFull: Bool { ProcessInfo.processInfo.environment["KASIR_FAULT_BUDGET"] == "full" }

  /// Rounds of kill -9 under load.
  static var killRounds: Int { isFull ? 20 : 3 }

  /// Seconds of randomized fuzzing.
  static var fuzzSeconds: Double { isFull ? 120 : 10 }

  /// The seed of a randomized test: `KASIR_FUZZ_SEED` to repeat a run, else a fresh one.
  /// Printed, so that a failure can be replayed.
  static func seed(for test: String) -> UInt64 {
    let seed =
      ProcessInfo.processInfo.environment["KASIR_FUZZ_SEED"].flatMap { UInt64($0) }
      ?? UInt64.random(in: 0...UInt64.max)
    print("\(test): seed \(seed) (KASIR_FUZZ_SEED=\(seed) repeats it)")
    return seed
  }
}

/// SplitMix64: a small, fast generator that gives the same numbers for the same seed.
struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
