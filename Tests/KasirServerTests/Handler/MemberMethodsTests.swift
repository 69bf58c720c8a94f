import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

@testable import KasirServer

/// The Member methods through the handler: roles, the CSV import, and refusals that change
/// nothing.
@Suite struct MemberMethodsTests {
  static let list = """
    number,name,phone,nik,credit_limit,active
    KMP-0001,Siti Aminah,0812-5555-0001,6471054512900003,100000,true
    KMP-0002,Budi Santoso,,,,
    KMP-0003,Wati,,,0,false
    """

  @Test func importCreatesThenUpdatesOnlyWhatChanged() async throws {
    let shop = try HandlerHarness()
    let dry = try await shop.call(MemberAPI.ImportMembers.self, .init(csv: Self.list, dryRun: true))
    #expect(dry == .init(created: 3, updated: 0, unchanged: 0))
    await #expect(throws: VarlinkError.self) {
      try await shop.call(MemberAPI.GetMember.self, .init(number: "KMP-0001"))
    }
    let first = try await shop.call(MemberAPI.ImportMembers.self, .init(csv: Self.list))
    #expect(first == .init(created: 3, updated: 0, unchanged: 0))
    let again = try await shop.call(MemberAPI.ImportMembers.self, .init(csv: Self.list))
    #expect(again == .init(created: 0, updated: 0, unchanged: 3))
    // A file without the nik column keeps the stored NIK.
    let renamed = "number,name\nKMP-0001,Siti Aminah Lubis\n"
    let update = try await shop.call(MemberAPI.ImportMembers.self, .init(csv: renamed))
    #expect(update == .init(created: 0, updated: 1, unchanged: 0))
    let siti = try await shop.call(MemberAPI.GetMember.self, .init(number: "kmp-0001")).member
    #expect(siti.name == "Siti Aminah Lubis" && siti.nik == "6471********0003")
    #expect(siti.creditLimit == 100_000 && siti.phone == "0812-5555-0001")
  }

  @Test func everyBadRowIsReportedAndNothingChanges() async throws {
    let shop = try HandlerHarness()
    _ = try await shop.call(MemberAPI.ImportMembers.self, .init(csv: Self.list))
    let before = try await shop.store.digest()
    let csv = """
      number,name,nik,credit_limit
      KMP-0010,Baik,,
      KMP-0011,NIK pendek,647105451290,
      KMP-0012,NIK milik Siti,6471054512900003,
      KMP-0010,Nomor ganda,,
      KMP-0013,Batas negatif,,-5
      KMP 0014,Nomor salah,,
      KMP-0015,,,
      """
    let error = await #expect(throws: VarlinkError.self) {
      try await shop.call(MemberAPI.ImportMembers.self, .init(csv: csv))
    }
    #expect(error?.error == "id.kasir.Member.ImportRejected")
    guard case .array(let rows)? = error?.parameters["errors"] else {
      Issue.record("no errors array: \(String(describing: error))")
      return
    }
    let summary = rows.map { "\($0["row"]?.text ?? "?") \($0["field"]?.text ?? "?")" }
    #expect(summary == ["3 nik", "4 nik", "5 number", "6 credit_limit", "7 number", "8 name"])
    #expect(rows[1]["message"]?.text.contains("KMP-0001") == true)
    #expect(rows[2]["message"]?.text.contains("row 2") == true)
    #expect(try await shop.store.digest() == before)
  }

  @Test func aBrokenHeaderIsRefusedWholeAndNothingChanges() async throws {
    let shop = try HandlerHarness()
    for (csv, expected) in [
      ("number,name,name\nKMP-1,A,B\n", "1 name column named twice"),
      ("number,nama\nKMP-1,A\n", "1 nama unknown column"),
      ("number,phone\nKMP-1,0812\n", "1 name required column missing"),
      ("", "1  the file is empty; it needs a header row"),
    ] {
      let error = await #expect(throws: VarlinkError.self) {
        try await shop.call(MemberAPI.ImportMembers.self, .init(csv: csv))
      }
      guard case .array(let rows)? = error?.parameters["errors"] else {
        Issue.record("no errors array for \(csv)")
        continue
      }
      let first = rows.first.map {
        "\($0["row"]?.text ?? "?") \($0["field"]?.text ?? "?") \($0["message"]?.text ?? "?")"
      }
      #expect(first == expected)
    }
    #expect(try await shop.store.searchMembers(query: "KMP").isEmpty)
  }

  @Test func cashiersMaySellToMembersButNotManageThem() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    let input = MemberAPI.MemberInput(number: "KMP-0001", name: "Siti", creditLimit: 20_000)
    let denied = await #expect(throws: VarlinkError.self) {
      try await shop.call(
        MemberAPI.UpsertMember.self, .init(member: input), as: HandlerHarness.cashier)
    }
    #expect(denied?.error == "org.varlink.service.PermissionDenied")
    _ = try await shop.call(MemberAPI.UpsertMember.self, .init(member: input))
    let found = try await shop.call(
      MemberAPI.SearchMembers.self, .init(query: "sit"), as: HandlerHarness.cashier)
    #expect(found.members.map(\.number) == ["KMP-0001"])
    let totals = await #expect(throws: VarlinkError.self) {
      try await shop.call(
        MemberAPI.PurchaseTotals.self, .init(year: 2026), as: HandlerHarness.cashier)
    }
    #expect(totals?.error == "org.varlink.service.PermissionDenied")
  }

  @Test func refusalsNameTheProblem() async throws {
    let shop = try HandlerHarness()
    try await shop.stockTheShop()
    _ = try await shop.call(
      MemberAPI.UpsertMember.self,
      .init(member: .init(number: "KMP-0001", name: "Siti", active: false)))
    let before = try await shop.store.digest()
    func refusal<M: VarlinkMethod>(_ method: M.Type, _ parameters: M.Parameters) async -> String {
      do {
        _ = try await shop.call(method, parameters)
        return "accepted"
      } catch let error as VarlinkError {
        return error.error + " "
          + (error.parameters["reason"]?.text ?? error.parameters["number"]?.text
            ?? error.parameters["parameter"]?.text ?? "")
      } catch {
        return "\(error)"
      }
    }
    #expect(
      await refusal(SaleAPI.Open.self, .init(memberNumber: "KMP-0001"))
        == "id.kasir.Sale.MemberInactive KMP-0001")
    #expect(
      await refusal(SaleAPI.Open.self, .init(memberNumber: "KMP-9"))
        == "id.kasir.Sale.MemberNotFound KMP-9")
    #expect(
      await refusal(MemberAPI.GetMember.self, .init(number: "KMP-9"))
        == "id.kasir.Member.MemberNotFound KMP-9")
    #expect(
      await refusal(
        MemberAPI.UpsertMember.self,
        .init(member: .init(number: "KMP-0002", name: "Budi", nik: "6471059912900003")))
        == "id.kasir.Member.InvalidNIK birthDate")
    #expect(
      await refusal(
        MemberAPI.UpsertMember.self, .init(member: .init(number: "KMP 2", name: "Budi")))
        == "org.varlink.service.InvalidParameter member.number")
    #expect(
      await refusal(
        MemberAPI.PayKasbon.self, .init(number: "KMP-0001", amount: 1, method: "kasbon"))
        == "org.varlink.service.InvalidParameter method")
    #expect(
      await refusal(MemberAPI.PurchaseTotals.self, .init(year: 12))
        == "org.varlink.service.InvalidParameter year")
    #expect(
      await refusal(MemberAPI.Statement.self, .init(number: "KMP-0001", from: "2026-13-01"))
        == "org.varlink.service.InvalidParameter from")
    #expect(try await shop.store.digest() == before)
    let sale = try await shop.call(SaleAPI.Open.self, .init()).sale
    try await shop.call(SaleAPI.AddItem.self, .init(saleId: sale.id, code: "MIE-GOR"))
    #expect(
      await refusal(
        SaleAPI.Pay.self, .init(saleId: sale.id, payments: [.init(method: "kasbon", amount: 3_400)])
      )
        == "id.kasir.Sale.MemberRequired ")
    #expect(
      await refusal(SaleAPI.SetMember.self, .init(saleId: sale.id, memberNumber: "KMP-0001"))
        == "id.kasir.Sale.MemberInactive KMP-0001")
    let unchanged = try await shop.call(SaleAPI.Get.self, .init(saleId: sale.id)).sale
    #expect(unchanged.memberNumber == nil && unchanged.state == "open")
  }
}
