import ArgumentParser
import Foundation
import KasirProtocol

extension StockCommand {
  struct Adjust: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Correct one product's stock: to the quantity counted, or by a change (manager).")

    @Argument(help: "A SKU or barcode.") var code: String
    @Option(help: "The quantity counted on the shelf.", transform: ArgumentValues.level)
    var count: Thousandths?
    @Option(
      parsing: .unconditional, help: "A change, e.g. -2 (damaged goods) or 1,5.",
      transform: StockCommand.signedQuantity)
    var delta: Thousandths?
    @Option(help: "Why: count, damaged, expired, lost or correction.") var reason: String
    @Option(help: "A note for the ledger.") var note: String?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func validate() throws {
      guard (count == nil) != (delta == nil) else {
        throw ValidationError(messages(.adjustCountOrDelta))
      }
    }

    func run() throws {
      let parameters = StockAPI.Adjust.Parameters(
        code: code, countedQuantity: count, delta: delta, reason: reason, note: note)
      try client.perform(StockAPI.Adjust.self, parameters) { reply in
        let level = reply.level
        let change = reply.movement.delta
        let before = Thousandths(reply.movement.balance.value - change.value)
        return messages(
          .adjusted,
          [
            "sku": level.sku, "name": level.name, "reason": reason,
            "before": messages.quantity(before, level.unit),
            "after": messages.quantity(level.onHand, level.unit),
            "delta": (change.value > 0 ? "+" : "") + messages.quantity(change),
          ])
      }
    }
  }

  /// A quantity that may be negative and not zero: `-2`, `1,5`.
  @Sendable static func signedQuantity(_ text: String) throws -> Thousandths {
    guard let value = Thousandths(text: text), value.value != 0 else {
      throw ValidationError(
        Messages(language: Language.beforeParsing())(.invalidQuantity, ["value": text]))
    }
    return value
  }

  struct Moves: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a product's stock movements, oldest first.")

    @Argument(help: "A SKU or barcode.") var code: String
    @Option(help: "From this day (YYYY-MM-DD).", transform: StockCommand.date) var from: String?
    @Option(help: "Up to and including this day (YYYY-MM-DD).", transform: StockCommand.date)
    var to: String?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(StockAPI.Movements.self, .init(code: code, from: from, to: to)) {
        reply in
        guard !reply.movements.isEmpty else { return messages(.noMovements) }
        var table = Table(columns: [
          .init(title: messages(.columnTime)),
          .init(title: messages(.columnKind)),
          .init(title: messages(.columnChange), alignment: .right),
          .init(title: messages(.columnBalance), alignment: .right),
          .init(title: messages(.columnReference)),
          .init(title: messages(.columnUser)),
          .init(title: messages(.labelReason)),
        ])
        table.rows = reply.movements.map { movement in
          let note = [movement.reason, movement.note].compactMap { $0 }.joined(separator: ": ")
          return [
            movement.at, kind(movement.kind),
            (movement.delta.value > 0 ? "+" : "") + messages.quantity(movement.delta),
            messages.quantity(movement.balance), movement.reference, movement.user, note,
          ]
        }
        return table.render()
      }
    }

    private func kind(_ kind: String) -> String {
      switch kind {
      case "sale": return messages(.kindSale)
      case "refund": return messages(.kindRefund)
      case "void": return messages(.kindVoid)
      case "receiving": return messages(.kindReceiving)
      case "adjustment": return messages(.kindAdjustment)
      default: return kind
      }
    }
  }

  /// A day as `YYYY-MM-DD`.
  @Sendable static func date(_ text: String) throws -> String {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, zip(parts, [4, 2, 2]).allSatisfy({ $0.count == $1 }),
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil }),
      (1...12).contains(Int(parts[1])!), (1...31).contains(Int(parts[2])!)
    else {
      throw ValidationError(
        Messages(language: Language.beforeParsing())(.invalidDate, ["value": text]))
    }
    return text
  }
}
