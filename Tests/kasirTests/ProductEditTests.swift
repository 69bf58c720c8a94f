import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

@Suite("kasir product edit, deactivate, activate")
struct ProductEditTests {
  static let mie = """
    {"sku":"MIE-GOR","name":"Mie instan goreng","unit":"pcs","weighed":false,
     "barcodes":["8991234000206","8991234000213"],"price":3400,"memberPrice":3300,
     "maxPerSale":10,"taxClass":"ppn11","reorderLevel":10,
     "packs":[{"barcode":"8991234001029","name":"Karton isi 40","factor":40,"price":132000}],
     "active":true,"onHand":40}
    """

  static func answers(_ product: String = mie) -> [String: FakeVarlinkServer.Answer] {
    [
      "id.kasir.Catalog.GetProduct": .reply(#"{"product":"# + product + "}"),
      "id.kasir.Catalog.UpsertProduct": .reply(#"{"created":false,"product":"# + product + "}"),
    ]
  }

  /// What the fake daemon was asked to save.
  static func saved(_ calls: [FakeVarlinkServer.ReceivedCall]) -> JSONValue? {
    calls.first { $0.method == "id.kasir.Catalog.UpsertProduct" }?.parameters["product"]
  }

  @Test func editChangesOnlyTheGivenFields() throws {
    let (result, calls) = try kasir(
      [
        "product", "edit", "8991234000206", "--name", "Mie goreng", "--price", "3.500",
        "--add-barcode", "8991234000220", "--remove-barcode", "8991234000213",
        "--add-pack", "8991234001036:24:80000:Dus isi 24", "--clear", "member-price",
        "--no-weighed",
      ],
      answering: Self.answers())
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      calls.map(\.method) == ["id.kasir.Catalog.GetProduct", "id.kasir.Catalog.UpsertProduct"])
    #expect(calls.first?.parameters == .object(["code": .string("8991234000206")]))
    #expect(
      Self.saved(calls)
        == .object([
          "sku": .string("MIE-GOR"), "name": .string("Mie goreng"), "unit": .string("pcs"),
          "weighed": .bool(false),
          "barcodes": .array([.string("8991234000206"), .string("8991234000220")]),
          "price": .int(3500), "maxPerSale": .int(10), "taxClass": .string("ppn11"),
          "reorderLevel": .int(10),
          "packs": .array([
            .object([
              "barcode": .string("8991234001029"), "name": .string("Karton isi 40"),
              "factor": .int(40), "price": .int(132_000),
            ]),
            .object([
              "barcode": .string("8991234001036"), "name": .string("Dus isi 24"),
              "factor": .int(24), "price": .int(80_000),
            ]),
          ]),
          "active": .bool(true),
        ]))
    #expect(result.stdout.hasPrefix("Produk diperbarui: MIE-GOR."), "\(result.stdout)")
  }

  @Test func editWithNothingToChangeOrAForeignBarcodeSendsNoChange() throws {
    let (nothing, none) = try kasir(["product", "edit", "MIE-GOR"], answering: Self.answers())
    #expect(nothing.status == 2)
    #expect(nothing.stderr.contains("Tidak ada yang diubah"))
    #expect(none.isEmpty)
    let (foreign, calls) = try kasir(
      ["product", "edit", "MIE-GOR", "--remove-barcode", "8991234000299", "--lang", "en"],
      answering: Self.answers())
    #expect(foreign.status == 2)
    #expect(
      foreign.stderr.contains("Barcode 8991234000299 is not one of product MIE-GOR's"),
      "\(foreign.stderr)")
    #expect(calls.map(\.method) == ["id.kasir.Catalog.GetProduct"])
    let (badPack, _) = try kasir(
      ["product", "edit", "MIE-GOR", "--add-pack", "8991234001036:dua:80000"], answering: [:])
    #expect(badPack.status == 2)
    #expect(badPack.stderr.contains("Kemasan tidak valid: '8991234001036:dua:80000'"))
  }

  @Test func deactivateAndActivateSendTheWholeProductWithTheFlag() throws {
    let (result, calls) = try kasir(
      ["product", "deactivate", "MIE-GOR"], answering: Self.answers())
    #expect(result.status == 0, "\(result.stderr)")
    guard
      case .object(var expected) = try JSONDecoder().decode(
        JSONValue.self, from: Data(Self.mie.utf8))
    else {
      Issue.record("fixture is not an object")
      return
    }
    expected["onHand"] = nil
    expected["active"] = .bool(false)
    #expect(Self.saved(calls) == .object(expected))
    #expect(
      result.stdout.hasPrefix(
        "Produk MIE-GOR Mie instan goreng dinonaktifkan: tidak dapat dijual lagi"))
    let (activated, again) = try kasir(
      ["product", "activate", "MIE-GOR", "--lang", "en"], answering: Self.answers())
    #expect(activated.status == 0)
    #expect(Self.saved(again)?["active"] == .bool(true))
    #expect(activated.stdout.hasPrefix("Product MIE-GOR Mie instan goreng is active again"))
  }

  @Test func aUnitTheShopDoesNotAllowIsExplainedInBothLanguages() throws {
    let notAllowed: [String: FakeVarlinkServer.Answer] = [
      "id.kasir.Catalog.UpsertProduct": .error(
        "id.kasir.Catalog.NotAllowed",
        #"{"field":"unit","value":"karton","allowed":["pcs","kg","liter"]}"#)
    ]
    let arguments = [
      "product", "add", "--sku", "A", "--name", "A", "--unit", "karton", "--price", "1",
    ]
    let (result, _) = try kasir(arguments, answering: notAllowed)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "Satuan 'karton' tidak diizinkan. Pilih salah satu: pcs, kg, liter."), "\(result.stderr)")
    let (english, _) = try kasir(arguments + ["--lang", "en"], answering: notAllowed)
    #expect(english.stderr.contains("Unit 'karton' is not allowed. Use one of: pcs, kg, liter."))
  }
}

@Suite("kasir: help for product edit and stock receive --file")
struct ProductEditHelpTests {
  @Test func theEditCommandsAreListedAndExplained() throws {
    let product = try kasir(["product", "--help"])
    for command in ["edit", "deactivate", "activate"] {
      #expect(product.stdout.contains("  \(command) "), "missing \(command)")
    }
    let edit = try kasir(["product", "edit", "--help"])
    for text in [
      "--add-barcode", "--remove-barcode", "--add-pack", "--remove-pack", "--clear",
      "member-price", "BARCODE:FACTOR:PRICE:NAME", "--no-weighed",
    ] {
      #expect(edit.stdout.contains(text), "missing \(text)")
    }
    let receive = try kasir(["stock", "receive", "--help"])
    for text in ["--file", "unit_cost", "supplier", "reference"] {
      #expect(receive.stdout.contains(text), "missing \(text)")
    }
  }
}
