import ArgumentParser
import KasirProtocol

extension ArgumentValues {
  private static var messages: Messages { Messages(language: Language.beforeParsing()) }

  /// A percent above 0 and at most 100: `10`, `12,5`.
  @Sendable static func percent(_ text: String) throws -> Thousandths {
    guard let value = Thousandths(text: text), value.value > 0, value.value <= 100_000 else {
      throw ValidationError(messages(.invalidPercent, ["value": text]))
    }
    return value
  }

  /// `LINE:QTY`, e.g. `2:1` or `1:0,5`.
  @Sendable static func refundLine(_ text: String) throws -> SaleAPI.RefundLine {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, let lineNo = Int(parts[0]), lineNo > 0,
      let quantity = Thousandths(text: String(parts[1])), quantity.value > 0
    else {
      throw ValidationError(messages(.invalidRefundLine, ["value": text]))
    }
    return SaleAPI.RefundLine(lineNo: lineNo, quantity: quantity)
  }
}
