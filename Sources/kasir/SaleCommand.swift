import ArgumentParser
import KasirProtocol

/// `kasir sale`: selling at the till.
struct SaleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sale",
    abstract:
      "Sales: open, add, change, set the member, park, pay, list, show, void, refund, reprint.",
    subcommands: [
      Open.self, Add.self, Qty.self, Remove.self, Discount.self, SetMember.self, Hold.self,
      Resume.self, Cancel.self, Pay.self, List.self, Show.self, VoidSale.self, Refund.self,
      Reprint.self,
    ])

  struct Open: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Open a sale (needs an open shift); prints its id and number.")

    @Option(name: .customLong("member"), help: "The koperasi member's number, for member prices.")
    var memberNumber: String?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(SaleAPI.Open.self, .init(memberNumber: memberNumber)) { reply in
        SaleText(messages: messages).opened(reply.sale)
      }
    }
  }

  struct Add: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add an item by SKU or barcode; prints the line and the running total.")

    @Argument(help: "The sale's id (from `kasir sale open`).") var saleId: Int64
    @Argument(help: "A SKU or barcode.") var code: String
    @Argument(help: "How many: 3, 0,75 or 0.75 (default 1).", transform: ArgumentValues.quantity)
    var quantity: Thousandths?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      let parameters = SaleAPI.AddItem.Parameters(saleId: saleId, code: code, quantity: quantity)
      try client.perform(SaleAPI.AddItem.self, parameters) { reply in
        SaleText(messages: messages).added(reply.sale, lineNo: reply.lineNo)
      }
    }
  }

  struct Pay: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Take payment and complete the sale; prints the change (KEMBALI).")

    @Argument(help: "The sale's id.") var saleId: Int64
    @Option(
      help: ArgumentHelp("Cash handed over.", valueName: "amount"), transform: ArgumentValues.amount
    ) var cash: Int64?
    @Option(
      help: ArgumentHelp("Amount paid by QRIS.", valueName: "amount"),
      transform: ArgumentValues.amount) var qris: Int64?
    @Option(name: .customLong("ref"), help: "The QRIS or transfer reference.")
    var reference: String?
    @Option(
      help: ArgumentHelp("Amount paid by bank transfer.", valueName: "amount"),
      transform: ArgumentValues.amount)
    var transfer: Int64?
    @Option(
      help: ArgumentHelp(
        "Amount taken on the member's kasbon (credit; the sale needs a member).",
        valueName: "amount"),
      transform: ArgumentValues.amount)
    var kasbon: Int64?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func validate() throws {
      guard cash != nil || qris != nil || transfer != nil || kasbon != nil else {
        throw ValidationError(messages(.paymentRequired))
      }
      guard reference == nil || qris != nil || transfer != nil else {
        throw ValidationError(messages(.referenceWithoutPayment))
      }
    }

    func run() throws {
      var payments: [SaleAPI.Payment] = []
      if let cash { payments.append(.init(method: "cash", amount: cash)) }
      if let qris { payments.append(.init(method: "qris", amount: qris, reference: reference)) }
      if let transfer {
        payments.append(.init(method: "transfer", amount: transfer, reference: reference))
      }
      if let kasbon { payments.append(.init(method: "kasbon", amount: kasbon)) }
      try client.perform(SaleAPI.Pay.self, .init(saleId: saleId, payments: payments)) { reply in
        SaleText(messages: messages).paid(reply.sale, change: reply.change)
      }
    }
  }

  struct Show: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a sale like a receipt, by id or by number (e.g. 20261129-0042).")

    @Argument(help: ArgumentHelp("The sale's id or number.", valueName: "sale-id|number"))
    var sale: String
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      let parameters =
        Int64(sale).map { SaleAPI.Get.Parameters(saleId: $0) }
        ?? SaleAPI.Get.Parameters(number: sale)
      try client.perform(SaleAPI.Get.self, parameters) { reply in
        SaleText(messages: messages).receipt(reply.sale)
      }
    }
  }
}
