import Foundation
import KasirCore
import KasirPrinting
import KasirStore
import Logging
import ServiceLifecycle

/// Sends the stored print jobs to the printer, one at a time, oldest first.
///
/// It wakes when a job is queued and when it starts (jobs left by a previous run). A job that
/// fails stays pending with its attempts and CUPS's words, and is tried again after a backoff;
/// a job CUPS took is marked sent with its CUPS job id and never sent again. Sales never wait
/// for it: Pay only stores the job and calls `wake()`.
public final class PrintQueue: Service, Sendable {
  let store: Store
  let printer: any ReceiptPrinting
  let receipts: ReceiptComposer
  let destination: String
  let backoff: PrintBackoff
  let now: @Sendable () -> Date
  let logger: Logger
  private let signal = WakeSignal()

  public init(
    store: Store, printer: any ReceiptPrinting, destination: String, config: KasirConfig,
    backoff: PrintBackoff? = nil, now: @escaping @Sendable () -> Date = { Date() },
    logger: Logger
  ) {
    self.store = store
    self.printer = printer
    self.receipts = ReceiptComposer(config: config)
    self.destination = destination
    self.backoff =
      backoff
      ?? PrintBackoff(
        initial: .seconds(config.printRetryInitialSeconds),
        maximum: .seconds(config.printRetryMaxSeconds))
    self.now = now
    self.logger = logger
  }

  /// A job was queued: send it soon.
  public func wake() { signal.signal() }

  /// Runs until graceful shutdown. A job being sent finishes and is recorded first.
  public func run() async throws {
    await cancelWhenGracefulShutdown { await self.loop() }
    logger.info("print queue stopped")
  }

  private func loop() async {
    var failures = 0
    while !Task.isCancelled {
      let next: PrintJob?
      do {
        next = try await store.pendingPrintJobs(limit: 1).first
      } catch {
        if Task.isCancelled { return }
        logger.error("print queue cannot read its jobs", metadata: ["error": "\(error)"])
        try? await Task.sleep(for: backoff.maximum)
        continue
      }
      guard let job = next else {
        await signal.wait()
        continue
      }
      if await send(job) {
        failures = 0
      } else {
        failures += 1
        try? await Task.sleep(for: backoff.delay(afterFailures: failures))
      }
    }
  }

  /// Sends one job and records the outcome; true when CUPS took it (or the job is done with).
  ///
  /// A job is sent only to a printer that is ready. A paused (`cupsdisable`) or stopped CUPS
  /// queue still accepts jobs and would print them after `cupsenable`, but Kasir then could
  /// only mark the job sent while nothing prints: `Printer.Jobs` would say "sent" for a
  /// receipt that may never come out (the queue may stay paused, or its jobs be cancelled).
  /// So the job stays in Kasir's queue, pending, with the reason as its lastError
  /// ("kasir-receipt is paused: Paused"), `Printer.Status` says stopped, and a retry after
  /// `cupsenable` sends it. The check costs one Get-Printer-Attributes per job; a queue
  /// paused between the check and the send only delays that one job inside CUPS.
  ///
  /// Every job-name carries the job's tag (`Struk 20261129-0001 [kasir-17]`). A retry first
  /// asks cupsd for that tag: a failed attempt may have reached cupsd anyway (its answer came
  /// after our timeout, with cupsd busy or resumed from SIGSTOP just before we gave up, or was
  /// lost with the connection). A job cupsd has is marked sent with its CUPS id, not printed
  /// a second time. If cupsd cannot be asked, nothing is sent: the job waits for the retry.
  func send(_ job: PrintJob) async -> Bool {
    guard let id = job.id else { return false }
    var metadata: Logger.Metadata = [
      "print.queueJob": "\(id)", "print.kind": "\(job.kind.rawValue)",
      "print.reference": "\(job.reference)",
    ]
    let printerStatus = await printer.status()
    if let problem = printerStatus.problem {
      return await failed(job, error: problem, metadata: metadata)
    }
    let tag = Self.tag(forJob: id)
    if job.attempts > 0 {
      do {
        let notBefore = job.createdAt.addingTimeInterval(-Self.clockSlack)
        if let cupsJob = try await printer.findJob(tag: tag, notBefore: notBefore) {
          metadata["print.job"] = "\(cupsJob)"
          let sentAt = now()
          await record { try await $0.markPrintJobSent(id: id, cupsJobId: cupsJob, now: sentAt) }
          logger.notice(
            "print job was taken by CUPS in an earlier attempt; not sent again",
            metadata: metadata)
          return true
        }
      } catch {
        return await failed(job, error: error.description, metadata: metadata)
      }
    }
    let document: [UInt8]
    let title: String
    do {
      (document, title) = try await render(job)
    } catch  where error is CancellationError || Task.isCancelled {
      // Shutting down while reading the sale: the job stays pending for the next run.
      return false
    } catch {
      // The sale cannot be read: nothing to print, ever. Record why and move on.
      logger.error(
        "print job cannot be rendered", metadata: metadata.merging(["error": "\(error)"]) { $1 })
      await record {
        try await $0.markPrintJobAttemptFailed(id: id, error: "\(error)", final: true)
      }
      return true
    }
    do {
      let cupsJob = try await printer.print(document, title: "\(title) [\(tag)]")
      metadata["print.job"] = "\(cupsJob)"
      let sentAt = now()
      await record { try await $0.markPrintJobSent(id: id, cupsJobId: cupsJob, now: sentAt) }
      logger.info("print job sent", metadata: metadata)
      return true
    } catch {
      return await failed(job, error: error.description, metadata: metadata)
    }
  }

  /// The tag in a job's CUPS job-name that finds it again: `kasir-17` for job 17.
  static func tag(forJob id: Int64) -> String { "kasir-\(id)" }

  /// How much earlier than the job's createdAt cupsd's `time-at-creation` may be and still
  /// count: it has whole seconds, and the two clocks are the same machine's.
  static let clockSlack: TimeInterval = 60

  /// Records a failed attempt (the job stays pending) and logs it; always false.
  private func failed(_ job: PrintJob, error: String, metadata: Logger.Metadata) async -> Bool {
    guard let id = job.id else { return false }
    var metadata = metadata
    metadata["print.error"] = "\(error)"
    metadata["print.attempts"] = "\(job.attempts + 1)"
    await record { try await $0.markPrintJobAttemptFailed(id: id, error: error) }
    logger.warning("print job not sent, will retry", metadata: metadata)
    return false
  }

  /// Writes an outcome even while the queue is being shut down (cancelled): a job CUPS took
  /// must be marked sent, or it would print again after a restart.
  private func record(_ write: @escaping @Sendable (Store) async throws -> Void) async {
    let store = self.store
    let logger = self.logger
    await Task {
      do { try await write(store) } catch {
        logger.error("print job outcome not stored", metadata: ["error": "\(error)"])
      }
    }.value
  }

  private func render(_ job: PrintJob) async throws -> ([UInt8], String) {
    switch job.kind {
    case .receipt, .copy:
      let sale = try await store.sale(id: job.saleId ?? -1)
      let copy = job.kind == .copy
      let member = try await sale.memberNumber.asyncMap { try await store.member(number: $0) }
      let balance = try await store.kasbonBalance(afterSale: sale.id)
      let receipt = receipts.receipt(for: sale, copy: copy, member: member, kasbonBalance: balance)
      return (
        receipts.renderer.render(receipt),
        copy ? "Struk \(sale.number) (salinan)" : "Struk \(sale.number)"
      )
    case .drawer:
      return (receipts.renderer.drawerKick, "Buka laci (\(job.requestedBy))")
    case .test:
      return (receipts.testPage(destination: destination), "Tes printer")
    case .zreport:
      let report = try await store.closedShiftReport(id: job.shiftId ?? -1)
      return (receipts.zReportDocument(for: report), "Laporan Z shift \(report.shift.id)")
    case .settlement:
      let (member, entry) = try await store.kasbonSettlement(id: job.settlementId ?? -1)
      return (
        receipts.settlementDocument(member: member, entry: entry),
        "Bayar kasbon \(member.number)"
      )
    }
  }

  /// What the printer says, with the queue's view: pending jobs and why the oldest waits.
  public func status() async throws -> (
    state: PrinterStatus.State, pendingJobs: Int, lastError: String?
  ) {
    let printerStatus = await printer.status()
    let pending = try await store.pendingPrintJobs(limit: 1)
    let count = try await store.pendingPrintJobCount()
    return (printerStatus.state, count, pending.first?.lastError ?? printerStatus.problem)
  }
}

extension Optional {
  fileprivate func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
    guard let value = self else { return nil }
    return try await transform(value)
  }
}
