import Foundation
import Testing

@Suite("kasir: help for the manager's catalog and stock commands")
struct CatalogHelpTests {
  @Test func theNewCommandsAreListed() throws {
    let top = try kasir(["--help"])
    #expect(top.stdout.contains("  check "), "\(top.stdout)")
    let product = try kasir(["product", "--help"])
    for command in ["import", "export"] {
      #expect(product.stdout.contains("  \(command) "), "missing \(command)")
    }
    let stock = try kasir(["stock", "--help"])
    for command in ["adjust", "count", "moves", "receive"] {
      #expect(stock.stdout.contains("  \(command) "), "missing \(command)")
    }
    let price = try kasir(["price", "--help"])
    #expect(price.stdout.contains("  history "))
  }

  @Test func adjustHelpNamesTheReasons() throws {
    let result = try kasir(["stock", "adjust", "--help"])
    #expect(result.status == 0)
    for text in ["--count", "--delta", "--reason", "damaged", "correction", "--note", "--lang"] {
      #expect(result.stdout.contains(text), "missing \(text)")
    }
  }
}
