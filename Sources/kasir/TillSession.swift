import KasirProtocol

/// How the till reaches kasird: `TillLink` in the program, a fake in tests.
protocol TillBackend: AnyObject {
  /// Calls `method`. Throws `TillLinkError.reconnected` when the connection broke during the
  /// call and a new one is up: the call may or may not have taken effect.
  func call<M: VarlinkMethod>(_ method: M.Type, _ parameters: M.Parameters) throws -> M.Reply
}

enum TillLinkError: Error {
  case reconnected
}

/// The till's state and commands, without any terminal: each line in, the text to show out.
struct TillSession {
  let backend: any TillBackend
  let screen: TillScreen
  /// The sale being rung up; kept across reconnections (kasird keeps open sales on disk).
  private(set) var sale: SaleAPI.Sale?
  /// The quantity for the next scan (`3*`).
  private(set) var nextQuantity: Thousandths?
  /// Payments taken so far for a split payment, sent together once they cover the total.
  private(set) var tendered: [SaleAPI.Payment] = []
  private(set) var lastLineNo: Int?
  private(set) var lastHeld: Int64?
  private(set) var finished = false

  init(backend: any TillBackend, messages: Messages) {
    self.backend = backend
    screen = TillScreen(messages: messages)
  }

  private var messages: Messages { screen.messages }

  /// Handles one line; never throws: daemon errors become the usual sentences.
  mutating func handle(_ line: String) -> String {
    do {
      return try perform(TillInput.parse(line))
    } catch let error as VarlinkError {
      return screen.problem(messages.describe(error))
    } catch TillLinkError.reconnected {
      return screen.problem(messages(.tillRetryFailed))
    } catch {
      return screen.problem(Failure(error, messages: messages)?.message ?? "\(error)")
    }
  }

  private mutating func perform(_ entry: TillInput.Entry) throws -> String {
    switch entry {
    case .empty: return ""
    case .unknown(let text): return screen.problem(messages(.tillUnknown, ["text": text]))
    case .quantity(let quantity):
      nextQuantity = quantity
      return messages(.tillNextQuantity, ["quantity": messages.quantity(quantity)])
    case .scan(let code, let quantity): return try scan(code, quantity: quantity ?? nextQuantity)
    case .command(let command): return try perform(command)
    }
  }

  private mutating func perform(_ command: TillInput.Command) throws -> String {
    switch command {
    case .help: return screen.help()
    case .quit:
      finished = true
      return ""
    case .list:
      return SaleText(messages: messages).openList(
        try backend.call(SaleAPI.ListOpen.self, .init()).sales)
    case .resume(let id): return try resume(id)
    case .pay(let method, let amount, let reference):
      return try pay(method: method, amount: amount, reference: reference)
    case .member(let number): return try setMember(number)
    case .show, .voidLast, .setQuantity, .removeLine, .hold, .cancel:
      guard let current = sale else { return screen.problem(messages(.tillNoSale)) }
      return try change(current, command)
    }
  }

  private mutating func change(_ current: SaleAPI.Sale, _ command: TillInput.Command) throws
    -> String
  {
    let id = current.id
    switch command {
    case .voidLast:
      let lineNo =
        lastLineNo.flatMap { no in current.lines.contains { $0.lineNo == no } ? no : nil }
        ?? current.lines.map(\.lineNo).max()
      guard let lineNo else { return screen.problem(messages(.tillNoLines)) }
      sale = try changeSale {
        try backend.call(SaleAPI.RemoveLine.self, .init(saleId: id, lineNo: lineNo)).sale
      }
      lastLineNo = nil
      return messages(.tillLineRemoved, ["lineNo": String(lineNo)]) + "\n" + screen.total(sale)
    case .setQuantity(let lineNo, let quantity):
      let parameters = SaleAPI.SetQuantity.Parameters(
        saleId: id, lineNo: lineNo, quantity: quantity)
      sale = try changeSale { try backend.call(SaleAPI.SetQuantity.self, parameters).sale }
      return screen.line(sale, lineNo: lineNo)
    case .removeLine(let lineNo):
      sale = try changeSale {
        try backend.call(SaleAPI.RemoveLine.self, .init(saleId: id, lineNo: lineNo)).sale
      }
      return messages(.tillLineRemoved, ["lineNo": String(lineNo)]) + "\n" + screen.total(sale)
    case .hold:
      let held = try changeSale { try backend.call(SaleAPI.Hold.self, .init(saleId: id)).sale }
      finishSale()
      lastHeld = held.id
      return messages(.saleHeld, ["number": held.number, "id": String(held.id)])
    case .cancel:
      _ = try changeSale {
        _ = try backend.call(SaleAPI.Cancel.self, .init(saleId: id))
        return current
      }
      finishSale()
      return messages(.saleCancelled, ["sale": current.number])
    default:
      return screen.sale(current)
    }
  }

  private mutating func scan(_ code: String, quantity: Thousandths?) throws -> String {
    if sale == nil {
      sale = try changeSale { try backend.call(SaleAPI.Open.self, .init()).sale }
    }
    guard let id = sale?.id else { return "" }
    let parameters = SaleAPI.AddItem.Parameters(saleId: id, code: code, quantity: quantity)
    var lineNo: Int?
    sale = try changeSale {
      let reply = try backend.call(SaleAPI.AddItem.self, parameters)
      lineNo = reply.lineNo
      return reply.sale
    }
    nextQuantity = nil
    lastLineNo = lineNo ?? sale?.lines.map(\.lineNo).max()
    return screen.line(sale, lineNo: lastLineNo ?? 0)
  }

  private mutating func resume(_ id: Int64?) throws -> String {
    if let sale { return screen.problem(messages(.tillSaleStillOpen, ["number": sale.number])) }
    var target = id ?? lastHeld
    if target == nil {
      let held = try backend.call(SaleAPI.ListOpen.self, .init()).sales.filter {
        $0.state == "held"
      }
      guard held.count == 1 else { return SaleText(messages: messages).openList(held) }
      target = held[0].id
    }
    guard let target else { return "" }
    // An open sale left by an earlier session is taken over as it is; a held one resumed.
    let found = try backend.call(SaleAPI.Get.self, .init(saleId: target)).sale
    sale =
      found.state == "open"
      ? found
      : try changeSale { try backend.call(SaleAPI.Resume.self, .init(saleId: target)).sale }
    if lastHeld == target { lastHeld = nil }
    return screen.sale(sale)
  }

  private mutating func pay(method: String, amount: Int64?, reference: String?) throws -> String {
    guard let current = sale else { return screen.problem(messages(.tillNoSale)) }
    if method == "kasbon", current.memberNumber == nil {
      return screen.problem(messages(.tillKasbonNeedsMember))
    }
    let due = current.total - tendered.reduce(0) { $0 + $1.amount }
    let payment = SaleAPI.Payment(
      method: method, amount: amount ?? max(due, 0), reference: reference)
    tendered.append(payment)
    let paid = tendered.reduce(0) { $0 + $1.amount }
    guard paid >= current.total else {
      return screen.tendered(payment, remaining: current.total - paid)
    }
    let payments = tendered
    tendered = []
    var change: Int64?
    let done: SaleAPI.Sale
    do {
      done = try changeSale {
        let reply = try backend.call(
          SaleAPI.Pay.self, .init(saleId: current.id, payments: payments))
        change = reply.change
        return reply.sale
      }
    } catch let error as VarlinkError {
      return screen.problem(messages.describe(error) + "\n" + messages(.tillPaymentsCleared))
    }
    finishSale()
    return screen.paid(done, change: change ?? done.change)
  }

  /// Sets or removes the member of the sale being rung up (opening one for the member when
  /// there is none yet); the lines come back at the prices that now apply.
  private mutating func setMember(_ number: String?) throws -> String {
    if let current = sale {
      sale = try changeSale {
        try backend.call(SaleAPI.SetMember.self, .init(saleId: current.id, memberNumber: number))
          .sale
      }
    } else {
      guard let number else { return screen.problem(messages(.tillNoSale)) }
      sale = try changeSale {
        try backend.call(SaleAPI.Open.self, .init(memberNumber: number)).sale
      }
    }
    let said =
      number.map { messages(.tillMemberSet, ["number": $0]) } ?? messages(.tillMemberRemoved)
    return said + "\n" + screen.sale(sale)
  }

  private mutating func finishSale() {
    sale = nil
    tendered = []
    lastLineNo = nil
  }

  /// Runs `call`. When the link broke and came back meanwhile, asks kasird whether the sale
  /// changed: if it did, the call took effect and the sale as stored is the answer; if not,
  /// the call is made once more. So a scan is never counted twice nor lost.
  private func changeSale(_ call: () throws -> SaleAPI.Sale) throws -> SaleAPI.Sale {
    do {
      return try call()
    } catch TillLinkError.reconnected {
      if let before = sale,
        let now = try? backend.call(SaleAPI.Get.self, .init(saleId: before.id)).sale,
        now != before
      {
        return now
      }
      return try call()
    }
  }
}
