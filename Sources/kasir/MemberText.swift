import KasirProtocol

/// How members, their kasbon and their purchases read in the terminal. A NIK is shown as the
/// daemon sends it: masked.
struct MemberText {
  var messages: Messages

  func details(_ member: MemberAPI.Member) -> String {
    var pairs: [(String, String)] = [
      (messages(.labelNumber), member.number),
      (messages(.labelName), member.name),
    ]
    if let phone = member.phone { pairs.append((messages(.labelPhone), phone)) }
    if let nik = member.nik { pairs.append((messages(.labelNik), nik)) }
    pairs += [
      (messages(.labelCreditLimit), Rupiah.format(member.creditLimit)),
      (messages(.labelOwed), Rupiah.format(member.kasbonOutstanding)),
      (messages(.labelAvailable), Rupiah.format(available(member))),
      (messages(.labelActive), messages.yesNo(member.active)),
    ]
    return Table.pairs(pairs)
  }

  /// What the member may still take on kasbon.
  func available(_ member: MemberAPI.Member) -> Int64 {
    max(member.creditLimit - member.kasbonOutstanding, 0)
  }

  func table(_ members: [MemberAPI.Member]) -> String {
    var table = Table(columns: [
      .init(title: messages(.columnNumber)),
      .init(title: messages(.columnName)),
      .init(title: messages(.columnPhone)),
      .init(title: messages(.columnOwed), alignment: .right),
      .init(title: messages(.columnLimit), alignment: .right),
      .init(title: ""),
    ])
    table.rows = members.map { member in
      [
        member.number, member.name, member.phone ?? "", Rupiah.format(member.kasbonOutstanding),
        Rupiah.format(member.creditLimit), member.active ? "" : messages(.markInactive),
      ]
    }
    return table.render()
  }

  /// The opening balance, then every entry with its running balance.
  func statement(_ reply: MemberAPI.Statement.Reply) -> String {
    var table = Table(columns: [
      .init(title: messages(.columnTime)),
      .init(title: messages(.columnKind)),
      .init(title: messages(.columnReference)),
      .init(title: messages(.columnAmount), alignment: .right),
      .init(title: messages(.columnBalance), alignment: .right),
    ])
    table.rows =
      [["", messages(.openingBalance), "", "", Rupiah.format(reply.openingBalance)]]
      + reply.entries.map { entry in
        [
          Self.minutes(entry.at), messages.kasbonKind(entry.kind, method: entry.method),
          entry.reference, (entry.amount > 0 ? "+" : "") + Rupiah.format(entry.amount),
          Rupiah.format(entry.balance),
        ]
      }
    let text = table.render()
    return reply.entries.isEmpty ? text + "\n" + messages(.noStatementEntries) : text
  }

  /// `2026-11-29T10:16:40+08:00` → `2026-11-29 10:16`: the shop's own time, as sent.
  static func minutes(_ time: String) -> String {
    guard time.count >= 16 else { return time }
    return String(time.prefix(16)).replacingOccurrences(of: "T", with: " ")
  }

  /// Each member's purchases and transactions, then the total.
  func totals(_ rows: [MemberAPI.PurchaseTotal]) -> String {
    guard !rows.isEmpty else { return messages(.noTotals) }
    var table = Table(columns: [
      .init(title: messages(.columnNumber)),
      .init(title: messages(.columnName)),
      .init(title: messages(.columnPurchases), alignment: .right),
      .init(title: messages(.columnTransactions), alignment: .right),
    ])
    table.rows = rows.map { row in
      [row.number, row.name, Rupiah.format(row.purchases), String(row.transactions)]
    }
    table.rows.append([
      "", messages(.rowTotal), Rupiah.format(rows.reduce(0) { $0 + $1.purchases }),
      String(rows.reduce(0) { $0 + $1.transactions }),
    ])
    return table.render()
  }

  /// `number,name,purchases,transactions` with whole rupiah, CRLF line ends, fields quoted
  /// where they must be (RFC 4180), for the board's spreadsheet.
  static func totalsCSV(_ rows: [MemberAPI.PurchaseTotal]) -> String {
    let lines =
      ["number,name,purchases,transactions"]
      + rows.map { row in
        [field(row.number), field(row.name), String(row.purchases), String(row.transactions)]
          .joined(separator: ",")
      }
    return lines.map { $0 + "\r\n" }.joined()
  }

  private static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
