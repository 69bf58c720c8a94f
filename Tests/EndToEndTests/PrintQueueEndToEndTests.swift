import Foundation
import KasirTestSupport
import Testing

/// The durable print queue with a real kasird and a real cupsd that goes away and comes back.
@Suite(.serialized) struct PrintQueueEndToEndTests {
  @Test func receiptsWaitForCupsAndLandInOrderOnceEach() throws {
    let shop = try DemoShop()
    defer { shop.tearDown() }
    #expect(try shop.kasir(["shift", "open", "200000"]).status == 0)
    try shop.stopCups()

    var numbers: [String] = []
    for _ in 0..<3 {
      let (number, took) = try shop.sell()
      numbers.append(number)
      #expect(took < 2, "Pay took \(took) s with cupsd down")
    }
    let status = try shop.printerStatus()
    #expect(status["pendingJobs"] as? Int == 3)
    #expect(status["state"] as? String == "unreachable")
    #expect(status["destination"] as? String == "kasir-receipt")
    #expect((status["lastError"] as? String)?.isEmpty == false)
    let human = try shop.kasir(["printer", "status"])
    #expect(human.stdout.contains("tidak terjangkau"), "\(human.stdout)")
    #expect(shop.receiptFiles(count: 1, seconds: 0).isEmpty)

    try shop.startCups()
    let files = shop.receiptFiles(count: 3, seconds: 60)
    #expect(files.count == 3, "kasird log: \(shop.log)")
    for (file, number) in zip(files, numbers) {
      #expect(try shop.text(file).contains(number), "\(file) should be the receipt of \(number)")
    }
    // Nothing more arrives: each receipt was sent once.
    usleep(1_500_000)
    #expect(shop.receiptFiles(count: 4, seconds: 0).count == 3)
    let after = try shop.printerStatus()
    #expect(after["pendingJobs"] as? Int == 0)
    #expect(after["state"] as? String == "ready")
    let jobs = try shop.kasir(["printer", "jobs", "--json"])
    let list = try #require(jsonValue(jobs.stdout, "jobs") as? [[String: Any]])
    #expect(list.map { $0["state"] as? String } == ["sent", "sent", "sent"])
    #expect(list.map { $0["reference"] as? String } == numbers.reversed())
    // Only the oldest job is tried while cupsd is down; the others wait behind it, in order.
    #expect((list.last?["attempts"] as? Int ?? 0) >= 2)
    #expect(list.allSatisfy { ($0["attempts"] as? Int ?? 0) >= 1 })
    #expect(shop.terminate() == 0)
  }

  @Test func aPendingReceiptPrintsAfterAHardRestart() throws {
    let shop = try DemoShop()
    defer { shop.tearDown() }
    #expect(try shop.kasir(["shift", "open", "200000"]).status == 0)
    try shop.stopCups()
    let (number, _) = try shop.sell()
    #expect(try shop.printerStatus()["pendingJobs"] as? Int == 1)

    shop.killHard()
    try shop.startCups()
    try shop.restart()
    let files = shop.receiptFiles(count: 1, seconds: 20)
    #expect(files.count == 1, "kasird log: \(shop.log)")
    if let file = files.first { #expect(try shop.text(file).contains(number)) }
    #expect(try shop.printerStatus()["pendingJobs"] as? Int == 0)

    let drawer = try shop.kasir(["printer", "drawer"])
    #expect(drawer.status == 0, "\(drawer.stderr)")
    #expect(drawer.stdout.contains("Laci kas"))
    let kicked = shop.receiptFiles(count: 2, seconds: 10)
    #expect(kicked.count == 2)
    if kicked.count == 2 {
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: kicked[1])))
      #expect(bytes == [0x1B, 0x40, 0x1B, 0x70, 0x00, 0x19, 0xFA])
    }
  }
}
