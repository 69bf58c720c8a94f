import ArgumentParser
import KasirProtocol

/// `kasir check`: SQLite integrity and the stock ledger.
struct CheckCommand: ClientCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the database: SQLite integrity, and stock = sum of movements (manager).",
    discussion: "Exit status 1 when the check finds a problem.")

  @OptionGroup(title: "Global options") var global: GlobalOptions

  func run() throws {
    var failed = false
    try client.perform(AdminAPI.Check.self, .init()) { reply in
      failed = reply.integrity != "ok" || !reply.ledgerOk
      var text = messages(.checkIntegrity, ["result": reply.integrity])
      guard !reply.ledgerOk else { return text + "\n" + messages(.checkLedgerOk) }
      var table = Table(columns: [
        .init(title: messages(.columnSku)),
        .init(title: messages(.columnStock), alignment: .right),
        .init(title: messages(.columnSumOfMovements), alignment: .right),
      ])
      table.rows = reply.mismatches.map {
        [$0.sku, messages.quantity($0.onHand), messages.quantity($0.sumOfMovements)]
      }
      text += "\n" + messages(.checkLedgerBad, ["count": String(reply.mismatches.count)])
      return text + "\n" + table.render()
    }
    if failed { throw CommandFailure(message: messages(.checkFailed), status: .refused) }
  }
}
