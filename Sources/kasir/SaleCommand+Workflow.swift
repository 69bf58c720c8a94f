import ArgumentParser
import KasirProtocol

/// `kasir sale qty|remove|discount|hold|resume|cancel|list`: changing and parking sales.
extension SaleCommand {
  struct Qty: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Change a line's quantity; prints the line and the new total.")

    @Argument(help: "The sale's id.") var saleId: Int64
    @Argument(help: "The line's number.") var lineNo: Int
    @Argument(help: "The new quantity: 3, 0,75 or 0.75.", transform: ArgumentValues.quantity)
    var quantity: Thousandths
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      let parameters = SaleAPI.SetQuantity.Parameters(
        saleId: saleId, lineNo: lineNo, quantity: quantity)
      try client.perform(SaleAPI.SetQuantity.self, parameters) { reply in
        SaleText(messages: messages).changedLine(reply.sale, lineNo: lineNo)
      }
    }
  }

  struct Remove: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Remove a line from an open sale; prints the new total.")

    @Argument(help: "The sale's id.") var saleId: Int64
    @Argument(help: "The line's number.") var lineNo: Int
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(SaleAPI.RemoveLine.self, .init(saleId: saleId, lineNo: lineNo)) {
        SaleText(messages: messages).removedLine($0.sale, lineNo: lineNo)
      }
    }
  }

  struct Discount: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Give a discount on a line (--line) or the whole sale, in rupiah or percent.")

    @Argument(help: "The sale's id.") var saleId: Int64
    @Option(name: .customLong("line"), help: "The line's number; the whole sale when left out.")
    var lineNo: Int?
    @Option(
      help: ArgumentHelp("Rupiah off.", valueName: "amount"), transform: ArgumentValues.amount)
    var amount: Int64?
    @Option(
      help: ArgumentHelp("Percent off, e.g. 10 or 12,5.", valueName: "percent"),
      transform: ArgumentValues.percent)
    var percent: Thousandths?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func validate() throws {
      guard (amount == nil) != (percent == nil) else {
        throw ValidationError(messages(.discountAmountOrPercent))
      }
    }

    func run() throws {
      let parameters = SaleAPI.ApplyDiscount.Parameters(
        saleId: saleId, lineNo: lineNo, amount: amount, percent: percent)
      try client.perform(SaleAPI.ApplyDiscount.self, parameters) {
        SaleText(messages: messages).receipt($0.sale)
      }
    }
  }

  struct Hold: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Park an open sale (the customer fetches something); resume it later.")

    @Argument(help: "The sale's id.") var saleId: Int64
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(SaleAPI.Hold.self, .init(saleId: saleId)) {
        SaleText(messages: messages).held($0.sale)
      }
    }
  }

  struct Resume: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Resume a held sale; prints it.")

    @Argument(help: "The sale's id.") var saleId: Int64
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(SaleAPI.Resume.self, .init(saleId: saleId)) {
        SaleText(messages: messages).receipt($0.sale)
      }
    }
  }

  struct Cancel: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Cancel an open or held sale (nothing was paid, no stock moves).")

    @Argument(help: "The sale's id.") var saleId: Int64
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(SaleAPI.Cancel.self, .init(saleId: saleId)) { _ in
        messages(.saleCancelled, ["sale": String(saleId)])
      }
    }
  }

  struct List: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the open and held sales: id, number, state, cashier, lines, total.")

    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(SaleAPI.ListOpen.self, .init()) {
        SaleText(messages: messages).openList($0.sales)
      }
    }
  }
}
