import ArgumentParser
import Foundation
import KasirProtocol

extension StockCommand {
  struct Count: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Apply a stock-count sheet (CSV: code,counted) and print the variances (manager).",
      discussion: """
        Every row is checked first (quantities, duplicates, unknown products, fractions of
        products that are not weighed); one bad row
        refuses the whole sheet. Then each product is set to its counted quantity with
        reason "count".
        """)

    @Argument(help: "The count sheet, CSV with the columns code and counted.") var file: String
    @Option(help: "A note for every adjustment, e.g. \"opname Desember\".") var note: String?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      let sheet = CountSheet(try InputFile.text(file, messages: messages), messages: messages)
      try refuseIf(sheet.problems)
      let connection = try VarlinkConnection(path: global.socketPath)
      defer { connection.close() }
      var problems: [CountSheet.Problem] = []
      for line in sheet.lines {
        do {
          let product = try connection.call(CatalogAPI.GetProduct.self, .init(code: line.code))
          if !product.product.weighed && line.counted.value % 1000 != 0 {
            problems.append(
              .init(
                row: line.row, field: "counted",
                message: messages(
                  .sheetFraction,
                  ["value": messages.quantity(line.counted), "unit": product.product.unit])))
          }
        } catch let error as VarlinkError where error.shortName == "ProductNotFound" {
          problems.append(
            .init(
              row: line.row, field: "code",
              message: messages(.sheetUnknownProduct, ["code": line.code])))
        }
      }
      try refuseIf(problems)
      var replies: [StockAPI.Adjust.Reply] = []
      for line in sheet.lines {
        replies.append(
          try connection.call(
            StockAPI.Adjust.self,
            .init(code: line.code, countedQuantity: line.counted, reason: "count", note: note)))
      }
      if global.json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(replies.map(\.movement)), as: UTF8.self))
      } else {
        print(report(sheet.lines, replies))
      }
    }

    private func refuseIf(_ problems: [CountSheet.Problem]) throws {
      guard !problems.isEmpty else { return }
      let rows = problems.sorted { $0.row < $1.row }.map {
        messages(.importRow, ["row": String($0.row), "field": $0.field, "message": $0.message])
      }
      throw CommandFailure(
        message: ([messages(.countSheetBad, ["file": file])] + rows).joined(separator: "\n"),
        status: .usage)
    }

    private func report(_ lines: [CountSheet.Line], _ replies: [StockAPI.Adjust.Reply]) -> String {
      var table = Table(columns: [
        .init(title: messages(.columnCode)),
        .init(title: messages(.columnName)),
        .init(title: messages(.columnBefore), alignment: .right),
        .init(title: messages(.columnCounted), alignment: .right),
        .init(title: messages(.columnVariance), alignment: .right),
      ])
      table.rows = zip(lines, replies).map { line, reply in
        let variance = reply.movement.delta
        let before = Thousandths(reply.movement.balance.value - variance.value)
        return [
          line.code, reply.level.name, messages.quantity(before, reply.level.unit),
          messages.quantity(reply.level.onHand, reply.level.unit),
          (variance.value > 0 ? "+" : "") + messages.quantity(variance),
        ]
      }
      return messages(.counted, ["count": String(replies.count)]) + "\n\n" + table.render()
    }
  }
}
