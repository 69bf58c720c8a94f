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
  /// `printer-state-message` or the reasons when ready; when stopped, a sentence naming the
  /// queue ("kasir-receipt is paused: Paused"); when unreachable, why. Empty when there is
  /// nothing to say.
  public var message: String

  /// Why a job sent now would not print, in the words stored as a job's lastError; nil when
  /// the printer is ready.
  public var problem: String? {
    switch state {
    case .ready: return nil
    case .stopped: return message
    case .unreachable: return PrintError.unreachable(message).description
    }
  }

  public init(state: State, message: String) {
    self.state = state
    self.message = message
  }
}
