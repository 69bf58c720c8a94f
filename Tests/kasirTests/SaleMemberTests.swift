import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

@Suite("kasir sale: members and kasbon")
struct SaleMemberTests {
  private let memberSale = """
    {"id":7,"number":"20261129-0042","state":"open","cashier":"siti","memberNumber":"KMP-0042",
     "lines":[
       {"lineNo":1,"sku":"MIE-GRG","name":"Mie Goreng","unit":"pcs","quantity":20,
        "unitPrice":3000,"priceTier":"member","discount":0,"amount":60000}],
     "subtotal":60000,"discount":0,"rounding":0,"total":60000,
     "payments":[],"paid":0,"change":0,"openedAt":"2026-11-29T10:15:02+08:00",
     "memberSaving":2000}
    """

  @Test func memberSetsTheMemberAndShowsTheSaving() throws {
    let (result, calls) = try kasir(
      ["sale", "member", "7", "KMP-0042"],
      answering: ["id.kasir.Sale.SetMember": .reply(#"{"sale":\#(memberSale)}"#)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      calls.first?.parameters
        == .object(["saleId": .int(7), "memberNumber": .string("KMP-0042")]))
    #expect(result.stdout.contains("Anggota: KMP-0042"))
    #expect(result.stdout.contains("1. Mie Goreng (harga anggota)"))
    let saving = try #require(
      result.stdout.split(separator: "\n").first { $0.hasPrefix("Hemat anggota") })
    #expect(saving.hasSuffix(" Rp2.000"))
    #expect(saving.count == 40)
  }

  @Test func removeSendsNoMemberAndShowsNoSaving() throws {
    let regular = Fixture.openSale
    let (result, calls) = try kasir(
      ["sale", "member", "7", "--remove"],
      answering: ["id.kasir.Sale.SetMember": .reply(#"{"sale":\#(regular)}"#)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.first?.parameters == .object(["saleId": .int(7)]))
    #expect(!result.stdout.contains("Anggota"))
    #expect(!result.stdout.contains("Hemat"))
  }

  @Test func openWithAMemberSendsTheNumber() throws {
    let (result, calls) = try kasir(
      ["sale", "open", "--member", "KMP-0042"],
      answering: ["id.kasir.Sale.Open": .reply(#"{"sale":\#(memberSale)}"#)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.first?.parameters == .object(["memberNumber": .string("KMP-0042")]))
    #expect(result.stdout.contains("Anggota: KMP-0042."))
  }

  @Test func payTakesKasbonBesideCash() throws {
    let sale = memberSale.replacingOccurrences(
      of: #""state":"open""#, with: #""state":"completed""#
    )
    .replacingOccurrences(
      of: #""payments":[],"paid":0"#,
      with:
        #""payments":[{"method":"cash","amount":20000},{"method":"kasbon","amount":40000}],"paid":60000"#
    )
    let (result, calls) = try kasir(
      ["sale", "pay", "7", "--kasbon", "40.000", "--cash", "20000"],
      answering: ["id.kasir.Sale.Pay": .reply(#"{"sale":\#(sale),"change":0}"#)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      calls.first?.parameters["payments"]
        == .array([
          .object(["method": .string("cash"), "amount": .int(20000)]),
          .object(["method": .string("kasbon"), "amount": .int(40000)]),
        ]))
    let kasbon = try #require(
      result.stdout.split(separator: "\n").first { $0.hasPrefix("  Kasbon") })
    #expect(kasbon.hasSuffix("Rp40.000"))
    #expect(result.stdout.contains("Hemat anggota"))
  }

  @Test func showPrintsTheSavingUnderTheTotal() throws {
    let (result, _) = try kasir(
      ["sale", "show", "7", "--lang", "en"],
      answering: ["id.kasir.Sale.Get": .reply(#"{"sale":\#(memberSale)}"#)])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let total = try #require(lines.firstIndex { $0.hasPrefix("TOTAL") })
    #expect(lines[total + 1].hasPrefix("Member saving"))
    #expect(lines[total + 1].hasSuffix("Rp2.000"))
    #expect(lines.contains("Member: KMP-0042"))
  }
}
