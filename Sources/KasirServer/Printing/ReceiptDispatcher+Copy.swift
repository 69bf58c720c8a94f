import KasirCore
import KasirPrinting
import KasirProtocol

extension ReceiptDispatcher {
  /// Prints a copy marked SALINAN and waits for the job id; a failure is a `PrintFailed` error.
  func printCopy(_ sale: Sale) async throws -> Int32 {
    let document = renderer.render(receipt(for: sale, copy: true))
    do {
      let job = try await printer.print(document, title: "Struk \(sale.number) (salinan)")
      logger.info(
        "receipt copy sent", metadata: ["sale.number": "\(sale.number)", "print.job": "\(job)"])
      return job
    } catch {
      logger.error(
        "receipt copy not printed",
        metadata: ["sale.number": "\(sale.number)", "print.error": "\(error)"])
      throw VarlinkError.printFailed("\(error)")
    }
  }
}
