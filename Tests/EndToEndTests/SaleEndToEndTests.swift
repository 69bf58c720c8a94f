import Foundation
import KasirTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The whole path with real parts: cupsd, kasird as a process, the kasir binary, the receipt
/// bytes that land in the queue's output, and the reference Python varlink client.
@Suite(.serialized) struct SaleEndToEndTests {
  @Test func aSaleFromScanToPrintedReceipt() throws {
    let shop = try DemoShop()
    defer { shop.tearDown() }

    let stock = try shop.kasir(["stock", "beras"])
    #expect(stock.status == 0, "\(stock.stderr)")
    #expect(stock.stdout.contains("BER-MED"))
    #expect(stock.stdout.contains("50 kg"))

    #expect(try shop.kasir(["shift", "open", "200000"]).status == 0)
    let opened = try shop.kasir(["sale", "open", "--json"])
    #expect(opened.status == 0, "\(opened.stderr)")
    let id = try #require(jsonValue(opened.stdout, "sale.id") as? Int)
    let number = try #require(jsonValue(opened.stdout, "sale.number") as? String)

    let scan = try shop.kasir(["sale", "add", "\(id)", "8991234000206", "3"])
    #expect(scan.status == 0, "\(scan.stderr)")
    let weigh = try shop.kasir(["sale", "add", "\(id)", "BER-MED", "0,75"])
    #expect(weigh.status == 0, "\(weigh.stderr)")
    // 3 × 3.400 + 0,75 × 13.500 = 10.200 + 10.125 = 20.325

    let short = try shop.kasir(["sale", "pay", "\(id)", "--cash", "20000"])
    #expect(short.status == 1)
    #expect(short.stderr.contains("Rp20.325"))

    let paid = try shop.kasir(["sale", "pay", "\(id)", "--cash", "50.000"])
    #expect(paid.status == 0, "\(paid.stderr)")
    #expect(paid.stdout.contains("Rp29.675"))

    let files = shop.receiptFiles(count: 1)
    #expect(files.count == 1, "no receipt landed; kasird log: \(shop.log)")
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: try #require(files.first))))
    #expect(Array(bytes.prefix(2)) == [0x1B, 0x40], "starts with ESC @")
    let text = String(decoding: bytes.filter { $0 >= 0x20 || $0 == 0x0A }, as: UTF8.self)
    #expect(text.contains("Koperasi Merah Putih Gunung Samarinda"))
    #expect(text.contains(number))
    #expect(text.contains("Mie instan goreng"))
    #expect(text.contains("0,75 kg x 13.500"))
    #expect(text.contains("Rp20.325"))
    #expect(text.contains("Rp29.675"))
    #expect(bytes.contains(0x1D), "has a GS command (cut)")

    let level = try shop.kasir(["stock", "BER-MED", "--json"])
    #expect(level.stdout.contains("49.25"))

    #expect(shop.terminate() == 0)
    #expect(!FileManager.default.fileExists(atPath: shop.socket))
  }

  @Test func theReferencePythonClientSpeaksToKasird() throws {
    let shop = try DemoShop()
    defer { shop.tearDown() }
    let result = try ProcessRunner.run(
      "/usr/bin/env",
      ["python3", shop.root + "/Tests/Conformance/varlink_conformance.py", shop.socket])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("ok   the reference parser reads id.kasir.Sale"))
  }

  @Test func aUserWithoutARoleIsRefused() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), getuid() == 0 else {
      return  // needs root to switch to nobody
    }
    let shop = try DemoShop()
    defer { shop.tearDown() }
    // A copy nobody can run, wherever the build directory is.
    let client = shop.directory + "/kasir"
    try FileManager.default.copyItem(atPath: BuiltProducts.path("kasir"), toPath: client)
    chmod(client, 0o755)
    let refused = try ProcessRunner.run(
      "/usr/bin/setpriv",
      ["--reuid=65534", "--regid=65534", "--clear-groups", client, "info"],
      environment: ["KASIR_SOCKET": shop.socket])
    #expect(refused.status == 4, "\(refused.stdout)\(refused.stderr)")
    #expect(refused.stderr.contains("kasir-admin"), "\(refused.stderr)")
  }

  @Test func withoutADaemonTheClientSaysHowToStartOne() throws {
    let result = try ProcessRunner.run(
      BuiltProducts.path("kasir"), ["info"],
      environment: ["KASIR_SOCKET": "/tmp/no-such-kasir.sock"])
    #expect(result.status == 3)
    #expect(result.stderr.contains("/tmp/no-such-kasir.sock"))
  }
}
