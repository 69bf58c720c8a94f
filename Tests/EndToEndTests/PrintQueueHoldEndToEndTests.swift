import Foundation
import KasirTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A real kasird and a real cupsd whose queue is paused, hung or missing: the sale completes,
/// the receipt waits in Kasir's queue, and it lands exactly once when the printer is back.
@Suite(.serialized) struct PrintQueueHoldEndToEndTests {
  /// Longer than the longest wait between two attempts (retry_max_seconds = 2), so that a
  /// second copy would have been sent by then.
  let throughARetry: useconds_t = 3_500_000

  func shop(printer: String = "kasir-receipt") throws -> DemoShop {
    let shop = try DemoShop(config: try DemoShop.quickRetryConfig, printer: printer)
    #expect(try shop.kasir(["shift", "open", "200000"]).status == 0)
    return shop
  }

  /// The newest job, once `condition` holds for it (polled for up to 20 s).
  func newestJob(_ shop: DemoShop, where condition: ([String: Any]) -> Bool) throws -> [String:
    Any]
  {
    var newest: [String: Any] = [:]
    let held = try shop.poll {
      newest = try shop.printJobs().first ?? [:]
      return condition(newest)
    }
    #expect(held, "newest job: \(newest); kasird log: \(shop.log)")
    return newest
  }

  @Test func aPausedQueueHoldsTheReceiptInKasirUntilItIsEnabled() throws {
    let shop = try shop()
    defer { shop.tearDown() }
    try shop.cups("cupsdisable", ["kasir-receipt"])
    let (number, _) = try shop.sell()

    let held = try newestJob(shop) { ($0["attempts"] as? Int ?? 0) >= 1 }
    #expect(held["state"] as? String == "pending")
    #expect(held["reference"] as? String == number)
    #expect(held["lastError"] as? String == "kasir-receipt is paused: Paused")
    let status = try shop.printerStatus()
    #expect(status["state"] as? String == "stopped")
    #expect(status["pendingJobs"] as? Int == 1)
    #expect(status["lastError"] as? String == "kasir-receipt is paused: Paused")
    let human = try shop.kasir(["printer", "status"])
    #expect(human.stdout.contains("berhenti"), "\(human.stdout)")
    // Kasir kept the job: CUPS has none, and nothing landed.
    #expect(try shop.cups("lpstat", ["-W", "all", "-o"]).stdout.isEmpty)
    #expect(shop.receiptFiles(count: 1, seconds: 0).isEmpty)

    try shop.cups("cupsenable", ["kasir-receipt"])
    let files = shop.receiptFiles(count: 1, seconds: 20)
    #expect(files.count == 1, "kasird log: \(shop.log)")
    if let file = files.first { #expect(try shop.text(file).contains(number)) }
    usleep(throughARetry)
    #expect(shop.receiptFiles(count: 2, seconds: 0).count == 1)
    let sent = try #require(try shop.printJobs().first)
    #expect(sent["state"] as? String == "sent" && sent["cupsJobId"] as? Int != nil)
    #expect(try shop.printerStatus()["state"] as? String == "ready")
  }

  @Test func aHungCupsdNeverHoldsUpASaleAndTheReceiptLandsOnceAfterIt() throws {
    let shop = try shop()
    defer { shop.tearDown() }
    let pid = try #require(shop.cupsPid)
    kill(pid, SIGSTOP)
    var resumed = false
    defer { if !resumed { kill(pid, SIGCONT) } }

    let (number, _) = try shop.sell()
    // Pay replied, and cupsd was stopped all along: the sale did not wait for the printer.
    #expect(DemoShop.isStopped(pid))
    var state: String?
    let unreachable = try shop.poll {
      state = try shop.printerStatus()["state"] as? String
      return state == "unreachable"
    }
    #expect(unreachable, "Printer.Status said \(state ?? "nothing"); kasird log: \(shop.log)")
    #expect(DemoShop.isStopped(pid))
    #expect(shop.receiptFiles(count: 1, seconds: 0).isEmpty)

    kill(pid, SIGCONT)
    resumed = true
    let files = shop.receiptFiles(count: 1, seconds: 30)
    #expect(files.count == 1, "kasird log: \(shop.log)")
    if let file = files.first { #expect(try shop.text(file).contains(number)) }
    usleep(throughARetry)
    #expect(shop.receiptFiles(count: 2, seconds: 0).count == 1)
    let job = try #require(try shop.printJobs().first)
    #expect(job["state"] as? String == "sent", "\(job)")
    #expect(job["reference"] as? String == number)
    #expect((job["attempts"] as? Int ?? 0) >= 2)
    // Exactly one CUPS job exists for it, and it is the one Kasir recorded.
    let cupsJobs = try shop.cups("lpstat", ["-W", "all", "-o"]).stdout
    #expect(cupsJobs.split(separator: "\n").count == 1, "\(cupsJobs)")
    #expect(job["cupsJobId"] as? Int != nil)
  }

  @Test func aMissingQueueHoldsTheReceiptUntilTheQueueIsCreated() throws {
    let shop = try shop(printer: "kasir-gudang")
    defer { shop.tearDown() }
    let (number, _) = try shop.sell()

    let held = try newestJob(shop) { ($0["attempts"] as? Int ?? 0) >= 1 }
    #expect(held["state"] as? String == "pending")
    let lastError = held["lastError"] as? String ?? ""
    #expect(lastError.contains("kasir-gudang") && lastError.contains("does not exist"), "\(held)")
    let status = try shop.printerStatus()
    #expect(status["state"] as? String == "stopped")
    #expect(status["destination"] as? String == "kasir-gudang")

    try shop.cups("lpadmin", ["-p", "kasir-gudang", "-E", "-v", "capture:" + shop.receipts])
    let files = shop.receiptFiles(count: 1, seconds: 20)
    #expect(files.count == 1, "kasird log: \(shop.log)")
    if let file = files.first { #expect(try shop.text(file).contains(number)) }
    usleep(throughARetry)
    #expect(shop.receiptFiles(count: 2, seconds: 0).count == 1)
    #expect(try shop.printJobs().first?["state"] as? String == "sent")
  }

  @Test func theTestPageLandsInTheCaptureQueue() throws {
    let shop = try shop()
    defer { shop.tearDown() }
    let result = try shop.kasir(["printer", "test", "--wait"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("Halaman tes masuk antrean cetak"), "\(result.stdout)")
    #expect(result.stdout.contains("Halaman tes sudah diterima CUPS"), "\(result.stdout)")
    let job = try #require(try shop.printJobs().first)
    #expect(job["kind"] as? String == "test" && job["state"] as? String == "sent")
    let cupsJob = try #require(job["cupsJobId"] as? Int)
    let files = shop.receiptFiles(count: 1, seconds: 10)
    #expect(files == [shop.receipts + "/job-\(cupsJob).bin"])
    if let file = files.first {
      #expect(try Data(contentsOf: URL(fileURLWithPath: file)).isEmpty == false)
    }
  }
}
