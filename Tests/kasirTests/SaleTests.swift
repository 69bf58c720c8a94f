import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

@Suite("kasir sale")
struct SaleTests {
  @Test func payShowsTheChangeAndSendsWholeRupiah() throws {
    let reply = #"{"sale":\#(Fixture.paidSale),"change":3500}"#
    let (result, calls) = try kasir(
      ["sale", "pay", "7", "--cash", "Rp50.000"], answering: ["id.kasir.Sale.Pay": .reply(reply)])
    #expect(result.status == 0, "\(result.stderr)")
    let kembali = try #require(
      result.stdout.split(separator: "\n").first { $0.contains("KEMBALI") })
    #expect(kembali.hasSuffix("Rp3.500"))
    #expect(result.stdout.contains("Rp46.500"))
    #expect(result.stdout.contains("Rp50.000"))
    let call = try #require(calls.first)
    #expect(call.method == "id.kasir.Sale.Pay")
    #expect(
      call.parameters
        == .object([
          "saleId": .int(7),
          "payments": .array([.object(["method": .string("cash"), "amount": .int(50000)])]),
        ]))
  }

  @Test func paySplitsQrisWithItsReference() throws {
    let reply = #"{"sale":\#(Fixture.paidSale),"change":0}"#
    let (_, calls) = try kasir(
      ["sale", "pay", "7", "--qris", "46.500", "--ref", "QR123"],
      answering: ["id.kasir.Sale.Pay": .reply(reply)])
    #expect(
      calls.first?.parameters["payments"]
        == .array([
          .object([
            "method": .string("qris"), "amount": .int(46500), "reference": .string("QR123"),
          ])
        ]))
  }

  @Test func underpaidExits1WithBothAmountsInIndonesian() throws {
    let (result, _) = try kasir(
      ["sale", "pay", "7", "--cash", "40000"],
      answering: ["id.kasir.Sale.Pay": .error(Fixture.underpaid.0, Fixture.underpaid.1)])
    #expect(result.status == 1)
    #expect(result.stderr.contains("Pembayaran kurang: total Rp46.500, dibayar Rp40.000."))
    #expect(result.stdout.isEmpty)
  }

  @Test func underpaidInEnglish() throws {
    let answers: [String: FakeVarlinkServer.Answer] = [
      "id.kasir.Sale.Pay": .error(Fixture.underpaid.0, Fixture.underpaid.1)
    ]
    let (flag, _) = try kasir(
      ["sale", "pay", "7", "--cash", "40000", "--lang", "en"], answering: answers)
    #expect(flag.status == 1)
    #expect(flag.stderr.contains("Payment is short: total Rp46.500, paid Rp40.000."))
    let (environment, _) = try kasir(
      ["sale", "pay", "7", "--cash", "40000"], answering: answers, environment: ["KASIR_LANG": "en"]
    )
    #expect(environment.stderr.contains("Payment is short"))
  }

  @Test func addSendsAFractionalQuantityAsAJSONNumber() throws {
    let reply = #"{"sale":\#(Fixture.openSale),"lineNo":1}"#
    let (result, calls) = try kasir(
      ["sale", "add", "7", "BRS-CURAH", "0,75"], answering: ["id.kasir.Sale.AddItem": .reply(reply)]
    )
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Beras Curah"))
    #expect(result.stdout.contains("0,75 kg x Rp14.000"))
    #expect(result.stdout.contains("Rp10.500"))
    let call = try #require(calls.first)
    #expect(call.text.contains(#""quantity":0.75"#))
    #expect(
      call.parameters
        == .object(["saleId": .int(7), "code": .string("BRS-CURAH"), "quantity": .double(0.75)]))
  }

  @Test func addWithoutQuantityLeavesItOut() throws {
    let reply = #"{"sale":\#(Fixture.openSale),"lineNo":1}"#
    let (_, calls) = try kasir(
      ["sale", "add", "7", "8991234567890"], answering: ["id.kasir.Sale.AddItem": .reply(reply)])
    #expect(
      calls.first?.parameters == .object(["saleId": .int(7), "code": .string("8991234567890")]))
  }

  @Test func showByNumberPrintsAReceipt() throws {
    let (result, calls) = try kasir(
      ["sale", "show", "20261129-0042"],
      answering: ["id.kasir.Sale.Get": .reply(#"{"sale":\#(Fixture.paidSale)}"#)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.first?.parameters == .object(["number": .string("20261129-0042")]))
    for text in [
      "20261129-0042", "selesai", "2,5 kg x Rp14.000", "Rp35.000", "TOTAL", "Tunai", "Kembali",
    ] {
      #expect(result.stdout.contains(text), "missing \(text)")
    }
  }

  @Test func showById() throws {
    let (_, calls) = try kasir(
      ["sale", "show", "7"],
      answering: ["id.kasir.Sale.Get": .reply(#"{"sale":\#(Fixture.paidSale)}"#)])
    #expect(calls.first?.parameters == .object(["saleId": .int(7)]))
  }

  @Test func openWithoutAShiftSaysHowToOpenOne() throws {
    let (result, calls) = try kasir(
      ["sale", "open", "--member", "A-0012"],
      answering: ["id.kasir.Sale.Open": .error("id.kasir.Sale.NoOpenShift")])
    #expect(result.status == 1)
    #expect(result.stderr.contains("kasir shift open"))
    #expect(calls.first?.parameters == .object(["memberNumber": .string("A-0012")]))
  }
}
