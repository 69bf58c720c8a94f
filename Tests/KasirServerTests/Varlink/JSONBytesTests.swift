import Foundation
import KasirCore
import KasirProtocol
import KasirStore
import Testing

@testable import KasirServer

/// `JSONBytes` writes what `WireCodec.jsonEncoder` writes, byte for byte.
@Suite struct JSONBytesTests {
  static func encoded<T: Encodable>(_ value: T) throws -> [UInt8] {
    Array(try WireCodec.jsonEncoder.encode(value))
  }

  @Test func stringsAreEscapedAsJSONEncoderEscapesThem() throws {
    var texts = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
    texts += [
      "", "Beras \"Pandan\" Wangi 5/10 kg", #"C:\kasir"#, "Teh ½/1 – Énak ☕", "a\u{7F}b",
      "baris\nbaru\r\n\tTab", "\u{2028}\u{2029}", "😀 emoji", "nul\u{0}di tengah",
    ]
    for text in texts {
      var json = JSONBytes(capacity: 0)
      json.string(text)
      #expect(json.bytes == (try Self.encoded(text)), "\(Array(text.utf8))")
    }
  }

  /// Runs that need no escape are copied whole: escapes at either end, next to each other and
  /// between long runs, in strings of random pieces.
  @Test func stringsOfRunsAndEscapesAreWrittenAsJSONEncoderWritesThem() throws {
    let pieces = [
      "\"", "\\", "\n", "\u{1}", "\u{1F}", "/", "a", "Beras Pandan ", "½", "😀", "\u{7F}",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      let count = Int.random(in: 0...12, using: &generator)
      let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
      var json = JSONBytes(capacity: 0)
      json.string(text)
      #expect(json.bytes == (try Self.encoded(text)), "\(Array(text.utf8))")
    }
  }

  /// The reply is written into the buffer the socket sends, with room left for the NUL that
  /// ends the message: adding it copies nothing.
  @Test func aReplyLeavesRoomForItsNUL() {
    var (sku, name, unit) = ("BER-5", "Beras Pandan Wangi 5 kg", "pcs")
    let reply = sku.withUTF8 { sku in
      name.withUTF8 { name in
        unit.withUTF8 { unit in
          WireCodec.levelReply(
            QuickReader.StockRow(
              sku: sku, name: name, unit: unit, onHand: Quantity(thousandths: 12_000),
              reorderLevel: Quantity(thousandths: 5_000)))
        }
      }
    }
    #expect(reply.writableBytes >= 1, "\(reply.readableBytes) of \(reply.capacity)")
    // Exactly as many bytes as asked for (a power of two, which ByteBuffer does not round up).
    var exact = JSONBytes(capacity: 16)
    exact.raw(#"{"products":[]}"#)
    exact.raw("}")
    #expect(exact.buffer.readableBytes == 16 && exact.buffer.writableBytes >= 1)
  }

  @Test func numbersAreWrittenAsJSONEncoderWritesThem() throws {
    let integers: [Int64] = [0, 1, -1, 9, 10, 17_500, -250_000, .max, .min, .max - 1, .min + 1]
    for value in integers {
      var json = JSONBytes(capacity: 0)
      json.integer(value)
      #expect(json.bytes == (try Self.encoded(value)), "\(value)")
    }
    var thousandths: [Int64] = [0, 1, -1, 10, 100, 999, 1000, 1001, 1010, 1100, 750, -1500, 12_750]
    thousandths += [Thousandths.limit, -Thousandths.limit, 123_456_789_012, -999_999_999]
    var generator = SystemRandomNumberGenerator()
    thousandths += (0..<500).map { _ in Int64.random(in: -5_000_000...5_000_000, using: &generator)
    }
    for value in thousandths {
      var json = JSONBytes(capacity: 0)
      json.thousandths(Thousandths(value))
      #expect(json.bytes == (try Self.encoded(Thousandths(value))), "\(value)")
    }
  }

  @Test func aSearchReplyIsWhatJSONEncoderWrites() throws {
    let full = CatalogAPI.Product(
      sku: "MIN-2", name: #"Minyak "Goreng" 2 L / pouch"#, unit: "liter", weighed: false,
      plu: "0042", barcodes: ["8991000000010", "8991000000027"], price: 36_000,
      memberPrice: 35_000, priceCap: 36_000, maxPerSale: Thousandths(2_500), taxClass: "ppn11",
      reorderLevel: Thousandths(-1_250),
      packs: [
        .init(barcode: "8991000000041", name: "Karton\t12", factor: 12, price: 420_000),
        .init(barcode: "8991000000058", name: "Dus ½", factor: 6, price: 212_000),
      ], active: false, onHand: Thousandths(12_750))
    let bare = CatalogAPI.Product(
      sku: "GULA-1", name: "Gula", unit: "kg", weighed: true, plu: nil, barcodes: [],
      price: 0, memberPrice: nil, priceCap: nil, maxPerSale: nil, taxClass: "exempt",
      reorderLevel: nil, packs: [], active: true, onHand: Thousandths(-3))
    for products in [[], [full], [bare], [full, bare, full]] {
      let expected = try WireCodec.reply(CatalogAPI.SearchProducts.Reply(products: products))
      #expect(Data(WireCodec.productsReply(products).readableBytesView) == expected)
    }
    let level = StockAPI.StockLevel(
      sku: "BER-1", name: #"Beras "5/10""#, unit: "kg", onHand: Thousandths(-1), reorderLevel: nil,
      low: true)
    var (sku, name, unit) = (level.sku, level.name, level.unit)
    let quick = sku.withUTF8 { sku in
      name.withUTF8 { name in
        unit.withUTF8 { unit in
          Data(
            WireCodec.levelReply(
              QuickReader.StockRow(
                sku: sku, name: name, unit: unit, onHand: Quantity(thousandths: -1),
                reorderLevel: nil)
            ).readableBytesView)
        }
      }
    }
    #expect(quick == (try WireCodec.reply(StockAPI.GetLevel.Reply(level: level))))
  }
}

extension JSONBytes {
  /// What was written so far.
  var bytes: [UInt8] { Array(buffer.readableBytesView) }
}
