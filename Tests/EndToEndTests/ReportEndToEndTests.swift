import Foundation
import KasirTestSupport
import Testing

/// The day's summary and cash movements through the real kasird and kasir binaries, with the
/// daemon's process zone far from the shop's (Asia/Makassar, from the demo configuration).
@Suite(.serialized) struct ReportEndToEndTests {
  @Test func todaysSummaryAgreesWithTheShiftReport() throws {
    // Given kasird running with TZ=America/New_York (the shop is in Asia/Makassar)
    let previous = ProcessInfo.processInfo.environment["TZ"]
    setenv("TZ", "America/New_York", 1)
    let shop: DemoShop
    do {
      defer { if let previous { setenv("TZ", previous, 1) } else { unsetenv("TZ") } }
      shop = try DemoShop()
    }
    defer { shop.tearDown() }
    let environ = try Data(
      contentsOf: URL(fileURLWithPath: "/proc/\(shop.daemon.processIdentifier)/environ"))
    #expect(environ.split(separator: 0).contains(Data("TZ=America/New_York".utf8)))

    // and a shift with cash in and out and one sale of 20.325 paid 50.000 in cash: the drawer
    // holds 200.000 + 50.000 − 29.675 change + 50.000 − 20.000 = 250.325
    #expect(try shop.kasir(["shift", "open", "200000"]).status == 0)
    let cashIn = try shop.kasir(["shift", "cash", "--in", "50.000", "--reason", "modal receh"])
    #expect(cashIn.status == 0, "\(cashIn.stderr)")
    #expect(cashIn.stdout.contains("Kas masuk Rp50.000"))
    let cashOut = try shop.kasir(["shift", "cash", "--out", "20.000", "--reason", "beli galon"])
    #expect(cashOut.status == 0, "\(cashOut.stderr)")
    let opened = try shop.kasir(["sale", "open", "--json"])
    let id = try #require(jsonValue(opened.stdout, "sale.id") as? Int)
    #expect(try shop.kasir(["sale", "add", "\(id)", "8991234000206", "3"]).status == 0)
    #expect(try shop.kasir(["sale", "add", "\(id)", "BER-MED", "0,75"]).status == 0)
    #expect(try shop.kasir(["sale", "pay", "\(id)", "--cash", "50.000"]).status == 0)

    // When today's summary is asked for (today in the shop's zone) and the shift closed
    let day = try shop.kasir(["report", "day", "--json"])
    #expect(day.status == 0, "\(day.stderr)")
    let readable = try shop.kasir(["report", "day"])
    #expect(readable.stdout.contains("Ringkasan harian"), "\(readable.stderr)")
    let close = try shop.kasir(["shift", "close", "250.325", "--json"])
    #expect(close.status == 0, "\(close.stderr)")

    // Then the day's figures are the shift's
    #expect(jsonValue(day.stdout, "summary.salesCount") as? Int == 1)
    #expect(jsonValue(day.stdout, "summary.net") as? Int == 20_325)
    for field in ["salesCount", "gross", "discounts", "refunds", "voids", "net"] {
      #expect(
        jsonValue(day.stdout, "summary.\(field)") as? Int
          == jsonValue(close.stdout, "report.\(field)") as? Int, "\(field)")
    }
    #expect(jsonValue(close.stdout, "report.cashIn") as? Int == 50_000)
    #expect(jsonValue(close.stdout, "report.cashOut") as? Int == 20_000)
    #expect(jsonValue(close.stdout, "report.difference") as? Int == 0)

    // and a date that does not exist is refused with a clear message
    let bad = try shop.kasir(["report", "day", "2026-02-29"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("Tanggal 2026-02-29 tidak ada di kalender"))
  }
}
