import ArgumentParser
import Foundation
import KasirProtocol

extension PrinterCommand {
  /// `kasir printer test [--wait]`: queues a test page; with `--wait`, follows the job in
  /// `Printer.Jobs` until CUPS has taken it or it failed, for at most `--wait-seconds`.
  struct Test: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print a test page (it joins the print queue like a receipt).")

    @Flag(help: "Wait until CUPS has taken the page, or it failed, and say which.")
    var wait = false
    @Option(help: "How long --wait waits, in seconds (1 to 600).")
    var waitSeconds = 30
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func validate() throws {
      guard (1...600).contains(waitSeconds) else {
        throw ValidationError(messages(.invalidWaitSeconds, ["value": String(waitSeconds)]))
      }
    }

    func run() throws {
      let connection = try VarlinkConnection(path: global.socketPath)
      defer { connection.close() }
      let (queued, raw) = try connection.callReturningParameters(PrinterAPI.Test.self, Empty())
      guard wait else {
        print(global.json ? JSONText.pretty(raw) : messages(.testQueued, ["job": "\(queued.job)"]))
        return
      }
      if !global.json { print(messages(.testQueued, ["job": "\(queued.job)"])) }
      let (job, jobJSON) = try follow(queued.job, on: connection)
      if global.json, let jobJSON { print(JSONText.pretty(jobJSON)) }
      let names = ["job": "\(queued.job)", "seconds": "\(waitSeconds)"]
      switch job?.state {
      case "sent":
        if !global.json {
          print(
            messages(
              .testSent, names.merging(["cups": job?.cupsJobId.map(String.init) ?? "-"]) { $1 }))
        }
      case "failed":
        throw CommandFailure(
          message: messages(.testFailed, names.merging(["error": job?.lastError ?? "-"]) { $1 }),
          status: .refused)
      default:
        var message = messages(.testStillPending, names)
        if let error = job?.lastError { message += "\n\(messages(.labelLastError)): \(error)" }
        throw CommandFailure(message: message, status: .refused)
      }
    }

    /// Polls `Printer.Jobs` until job `id` is no longer pending or the wait is over: the job
    /// as last seen (nil if it was never listed) and its JSON.
    private func follow(_ id: Int64, on connection: VarlinkConnection) throws -> (
      PrinterAPI.Job?, JSONValue?
    ) {
      let deadline = Date().addingTimeInterval(TimeInterval(waitSeconds))
      var last: (PrinterAPI.Job?, JSONValue?) = (nil, nil)
      while true {
        let (reply, raw) = try connection.callReturningParameters(
          PrinterAPI.Jobs.self, .init(limit: 50))
        if let index = reply.jobs.firstIndex(where: { $0.id == id }) {
          last = (reply.jobs[index], Self.element(index, of: raw))
          if reply.jobs[index].state != "pending" { return last }
        }
        guard Date() < deadline else { return last }
        Thread.sleep(forTimeInterval: 0.2)
      }
    }

    /// `jobs[index]` of a `Printer.Jobs` reply as sent.
    private static func element(_ index: Int, of reply: JSONValue) -> JSONValue? {
      guard case .object(let fields) = reply, case .array(let jobs)? = fields["jobs"],
        jobs.indices.contains(index)
      else { return nil }
      return jobs[index]
    }
  }
}
