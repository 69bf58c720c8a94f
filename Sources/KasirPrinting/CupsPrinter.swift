import Foundation
import Logging

/// A CUPS queue reached over IPP on a connection of its own, so that a hung cupsd costs
/// `timeout`, not the minutes libcups's destination API would block.
///
/// libcups blocks, so each call runs on a thread of its own, never on Swift's cooperative
/// pool (which has as many threads as cores and would stall every task behind a slow cupsd).
public struct CupsPrinter: ReceiptPrinting {
  public let destination: String
  /// What `CUPS_SERVER` would hold: a socket path or `host[:port]`; nil for libcups's default.
  public let server: String?
  public let timeout: Duration
  private let logger: Logger

  public init(destination: String, server: String?, timeout: Duration = .seconds(5), logger: Logger)
  {
    self.destination = destination
    self.server = server
    self.timeout = timeout
    var logger = logger
    logger[metadataKey: "printer.destination"] = "\(destination)"
    self.logger = logger
  }

  public func print(_ document: [UInt8], title: String) async throws(PrintError) -> Int32 {
    let client = IPPClient(server: server, destination: destination, timeout: timeout)
    let started = ContinuousClock.now
    let result = await Self.onOwnThread { client.printJob(document, title: title) }
    let elapsed = ContinuousClock.now - started
    switch result {
    case .success(let jobID):
      logger.info(
        "Queued print job",
        metadata: [
          "print.job": "\(jobID)", "print.title": "\(title)", "print.bytes": "\(document.count)",
          "print.elapsed": "\(elapsed)",
        ])
      return jobID
    case .failure(let error):
      logger.warning(
        "Print job failed",
        metadata: [
          "print.title": "\(title)", "print.error": "\(error)", "print.elapsed": "\(elapsed)",
        ])
      throw error
    }
  }

  /// The job cupsd holds (waiting, printing or completed) whose title carries `[tag]` and that
  /// it created at or after `notBefore`, from Get-Jobs on a connection with the timeout.
  public func findJob(tag: String, notBefore: Date) async throws(PrintError) -> Int32? {
    let client = IPPClient(server: server, destination: destination, timeout: timeout)
    let result = await Self.onOwnThread { client.findJob(tag: tag, notBefore: notBefore) }
    switch result {
    case .success(let jobID):
      logger.debug(
        "Looked for a print job by its tag",
        metadata: ["print.tag": "\(tag)", "print.job": "\(jobID.map(String.init) ?? "none")"])
      return jobID
    case .failure(let error):
      logger.warning(
        "Cannot look for a print job by its tag",
        metadata: ["print.tag": "\(tag)", "print.error": "\(error)"])
      throw error
    }
  }

  /// The queue's state from Get-Printer-Attributes: ready (idle or printing and accepting),
  /// stopped (paused, rejecting or missing) or unreachable.
  public func status() async -> PrinterStatus {
    let client = IPPClient(server: server, destination: destination, timeout: timeout)
    return await Self.onOwnThread { client.printerStatus() }
  }

  private static func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
      let thread = Thread { continuation.resume(returning: work()) }
      thread.name = "kasir-cups"
      thread.start()
    }
  }
}
