import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

/// `kasir till` driven through its stdin, as a scanner or a script would.
@Suite("kasir till")
struct TillTests {
  private func added(_ calls: [FakeVarlinkServer.ReceivedCall]) -> [JSONValue] {
    calls.filter { $0.method == "id.kasir.Sale.AddItem" }.map(\.parameters)
  }

  @Test func aScanOpensASaleAddsTheLineAndShowsTheTotal() async throws {
    let (result, calls) = try await onThread { try till("8991234567890\n") }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.map(\.method) == ["id.kasir.Sale.Open", "id.kasir.Sale.AddItem"])
    #expect(
      added(calls) == [.object(["saleId": .int(7), "code": .string("8991234567890")])])
    #expect(result.stdout.contains("1. Mie Goreng"))
    let total = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("TOTAL") })
    #expect(total.hasSuffix("Rp3.100"))
    #expect(result.stdout.contains("masih terbuka (id 7)"))
  }

  @Test func aQuantityTypedBeforeAScanGoesWithTheNextScanOnly() async throws {
    let input = "3*\n8991234567890\n0,75*\nBRS-CURAH\n8991234567890\n2*8990001112223\n"
    let (result, calls) = try await onThread { try till(input) }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      added(calls).map { $0["quantity"] } == [.int(3), .double(0.75), nil, .int(2)])
    #expect(result.stdout.contains("0,75 kg x Rp14.000"))
    // 3 × 3.100 + 0,75 × 14.000 + 3.100 + 2 × 25.525
    #expect(result.stdout.contains("Rp73.950"))
  }

  @Test func crLfAndTabEndACodeAndControlCharactersAreDropped() async throws {
    let input = "8991234567890\r\n\u{1}BRS-\u{7}CURAH\t\u{1B}[A8990001112223\r\u{7F}"
    let (result, calls) = try await onThread { try till(input) }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      added(calls).map { $0["code"] }
        == [.string("8991234567890"), .string("BRS-CURAH"), .string("8990001112223")])
  }

  @Test func payingInCashShowsTheChangeLarge() async throws {
    let input = "8990001112223\n8991234567890\ntunai Rp65.100\n"
    let (result, calls) = try await onThread { try till(input) }
    #expect(result.status == 0, "\(result.stderr)")
    let pay = try #require(calls.last)
    #expect(pay.method == "id.kasir.Sale.Pay")
    #expect(
      pay.parameters["payments"]
        == .array([.object(["method": .string("cash"), "amount": .int(65100)])]))
    let box = try #require(result.stdout.split(separator: "\n").first { $0.contains("KEMBALI") })
    #expect(box.contains("KEMBALI   Rp 36.475"))
    #expect(box.hasPrefix("║") && box.hasSuffix("║"))
    #expect(result.stdout.contains("╔"))
    #expect(!result.stdout.contains("masih terbuka"))
  }

  @Test func aSplitPaymentIsSentOnceItCoversTheTotal() async throws {
    let input = "8990001112223\nqris 20000 QR-881\ntunai 10.000\n"
    let (result, calls) = try await onThread { try till(input) }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("SISA"))
    #expect(result.stdout.contains("Rp5.525"))
    #expect(calls.filter { $0.method == "id.kasir.Sale.Pay" }.count == 1)
    #expect(
      calls.last?.parameters["payments"]
        == .array([
          .object([
            "method": .string("qris"), "amount": .int(20000), "reference": .string("QR-881"),
          ]),
          .object(["method": .string("cash"), "amount": .int(10000)]),
        ]))
    #expect(result.stdout.contains("KEMBALI   Rp 4.475"))
  }

  @Test func qrisWithoutAnAmountPaysWhatIsDue() async throws {
    let (result, calls) = try await onThread { try till("8991234567890\nqris\n") }
    #expect(
      calls.last?.parameters["payments"]
        == .array([.object(["method": .string("qris"), "amount": .int(3100)])]))
    #expect(result.stdout.contains("KEMBALI   Rp 0"))
  }

  @Test func voidLastLineHoldAndResume() async throws {
    let input = "8991234567890\nBRS-CURAH\n-\ntahan\nlanjut\nbatal\n"
    let (result, calls) = try await onThread { try till(input) }
    #expect(result.status == 0, "\(result.stderr)")
    let methods = calls.map(\.method).map {
      $0.replacingOccurrences(of: "id.kasir.Sale.", with: "")
    }
    #expect(
      methods == [
        "Open", "AddItem", "AddItem", "RemoveLine", "Hold", "Get", "Resume", "RemoveLine",
      ])
    let removed = calls.filter { $0.method == "id.kasir.Sale.RemoveLine" }.map(\.parameters)
    #expect(removed.map { $0["lineNo"] } == [.int(2), .int(1)])
    #expect(result.stdout.contains("Baris 2 dihapus."))
    #expect(result.stdout.contains("ditahan (id 7)"))
  }

  @Test func daemonErrorsAreFriendlyAndTheSessionGoesOn() async throws {
    let input = "NOPE-123\n8991234567890\ntunai 1000\ntunai 5000\n"
    let (result, _) = try await onThread { try till(input) }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("! Produk tidak ditemukan: NOPE-123"))
    #expect(result.stdout.contains("Mie Goreng"))
    #expect(result.stdout.contains("KEMBALI   Rp 2.900"))
  }

  @Test func garbageNeverEndsTheSession() async throws {
    let garbage = [
      String(repeating: "x", count: 10_000), "qty x y", "tunai -5", "3*3*", "0*", "lanjut abc",
      "a b c", "🧧🧧", "\u{0}\u{0}", "qris 1 2 3", "**", "-1*", "\u{FFFF}", "jumlah 1",
    ]
    let input = garbage.joined(separator: "\n") + "\n8991234567890\n?\n"
    let (result, calls) = try await onThread { try till(input) }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Tidak dimengerti: 'qty x y'"))
    #expect(result.stdout.contains("Mie Goreng"))
    #expect(result.stdout.contains("tunai [UANG]"))
    #expect(result.stdout.count < 20_000)
    let codes = calls.filter { $0.method == "id.kasir.Sale.AddItem" }.map { $0.parameters["code"] }
    #expect(codes.contains(.string("8991234567890")))
    #expect(!codes.contains { ($0?.text.count ?? 0) > 64 })
  }

  @Test func helpInEnglish() async throws {
    let (result, calls) = try await onThread {
      try till("?\nkeluar\n8991234567890\n", arguments: ["--lang", "en"])
    }
    #expect(result.status == 0)
    #expect(result.stdout.contains("cash [AMOUNT]"))
    #expect(calls.isEmpty)
  }

  @Test func anOpenSaleLeftByAnEarlierSessionIsTakenOverAndPaidInEnglish() async throws {
    var left = FakeShop.emptySale()
    left.lines = [
      .init(
        lineNo: 1, sku: "BRS-CURAH", name: "Beras Curah", unit: "kg",
        quantity: Thousandths(2500), unitPrice: 14000, priceTier: "regular", discount: 0,
        amount: 35000)
    ]
    left.total = 35000
    let shop = FakeShop(sale: left)
    let (result, calls) = try await onThread {
      try till("lanjut 7\ncash 50.000\n", shop: shop, arguments: ["--lang", "en"])
    }
    #expect(result.status == 0, "\(result.stderr)")
    #expect(calls.map(\.method) == ["id.kasir.Sale.Get", "id.kasir.Sale.Pay"])
    #expect(result.stdout.contains("2.5 kg x Rp14.000"))
    #expect(result.stdout.contains("CHANGE   Rp 15.000"))
  }

  @Test func theAliasKasirKasirWorks() throws {
    let result = try kasir(["kasir", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Cashier mode"))
  }
}
