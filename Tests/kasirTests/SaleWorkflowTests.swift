import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

@Suite("kasir sale: change, park, list, reverse")
struct SaleWorkflowTests {
  private let saleReply = #"{"sale":\#(Fixture.openSale)}"#

  @Test func qtySendsSetQuantityAndShowsTheLine() throws {
    let (result, calls) = try kasir(
      ["sale", "qty", "7", "1", "0,75"], answering: ["id.kasir.Sale.SetQuantity": .reply(saleReply)]
    )
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.first?.method == "id.kasir.Sale.SetQuantity")
    #expect(
      calls.first?.parameters
        == .object(["saleId": .int(7), "lineNo": .int(1), "quantity": .double(0.75)]))
    #expect(result.stdout.contains("0,75 kg x Rp14.000"))
    #expect(result.stdout.contains("TOTAL"))
  }

  @Test func removeSendsRemoveLine() throws {
    let (result, calls) = try kasir(
      ["sale", "remove", "7", "2"], answering: ["id.kasir.Sale.RemoveLine": .reply(saleReply)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.first?.parameters == .object(["saleId": .int(7), "lineNo": .int(2)]))
    #expect(result.stdout.contains("Baris 2 dihapus."))
    #expect(result.stdout.contains("Rp10.500"))
  }

  @Test func removeAMissingLineIsRefused() throws {
    let (result, _) = try kasir(
      ["sale", "remove", "7", "9"],
      answering: [
        "id.kasir.Sale.RemoveLine": .error("id.kasir.Sale.LineNotFound", #"{"lineNo":9}"#)
      ]
    )
    #expect(result.status == 1)
    #expect(result.stderr.contains("Baris 9 tidak ada di penjualan ini."))
  }

  @Test func discountOnALineInPercent() throws {
    let (result, calls) = try kasir(
      ["sale", "discount", "7", "--line", "1", "--percent", "12,5"],
      answering: ["id.kasir.Sale.ApplyDiscount": .reply(saleReply)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      calls.first?.parameters
        == .object(["saleId": .int(7), "lineNo": .int(1), "percent": .double(12.5)]))
    #expect(result.stdout.contains("TOTAL"))
  }

  @Test func discountOnTheSaleInRupiah() throws {
    let (_, calls) = try kasir(
      ["sale", "discount", "7", "--amount", "Rp1.000"],
      answering: ["id.kasir.Sale.ApplyDiscount": .reply(saleReply)])
    #expect(calls.first?.parameters == .object(["saleId": .int(7), "amount": .int(1000)]))
  }

  @Test func holdResumeAndCancel() throws {
    let (held, holdCalls) = try kasir(
      ["sale", "hold", "7"], answering: ["id.kasir.Sale.Hold": .reply(saleReply)])
    #expect(held.stdout.contains("Penjualan 20261129-0042 ditahan (id 7)."))
    #expect(held.stdout.contains("kasir sale resume 7"))
    #expect(holdCalls.first?.parameters == .object(["saleId": .int(7)]))
    let (resumed, resumeCalls) = try kasir(
      ["sale", "resume", "7"], answering: ["id.kasir.Sale.Resume": .reply(saleReply)])
    #expect(resumed.stdout.contains("Beras Curah"))
    #expect(resumeCalls.first?.method == "id.kasir.Sale.Resume")
    let (cancelled, cancelCalls) = try kasir(
      ["sale", "cancel", "7", "--lang", "en"], answering: ["id.kasir.Sale.Cancel": .reply("{}")])
    #expect(cancelled.stdout.contains("Sale 7 cancelled."))
    #expect(cancelCalls.first?.parameters == .object(["saleId": .int(7)]))
  }

  @Test func cancellingAPaidSaleExplainsWhy() throws {
    let error = #"{"number":"20261129-0042","state":"completed","allowed":["open","held"]}"#
    let (result, _) = try kasir(
      ["sale", "cancel", "7"],
      answering: ["id.kasir.Sale.Cancel": .error("id.kasir.Sale.InvalidState", error)])
    #expect(result.status == 1)
    #expect(result.stderr.contains("20261129-0042"))
  }

  @Test func listShowsATable() throws {
    let (result, calls) = try kasir(
      ["sale", "list"],
      answering: ["id.kasir.Sale.ListOpen": .reply(#"{"sales":[\#(Fixture.openSale)]}"#)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.first?.parameters == .object([:]))
    let rows = result.stdout.split(separator: "\n")
    #expect(rows.first?.hasPrefix("ID  Nomor") == true, "\(result.stdout)")
    let row = try #require(rows.last)
    for cell in ["7", "20261129-0042", "siti", "1", "Rp10.500"] {
      #expect(row.contains(cell), "missing \(cell)")
    }
  }

  @Test func listEmptyAndAsJSON() throws {
    let answers: [String: FakeVarlinkServer.Answer] = [
      "id.kasir.Sale.ListOpen": .reply(#"{"sales":[]}"#)
    ]
    let (empty, _) = try kasir(["sale", "list"], answering: answers)
    #expect(empty.stdout.contains("Tidak ada penjualan yang terbuka atau ditahan."))
    let (json, _) = try kasir(["--json", "sale", "list"], answering: answers)
    #expect(json.stdout.contains(#""sales" : ["#))
  }

  @Test func voidSendsTheNumberAndReason() throws {
    let (result, calls) = try kasir(
      ["sale", "void", "20261129-0042", "--reason", "salah input"],
      answering: ["id.kasir.Sale.Void": .reply(#"{"sale":\#(Fixture.paidSale)}"#)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      calls.first?.parameters
        == .object(["number": .string("20261129-0042"), "reason": .string("salah input")]))
    #expect(result.stdout.contains("di-void"))
    #expect(result.stdout.contains("salah input"))
  }

  @Test func voidByACashierIsPermissionDenied() throws {
    let (result, _) = try kasir(
      ["sale", "void", "20261129-0042", "--reason", "x"],
      answering: ["id.kasir.Sale.Void": .error("org.varlink.service.PermissionDenied")])
    #expect(result.status == 4)
  }

  @Test func refundSendsEachLine() throws {
    let (result, calls) = try kasir(
      [
        "sale", "refund", "20261129-0042", "--line", "1:0,5", "--line", "2:1", "--reason",
        "rusak",
      ],
      answering: ["id.kasir.Sale.Refund": .reply(#"{"refund":\#(Fixture.paidSale)}"#)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      calls.first?.parameters
        == .object([
          "number": .string("20261129-0042"), "reason": .string("rusak"),
          "lines": .array([
            .object(["lineNo": .int(1), "quantity": .double(0.5)]),
            .object(["lineNo": .int(2), "quantity": .int(1)]),
          ]),
        ]))
    #expect(result.stdout.contains("Retur"))
  }

  @Test func reprintPrintsTheJob() throws {
    let (result, calls) = try kasir(
      ["sale", "reprint", "20261129-0042"],
      answering: ["id.kasir.Sale.Reprint": .reply(#"{"receiptJob":12}"#)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.first?.parameters == .object(["number": .string("20261129-0042")]))
    #expect(result.stdout.contains("job 12"))
  }

  @Test func payByTransferWithAReference() throws {
    let (_, calls) = try kasir(
      ["sale", "pay", "7", "--transfer", "46.500", "--ref", "BCA-77"],
      answering: ["id.kasir.Sale.Pay": .reply(#"{"sale":\#(Fixture.paidSale),"change":0}"#)])
    #expect(
      calls.first?.parameters["payments"]
        == .array([
          .object([
            "method": .string("transfer"), "amount": .int(46500), "reference": .string("BCA-77"),
          ])
        ]))
  }

  @Test(arguments: [
    ["sale", "discount", "7"],
    ["sale", "discount", "7", "--amount", "1000", "--percent", "10"],
    ["sale", "discount", "7", "--percent", "101"],
    ["sale", "discount", "7", "--percent", "0"],
    ["sale", "refund", "20261129-0042", "--reason", "x"],
    ["sale", "refund", "20261129-0042", "--line", "1", "--reason", "x"],
    ["sale", "refund", "20261129-0042", "--line", "1:0", "--reason", "x"],
    ["sale", "refund", "20261129-0042", "--line", "1:1"],
    ["sale", "void", "20261129-0042"],
    ["sale", "qty", "7", "1", "0"],
    ["sale", "remove", "7"],
  ])
  func usageErrorsExit2(arguments: [String]) throws {
    let result = try kasir(arguments)
    #expect(result.status == 2, "\(arguments): \(result.stderr)")
    #expect(result.stdout.isEmpty)
  }
}
