/// What cupsd says about a queue.
public struct PrinterStatus: Sendable, Equatable {
  public enum State: String, Sendable, Equatable {
    /// Idle or printing, and accepting jobs.
    case ready
    /// Paused (`cupsdisable`), rejecting jobs, or the queue does not exist.
    case stopped
    /// cupsd did not answer.
    case unreachable
  }

  public var state: State
  /// `printer-state-message`, the reasons, or the error; empty when there is nothing to say.
  public var message: String

  public init(state: State, message: String) {
    self.state = state
    self.message = message
  }
}
