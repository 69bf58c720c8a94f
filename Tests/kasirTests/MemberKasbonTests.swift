import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

@Suite("kasir member: kasbon and the SHU basis")
struct MemberKasbonTests {
  private let paid = """
    {"member":{"number":"KMP-0042","name":"Siti Aminah","nik":"6471********0003",
     "creditLimit":100000,"active":true,"kasbonOutstanding":46000},"receiptJob":12}
    """

  @Test func payDefaultsToCashAndShowsWhatIsLeftAndTheReceipt() throws {
    let (result, calls) = try kasir(
      ["member", "pay", "KMP-0042", "Rp20.000"],
      answering: ["id.kasir.Member.PayKasbon": .reply(paid)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      calls.first?.parameters
        == .object([
          "number": .string("KMP-0042"), "amount": .int(20000), "method": .string("cash"),
        ]))
    #expect(
      result.stdout == """
        Kasbon KMP-0042 Siti Aminah dibayar Rp20.000 (Tunai).
        Sisa utang kasbon: Rp46.000.
        Struk masuk antrean cetak (job 12).

        """)
  }

  @Test func payByTransferSendsTheReference() throws {
    let (result, calls) = try kasir(
      [
        "member", "pay", "KMP-0042", "20000", "--transfer", "--reference", "BCA-7781", "--lang",
        "en",
      ],
      answering: ["id.kasir.Member.PayKasbon": .reply(paid)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      calls.first?.parameters
        == .object([
          "number": .string("KMP-0042"), "amount": .int(20000), "method": .string("transfer"),
          "reference": .string("BCA-7781"),
        ]))
    #expect(result.stdout.contains("Kasbon still owed: Rp46.000."))
  }

  @Test func aSettlementAboveWhatIsOwedIsRefusedWithBothFigures() throws {
    let (result, _) = try kasir(
      ["member", "pay", "KMP-0042", "--qris", "50000"],
      answering: [
        "id.kasir.Member.PayKasbon": .error(
          "id.kasir.Member.InvalidSettlement", #"{"amount":50000,"outstanding":46000}"#)
      ])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "Pelunasan Rp50.000 tidak bisa: harus lebih dari Rp0 dan paling banyak utang kasbon sekarang, Rp46.000."
      ))
    let (nothing, _) = try kasir(
      ["member", "pay", "KMP-0042", "50000"],
      answering: [
        "id.kasir.Member.PayKasbon": .error(
          "id.kasir.Member.InvalidSettlement", #"{"amount":50000,"outstanding":0}"#)
      ])
    #expect(nothing.stderr.contains("Anggota ini tidak punya utang kasbon"))
  }

  @Test func statementStartsWithTheOpeningBalanceAndNamesEachKind() throws {
    let reply = """
      {"openingBalance":30000,"entries":[
        {"at":"2026-11-02T09:12:40+08:00","kind":"purchase","reference":"20261102-0007",
         "amount":36300,"balance":66300,"user":"siti"},
        {"at":"2026-11-03T10:00:00+08:00","kind":"refund","reference":"20261103-0002",
         "amount":-300,"balance":66000,"user":"budi"},
        {"at":"2026-11-29T16:45:00+08:00","kind":"settlement","reference":"BCA-7781",
         "amount":-20000,"balance":46000,"method":"transfer","user":"siti"}]}
      """
    let (result, calls) = try kasir(
      ["member", "statement", "KMP-0042", "--from", "2026-11-01", "--to", "2026-11-30"],
      answering: ["id.kasir.Member.Statement": .reply(reply)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      calls.first?.parameters
        == .object([
          "number": .string("KMP-0042"), "from": .string("2026-11-01"),
          "to": .string("2026-11-30"),
        ]))
    #expect(
      result.stdout == """
        Waktu             Jenis                 Referensi         Jumlah     Saldo
        --------------------------------------------------------------------------
                          saldo awal                                      Rp30.000
        2026-11-02 09:12  belanja kasbon        20261102-0007  +Rp36.300  Rp66.300
        2026-11-03 10:00  retur                 20261103-0002     -Rp300  Rp66.000
        2026-11-29 16:45  pelunasan (Transfer)  BCA-7781       -Rp20.000  Rp46.000

        """)
  }

  @Test func anEmptyStatementStillShowsTheBalance() throws {
    let (result, _) = try kasir(
      ["member", "statement", "KMP-0042", "--lang", "en"],
      answering: [
        "id.kasir.Member.Statement": .reply(#"{"openingBalance":46000,"entries":[]}"#)
      ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("opening balance"))
    #expect(result.stdout.contains("Rp46.000"))
    #expect(result.stdout.hasSuffix("No kasbon entries in this period.\n"))
  }

  private let totals = """
    {"rows":[
      {"number":"KMP-0042","name":"Siti Aminah","purchases":1250000,"transactions":31},
      {"number":"KMP-0107","name":"Budi \\"Gendut\\", Santoso","purchases":0,"transactions":0},
      {"number":"KMP-0200","name":"Wayan Sudirta","purchases":987500,"transactions":12}]}
    """

  @Test func totalsIsATableWithATotalRow() throws {
    let (result, calls) = try kasir(
      ["member", "totals", "2026"], answering: ["id.kasir.Member.PurchaseTotals": .reply(totals)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.first?.parameters == .object(["year": .int(2026)]))
    #expect(
      result.stdout == """
        Nomor     Nama                      Pembelian  Transaksi
        --------------------------------------------------------
        KMP-0042  Siti Aminah             Rp1.250.000         31
        KMP-0107  Budi "Gendut", Santoso          Rp0          0
        KMP-0200  Wayan Sudirta             Rp987.500         12
                  Jumlah                  Rp2.237.500         43

        """)
  }

  @Test func totalsWritesACsvForTheBoardThatReadsBack() throws {
    let path = try CatalogToolsTests.temporaryFile("old", name: "shu-2026.csv")
    let (result, calls) = try kasir(
      ["member", "totals", "2026", "-o", path],
      answering: ["id.kasir.Member.PurchaseTotals": .reply(totals)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.map(\.method) == ["id.kasir.Member.PurchaseTotals"])
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("Pembelian 3 anggota tahun 2026 ditulis ke \(path)."))
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let text = try #require(String(data: data, encoding: .utf8))
    let rows = CSVReader.rows(text)
    #expect(rows.first == ["number", "name", "purchases", "transactions"])
    #expect(
      Array(rows.dropFirst()) == [
        ["KMP-0042", "Siti Aminah", "1250000", "31"],
        ["KMP-0107", #"Budi "Gendut", Santoso"#, "0", "0"],
        ["KMP-0200", "Wayan Sudirta", "987500", "12"],
      ])
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
    #expect(leftovers == ["shu-2026.csv"])
  }
}

/// A plain RFC 4180 reader, to read back what the client wrote.
enum CSVReader {
  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters = characters.dropFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"": quoted = true
      case ",":
        row.append(field)
        field = ""
      case "\r\n", "\n":
        row.append(field)
        rows.append(row)
        (row, field) = ([], "")
      default: field.append(character)
      }
    }
    if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
    return rows
  }
}
