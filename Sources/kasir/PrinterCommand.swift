import ArgumentParser
import KasirProtocol

/// `kasir printer`: the receipt printer, its queue, and the cash drawer.
struct PrinterCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "printer",
    abstract:
      "The receipt printer: its state and queue, recent jobs, open the cash drawer, a test page.",
    subcommands: [Status.self, Jobs.self, Drawer.self, Test.self])

  struct Status: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the printer's state, the jobs waiting for it and the last error.")

    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(PrinterAPI.Status.self, Empty()) { reply in
        Table.pairs([
          (messages(.labelDestination), reply.destination),
          (messages(.labelPrinterState), PrinterText(messages: messages).state(reply.state)),
          (messages(.labelPendingJobs), String(reply.pendingJobs)),
          (messages(.labelLastError), reply.lastError ?? "-"),
        ])
      }
    }
  }

  struct Jobs: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the most recent print jobs, newest first.")

    @Option(help: "How many jobs to show (1 to 500).") var limit: Int = 20
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(PrinterAPI.Jobs.self, .init(limit: limit)) { reply in
        PrinterText(messages: messages).jobs(reply.jobs)
      }
    }
  }

  struct Drawer: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Open the cash drawer (recorded with your name).")

    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(PrinterAPI.OpenDrawer.self, Empty()) { reply in
        messages(.drawerQueued, ["job": String(reply.job)])
      }
    }
  }
}

/// The printer's replies as text.
struct PrinterText {
  let messages: Messages

  func state(_ state: String) -> String {
    switch state {
    case "ready": return messages(.printerReady)
    case "stopped": return messages(.printerStopped)
    case "unreachable": return messages(.printerUnreachable)
    case "pending": return messages(.jobPending)
    case "sent": return messages(.jobSent)
    case "failed": return messages(.jobFailed)
    default: return state
    }
  }

  func jobs(_ jobs: [PrinterAPI.Job]) -> String {
    guard !jobs.isEmpty else { return messages(.noPrintJobs) }
    var table = Table(columns: [
      .init(title: messages(.columnId), alignment: .right), .init(title: messages(.columnTime)),
      .init(title: messages(.columnKind)), .init(title: messages(.columnReference)),
      .init(title: messages(.labelState)),
      .init(title: messages(.columnAttempts), alignment: .right),
      .init(title: messages(.labelLastError)),
    ])
    table.rows = jobs.map {
      [
        String($0.id), $0.createdAt, $0.kind, $0.reference, state($0.state), String($0.attempts),
        $0.lastError ?? "",
      ]
    }
    return table.render()
  }
}
