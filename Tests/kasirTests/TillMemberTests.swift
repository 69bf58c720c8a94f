import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

/// `kasir till` with members: `anggota NUMBER`, `anggota -` and `kasbon [AMOUNT]`.
@Suite("kasir till: members and kasbon")
struct TillMemberTests {
  @Test func aMemberSetOnTheSaleGetsMemberPricesAndSeesTheSaving() async throws {
    let (result, calls) = try await onThread { try till("2*8991234567890\nanggota KMP-0042\n") }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      calls.map(\.method) == [
        "id.kasir.Sale.Open", "id.kasir.Sale.AddItem", "id.kasir.Sale.SetMember",
      ])
    #expect(
      calls.last?.parameters == .object(["saleId": .int(7), "memberNumber": .string("KMP-0042")]))
    #expect(result.stdout.contains("Anggota KMP-0042: harga anggota dipakai."))
    #expect(result.stdout.contains("Anggota: KMP-0042"))
    #expect(result.stdout.contains("2 pcs x Rp3.000"))
    let saving = try #require(
      result.stdout.split(separator: "\n").first { $0.hasPrefix("Hemat anggota") })
    #expect(saving.hasSuffix(" Rp200"))
  }

  @Test func aMemberBeforeTheFirstScanOpensTheSaleForThem() async throws {
    let (result, calls) = try await onThread { try till("member KMP-0042\n8991234567890\n") }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.first?.method == "id.kasir.Sale.Open")
    #expect(calls.first?.parameters == .object(["memberNumber": .string("KMP-0042")]))
    #expect(result.stdout.contains("1 pcs x Rp3.000"))
  }

  @Test func aDashRemovesTheMemberAndRegularPricesReturn() async throws {
    let input = "anggota KMP-0042\n8991234567890\nanggota -\n"
    let (result, calls) = try await onThread { try till(input) }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.last?.method == "id.kasir.Sale.SetMember")
    #expect(calls.last?.parameters == .object(["saleId": .int(7)]))
    #expect(result.stdout.contains("Anggota dilepas: harga biasa dipakai."))
    let total = try #require(
      result.stdout.split(separator: "\n").last { $0.hasPrefix("TOTAL") })
    #expect(total.hasSuffix("Rp3.100"))
  }

  @Test func kasbonPaysWhatIsDueOnTheMembersAccount() async throws {
    let input = "anggota KMP-0042\n8991234567890\n8990001112223\ntunai 10000\nkasbon\n"
    let (result, calls) = try await onThread { try till(input) }
    #expect(result.status == 0, "\(result.stderr)")
    let pay = try #require(calls.last)
    #expect(pay.method == "id.kasir.Sale.Pay")
    // 3.000 (member price) + 25.525; 10.000 in cash, the rest on kasbon.
    #expect(
      pay.parameters["payments"]
        == .array([
          .object(["method": .string("cash"), "amount": .int(10000)]),
          .object(["method": .string("kasbon"), "amount": .int(18525)]),
        ]))
    #expect(result.stdout.contains("KEMBALI   Rp 0"))
    #expect(result.stdout.contains("Hemat anggota"))
  }

  @Test func kasbonWithoutAMemberIsRefusedAtOnceAndNothingIsSent() async throws {
    let (result, calls) = try await onThread { try till("8991234567890\nkasbon 3100\n") }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!calls.contains { $0.method == "id.kasir.Sale.Pay" })
    #expect(result.stdout.contains("! Kasbon hanya untuk anggota: ketik `anggota NOMOR` dulu."))
  }

  @Test func badMemberAndKasbonLinesAreNotUnderstood() async throws {
    let (result, calls) = try await onThread {
      try till("8991234567890\nanggota\nkasbon 1000 REF\nkasbon -5\n")
    }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.map(\.method) == ["id.kasir.Sale.Open", "id.kasir.Sale.AddItem"])
    #expect(result.stdout.contains("Tidak dimengerti: 'anggota'"))
    #expect(result.stdout.contains("Tidak dimengerti: 'kasbon 1000 REF'"))
    #expect(result.stdout.contains("Tidak dimengerti: 'kasbon -5'"))
  }

  @Test func helpNamesTheMemberCommandsInBothLanguages() async throws {
    let (id, _) = try await onThread { try till("?\n") }
    #expect(id.stdout.contains("anggota NOMOR"))
    #expect(id.stdout.contains("kasbon [UANG]"))
    let (en, _) = try await onThread { try till("?\n", arguments: ["--lang", "en"]) }
    #expect(en.stdout.contains("member NUMBER"))
    #expect(en.stdout.contains("kasbon [AMOUNT]"))
  }
}
