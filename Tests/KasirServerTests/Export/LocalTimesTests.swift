import Foundation
import KasirExport
import Testing

@testable import KasirServer

/// The exports' own time arithmetic gives what the calendar gives (`ShopTime`), in zones with
/// and without daylight saving time, odd offsets, before 1970 and out of order.
@Suite struct LocalTimesTests {
  static let zones = [
    "Asia/Makassar", "Asia/Jakarta", "Asia/Jayapura", "Europe/Berlin", "America/St_Johns",
    "Australia/Lord_Howe", "Pacific/Kiritimati", "UTC",
  ]

  @Test(arguments: zones) func rfc3339AgreesWithTheCalendar(_ name: String) throws {
    let zone = try #require(TimeZone(identifier: name))
    let calendar = ShopTime(timeZone: zone)
    let times = LocalTimes(zone: zone)
    // Every 7.919 s over two years (every hour of the day, every transition), then instants
    // out of order, before 1970 and with a fraction of a second.
    var instants = stride(from: 1_735_000_000.0, to: 1_798_000_000.0, by: 7_919).map {
      Date(timeIntervalSince1970: $0)
    }
    instants += [1_795_918_502.75, -315_619_200.5, 0, 1_711_846_799, 1_711_846_800, 951_782_400]
      .map { Date(timeIntervalSince1970: $0) }
    instants += instants.reversed().prefix(500)
    var wrong: [String] = []
    for instant in instants where times.rfc3339(instant) != calendar.rfc3339(instant) {
      wrong.append("\(instant.timeIntervalSince1970): \(times.rfc3339(instant))")
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(5)) vs the calendar")
  }

  @Test func excelSerialIsTheShopsWallClockInDaysSince1899() throws {
    let times = LocalTimes(zone: try #require(TimeZone(identifier: "Asia/Makassar")))
    // 2026-11-29 10:15:02 +08:00: day 46355, 36.902 s into it.
    let serial = times.excelSerial(Date(timeIntervalSince1970: 1_795_918_502))
    #expect(serial == 46_355 + 36_902.0 / 86_400)
    #expect(times.excelSerial(Date(timeIntervalSince1970: -8 * 3600)) == 25_569)
  }
}
