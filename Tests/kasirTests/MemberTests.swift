import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

/// Replies shaped like kasird's member replies: the NIK always masked.
enum MemberFixture {
  static let siti = """
    {"number":"KMP-0042","name":"Siti Aminah","phone":"0812-3456-7890","nik":"6471********0003",
     "creditLimit":100000,"active":true,"kasbonOutstanding":66000}
    """
  static let budi = """
    {"number":"KMP-0107","name":"Budi Santoso","creditLimit":0,"active":false,
     "kasbonOutstanding":0}
    """
  static let notFound = FakeVarlinkServer.Answer.error(
    "id.kasir.Member.MemberNotFound", #"{"number":"KMP-0042"}"#)
}

@Suite("kasir member: the registry")
struct MemberTests {
  @Test func addChecksTheNumberIsFreeThenSendsTheMember() throws {
    let (result, calls) = try kasir(
      [
        "member", "add", "KMP-0042", "Siti Aminah", "--phone", "0812-3456-7890", "--nik",
        "6471054205900003", "--credit-limit", "Rp100.000",
      ],
      answering: [
        "id.kasir.Member.GetMember": MemberFixture.notFound,
        "id.kasir.Member.UpsertMember": .reply(
          #"{"member":\#(MemberFixture.siti),"created":true}"#),
      ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.map(\.method) == ["id.kasir.Member.GetMember", "id.kasir.Member.UpsertMember"])
    #expect(calls.first?.parameters == .object(["number": .string("KMP-0042")]))
    #expect(
      calls.last?.parameters
        == .object([
          "member": .object([
            "number": .string("KMP-0042"), "name": .string("Siti Aminah"),
            "phone": .string("0812-3456-7890"), "nik": .string("6471054205900003"),
            "creditLimit": .int(100000),
          ])
        ]))
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "Anggota KMP-0042 ditambahkan.")
    #expect(result.stdout.contains("NIK            6471********0003"))
    #expect(result.stdout.contains("Utang kasbon   Rp66.000"))
    #expect(result.stdout.contains("Masih boleh    Rp34.000"))
    #expect(!result.stdout.contains("6471054205900003"))
  }

  @Test func addRefusesARegisteredNumberAndChangesNothing() throws {
    let (result, calls) = try kasir(
      ["member", "add", "KMP-0042", "Siti Rahma"],
      answering: ["id.kasir.Member.GetMember": .reply(#"{"member":\#(MemberFixture.siti)}"#)])
    #expect(result.status == 1)
    #expect(calls.map(\.method) == ["id.kasir.Member.GetMember"])
    #expect(
      result.stderr.contains(
        "Nomor anggota KMP-0042 sudah terdaftar atas nama Siti Aminah; tidak ada yang diubah."))
    #expect(result.stdout.isEmpty)
  }

  @Test func addWithUpdateChangesTheRegisteredMemberAndSaysSo() throws {
    let (result, calls) = try kasir(
      ["member", "add", "KMP-0107", "Budi Santoso", "--inactive", "--update", "--lang", "en"],
      answering: [
        "id.kasir.Member.UpsertMember": .reply(
          #"{"member":\#(MemberFixture.budi),"created":false}"#)
      ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.map(\.method) == ["id.kasir.Member.UpsertMember"])
    #expect(
      calls.first?.parameters
        == .object([
          "member": .object([
            "number": .string("KMP-0107"), "name": .string("Budi Santoso"), "active": .bool(false),
          ])
        ]))
    #expect(result.stdout.hasPrefix("Member KMP-0107 updated.\n"))
    #expect(result.stdout.contains("Active           no"))
  }

  @Test func editSendsOnlyTheChangesAndNeverTheMaskedNik() throws {
    let (result, calls) = try kasir(
      ["member", "edit", "KMP-0042", "--credit-limit", "200.000", "--inactive"],
      answering: [
        "id.kasir.Member.GetMember": .reply(#"{"member":\#(MemberFixture.siti)}"#),
        "id.kasir.Member.UpsertMember": .reply(
          #"{"member":\#(MemberFixture.siti),"created":false}"#),
      ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.map(\.method) == ["id.kasir.Member.GetMember", "id.kasir.Member.UpsertMember"])
    #expect(
      calls.last?.parameters
        == .object([
          "member": .object([
            "number": .string("KMP-0042"), "name": .string("Siti Aminah"),
            "creditLimit": .int(200000), "active": .bool(false),
          ])
        ]))
    #expect(result.stdout.hasPrefix("Anggota KMP-0042 diperbarui.\n"))
  }

  @Test func editOfAnUnknownMemberCreatesNobody() throws {
    let (result, calls) = try kasir(
      ["member", "edit", "KMP-0042", "--phone", "0812-1111-2222"],
      answering: ["id.kasir.Member.GetMember": MemberFixture.notFound])
    #expect(result.status == 1)
    #expect(calls.map(\.method) == ["id.kasir.Member.GetMember"])
    #expect(result.stderr.contains("Anggota tidak ditemukan: KMP-0042."))
  }

  @Test func showPrintsTheDetailsWithTheNikAsReceived() throws {
    let (result, calls) = try kasir(
      ["member", "show", "KMP-0042"],
      answering: ["id.kasir.Member.GetMember": .reply(#"{"member":\#(MemberFixture.siti)}"#)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.first?.parameters == .object(["number": .string("KMP-0042")]))
    #expect(
      result.stdout == """
        Nomor anggota  KMP-0042
        Nama           Siti Aminah
        Telepon        0812-3456-7890
        NIK            6471********0003
        Batas kasbon   Rp100.000
        Utang kasbon   Rp66.000
        Masih boleh    Rp34.000
        Aktif          ya

        """)
  }

  @Test func searchIsAnAlignedTableMarkingTheInactive() throws {
    let (result, calls) = try kasir(
      ["member", "search", "santoso siti", "--limit", "10"],
      answering: [
        "id.kasir.Member.SearchMembers": .reply(
          #"{"members":[\#(MemberFixture.siti),\#(MemberFixture.budi)]}"#)
      ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      calls.first?.parameters == .object(["query": .string("santoso siti"), "limit": .int(10)]))
    #expect(
      result.stdout == """
        Nomor     Nama          Telepon            Utang      Batas
        ---------------------------------------------------------------------
        KMP-0042  Siti Aminah   0812-3456-7890  Rp66.000  Rp100.000
        KMP-0107  Budi Santoso                       Rp0        Rp0  NONAKTIF

        """)
  }

  @Test func searchWithoutMatchesSaysSo() throws {
    let (result, _) = try kasir(
      ["member", "search", "zz"],
      answering: ["id.kasir.Member.SearchMembers": .reply(#"{"members":[]}"#)])
    #expect(result.stdout == "Tidak ada anggota yang cocok dengan 'zz'.\n")
  }

  @Test func importSendsTheFileAndListsEveryRejectedRow() throws {
    let csv = "number,name,nik\r\nKMP-1,\"Aminah, Siti\",6471054205900003\r\n"
    let path = try CatalogToolsTests.temporaryFile(csv, name: "anggota.csv")
    let (result, calls) = try kasir(
      ["member", "import", path],
      answering: [
        "id.kasir.Member.ImportMembers": .reply(#"{"created":1,"updated":0,"unchanged":4}"#)
      ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.first?.parameters == .object(["csv": .string(csv)]))
    #expect(result.stdout == "Impor selesai: 1 baru, 0 diubah, 4 tetap.\n")
    let errors = """
      {"errors":[{"row":2,"field":"nik","message":"not a NIK: the last four digits are 0000"},
                 {"row":4,"field":"number","message":"KMP-1 is on row 2 already"}]}
      """
    let (rejected, dryCalls) = try kasir(
      ["member", "import", path, "--dry-run"],
      answering: [
        "id.kasir.Member.ImportMembers": .error("id.kasir.Member.ImportRejected", errors)
      ])
    #expect(rejected.status == 1)
    #expect(dryCalls.first?.parameters["dryRun"] == .bool(true))
    #expect(rejected.stderr.contains("Impor ditolak, tidak ada yang diubah. 2 baris salah:"))
    #expect(rejected.stderr.contains("baris 2, kolom nik: not a NIK"))
    #expect(rejected.stderr.contains("baris 4, kolom number: KMP-1 is on row 2 already"))
  }

  @Test func aMemberFileThatIsNotUtf8IsRefusedBeforeAnyCall() throws {
    let path = try CatalogToolsTests.temporaryFile("")
    try Data([0x6E, 0x61, 0x6D, 0x65, 0x0A, 0xC0, 0xC1]).write(to: URL(fileURLWithPath: path))
    let (result, calls) = try kasir(["member", "import", path], answering: [:])
    #expect(result.status == 2)
    #expect(result.stderr.contains("bukan teks UTF-8"))
    #expect(calls.isEmpty)
  }

  @Test(arguments: [
    ["member", "add", "KMP-1", "Siti", "--nik", "6471-0542-0590-0003"],
    ["member", "add", "KMP-1", "Siti", "--nik", "647105420590000"],
    ["member", "edit", "KMP-1", "--nik", "64710542059000031"],
  ])
  func aMalformedNikIsRefusedBeforeAnyCallWithoutShowingIt(arguments: [String]) throws {
    let (result, calls) = try kasir(arguments, answering: [:])
    #expect(result.status == 2)
    #expect(calls.isEmpty)
    #expect(result.stderr.contains("NIK tidak valid: harus 16 angka"))
    let nik = try #require(arguments.last)
    #expect(!result.stderr.contains(nik))
  }

  @Test(arguments: [
    ["member", "add", "KMP-1"],
    ["member", "add", "KMP-1", "Siti", "--credit-limit", "-5"],
    ["member", "add", "KMP-1", "Siti", "--credit-limit", "1,5"],
    ["member", "edit", "KMP-1"],
    ["member", "edit", "KMP-1", "--active", "--inactive"],
    ["member", "show"],
    ["member", "search"],
    ["member", "import"],
    ["member", "pay", "KMP-1"],
    ["member", "pay", "KMP-1", "0"],
    ["member", "pay", "KMP-1", "-20000"],
    ["member", "pay", "KMP-1", "20.00"],
    ["member", "pay", "KMP-1", "20000", "--qris", "--transfer"],
    ["member", "statement", "KMP-1", "--from", "29-11-2026"],
    ["member", "totals"],
    ["member", "totals", "26"],
    ["member", "totals", "1999"],
    ["member", "totals", "2026", "-o", "shu.xlsx"],
    ["sale", "member", "7"],
    ["sale", "member", "7", "KMP-1", "--remove"],
    ["sale", "pay", "7", "--kasbon", "abc"],
  ])
  func badInputIsAUsageErrorBeforeAnyCall(arguments: [String]) throws {
    let (result, calls) = try kasir(arguments, answering: [:])
    #expect(result.status == 2, "\(arguments): \(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(calls.isEmpty, "\(arguments)")
  }

  @Test func aZeroSettlementAndAnXlsxFileSayWhatToDo() throws {
    let (zero, _) = try kasir(["member", "pay", "KMP-1", "0"], answering: [:])
    #expect(zero.stderr.contains("Jumlah pelunasan harus lebih dari Rp0."))
    let (xlsx, _) = try kasir(["member", "totals", "2026", "-o", "shu.xlsx"], answering: [:])
    #expect(xlsx.stderr.contains("Untuk XLSX pakai `kasir export members"))
    let (year, _) = try kasir(["member", "totals", "26", "--lang", "en"], answering: [:])
    #expect(year.stderr.contains("Invalid year: '26'. Write a year from 2000 to 2999"))
  }
}
