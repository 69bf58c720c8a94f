import ArgumentParser
import Foundation
import KasirProtocol

extension StockCommand {
  struct Receive: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Record goods received: pairs of a code and a quantity, or a delivery note CSV (manager).",
      discussion: """
        A delivery note (--file) is CSV, UTF-8, with a header row: code and quantity are
        required; unit_cost (whole rupiah), supplier and reference are optional. Supplier and
        reference belong to the whole note: --supplier/--reference, or the same value on every
        row that fills them. Every row is checked first, unknown products and fractions of
        products that are not weighed included; one bad row refuses the whole note.
        """)

    @Argument(
      help: ArgumentHelp("A SKU or barcode, then its quantity; repeat.", valueName: "code qty"))
    var items: [String] = []
    @Option(help: "A delivery note CSV instead of code/quantity pairs.") var file: String?
    @Option(help: "Who delivered.") var supplier: String?
    @Option(help: "The delivery note or invoice number.") var reference: String?
    @Option(
      name: .customLong("cost"), help: "Unit cost in rupiah, once per line in order.",
      transform: ArgumentValues.amount)
    var costs: [Int64] = []
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func validate() throws {
      if file != nil {
        guard items.isEmpty, costs.isEmpty else {
          throw ValidationError(messages(.receiveFileOrItems))
        }
        return
      }
      guard !items.isEmpty, items.count.isMultiple(of: 2) else {
        throw ValidationError(messages(.receivePairs))
      }
      guard costs.isEmpty || costs.count == items.count / 2 else {
        throw ValidationError(messages(.receiveCosts, ["lines": String(items.count / 2)]))
      }
      _ = try lines()
    }

    private func lines() throws -> [StockAPI.ReceiveLine] {
      try stride(from: 0, to: items.count, by: 2).map { index in
        let line = index / 2
        return StockAPI.ReceiveLine(
          code: items[index], quantity: try ArgumentValues.quantity(items[index + 1]),
          unitCost: costs.isEmpty ? nil : costs[line])
      }
    }

    func run() throws {
      var note: DeliveryNote?
      if let file {
        note = DeliveryNote(
          try InputFile.text(file, messages: messages), supplier: supplier, reference: reference,
          messages: messages)
        try refuseIf(note!.problems, file: file)
      }
      let connection = try VarlinkConnection(path: global.socketPath)
      defer { connection.close() }
      var parameters = StockAPI.Receive.Parameters(
        supplier: supplier, reference: reference, lines: [])
      if let file, let note {
        try refuseIf(try check(note, connection), file: file)
        parameters = .init(
          supplier: note.supplier, reference: note.reference, lines: note.lines.map(\.line))
      } else {
        parameters.lines = try lines()
      }
      let (reply, raw) = try connection.callReturningParameters(StockAPI.Receive.self, parameters)
      print(global.json ? JSONText.pretty(raw) : render(reply.receiving))
    }

    /// Every line's product must exist, and a fraction only of a weighed one.
    private func check(
      _ note: DeliveryNote, _ connection: VarlinkConnection
    ) throws -> [CountSheet.Problem] {
      var problems: [CountSheet.Problem] = []
      for (row, line) in note.lines {
        do {
          let product = try connection.call(CatalogAPI.GetProduct.self, .init(code: line.code))
          if !product.product.weighed && line.quantity.value % 1000 != 0 {
            problems.append(
              .init(
                row: row, field: "quantity",
                message: messages(
                  .sheetFraction,
                  ["value": messages.quantity(line.quantity), "unit": product.product.unit])))
          }
        } catch let error as VarlinkError where error.shortName == "ProductNotFound" {
          problems.append(
            .init(
              row: row, field: "code", message: messages(.sheetUnknownProduct, ["code": line.code]))
          )
        }
      }
      return problems
    }

    private func refuseIf(_ problems: [CountSheet.Problem], file: String) throws {
      guard !problems.isEmpty else { return }
      let rows = problems.sorted { $0.row < $1.row }.map {
        messages(.importRow, ["row": String($0.row), "field": $0.field, "message": $0.message])
      }
      throw CommandFailure(
        message: ([messages(.noteBad, ["file": file])] + rows).joined(separator: "\n"),
        status: .usage)
    }

    private func render(_ receiving: StockAPI.Receiving) -> String {
      var table = Table(columns: [
        .init(title: messages(.columnSku)),
        .init(title: messages(.columnReceived), alignment: .right),
        .init(title: messages(.columnNewStock), alignment: .right),
      ])
      table.rows = receiving.movements.map { movement in
        [
          movement.sku, "+" + messages.quantity(movement.delta),
          messages.quantity(movement.balance),
        ]
      }
      let header = messages(
        .received,
        [
          "id": String(receiving.id), "supplier": receiving.supplier ?? "-",
          "reference": receiving.reference ?? "-",
        ])
      return header + "\n\n" + table.render()
    }
  }
}
