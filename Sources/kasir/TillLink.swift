import Foundation
import KasirProtocol

/// The till's connection to kasird. When it breaks (kasird restarted, the power came back),
/// it tells the cashier, connects again with a short backoff, and lets the session find out
/// whether the interrupted call took effect.
final class TillLink: TillBackend {
  let path: String
  /// Pauses between attempts, in milliseconds; the last repeats until `patience` runs out.
  static let backoff = [100, 250, 500, 1000, 2000]
  /// How long to keep trying, in seconds, before giving up on this command.
  let patience: Int
  private let notify: (String) -> Void
  private let messages: Messages
  private var connection: VarlinkConnection?

  init(path: String, messages: Messages, patience: Int = 60, notify: @escaping (String) -> Void) {
    self.path = path
    self.messages = messages
    self.patience = patience
    self.notify = notify
  }

  func call<M: VarlinkMethod>(_ method: M.Type, _ parameters: M.Parameters) throws -> M.Reply {
    let current: VarlinkConnection
    if let connection {
      current = connection
    } else {
      do {
        current = try VarlinkConnection(path: path)
      } catch let error as ConnectionError where Self.isBroken(error) {
        current = try reconnect()
      }
      connection = current
    }
    do {
      return try current.call(method, parameters)
    } catch let error as ConnectionError where Self.isBroken(error) {
      current.close()
      connection = nil
      connection = try reconnect()
      throw TillLinkError.reconnected
    }
  }

  private func reconnect() throws -> VarlinkConnection {
    notify(messages(.tillReconnecting))
    let deadline = Date().addingTimeInterval(TimeInterval(patience))
    var attempt = 0
    while true {
      let pause = Self.backoff[min(attempt, Self.backoff.count - 1)]
      attempt += 1
      Thread.sleep(forTimeInterval: Double(pause) / 1000)
      do {
        let connection = try VarlinkConnection(path: path)
        notify(messages(.tillReconnected))
        return connection
      } catch let error as ConnectionError where Self.isBroken(error) && Date() < deadline {
        continue
      }
    }
  }

  private static func isBroken(_ error: ConnectionError) -> Bool {
    switch error {
    case .cannotConnect, .closed, .timedOut: return true
    case .permissionDenied, .invalidReply, .replyTooLarge: return false
    }
  }
}
