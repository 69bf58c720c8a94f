import CCups
import Foundation

/// Blocking IPP requests on one explicit libcups connection. Call only from a thread that may
/// block; libcups keeps its last error per thread, so every error is read right here.
struct IPPClient: Sendable {
  let server: String?
  let destination: String
  let timeout: Duration

  /// Print-Job with the document as `application/vnd.cups-raw`: cupsd passes it on untouched.
  func printJob(_ document: [UInt8], title: String) -> Result<Int32, PrintError> {
    let result = exchange(IPP_OP_PRINT_JOB, document: document) { request in
      ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nil, title)
      ippAddString(
        request, IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nil,
        "application/vnd.cups-raw")
    } read: { response in
      ippFindAttribute(response, "job-id", IPP_TAG_INTEGER).map { ippGetInteger($0, 0) }
    }
    return result.flatMap { jobID in
      jobID.map { .success($0) } ?? .failure(.failed("cupsd accepted the job but sent no job-id"))
    }
  }

  /// Get-Printer-Attributes: printer-state 3 (idle) or 4 (processing) and accepting = ready.
  func printerStatus() -> PrinterStatus {
    let wanted = [
      "printer-state", "printer-state-message", "printer-state-reasons",
      "printer-is-accepting-jobs",
    ]
    let result = exchange(IPP_OP_GET_PRINTER_ATTRIBUTES) { request in
      Self.withCStrings(wanted) { names in
        _ = ippAddStrings(
          request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
          Int32(wanted.count), nil, names)
      }
    } read: { response in
      status(from: response)
    }
    switch result {
    case .success(let status): return status
    case .failure(.unreachable(let message)):
      return PrinterStatus(state: .unreachable, message: message)
    case .failure(let error): return PrinterStatus(state: .stopped, message: error.description)
    }
  }

  /// Ready, or stopped with a sentence that names the queue: paused (`cupsdisable`, or CUPS
  /// itself after backend errors), stopped for another reason, or not accepting jobs.
  private func status(from response: OpaquePointer) -> PrinterStatus {
    let state = ippFindAttribute(response, "printer-state", IPP_TAG_ENUM).map {
      ippGetInteger($0, 0)
    }
    let accepting =
      ippFindAttribute(response, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN)
      .map { ippGetBoolean($0, 0) != 0 } ?? true
    let reasons =
      ippFindAttribute(response, "printer-state-reasons", IPP_TAG_KEYWORD).map { reasons in
        (0..<ippGetCount(reasons)).compactMap { ippGetString(reasons, $0, nil) }
          .map { String(cString: $0) }.filter { $0 != "none" }
      } ?? []
    var message =
      ippFindAttribute(response, "printer-state-message", IPP_TAG_TEXT)
      .flatMap { ippGetString($0, 0, nil) }.map { String(cString: $0) } ?? ""
    if message.isEmpty { message = reasons.joined(separator: ", ") }
    let why = message.isEmpty ? "no reason given" : message
    if !accepting {
      return PrinterStatus(state: .stopped, message: "\(destination) is not accepting jobs: \(why)")
    }
    if state == 3 || state == 4 { return PrinterStatus(state: .ready, message: message) }
    let paused = reasons.contains { $0.hasPrefix("paused") }
    return PrinterStatus(
      state: .stopped, message: "\(destination) is \(paused ? "paused" : "stopped"): \(why)")
  }

  // MARK: - Connection

  /// One request on a fresh connection: connect, send the request and `document`, read the
  /// response. The whole exchange gets `timeout`, however many waits libcups makes.
  func exchange<T>(
    _ operation: ipp_op_t, document: [UInt8] = [], build: (OpaquePointer) -> Void,
    read: (OpaquePointer) -> T
  ) -> Result<T, PrintError> {
    guard let resource = Self.resource(for: destination) else {
      return .failure(.noSuchPrinter("invalid printer name \"\(destination)\""))
    }
    let deadline = ContinuousClock.now + timeout
    let http: OpaquePointer
    switch connect() {
    case .success(let connection): http = connection
    case .failure(let error): return .failure(error)
    }
    defer { httpClose(http) }

    let request = ippNewRequest(operation)!
    defer { ippDelete(request) }
    ippAddString(
      request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nil, "ipp://localhost" + resource)
    ippAddString(
      request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nil, cupsUser())
    build(request)

    var status = cupsSendRequest(http, request, resource, ippLength(request) + document.count)
    if status == HTTP_STATUS_CONTINUE && !document.isEmpty {
      httpSetTimeout(http, Self.seconds(until: deadline), nil, nil)
      status = document.withUnsafeBufferPointer { bytes in
        bytes.withMemoryRebound(to: CChar.self) {
          cupsWriteRequestData(http, $0.baseAddress, $0.count)
        }
      }
    }
    guard status == HTTP_STATUS_CONTINUE || status == HTTP_STATUS_OK else {
      return .failure(lastError(context: "sending the request"))
    }
    httpSetTimeout(http, Self.seconds(until: deadline), nil, nil)
    guard let response = cupsGetResponse(http, resource) else {
      return .failure(lastError(context: "waiting for the answer"))
    }
    defer { ippDelete(response) }
    let code = ippGetStatusCode(response).rawValue
    if let error = Self.error(status: code, message: Self.lastErrorText()) {
      return .failure(named(error))
    }
    return .success(read(response))
  }

  /// What is left of the budget, but never less than a quarter second for a last wait.
  private static func seconds(until deadline: ContinuousClock.Instant) -> Double {
    max(0.25, seconds(deadline - ContinuousClock.now))
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  /// Connects with `timeout` as the connect timeout and as the timeout of every later read
  /// and write; a nil `server` means libcups's default (CUPS_SERVER, client.conf, the socket).
  private func connect() -> Result<OpaquePointer, PrintError> {
    let (host, port) = Self.endpoint(server: server)
    let seconds = Self.seconds(timeout)
    let milliseconds = Int32(clamping: Int64(seconds * 1000))
    errno = 0
    guard
      let http = httpConnect2(
        host, port, nil, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED, 1, milliseconds, nil)
    else {
      let code = errno
      var reason = code != 0 ? String(cString: strerror(code)) : "no connection"
      if host.hasPrefix("/") {
        reason = access(host, F_OK) == 0 ? "nothing answers on the socket" : "no such socket"
      }
      return .failure(
        .unreachable("cannot connect to cupsd at \(Self.describe(host, port)): \(reason)"))
    }
    httpSetTimeout(http, seconds, nil, nil)
    return .success(http)
  }

  /// The error libcups recorded on this thread. No IPP answer at all (0x0502, or an internal
  /// error after a timeout or a dropped connection) means cupsd is unreachable.
  private func lastError(context: String) -> PrintError {
    let status = cupsLastError().rawValue
    let text = Self.lastErrorText()
    if let error = Self.error(status: status, message: text), !error.isUnreachable {
      return named(error)
    }
    let place = Self.describe(Self.endpoint(server: server))
    return .unreachable("cupsd at \(place) \(context): \(text.isEmpty ? "no answer" : text)")
  }

  /// CUPS says "The printer or class does not exist." without naming it: add the name.
  private func named(_ error: PrintError) -> PrintError {
    guard case .noSuchPrinter(let message) = error else { return error }
    return .noSuchPrinter("\(destination) (\(message))")
  }

}
