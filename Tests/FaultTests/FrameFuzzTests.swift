import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

/// Bad input on the socket: a corpus of malformed frames, each named, then randomly mutated
/// calls for a fixed time. kasird never crashes (same process throughout), answers each with
/// a clear error or none, closes only the offending connection, and a long-lived connection
/// beside them keeps getting right answers.
@Suite(.serialized) struct FrameFuzzTests {
  static let internalError = "id.kasir.Admin.InternalError"

  /// An open shift, a sale with one line, and the long-lived connection.
  static func setUp(_ shop: FaultShop) throws -> (Observer, Int64) {
    let client = try shop.client()
    if try client.call(ShiftAPI.Current.self, Empty()).shift == nil {
      _ = try client.call(ShiftAPI.Open.self, .init(openingCash: 100_000))
    }
    let sale = try client.call(SaleAPI.Open.self, .init()).sale
    _ = try client.call(SaleAPI.AddItem.self, .init(saleId: sale.id, code: "KOP-SAC"))
    let observer = Observer(client: try shop.client())
    if let problem = observer.problem() { throw FaultError("before any fault: \(problem)") }
    return (observer, sale.id)
  }

  @Test func everyMalformedFrameGetsItsAnswerAndHurtsNoOtherConnection() async throws {
    let shop = try FaultShop()
    defer { shop.tearDown() }
    var (observer, saleId) = try await onThread { try Self.setUp(shop) }
    var pid = shop.pid
    for frame in MalformedFrames.corpus(saleId: saleId, maxMessageBytes: 1_048_576) {
      let result = try await onThread { FrameExchange.run(frame.bytes, socket: shop.socket) }
      #expect(result.problem == nil, "\(frame.name): \(result.problem ?? "")")
      let errors = result.errors
      #expect(!errors.contains(Self.internalError), "\(frame.name): \(result.replies)")
      switch frame.answer {
      case .none:
        #expect(result.replies.isEmpty, "\(frame.name): \(result.replies)")
      case .reply:
        #expect(
          !errors.isEmpty && errors.allSatisfy { $0 == nil }, "\(frame.name): \(result.replies)")
      case .error(let names):
        let last = errors.last ?? nil
        #expect(
          last != nil && (names.isEmpty || names.contains(last!)),
          "\(frame.name): expected \(names), got \(result.replies.map { $0.prefix(300) })")
      }
      guard shop.isAlive, shop.pid == pid else {
        Issue.record("\(frame.name) ended kasird: \(shop.logText.suffix(3000))")
        try shop.restart()
        (observer, saleId) = try await onThread { try Self.setUp(shop) }
        pid = shop.pid
        continue
      }
      let current = observer
      let problem = try await onThread { current.problem() }
      #expect(problem == nil, "after \(frame.name): \(problem ?? "")")
    }
  }

  @Test func randomlyMutatedCallsNeverCrashKasird() async throws {
    let shop = try FaultShop()
    defer { shop.tearDown() }
    let (observer, saleId) = try await onThread { try Self.setUp(shop) }
    let pid = shop.pid
    let seed = FaultBudget.seed(for: "frame fuzzing")
    var mutator = FrameMutator(seed: seed, saleId: saleId)
    let deadline = Date().addingTimeInterval(FaultBudget.fuzzSeconds)
    var batches = 0
    var frames = 0
    var replies = 0
    while Date() < deadline {
      // A batch: twenty mutated calls, each on a connection of its own (a broken message
      // closes its connection, so later calls there would go unread), then the same twenty
      // pipelined on one.
      let batch = (0..<20).map { _ in mutator.frame() }
      let pipelined = batch.flatMap { frame -> [UInt8] in frame + [0] }
      let results = try await onThread {
        batch.map { FrameExchange.run($0 + [0], socket: shop.socket) }
          + [FrameExchange.run(pipelined, socket: shop.socket)]
      }
      batches += 1
      frames += batch.count
      replies += results.map(\.replies.count).reduce(0, +)
      let shown = batch.map { String(decoding: $0, as: UTF8.self).debugDescription }
      let result = FrameExchange.Result(
        replies: results.flatMap(\.replies), problem: results.compactMap(\.problem).first)
      let internalErrors = result.replies.filter { $0.contains(Self.internalError) }
      let alive = shop.isAlive && shop.pid == pid
      let problem = alive ? try await onThread { observer.problem() } : nil
      guard result.problem == nil, internalErrors.isEmpty, shop.isAlive, shop.pid == pid,
        problem == nil
      else {
        Issue.record(
          """
          seed \(seed), batch \(batches): connection: \(result.problem ?? "ok"); \
          internal errors: \(internalErrors); kasird alive: \(shop.isAlive); \
          long-lived connection: \(problem ?? "ok")
          frames: \(shown.joined(separator: "\n"))
          kasird log: \(shop.logText.suffix(3000))
          """)
        return
      }
    }
    print("frame fuzzing: seed \(seed), \(batches) batches, \(frames) frames, \(replies) replies")
    #expect(frames > 0)
  }
}
