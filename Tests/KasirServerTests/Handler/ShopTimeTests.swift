import Foundation
import Testing

@testable import KasirServer

@Suite struct ShopTimeTests {
  let time = ShopTime(timeZone: TimeZone(identifier: "Asia/Makassar")!)
  // 2026-11-29T02:15:02Z
  let instant = Date(timeIntervalSince1970: 1_795_918_502)

  @Test func rfc3339CarriesTheShopOffset() {
    #expect(time.rfc3339(instant) == "2026-11-29T10:15:02+08:00")
  }

  @Test func receiptStampIsInTheShopZone() {
    #expect(time.receiptStamp(instant) == "29-11-2026 10:15")
  }

  @Test func parsingAcceptsOffsetsAndZ() {
    #expect(time.parse("2026-11-29T10:15:02+08:00") == instant)
    #expect(time.parse("2026-11-29T02:15:02Z") == instant)
    #expect(time.parse("29-11-2026") == nil)
  }
}
