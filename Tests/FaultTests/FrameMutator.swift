import Foundation

/// Mutates valid varlink calls at random (seeded): flipped bits, cut and doubled ranges,
/// stray bytes, extreme numbers and strings, values of the wrong type, spliced calls.
struct FrameMutator {
  var random: SeededGenerator
  let templates: [String]

  init(seed: UInt64, saleId: Int64) {
    random = SeededGenerator(seed: seed)
    templates = Self.templates(saleId: saleId)
  }

  static let numbers = [
    "0", "-1", "1.5", "0.0001", "-0", "1e308", "1e-400", "9223372036854775807",
    "-9223372036854775808", "18446744073709551616", "1000000000000000", "999999999999.999",
  ]
  static let strings = [
    "", "KOP-SAC", "8991234000206", "\\u0000", "\\uD800", "é漢🙂", "\\\\\\\"",
    String(repeating: "x", count: 5000), "2026-02-30", "0000-01-01", "9999-12-31", "cash",
    "kasbon",
  ]
  static let values = ["null", "true", "[]", "{}", "[[[[[]]]]]", "{\"a\":{}}", "\"x\"", "1"]
  static let bytes: [UInt8] = [0x00, 0xFF, 0xC3, 0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A]

  /// Valid calls of every kind, on sale `saleId` where one is needed.
  static func templates(saleId: Int64) -> [String] {
    let sale = "\"saleId\":\(saleId)"
    return [
      #"{"method":"id.kasir.Admin.Info"}"#,
      #"{"method":"org.varlink.service.GetInfo"}"#,
      #"{"method":"org.varlink.service.GetInterfaceDescription","parameters":{"interface":"id.kasir.Sale"}}"#,
      #"{"method":"id.kasir.Catalog.GetProduct","parameters":{"code":"KOP-SAC"}}"#,
      #"{"method":"id.kasir.Catalog.SearchProducts","parameters":{"query":"beras","limit":5}}"#,
      #"{"method":"id.kasir.Catalog.SetPrice","parameters":{"sku":"KOP-SAC","price":1700,"reason":"fuzz"}}"#,
      #"{"method":"id.kasir.Catalog.PriceHistory","parameters":{"sku":"KOP-SAC"}}"#,
      #"{"method":"id.kasir.Stock.GetLevel","parameters":{"code":"KOP-SAC"}}"#,
      #"{"method":"id.kasir.Stock.ListLevels","parameters":{"query":"mi","lowOnly":false}}"#,
      #"{"method":"id.kasir.Stock.Receive","parameters":{"supplier":"CV Fuzz","lines":[{"code":"KOP-SAC","quantity":2,"unitCost":1500}]}}"#,
      #"{"method":"id.kasir.Stock.Adjust","parameters":{"code":"KOP-SAC","delta":-1,"reason":"damaged"}}"#,
      #"{"method":"id.kasir.Stock.Movements","parameters":{"code":"KOP-SAC","from":"2026-01-01","to":"2026-12-31"}}"#,
      #"{"method":"id.kasir.Sale.Open","parameters":{}}"#,
      #"{"method":"id.kasir.Sale.AddItem","parameters":{\#(sale),"code":"BER-MED","quantity":0.75}}"#,
      #"{"method":"id.kasir.Sale.SetQuantity","parameters":{\#(sale),"lineNo":1,"quantity":2}}"#,
      #"{"method":"id.kasir.Sale.RemoveLine","parameters":{\#(sale),"lineNo":2}}"#,
      #"{"method":"id.kasir.Sale.ApplyDiscount","parameters":{\#(sale),"lineNo":1,"percent":10}}"#,
      #"{"method":"id.kasir.Sale.Pay","parameters":{\#(sale),"payments":[{"method":"qris","amount":1000,"reference":"Q"},{"method":"cash","amount":50000}]}}"#,
      #"{"method":"id.kasir.Sale.Hold","parameters":{\#(sale)}}"#,
      #"{"method":"id.kasir.Sale.Resume","parameters":{\#(sale)}}"#,
      #"{"method":"id.kasir.Sale.Get","parameters":{\#(sale)}}"#,
      #"{"method":"id.kasir.Sale.ListOpen"}"#,
      #"{"method":"id.kasir.Sale.Refund","parameters":{"number":"20260101-0001","lines":[{"lineNo":1,"quantity":1}],"reason":"fuzz"}}"#,
      #"{"method":"id.kasir.Sale.SetMember","parameters":{\#(sale),"memberNumber":"A-001"}}"#,
      #"{"method":"id.kasir.Member.UpsertMember","parameters":{"member":{"number":"A-001","name":"Siti","creditLimit":100000}}}"#,
      #"{"method":"id.kasir.Member.GetMember","parameters":{"number":"A-001"}}"#,
      #"{"method":"id.kasir.Member.Statement","parameters":{"number":"A-001","from":"2026-01-01"}}"#,
      #"{"method":"id.kasir.Member.PurchaseTotals","parameters":{"year":2026}}"#,
      #"{"method":"id.kasir.Shift.Current"}"#,
      #"{"method":"id.kasir.Shift.CashMovement","parameters":{"amount":5000,"reason":"modal"}}"#,
      #"{"method":"id.kasir.Printer.Status"}"#,
      #"{"method":"id.kasir.Printer.Jobs","parameters":{"limit":3}}"#,
      #"{"method":"id.kasir.Report.DailySummary","parameters":{"date":"2026-11-29"}}"#,
      #"{"method":"id.kasir.Report.Export","parameters":{"kind":"lines","from":"2026-11-01","to":"2026-11-30","format":"csv"},"more":true}"#,
      #"{"method":"id.kasir.Catalog.ImportProducts","parameters":{"csv":"sku,name,unit,price\nFZ-1,Fuzz,pcs,1000\n","dryRun":true}}"#,
    ]
  }

  /// A mutated call: a template with one to three mutations.
  mutating func frame() -> [UInt8] {
    var text = Array(templates.randomElement(using: &random)!.utf8)
    for _ in 0..<Int.random(in: 1...3, using: &random) {
      text = mutate(text)
    }
    return text
  }

  private mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
    var bytes = bytes
    guard !bytes.isEmpty else { return Array(templates[0].utf8) }
    let at = Int.random(in: 0..<bytes.count, using: &random)
    // Value-level mutations (4…8) keep the JSON readable more often, so that the calls get
    // past the framing into the methods; byte-level ones (0…3) test the framing and parser.
    let pick = Int.random(in: 0..<13, using: &random)
    switch pick < 9 ? pick : pick - 5 {
    case 0:
      bytes[at] ^= 1 << UInt8.random(in: 0...7, using: &random)
    case 1:
      let end = min(bytes.count, at + Int.random(in: 1...16, using: &random))
      bytes.removeSubrange(at..<end)
    case 2:
      bytes.insert(Self.bytes.randomElement(using: &random)!, at: at)
    case 3:
      let end = min(bytes.count, at + Int.random(in: 1...32, using: &random))
      bytes.insert(contentsOf: bytes[at..<end], at: end)
    case 4:
      bytes = replaceToken(bytes, matching: isNumberByte, with: Self.numbers)
    case 5:
      bytes = replaceString(bytes)
    case 6:
      bytes = replaceToken(bytes, matching: isNumberByte, with: Self.values + Self.numbers)
    case 7:
      let other = Array(templates.randomElement(using: &random)!.utf8)
      let cut = Int.random(in: 0..<other.count, using: &random)
      bytes = Array(bytes[..<at]) + other[cut...]
    default:
      bytes = replaceString(bytes, with: Self.values)
    }
    return bytes
  }

  private func isNumberByte(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x2E
  }

  /// Replaces one run of bytes matching `matching` with one of `choices`.
  private mutating func replaceToken(
    _ bytes: [UInt8], matching: (UInt8) -> Bool, with choices: [String]
  ) -> [UInt8] {
    let starts = bytes.indices.filter {
      matching(bytes[$0]) && ($0 == 0 || !matching(bytes[$0 - 1]))
    }
    guard let start = starts.randomElement(using: &random) else { return bytes }
    var end = start
    while end < bytes.count, matching(bytes[end]) { end += 1 }
    return Array(bytes[..<start]) + Array(choices.randomElement(using: &random)!.utf8)
      + bytes[end...]
  }

  /// Replaces the contents of one string literal with an extreme string, or (with `values`)
  /// the literal itself with a value of another type.
  private mutating func replaceString(_ bytes: [UInt8], with values: [String]? = nil) -> [UInt8] {
    let quotes = bytes.indices.filter { bytes[$0] == 0x22 }
    guard quotes.count >= 2 else { return bytes }
    let pair = Int.random(in: 0..<(quotes.count / 2), using: &random)
    let open = quotes[pair * 2]
    let close = quotes[pair * 2 + 1]
    if let values {
      return Array(bytes[..<open]) + Array(values.randomElement(using: &random)!.utf8)
        + bytes[(close + 1)...]
    }
    return Array(bytes[...open]) + Array(Self.strings.randomElement(using: &random)!.utf8)
      + bytes[close...]
  }
}
