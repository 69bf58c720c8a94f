import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

@Suite("kasir: the daemon's errors")
struct ErrorTests {
  @Test func permissionDeniedExits4AndNamesTheGroups() throws {
    let (result, _) = try kasir(
      ["price", "set", "BRS-CURAH", "15.000"],
      answering: ["id.kasir.Catalog.SetPrice": .error("org.varlink.service.PermissionDenied")])
    #expect(result.status == 4)
    #expect(result.stderr.contains("kasir-admin"))
    #expect(result.stderr.contains("grup kasir"))
  }

  @Test func productNotFoundSuggestsSearching() throws {
    let (result, _) = try kasir(
      ["product", "show", "12345"],
      answering: [
        "id.kasir.Catalog.GetProduct": .error(
          "id.kasir.Catalog.ProductNotFound", #"{"code":"12345"}"#)
      ])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "Produk tidak ditemukan: 12345. Periksa kode atau cari dengan `kasir product search`."))
  }

  @Test func invalidParameterNamesTheParameterAndWhatIsAllowed() throws {
    let (result, _) = try kasir(
      ["sale", "add", "7", "BRS", "1,5", "--lang", "en"],
      answering: [
        "id.kasir.Sale.AddItem": .error(
          "org.varlink.service.InvalidParameter", #"{"parameter":"quantity"}"#)
      ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("Invalid quantity"))
    #expect(result.stderr.contains("fractions only for weighed products"))
  }

  @Test func anUnknownErrorShowsItsNameAndParameters() throws {
    let (result, _) = try kasir(
      ["info"],
      answering: ["id.kasir.Admin.Info": .error("id.kasir.Future.Surprise", #"{"why":"because"}"#)])
    #expect(result.status == 1)
    #expect(result.stderr.contains("id.kasir.Future.Surprise"))
    #expect(result.stderr.contains(#""why":"because""#))
  }

  @Test func maxPerSaleShowsQuantitiesWithADecimalComma() throws {
    let (result, _) = try kasir(
      ["sale", "add", "7", "BRS", "12,5"],
      answering: [
        "id.kasir.Sale.AddItem": .error(
          "id.kasir.Sale.MaxPerSaleExceeded", #"{"sku":"BRS","max":10,"requested":12.5}"#)
      ])
    #expect(result.stderr.contains("Batas per penjualan untuk BRS adalah 10; diminta 12,5."))
  }
}

/// Every `error` declared in the interface files, e.g. `id.kasir.Sale.Underpaid`.
private let declaredErrors: [String] = Interfaces.descriptions.sorted(by: { $0.key < $1.key })
  .flatMap { interface, text in
    text.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("error ") else { return nil }
      let name = line.dropFirst("error ".count).prefix(while: { $0.isLetter || $0.isNumber })
      return "\(interface).\(name)"
    }
  }

@Suite("kasir: every declared error")
struct DeclaredErrorTests {
  @Test func theInterfacesDeclareErrors() {
    #expect(declaredErrors.count >= 25)
    #expect(declaredErrors.contains("id.kasir.Sale.Underpaid"))
  }

  @Test(arguments: declaredErrors)
  func hasItsOwnMessageInBothLanguages(error: String) throws {
    for language in ["id", "en"] {
      let (result, _) = try kasir(
        ["info", "--lang", language], answering: ["id.kasir.Admin.Info": .error(error)])
      let denied = error == "org.varlink.service.PermissionDenied"
      #expect(result.status == (denied ? 4 : 1))
      #expect(!result.stderr.contains(error), "\(error) fell back to the unknown-error text")
      #expect(!result.stderr.contains("{"), "\(error): a placeholder was left unfilled")
    }
  }
}
