/// Something that takes a document of printer bytes and queues it: `CupsPrinter`, or a fake.
public protocol ReceiptPrinting: Sendable {
  /// Queues `document` (raw ESC/POS) under `title`; returns the job id.
  func print(_ document: [UInt8], title: String) async throws(PrintError) -> Int32
  /// What the printer's queue says now.
  func status() async -> PrinterStatus
}
