import ArgumentParser
import KasirProtocol

/// `kasir sale void|refund|reprint`: completed sales, which are never edited.
extension SaleCommand {
  struct VoidSale: ClientCommand {
    static let configuration = CommandConfiguration(
      commandName: "void",
      abstract: "Void a completed sale of today (manager): stock and payments are reversed.")

    @Argument(help: "The sale's number, e.g. 20261129-0042.") var number: String
    @Option(help: "Why (kept with the void).") var reason: String
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(SaleAPI.VoidSale.self, .init(number: number, reason: reason)) {
        SaleText(messages: messages).voided($0.sale, reason: reason)
      }
    }
  }

  struct Refund: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Refund lines of a completed sale (manager): a new record, stock goes back.")

    @Argument(help: "The sale's number, e.g. 20261129-0042.") var number: String
    @Option(
      name: .customLong("line"),
      help: ArgumentHelp(
        "A line and the quantity to refund, e.g. 2:1 or 1:0,5; repeat for more lines.",
        valueName: "line:qty"),
      transform: ArgumentValues.refundLine)
    var lines: [SaleAPI.RefundLine] = []
    @Option(help: "Why (kept with the refund).") var reason: String
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func validate() throws {
      guard !lines.isEmpty else { throw ValidationError(messages(.refundLinesRequired)) }
    }

    func run() throws {
      let parameters = SaleAPI.Refund.Parameters(number: number, lines: lines, reason: reason)
      try client.perform(SaleAPI.Refund.self, parameters) {
        SaleText(messages: messages).refunded($0.refund, original: number)
      }
    }
  }

  struct Reprint: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print a copy of a receipt, marked SALINAN.")

    @Argument(help: "The sale's number, e.g. 20261129-0042.") var number: String
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(SaleAPI.Reprint.self, .init(number: number)) {
        messages(.saleReprinted, ["number": number, "job": String($0.receiptJob)])
      }
    }
  }
}
