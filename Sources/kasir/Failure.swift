import KasirProtocol

/// The exit statuses of `kasir`.
enum ExitStatus: Int32 {
  case ok = 0
  /// The daemon refused: its message is on stderr.
  case refused = 1
  /// The command line was wrong.
  case usage = 2
  /// The daemon could not be reached.
  case cannotConnect = 3
  /// The socket, or the daemon, said this user may not.
  case permissionDenied = 4
}

/// An error from talking to the daemon, as a message and an exit status.
struct Failure {
  var message: String
  var status: ExitStatus

  /// Nil for errors that are not about the daemon (argument-parser's own).
  init?(_ error: any Error, messages: Messages) {
    switch error {
    case let error as VarlinkError:
      message = messages.describe(error)
      status = error.error == VarlinkError.permissionDenied.error ? .permissionDenied : .refused
    case let error as ConnectionError:
      (message, status) = Self.describe(error, messages)
    case let error as CommandFailure:
      (message, status) = (error.message, error.status)
    default:
      return nil
    }
  }

  private static func describe(
    _ error: ConnectionError, _ messages: Messages
  ) -> (String, ExitStatus) {
    switch error {
    case .cannotConnect(let path, let reason):
      return (messages(.cannotConnect, ["path": path, "reason": reason]), .cannotConnect)
    case .permissionDenied(let path):
      return (messages(.socketPermissionDenied, ["path": path]), .permissionDenied)
    case .closed(let path): return (messages(.connectionClosed, ["path": path]), .cannotConnect)
    case .timedOut(let path): return (messages(.timedOut, ["path": path]), .cannotConnect)
    case .invalidReply(let detail): return (messages(.invalidReply, ["detail": detail]), .refused)
    case .replyTooLarge(let limit):
      return (messages(.replyTooLarge, ["limit": String(limit)]), .refused)
    }
  }
}

/// A failure a command found itself (a bad input file, a failed check), already in words.
struct CommandFailure: Error {
  var message: String
  var status: ExitStatus
}
