/// Why a document did not reach the printer's queue. Each case carries CUPS's own words.
public enum PrintError: Error, Sendable, Equatable, CustomStringConvertible {
  /// cupsd did not answer: nothing listens on the socket, or it hung past the timeout.
  case unreachable(String)
  /// cupsd has no queue by that name (IPP 0x0406).
  case noSuchPrinter(String)
  /// The queue rejects jobs, e.g. after `cupsreject` (IPP 0x0506).
  case notAccepting(String)
  /// Anything else cupsd refused.
  case failed(String)

  public var message: String {
    switch self {
    case .unreachable(let message), .noSuchPrinter(let message), .notAccepting(let message),
      .failed(let message):
      return message
    }
  }

  public var description: String {
    switch self {
    case .unreachable(let message): return "printer unreachable: \(message)"
    case .noSuchPrinter(let message): return "no such printer: \(message)"
    case .notAccepting(let message): return "printer not accepting jobs: \(message)"
    case .failed(let message): return "printing failed: \(message)"
    }
  }
}
