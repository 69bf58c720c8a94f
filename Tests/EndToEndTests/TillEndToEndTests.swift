import Foundation
import KasirTestSupport
import Testing

/// The cashier's day against a real kasird: the till screen fed like a scanner, and the sale
/// commands for everything after.
@Suite(.serialized) struct TillEndToEndTests {
  @Test func aScannerSessionThroughTheTill() throws {
    let shop = try DemoShop()
    defer { shop.tearDown() }
    #expect(try shop.kasir(["shift", "open", "100000"]).status == 0)
    // What a keyboard-wedge scanner and a cashier type: a scan ended by Tab, a weighed
    // quantity before a scan, a removal, and cash.
    let session = try shop.kasir(
      ["till"], input: "8991234000206\t3*8991234000206\n0,5*BER-MED\r\n-\ntunai 50000\n")
    #expect(session.status == 0, "\(session.stderr)")
    // 4 noodles (1 + 3 join one line) = 13.600; the rice was removed again.
    #expect(session.stdout.contains("4 pcs x Rp3.400"))
    #expect(session.stdout.contains("0,5 kg x Rp13.500"))
    #expect(session.stdout.contains("KEMBALI"))
    #expect(session.stdout.contains("Rp 36.400"))
    let receipts = shop.receiptFiles(count: 1)
    #expect(receipts.count == 1)
    let level = try shop.kasir(["stock", "MIE-INS-GOR", "--json"])
    #expect(level.stdout.contains("20"), "\(level.stdout)")
  }

  @Test func holdResumeEditRefundVoidAndReprint() throws {
    let shop = try DemoShop()
    defer { shop.tearDown() }
    #expect(try shop.kasir(["shift", "open", "100000"]).status == 0)
    let opened = try shop.kasir(["sale", "open", "--json"])
    let id = try #require(jsonValue(opened.stdout, "sale.id") as? Int)
    let number = try #require(jsonValue(opened.stdout, "sale.number") as? String)
    for (code, quantity) in [("8991234000206", "5"), ("BER-MED", "2"), ("GUL-PAS-1", "1")] {
      #expect(try shop.kasir(["sale", "add", "\(id)", code, quantity]).status == 0)
    }
    #expect(try shop.kasir(["sale", "hold", "\(id)"]).status == 0)
    let held = try shop.kasir(["sale", "list"])
    #expect(held.stdout.contains(number))
    let payHeld = try shop.kasir(["sale", "pay", "\(id)", "--cash", "100000"])
    #expect(payHeld.status == 1)
    #expect(try shop.kasir(["sale", "resume", "\(id)"]).status == 0)
    #expect(try shop.kasir(["sale", "qty", "\(id)", "1", "4"]).status == 0)
    #expect(try shop.kasir(["sale", "remove", "\(id)", "3"]).status == 0)
    #expect(try shop.kasir(["sale", "discount", "\(id)", "--amount", "600"]).status == 0)
    // 4 × 3.400 + 2 × 13.500 − 600 = 13.600 + 27.000 − 600 = 40.000
    let paid = try shop.kasir(["sale", "pay", "\(id)", "--cash", "50000", "--json"])
    #expect(paid.status == 0, "\(paid.stderr)")
    #expect(jsonValue(paid.stdout, "sale.total") as? Int == 40_000)
    #expect(jsonValue(paid.stdout, "change") as? Int == 10_000)

    let tooMuch = try shop.kasir(["sale", "refund", number, "--line", "1:5", "--reason", "rusak"])
    #expect(tooMuch.status == 1)
    #expect(tooMuch.stderr.contains("Baris 1"), "\(tooMuch.stderr)")
    let refund = try shop.kasir(
      ["sale", "refund", number, "--line", "1:1", "--reason", "rusak", "--json"])
    #expect(refund.status == 0, "\(refund.stderr)")
    #expect(jsonValue(refund.stdout, "refund.refundOf") as? String == number)

    let reprint = try shop.kasir(["sale", "reprint", number])
    #expect(reprint.status == 0, "\(reprint.stderr)")
    let files = shop.receiptFiles(count: 2)
    #expect(files.count >= 2)
    if let copy = files.last {
      let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: copy)), as: UTF8.self)
      #expect(text.contains("SALINAN"))
    }

    let second = try shop.kasir(["sale", "open", "--json"])
    let secondId = try #require(jsonValue(second.stdout, "sale.id") as? Int)
    let secondNumber = try #require(jsonValue(second.stdout, "sale.number") as? String)
    #expect(try shop.kasir(["sale", "add", "\(secondId)", "GUL-PAS-1"]).status == 0)
    #expect(try shop.kasir(["sale", "pay", "\(secondId)", "--cash", "17500"]).status == 0)
    let void = try shop.kasir(["sale", "void", secondNumber, "--reason", "salah input"])
    #expect(void.status == 0, "\(void.stderr)")
    let sugar = try shop.kasir(["stock", "GUL-PAS-1", "--json"])
    #expect(sugar.stdout.contains("24"), "voided sale gave its stock back: \(sugar.stdout)")
  }
}
