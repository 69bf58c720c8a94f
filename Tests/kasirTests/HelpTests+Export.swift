import Foundation
import Testing

@Suite("kasir: help for export")
struct ExportHelpTests {
  @Test func exportIsListedAndExplainsItsOptions() throws {
    let top = try kasir(["--help"])
    #expect(top.stdout.contains("  export "), "\(top.stdout)")
    let help = try kasir(["export", "--help"])
    #expect(help.status == 0)
    for text in ["--date", "--from", "--to", "--format", "--output", "--force", "atomically"] {
      #expect(help.stdout.contains(text), "missing \(text)")
    }
  }

  @Test func checksHappenBeforeConnecting() throws {
    // No daemon at this socket: every refusal below comes from the client's own checks.
    let environment = ["KASIR_SOCKET": "/nonexistent/kasir.sock", "KASIR_LANG": "en"]
    let unknown = try kasir(
      ["export", "receipts", "--date", "2026-11-29", "-o", "/tmp/x.csv"], environment: environment)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("Unknown export kind: 'receipts'"), "\(unknown.stderr)")
    let leap = try kasir(
      ["export", "sales", "--date", "2026-02-29", "-o", "/tmp/x.csv"], environment: environment)
    #expect(leap.stderr.contains("No such date: '2026-02-29'"), "\(leap.stderr)")
  }
}
