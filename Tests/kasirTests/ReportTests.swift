import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

@Suite("kasir: report day and shift cash")
struct ReportTests {
  static let summary = """
    {"summary":{"date":"2026-11-29","salesCount":42,"gross":1250000,"discounts":5000,
     "refunds":17500,"voids":10500,"net":1217000,
     "byMethod":[{"key":"cash","amount":1100000},{"key":"qris","amount":117000}],
     "byCashier":[{"key":"ani","amount":700000},{"key":"budi","amount":517000}],
     "byHour":[{"key":"08","amount":300000},{"key":"17","amount":917000}],
     "memberSales":400000,"nonMemberSales":817000,
     "topProducts":[{"sku":"BRS-CURAH","name":"Beras Curah","quantity":40.5,"amount":567000},
       {"sku":"MIE-GRG","name":"Mie Goreng","quantity":100,"amount":310000}]}}
    """

  @Test func reportDayAsksForTheDateAndPrintsTheSummaryInIndonesian() throws {
    let (result, calls) = try kasir(
      ["report", "day", "2026-11-29"],
      answering: ["id.kasir.Report.DailySummary": .reply(Self.summary)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.map(\.method) == ["id.kasir.Report.DailySummary"])
    #expect(calls.first?.parameters == .object(["date": .string("2026-11-29")]))
    for text in [
      "Ringkasan harian 2026-11-29", "Jumlah transaksi", "Penjualan kotor", "Rp1.250.000",
      "Refund", "Rp17.500", "Void", "Rp10.500", "Penjualan bersih", "Rp1.217.000",
      "Penjualan anggota", "Rp400.000", "Penjualan bukan anggota", "Rp817.000", "Tunai",
      "QRIS", "Per kasir", "ani", "Per jam", "08:00", "17:00", "Produk terlaris", "40,5",
      "Beras Curah",
    ] {
      #expect(result.stdout.contains(text), "missing \(text)")
    }
  }

  @Test func reportDayInEnglishAndAsJson() throws {
    let (english, _) = try kasir(
      ["report", "day", "2026-11-29", "--lang", "en"],
      answering: ["id.kasir.Report.DailySummary": .reply(Self.summary)])
    for text in ["Daily summary 2026-11-29", "Net", "Member sales", "By hour", "40.5"] {
      #expect(english.stdout.contains(text), "missing \(text)")
    }
    let (json, _) = try kasir(
      ["--json", "report", "day", "2026-11-29"],
      answering: ["id.kasir.Report.DailySummary": .reply(Self.summary)])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8))
    let summary = try #require((object as? [String: Any])?["summary"] as? [String: Any])
    #expect(summary["net"] as? Int == 1_217_000)
  }

  @Test func reportDayWithoutADateAsksForTodayInTheShopsZone() throws {
    let info = """
      {"version":"1.0.0","database":"/var/lib/kasir/kasir.sqlite","socket":"/run/kasir/kasir.sock",
       "uptimeSeconds":1,"timezone":"Asia/Makassar"}
      """
    func today() -> String {
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = TimeZone(identifier: "Asia/Makassar")!
      let parts = calendar.dateComponents([.year, .month, .day], from: Date())
      return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
    let before = today()
    let (result, calls) = try kasir(
      ["report", "day"],
      answering: [
        "id.kasir.Admin.Info": .reply(info),
        "id.kasir.Report.DailySummary": .reply(Self.summary),
      ], environment: ["TZ": "America/New_York"])
    let after = today()
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.map(\.method) == ["id.kasir.Admin.Info", "id.kasir.Report.DailySummary"])
    let asked = calls.last?.parameters
    #expect(
      asked == .object(["date": .string(before)]) || asked == .object(["date": .string(after)]))
  }

  @Test(arguments: [
    ("2026-02-30", "Tanggal 2026-02-30 tidak ada di kalender"),
    ("2026-13-01", "Tanggal 2026-13-01 tidak ada di kalender"),
    ("29-11-2026", "Tanggal tidak valid: '29-11-2026'. Tulis sebagai YYYY-MM-DD"),
  ])
  func aDateThatDoesNotExistIsRefusedBeforeAnyCall(date: String, message: String) throws {
    let (result, calls) = try kasir(
      ["report", "day", date],
      answering: ["id.kasir.Report.DailySummary": .reply(Self.summary)])
    #expect(result.status == 2)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(calls.isEmpty)
  }

  @Test func theDaemonRefusingTheDateIsExplained() throws {
    let (result, _) = try kasir(
      ["report", "day", "2026-11-29", "--lang", "en"],
      answering: [
        "id.kasir.Report.DailySummary": .error(
          "org.varlink.service.InvalidParameter", #"{"parameter":"date"}"#)
      ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("Invalid date: '2026-11-29'. Write it as YYYY-MM-DD"))
  }

  static let shift = """
    {"shift":{"id":3,"state":"open","openedBy":"siti","openingCash":500000,
     "openedAt":"2026-11-29T07:00:00+08:00"}}
    """

  @Test(arguments: [
    (["--in", "200.000"], 200_000, "Kas masuk Rp200.000 dicatat pada shift #3: modal."),
    (["200000"], 200_000, "Kas masuk Rp200.000 dicatat pada shift #3: modal."),
    (["--out", "Rp50.000"], -50_000, "Kas keluar Rp50.000 dicatat pada shift #3: modal."),
  ])
  func shiftCashSendsASignedAmount(arguments: [String], amount: Int64, message: String) throws {
    let (result, calls) = try kasir(
      ["shift", "cash"] + arguments + ["--reason", " modal "],
      answering: ["id.kasir.Shift.CashMovement": .reply(Self.shift)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.map(\.method) == ["id.kasir.Shift.CashMovement"])
    #expect(
      calls.first?.parameters == .object(["amount": .int(amount), "reason": .string("modal")]))
    #expect(result.stdout.contains(message), "\(result.stdout)")
  }

  @Test(arguments: [
    (["--in", "1000", "--out", "1000", "--reason", "x"], "Berikan tepat satu jumlah"),
    (["--reason", "x"], "Berikan tepat satu jumlah"),
    (["--out", "0", "--reason", "x"], "harus lebih dari Rp0"),
    (["--in", "1000", "--reason", "  "], "Tulis alasannya dengan --reason"),
  ])
  func shiftCashRefusesBadInputBeforeAnyCall(arguments: [String], message: String) throws {
    let (result, calls) = try kasir(
      ["shift", "cash"] + arguments,
      answering: ["id.kasir.Shift.CashMovement": .reply(Self.shift)])
    #expect(result.status == 2)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(calls.isEmpty)
  }

  @Test func helpListsReportDayAndShiftCash() throws {
    let top = try kasir(["--help"])
    #expect(top.stdout.contains("  report "))
    let shift = try kasir(["shift", "--help"])
    #expect(shift.stdout.contains("  cash "))
    let cash = try kasir(["shift", "cash", "--help"])
    for text in ["--in", "--out", "--reason", "kasir shift cash --out 50.000"] {
      #expect(cash.stdout.contains(text), "missing \(text)")
    }
    let day = try kasir(["report", "day", "--help"])
    #expect(day.stdout.contains("YYYY-MM-DD"))
  }

  @Test func shiftCashWithoutAnOpenShiftSaysSo() throws {
    let (result, _) = try kasir(
      ["shift", "cash", "--out", "5000", "--reason", "galon"],
      answering: ["id.kasir.Shift.CashMovement": .error("id.kasir.Shift.NoOpenShift")])
    #expect(result.status == 1)
    #expect(result.stderr.contains("kasir shift open"), "\(result.stderr)")
  }
}
