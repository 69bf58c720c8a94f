import ArgumentParser
import Foundation
import KasirProtocol

extension ShiftCommand {
  /// `kasir shift cash`: cash put into or taken out of the drawer, with the reason.
  struct Cash: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record cash put into (--in) or taken out of (--out) the drawer, with a reason.",
      discussion: """
        Examples: kasir shift cash --in 200.000 --reason "modal kembalian"
                  kasir shift cash --out 50.000 --reason "beli galon"
        A bare AMOUNT puts cash in.
        """)

    @Argument(help: "Cash put in (the same as --in).", transform: ArgumentValues.amount)
    var amount: Int64?
    @Option(
      name: .customLong("in"), help: "Cash put into the drawer.", transform: ArgumentValues.amount)
    var cashIn: Int64?
    @Option(
      name: .customLong("out"), help: "Cash taken out of the drawer.",
      transform: ArgumentValues.amount)
    var cashOut: Int64?
    @Option(help: "Why, e.g. \"modal kembalian\" or \"setor ke bank\".") var reason: String
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func validate() throws {
      let given = [amount, cashIn, cashOut].compactMap { $0 }
      guard given.count == 1 else { throw ValidationError(messages(.cashInOrOut)) }
      guard given[0] > 0 else { throw ValidationError(messages(.cashZero)) }
      let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !trimmed.isEmpty else { throw ValidationError(messages(.cashReasonRequired)) }
      guard trimmed.count <= 200 else { throw ValidationError(messages(.cashReasonTooLong)) }
    }

    func run() throws {
      let signed = cashOut.map { -$0 } ?? cashIn ?? amount ?? 0
      let text = reason.trimmingCharacters(in: .whitespacesAndNewlines)
      try client.perform(ShiftAPI.CashMovement.self, .init(amount: signed, reason: text)) { reply in
        messages(
          signed < 0 ? .cashMovedOut : .cashMovedIn,
          [
            "amount": Rupiah.format(abs(signed)),
            "id": String(reply.shift.id), "reason": text,
          ])
      }
    }
  }
}
