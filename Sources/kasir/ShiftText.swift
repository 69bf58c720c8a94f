import KasirProtocol

/// How shifts and the shift report read in the terminal.
struct ShiftText {
  var messages: Messages

  func opened(_ shift: ShiftAPI.Shift) -> String {
    messages(
      .shiftOpened,
      [
        "id": String(shift.id), "user": shift.openedBy, "at": shift.openedAt,
        "amount": Rupiah.format(shift.openingCash),
      ])
  }

  func status(_ shift: ShiftAPI.Shift) -> String {
    Table.pairs([
      (messages(.labelShift), "#\(shift.id) (\(messages.shiftState(shift.state)))"),
      (messages(.labelOpenedBy), shift.openedBy),
      (messages(.labelOpenedAt), shift.openedAt),
      (messages(.labelOpeningCash), Rupiah.format(shift.openingCash)),
    ])
  }

  func report(_ report: ShiftAPI.ShiftReport) -> String {
    var pairs: [(String, String)] = [
      (messages(.labelSalesCount), String(report.salesCount)),
      (messages(.labelGross), Rupiah.format(report.gross)),
      (messages(.labelDiscounts), Rupiah.format(report.discounts)),
      (messages(.labelRefunds), Rupiah.format(report.refunds)),
      (messages(.labelVoids), Rupiah.format(report.voids)),
      (messages(.labelNet), Rupiah.format(report.net)),
    ]
    if !report.byMethod.isEmpty { pairs.append((messages(.labelByMethod), "")) }
    for total in report.byMethod {
      pairs.append(("  " + messages.paymentMethod(total.method), Rupiah.format(total.amount)))
    }
    pairs += [
      (messages(.labelOpeningCash), Rupiah.format(report.openingCash)),
      (messages(.labelCashIn), Rupiah.format(report.cashIn)),
      (messages(.labelCashOut), Rupiah.format(report.cashOut)),
      (messages(.labelExpectedCash), Rupiah.format(report.expectedCash)),
      (messages(.labelCountedCash), Rupiah.format(report.countedCash)),
      (messages(.labelDifference), difference(report.difference)),
    ]
    let shift = report.shift
    var text = messages(
      .shiftReportTitle,
      ["id": String(shift.id), "user": shift.openedBy, "from": shift.openedAt])
    text += "\n\n" + Table.pairs(pairs)
    if let note = shift.note { text += "\n" + messages(.labelNote) + ": " + note }
    return text
  }

  private func difference(_ amount: Int64) -> String {
    let word =
      amount == 0
      ? messages(.differenceNone)
      : amount < 0
        ? messages(.differenceShort)
        : messages(.differenceOver)
    return (amount > 0 ? "+" : "") + Rupiah.format(amount) + " (" + word + ")"
  }
}
