import Foundation

/// Something that takes a document of printer bytes and queues it: `CupsPrinter`, or a fake.
public protocol ReceiptPrinting: Sendable {
  /// Queues `document` (raw ESC/POS) under `title`; returns the job id.
  func print(_ document: [UInt8], title: String) async throws(PrintError) -> Int32
  /// What the printer's queue says now.
  func status() async -> PrinterStatus
  /// The id of a job the printer's queue holds or has printed whose title contains `[tag]`
  /// and that it took at or after `notBefore`; nil if there is none. Tells whether an attempt
  /// that failed (e.g. timed out waiting for the answer) reached the queue after all.
  func findJob(tag: String, notBefore: Date) async throws(PrintError) -> Int32?
}
