import Foundation
import KasirProtocol
import Testing

@Suite struct ThousandthsTests {
  struct Box: Codable { var q: Thousandths }

  func decode(_ json: String) throws -> Thousandths {
    try JSONDecoder().decode(Box.self, from: Data(#"{"q":\#(json)}"#.utf8)).q
  }

  @Test func decodesExactly() throws {
    #expect(try decode("0.75") == Thousandths(750))
    #expect(try decode("0.1") == Thousandths(100))
    #expect(try decode("3") == Thousandths(3_000))
    #expect(try decode("1e-3") == Thousandths(1))
    #expect(try decode("123456789.123") == Thousandths(123_456_789_123))
  }

  @Test(arguments: ["0.7505", "\"1\"", "1e30", "true"])
  func refusesMoreDecimalsOrOtherTypes(json: String) {
    #expect(throws: DecodingError.self) { try decode(json) }
  }

  @Test func encodesAsAPlainNumber() throws {
    let data = try JSONEncoder().encode(Box(q: Thousandths(750)))
    #expect(String(decoding: data, as: UTF8.self) == #"{"q":0.75}"#)
    let whole = try JSONEncoder().encode(Box(q: Thousandths(whole: 40)))
    #expect(String(decoding: whole, as: UTF8.self) == #"{"q":40}"#)
  }

  @Test func readsWhatPeopleType() {
    #expect(Thousandths(text: "0,75") == Thousandths(750))
    #expect(Thousandths(text: "2") == Thousandths(2_000))
    #expect(Thousandths(text: "0,7505") == nil)
    #expect(Thousandths(text: "abc") == nil)
    #expect(Thousandths(750).formatted(decimalSeparator: ",") == "0,75")
  }
}

@Suite struct InterfaceFileTests {
  @Test func everyContractInterfaceShips() {
    for name in [
      "org.varlink.service", "id.kasir.Catalog", "id.kasir.Stock", "id.kasir.Sale",
      "id.kasir.Member", "id.kasir.Shift", "id.kasir.Report", "id.kasir.Printer", "id.kasir.Admin",
    ] {
      let text = Interfaces.descriptions[name]
      #expect(text?.contains("interface \(name)\n") == true, "\(name)")
    }
  }

  @Test func methodNamesAreRead() throws {
    let sale = try #require(Interfaces.descriptions["id.kasir.Sale"])
    let methods = Interfaces.methods(in: sale)
    #expect(methods.contains("AddItem"))
    #expect(methods.contains("Reprint"))
    #expect(methods.count == 15)
  }

  @Test func everyTypedMethodIsDeclaredInItsInterface() {
    let names = [
      CatalogAPI.UpsertProduct.name, CatalogAPI.GetProduct.name, CatalogAPI.SearchProducts.name,
      CatalogAPI.SetPrice.name, CatalogAPI.PriceHistory.name, StockAPI.GetLevel.name,
      StockAPI.ListLevels.name, StockAPI.Receive.name, SaleAPI.Open.name, SaleAPI.AddItem.name,
      SaleAPI.Get.name, SaleAPI.Pay.name, ShiftAPI.Open.name, ShiftAPI.Current.name,
      ShiftAPI.Close.name, AdminAPI.Info.name, ServiceAPI.GetInfo.name,
    ]
    for name in names {
      let dot = name.lastIndex(of: ".")!
      let interface = String(name[..<dot])
      let method = String(name[name.index(after: dot)...])
      #expect(
        Interfaces.methods(in: Interfaces.descriptions[interface] ?? "").contains(method), "\(name)"
      )
    }
  }
}

@Suite struct EnvelopeTests {
  @Test func aCallEncodesAsVarlinkExpects() throws {
    let call = Call(
      method: SaleAPI.AddItem.name,
      parameters: SaleAPI.AddItem.Parameters(saleId: 7, code: "899", quantity: Thousandths(750)))
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode(call), as: UTF8.self)
    #expect(
      json
        == #"{"method":"id.kasir.Sale.AddItem","parameters":{"code":"899","quantity":0.75,"saleId":7}}"#
    )
  }

  @Test func errorRepliesDecode() throws {
    let reply = try JSONDecoder().decode(
      ReplyHeader.self,
      from: Data(
        #"{"error":"id.kasir.Sale.Underpaid","parameters":{"due":46500,"tendered":40000}}"#.utf8))
    #expect(reply.error == "id.kasir.Sale.Underpaid")
    #expect(reply.parameters?["due"] == .int(46_500))
  }
}

@Suite struct ThousandthsTextTests {
  @Test(arguments: ["1-2", "0.7.5", "0,7505", "", "-", "1,", ",5", "1e3", " 1", "１"])
  func garbageIsRefused(text: String) {
    #expect(Thousandths(text: text) == nil)
  }

  @Test func negativesAndBothSeparators() {
    #expect(Thousandths(text: "-1,5") == Thousandths(-1_500))
    #expect(Thousandths(text: "12.345") == Thousandths(12_345))
  }
}
