import ArgumentParser
import KasirProtocol

/// `kasir shift`: the cashier's shift at this till.
struct ShiftCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shift",
    abstract:
      "Shifts: open with a cash float, cash in and out, close with the cash count, show the current one.",
    subcommands: [Open.self, Cash.self, Close.self, Status.self])

  struct Open: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Open a shift with the cash in the drawer.")

    @Argument(help: "Opening cash: 500000, 500.000 or Rp500.000.", transform: ArgumentValues.amount)
    var amount: Int64
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(ShiftAPI.Open.self, .init(openingCash: amount)) { reply in
        ShiftText(messages: messages).opened(reply.shift)
      }
    }
  }

  struct Close: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Close the shift with the counted cash; prints the shift report.")

    @Argument(help: "The cash counted in the drawer.", transform: ArgumentValues.amount)
    var counted: Int64
    @Option(help: "A note for the report, e.g. why the cash differs.") var note: String?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(ShiftAPI.Close.self, .init(countedCash: counted, note: note)) { reply in
        let report = ShiftText(messages: messages).report(reply.report)
        guard let job = reply.reportJob else { return report }
        return report + "\n" + messages(.shiftReportQueued, ["job": String(job)])
      }
    }
  }

  struct Status: ClientCommand {
    static let configuration = CommandConfiguration(abstract: "Show the open shift, if any.")

    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(ShiftAPI.Current.self, Empty()) { reply in
        reply.shift.map(ShiftText(messages: messages).status) ?? messages(.noOpenShiftNow)
      }
    }
  }
}
