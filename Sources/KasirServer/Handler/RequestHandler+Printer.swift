import KasirProtocol
import KasirStore

/// `id.kasir.Printer`: the printer's state, the queue's jobs, the cash drawer, a test page.
extension RequestHandler {
  static func addPrinterMethods(to registry: inout MethodRegistry, _ context: ServerContext) {
    let store = context.store
    registry.add(PrinterAPI.Status.self) { _, _ in
      let queue = try context.requirePrintQueue()
      let status = try await queue.status()
      return .init(
        destination: queue.destination, state: status.state.rawValue,
        pendingJobs: status.pendingJobs, lastError: status.lastError)
    }
    registry.add(PrinterAPI.Jobs.self) { parameters, _ in
      _ = try context.requirePrintQueue()
      let limit = parameters.limit ?? 20
      guard (1...500).contains(limit) else { throw VarlinkError.invalidParameter("limit") }
      let jobs = try await store.recentPrintJobs(limit: limit)
      return .init(jobs: jobs.map { $0.wire(context.time) })
    }
    registry.add(PrinterAPI.OpenDrawer.self) { _, caller in
      let queue = try context.requirePrintQueue()
      let job = try await store.enqueue(.drawer, requestedBy: caller.user, now: context.now())
      context.logger.notice(
        "cash drawer opened",
        metadata: ["caller.user": "\(caller.user)", "print.queueJob": "\(job.id!)"])
      queue.wake()
      return .init(job: job.id!)
    }
    registry.add(PrinterAPI.Test.self) { _, caller in
      let queue = try context.requirePrintQueue()
      let job = try await store.enqueue(.test, requestedBy: caller.user, now: context.now())
      context.logger.info(
        "printer test page queued",
        metadata: ["caller.user": "\(caller.user)", "print.queueJob": "\(job.id!)"])
      queue.wake()
      return .init(job: job.id!)
    }
  }
}

extension ServerContext {
  /// The print queue, or `id.kasir.Printer.NotConfigured`.
  func requirePrintQueue() throws -> PrintQueue {
    guard let printQueue else { throw VarlinkError("id.kasir.Printer.NotConfigured") }
    return printQueue
  }
}

extension PrintJob {
  func wire(_ time: ShopTime) -> PrinterAPI.Job {
    PrinterAPI.Job(
      id: id ?? 0, kind: kind.rawValue, reference: reference, state: state.rawValue,
      attempts: attempts, createdAt: time.rfc3339(createdAt), lastError: lastError,
      requestedBy: requestedBy, sentAt: sentAt.map(time.rfc3339),
      cupsJobId: cupsJobId.map(Int64.init))
  }
}
