import Foundation
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
