import Foundation
import KasirProtocol
import KasirTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// Sends bytes on a connection of their own, half-closes it, and reads every reply up to
/// the end kasird makes of the connection.
enum FrameExchange {
  struct Result {
    /// Each reply, as text.
    var replies: [String]
    /// Why the connection did not end cleanly (a timeout, a reset), or nil.
    var problem: String?

    /// The `error` name of each reply (nil for a reply without one).
    var errors: [String?] {
      replies.map { reply in
        guard
          case .object(let object)? = try? JSONDecoder().decode(
            JSONValue.self, from: Data(reply.utf8)),
          case .string(let name)? = object["error"]
        else { return nil }
        return name
      }
    }
  }

  static func run(_ bytes: [UInt8], socket: String, timeoutSeconds: Int = 20) -> Result {
    let client: RawSocketClient
    do { client = try RawSocketClient(path: socket, timeoutSeconds: timeoutSeconds) } catch {
      return Result(replies: [], problem: "cannot connect: \(error)")
    }
    // kasird may close the connection before taking every byte (a message too large).
    try? client.send(bytes)
    shutdown(client.fd, Int32(SHUT_WR))
    var replies: [String] = []
    while true {
      do {
        guard let reply = try client.receive() else { return Result(replies: replies) }
        replies.append(String(decoding: reply, as: UTF8.self))
      } catch let error as POSIXError where error.code == .ECONNRESET && !replies.isEmpty {
        return Result(replies: replies)  // closed with our unread bytes still queued
      } catch {
        return Result(replies: replies, problem: "\(error) after \(replies.count) replies")
      }
    }
  }
}

/// A connection kept open through a fuzz run: it must keep getting right answers.
struct Observer {
  let client: RawSocketClient

  /// What is wrong with its answers now, or nil.
  func problem() -> String? {
    do {
      let info = try client.call(AdminAPI.Info.self, Empty())
      guard !info.version.isEmpty else { return "Admin.Info has no version" }
      let product = try client.call(CatalogAPI.GetProduct.self, .init(code: "8991234000206"))
      guard product.product.sku == "MIE-INS-GOR" else { return "GetProduct: \(product.product)" }
      let level = try client.call(StockAPI.GetLevel.self, .init(code: "KOP-SAC")).level
      guard level.sku == "KOP-SAC" else { return "GetLevel: \(level)" }
      return nil
    } catch {
      return "the long-lived connection failed: \(error)"
    }
  }
}
