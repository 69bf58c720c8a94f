import ArgumentParser
import KasirProtocol

/// `kasir member pay|statement`: settling kasbon and reading its ledger.
extension MemberCommand {
  struct Pay: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Settle a member's kasbon (cash by default); prints what is left and the receipt.",
      discussion: """
        The amount is 1 rupiah up to what the member owes. Cash goes into the drawer and needs \
        an open shift.
        """)

    @Argument(help: "The member number.") var number: String
    @Argument(help: "The amount paid: 20000, 20.000 or Rp20.000.", transform: ArgumentValues.amount)
    var amount: Int64
    @Flag(help: "How the member pays (default: cash).") var method: Method = .cash
    @Option(help: "The payer's reference, e.g. a transfer number.") var reference: String?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    enum Method: String, EnumerableFlag {
      case cash, qris, transfer
    }

    func validate() throws {
      guard amount > 0 else { throw ValidationError(messages(.positiveAmountRequired)) }
    }

    func run() throws {
      let parameters = MemberAPI.PayKasbon.Parameters(
        number: number, amount: amount, method: method.rawValue, reference: reference)
      try client.perform(MemberAPI.PayKasbon.self, parameters) { reply in
        var lines = [
          messages(
            .kasbonPaid,
            [
              "number": reply.member.number, "name": reply.member.name,
              "amount": Rupiah.format(amount), "method": messages.paymentMethod(method.rawValue),
            ]),
          messages(.kasbonLeft, ["owed": Rupiah.format(reply.member.kasbonOutstanding)]),
        ]
        if let job = reply.receiptJob { lines.append(messages(.receiptJob, ["job": String(job)])) }
        return lines.joined(separator: "\n")
      }
    }
  }

  struct Statement: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "A member's kasbon: purchases, refunds, voids and settlements with the balance.")

    @Argument(help: "The member number.") var number: String
    @Option(help: "From this day (YYYY-MM-DD).", transform: StockCommand.date) var from: String?
    @Option(help: "Up to and including this day (YYYY-MM-DD).", transform: StockCommand.date)
    var to: String?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(MemberAPI.Statement.self, .init(number: number, from: from, to: to)) {
        MemberText(messages: messages).statement($0)
      }
    }
  }
}
