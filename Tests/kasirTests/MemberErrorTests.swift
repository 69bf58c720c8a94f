import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

@Suite("kasir: member and kasbon errors")
struct MemberErrorTests {
  private func refusal(
    _ error: String, _ parameters: String, language: String = "id"
  ) throws -> ProcessResult {
    let (result, _) = try kasir(
      ["member", "show", "KMP-0042", "--lang", language],
      answering: ["id.kasir.Member.GetMember": .error(error, parameters)])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    return result
  }

  @Test func creditLimitExceededShowsTheLimitWhatIsOwedAndWhatWasAsked() throws {
    let parameters = #"{"limit":100000,"outstanding":66000,"requested":36300}"#
    let id = try refusal("id.kasir.Sale.CreditLimitExceeded", parameters)
    #expect(
      id.stderr.contains(
        "Kasbon ditolak: batas Rp100.000, sudah berutang Rp66.000, diminta Rp36.300. Paling banyak Rp34.000 lagi"
      ))
    let en = try refusal("id.kasir.Sale.CreditLimitExceeded", parameters, language: "en")
    #expect(
      en.stderr.contains(
        "Kasbon refused: limit Rp100.000, already owed Rp66.000, requested Rp36.300. At most Rp34.000 more"
      ))
  }

  @Test(arguments: [
    ("format", "harus 16 angka"),
    ("province", "dua angka pertama bukan kode provinsi"),
    ("birthDate", "angka ke-7 sampai ke-10 bukan tanggal dan bulan lahir"),
    ("serial", "empat angka terakhir tidak boleh 0000"),
  ])
  func invalidNikSaysWhatIsWrong(reason: String, words: String) throws {
    let result = try refusal("id.kasir.Member.InvalidNIK", #"{"reason":"\#(reason)"}"#)
    #expect(result.stderr.contains("NIK tidak valid: " + words))
  }

  @Test func duplicateNikNamesTheOtherMember() throws {
    let result = try refusal("id.kasir.Member.DuplicateNIK", #"{"number":"KMP-0007"}"#)
    #expect(
      result.stderr.contains(
        "NIK ini sudah terdaftar untuk anggota KMP-0007; tidak ada yang diubah."))
  }

  @Test func anInactiveMemberIsNamedWithHowToActivate() throws {
    for error in ["id.kasir.Member.MemberInactive", "id.kasir.Sale.MemberInactive"] {
      let result = try refusal(error, #"{"number":"KMP-0107"}"#, language: "en")
      #expect(result.stderr.contains("Member KMP-0107 is inactive"))
      #expect(result.stderr.contains("kasir member edit KMP-0107 --active"))
    }
  }

  @Test func kasbonWithoutAMemberSaysHowToSetOne() throws {
    let (result, _) = try kasir(
      ["sale", "pay", "7", "--kasbon", "36300"],
      answering: ["id.kasir.Sale.Pay": .error("id.kasir.Sale.MemberRequired")])
    #expect(result.status == 1)
    #expect(result.stderr.contains("Kasbon hanya untuk anggota"))
    #expect(result.stderr.contains("kasir sale member ID NOMOR"))
  }

  @Test(arguments: [
    ("member.number", "Nomor anggota tidak valid: 1–20 huruf"),
    ("member.phone", "Nomor telepon tidak valid"),
    ("member.name", "Nama anggota harus 1–120 huruf"),
    ("year", "Tahun tidak valid: tulis 2000–2999"),
  ])
  func aRefusedMemberFieldSaysWhatIsAllowed(parameter: String, words: String) throws {
    let result = try refusal(
      "org.varlink.service.InvalidParameter", #"{"parameter":"\#(parameter)"}"#)
    #expect(result.stderr.contains(words))
  }
}
