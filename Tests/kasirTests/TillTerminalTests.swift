import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `kasir till` on a real pseudo-terminal, and across a daemon restart.
@Suite("kasir till: terminal and reconnection")
struct TillTerminalTests {
  @Test func aScanAndACashPaymentOnAPseudoTerminal() async throws {
    let shop = FakeShop()
    let server = try FakeVarlinkServer { shop.answer($0) }
    defer { server.stop() }
    let steps: [PseudoTerminal.Step] = [
      .init(input: "", until: "KASIR"),
      // The scanner ends this code with Tab, the cashier the payment with Enter (CR).
      .init(input: "8991234567890\t", until: "TOTAL"),
      .init(input: "tunai 5000\r", until: "╝"),
      .init(input: "\u{4}", until: nil),
    ]
    let (screen, status) = try await onThread {
      try PseudoTerminal.run(
        BuiltProducts.path("kasir"), ["till", "--socket", server.socketPath],
        environment: ["KASIR_LANG": ""], steps: steps)
    }
    #expect(status == 0, "\(screen)")
    #expect(screen.contains("1. Mie Goreng"), "\(screen)")
    #expect(screen.contains("Rp3.100"))
    #expect(screen.contains("KEMBALI   Rp 1.900"), "\(screen)")
    #expect(server.calls.map(\.method).last == "id.kasir.Sale.Pay")
  }

  @Test func reconnectsWhenTheDaemonRestartsAndKeepsTheSale() async throws {
    // The till's socket path is a symbolic link, pointed at a new daemon after the restart.
    let directory = "/tmp/kasir-till-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let link = directory + "/kasir.sock"
    let first = FakeShop()
    let died = DispatchSemaphore(value: 0)
    first.close(
      on: "id.kasir.Sale.AddItem", when: { $0["code"] == .string("BRS-CURAH") },
      then: {
        unlink(link)
        died.signal()
      })

    let old = try FakeVarlinkServer { first.answer($0) }
    #expect(symlink(old.socketPath, link) == 0)

    async let run = onThread {
      try ProcessRunner.run(
        BuiltProducts.path("kasir"), ["till", "--socket", link],
        environment: ["KASIR_LANG": ""], input: "8991234567890\nBRS-CURAH\ntunai 20000\n")
    }
    let restarted = try await onThread { () throws -> FakeVarlinkServer in
      _ = died.wait(timeout: .now() + 20)
      old.stop()
      let second = FakeShop(sale: first.current)
      let server = try FakeVarlinkServer { second.answer($0) }
      _ = symlink(server.socketPath, link)
      return server
    }
    defer { restarted.stop() }
    let result = try await run

    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("menyambung ulang"), "\(result.stdout)")
    #expect(result.stdout.contains("Tersambung kembali."))
    #expect(result.stdout.contains("2. Beras Curah"))
    // 3.100 + 14.000 = 17.100; 20.000 − 17.100 = 2.900
    #expect(result.stdout.contains("KEMBALI   Rp 2.900"), "\(result.stdout)")
    #expect(
      old.calls.map(\.method) == [
        "id.kasir.Sale.Open", "id.kasir.Sale.AddItem", "id.kasir.Sale.AddItem",
      ])
    #expect(
      restarted.calls.map(\.method) == [
        "id.kasir.Sale.Get", "id.kasir.Sale.AddItem", "id.kasir.Sale.Pay",
      ])
    #expect(restarted.calls.first?.parameters == .object(["saleId": .int(7)]))
  }
}
