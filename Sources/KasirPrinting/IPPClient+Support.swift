import CCups
import Foundation

/// IPP statuses, server addresses and queue names: the small print of talking to cupsd.
extension IPPClient {
  static let ippOK: Int32 = 0x00FF  // statuses up to 0x00FF are successes
  static let notFound: Int32 = 0x0406
  static let notAcceptingJobs: Int32 = 0x0506

  /// `cupsLastErrorString()`: cupsd's status-message, or libcups's own words; "" if neither.
  static func lastErrorText() -> String {
    cupsLastErrorString().map { String(cString: $0) } ?? ""
  }

  /// The error for an IPP status, worded by cupsd when it said something.
  static func error(status: Int32, message: String) -> PrintError? {
    var message = message
    if message.isEmpty {
      message = ippErrorString(ipp_status_t(rawValue: status)).map { String(cString: $0) } ?? ""
    }
    switch status {
    case 0...ippOK: return nil
    case notFound: return .noSuchPrinter(message)
    case notAcceptingJobs: return .notAccepting(message)
    // service unavailable, version/timeouts, and libcups's own internal errors (0x1000 up)
    case 0x0502, 0x0503, 0x0504, 0x1000...: return .unreachable(message)
    default:
      return .failed("\(message) (IPP status 0x\(String(UInt32(bitPattern: status), radix: 16)))")
    }
  }

  /// Splits a CUPS_SERVER-style string into host (or socket path) and port; nil or empty
  /// means libcups's default server.
  static func endpoint(server: String?) -> (host: String, port: Int32) {
    let server = server.flatMap { $0.isEmpty ? nil : $0 } ?? String(cString: cupsServer())
    if server.hasPrefix("/") { return (server, ippPort()) }
    var host = Substring(server)
    var port = ippPort()
    if let colon = host.lastIndex(of: ":"), !host[colon...].contains("]"),
      let parsed = Int32(host[host.index(after: colon)...])
    {
      port = parsed
      host = host[..<colon]
    }
    if host.hasPrefix("[") && host.hasSuffix("]") { host = host.dropFirst().dropLast() }
    return (String(host), port)
  }

  static func describe(_ endpoint: (host: String, port: Int32)) -> String {
    endpoint.host.hasPrefix("/") ? endpoint.host : "\(endpoint.host):\(endpoint.port)"
  }

  static func describe(_ host: String, _ port: Int32) -> String { describe((host, port)) }

  /// `/printers/NAME`, or nil when NAME cannot be a CUPS queue name.
  static func resource(for destination: String) -> String? {
    let forbidden: Set<Character> = ["/", "\\", "#", "'", "\"", "?", "%"]
    guard !destination.isEmpty, destination.utf8.count < 128,
      destination.allSatisfy({ $0.isASCII && !$0.isWhitespace && !forbidden.contains($0) }),
      destination.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F })
    else { return nil }
    return "/printers/" + destination
  }

  static func withCStrings<R>(
    _ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R
  ) -> R {
    let copies = strings.map { strdup($0) }
    defer {
      for copy in copies { free(copy) }
    }
    let pointers = copies.map { UnsafePointer($0) }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
  }
}

extension PrintError {
  var isUnreachable: Bool {
    if case .unreachable = self { return true }
    return false
  }
}
