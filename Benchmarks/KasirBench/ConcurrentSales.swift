import Foundation
import KasirProtocol

/// Throughput with several tills at once: `clients` threads, each on its own connection,
/// each completing sales (`Open`, 3 × `AddItem`, `Pay` cash) as fast as kasird answers, for
/// `seconds`. The same is run with 1 client in turns with `clients`, so both see the same
/// machine; kasird writes one transaction at a time, so the question is how well it keeps
/// its one writer busy, and what waiting in its queue does to each call.
struct ConcurrentSales {
  var socket: String
  var clients: Int
  /// Measured time per side, split over `turns` turns of 1 client then `clients`.
  var seconds: Double
  var turns: Int

  static let methods = ["Sale.Open", "Sale.AddItem", "Sale.Pay"]

  func run() throws -> [Results.Throughput] {
    var one = Tally(clients: 1)
    var many = Tally(clients: clients)
    let slice = seconds / Double(turns)
    for turn in 0..<turns {
      one.add(try measure(clients: 1, seconds: slice))
      many.add(try measure(clients: clients, seconds: slice))
      progress("concurrent sales: turn \(turn + 1)/\(turns) done")
    }
    return [one.throughput, many.throughput]
  }

  /// One stretch of `seconds` with `clients` threads, each connected before any starts.
  private func measure(clients: Int, seconds: Double) throws -> Tally {
    let connected = DispatchSemaphore(value: 0)
    let start = DispatchSemaphore(value: 0)
    let group = DispatchGroup()
    let tallies = TallyBox(count: clients)
    let deadline = SharedDeadline()
    for index in 0..<clients {
      group.enter()
      let thread = Thread { [socket] in
        // The connection lives on this thread only.
        let connection = Result { try BenchConnection(path: socket) }
        connected.signal()
        start.wait()
        tallies.store(
          index,
          Result { try Self.sell(on: connection.get(), until: deadline.nanoseconds, index) })
        group.leave()
      }
      thread.name = "till-\(index)"
      thread.start()
    }
    for _ in 0..<clients { connected.wait() }
    let began = Stopwatch.now()
    deadline.nanoseconds = began + Int64(seconds * 1e9)
    for _ in 0..<clients { start.signal() }
    group.wait()
    var total = Tally(clients: clients)
    for result in tallies.results {
      total.add(try result!.get())
    }
    total.nanoseconds = Stopwatch.now() - began
    return total
  }

  /// Completes sales until `deadline`; a sale started before it is finished.
  private static func sell(on till: BenchConnection, until deadline: Int64, _ index: Int)
    throws -> Tally
  {
    var tally = Tally(clients: 1)
    var next = index
    while Stopwatch.now() < deadline {
      let opened = try till.call(SaleAPI.Open.self, .init())
      tally.samples[0].append(opened.nanoseconds)
      for _ in 0..<3 {
        next = (next + 1) % Scenarios.pieceBarcodes.count
        let request = try BenchConnection.request(
          SaleAPI.AddItem.self,
          .init(saleId: opened.reply.sale.id, code: Scenarios.pieceBarcodes[next]))
        tally.samples[1].append(try till.checkedRoundTrip(request).nanoseconds)
      }
      let pay = try BenchConnection.request(
        SaleAPI.Pay.self,
        .init(saleId: opened.reply.sale.id, payments: [.init(method: "cash", amount: 1_000_000)]))
      tally.samples[2].append(try till.checkedRoundTrip(pay).nanoseconds)
      tally.sales += 1
    }
    return tally
  }

  /// Samples per method (`methods`), sales completed and the wall time they took.
  struct Tally {
    var clients: Int
    var samples: [[Int64]] = ConcurrentSales.methods.map { _ in [] }
    var sales = 0
    var nanoseconds: Int64 = 0

    mutating func add(_ other: Tally) {
      for index in samples.indices { samples[index] += other.samples[index] }
      sales += other.sales
      nanoseconds += other.nanoseconds
    }

    var throughput: Results.Throughput {
      let seconds = Double(nanoseconds) / 1e9
      let calls = samples.reduce(0) { $0 + $1.count }
      let label = clients == 1 ? "1 client" : "\(clients) clients"
      return Results.Throughput(
        clients: clients, seconds: seconds, sales: sales, calls: calls,
        salesPerSecond: Double(sales) / seconds, callsPerSecond: Double(calls) / seconds,
        perCall: zip(ConcurrentSales.methods, samples).map {
          Summary(name: "\(label): \($0)", samples: $1)
        } + [Summary(name: "\(label): any call", samples: samples.flatMap { $0 })])
    }
  }

  /// When the threads stop starting sales: set before they are let go (the semaphore orders
  /// the write before their reads).
  private final class SharedDeadline: @unchecked Sendable {
    var nanoseconds: Int64 = 0
  }

  /// Each thread's result, read after the group is done.
  private final class TallyBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var results: [Result<Tally, any Error>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func store(_ index: Int, _ result: Result<Tally, any Error>) {
      lock.withLock { results[index] = result }
    }
  }
}
