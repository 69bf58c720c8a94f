import Foundation

/// One piece of bad input for kasird's socket: the bytes (NULs included) and what must come
/// back before kasird closes the connection.
struct MalformedFrame: Sendable {
  enum Answer: Sendable {
    /// An error reply, one of `names` (any name but InternalError when empty).
    case error([String])
    /// A reply without an error (the call was valid after all).
    case reply
    /// No reply at all (a oneway call, or bytes without their closing NUL).
    case none
  }

  var name: String
  var bytes: [UInt8]
  var answer: Answer

  init(_ name: String, _ text: String, _ answer: Answer) {
    self.init(name, Array(text.utf8) + [0], answer)
  }

  init(_ name: String, _ bytes: [UInt8], _ answer: Answer) {
    self.name = name
    self.bytes = bytes
    self.answer = answer
  }
}

/// The corpus: each frame names the fault it is. `saleId` is an open sale with one line.
enum MalformedFrames {
  static let invalidMessage = "id.kasir.Admin.InvalidMessage"
  static let invalidParameter = "org.varlink.service.InvalidParameter"
  static let tooLarge = "id.kasir.Admin.MessageTooLarge"

  static func corpus(saleId: Int64, maxMessageBytes: Int) -> [MalformedFrame] {
    let sale = "\"saleId\":\(saleId)"
    let deepArrays = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let deepObjects =
      String(repeating: "{\"a\":", count: 50_000) + "1" + String(repeating: "}", count: 50_000)
    return [
      .init("an empty message", "", .error([invalidMessage])),
      .init("truncated JSON", #"{"method":"id.kasir.Admin.Info","param"#, .error([invalidMessage])),
      .init("a JSON array", "[1,2,3]", .error([invalidMessage])),
      .init("a JSON string", #""id.kasir.Admin.Info""#, .error([invalidMessage])),
      .init("a bare number", "42", .error([invalidMessage])),
      .init("method is a number", #"{"method":42}"#, .error([invalidMessage])),
      .init("no method", #"{"parameters":{}}"#, .error([invalidMessage])),
      .init("method is null", #"{"method":null}"#, .error([invalidMessage])),
      .init(
        "NaN literal", #"{"method":"id.kasir.Sale.Get","parameters":{"saleId":NaN}}"#,
        .error([invalidMessage])),
      .init(
        "a number beyond double", #"{"method":"id.kasir.Sale.Get","parameters":{"saleId":1e400}}"#,
        .error([invalidMessage, invalidParameter])),
      .init(
        "an integer beyond Int64",
        #"{"method":"id.kasir.Sale.Get","parameters":{"saleId":99999999999999999999999}}"#,
        .error([invalidMessage, invalidParameter])),
      .init(
        "a fractional sale id", #"{"method":"id.kasir.Sale.Get","parameters":{"saleId":1.5}}"#,
        .error([invalidParameter])),
      .init(
        "a quantity beyond the limit",
        #"{"method":"id.kasir.Sale.AddItem","parameters":{\#(sale),"code":"KOP-SAC","quantity":1e300}}"#,
        .error([invalidParameter])),
      .init(
        "a quantity of four decimals",
        #"{"method":"id.kasir.Sale.AddItem","parameters":{\#(sale),"code":"KOP-SAC","quantity":1.0001}}"#,
        .error([invalidParameter])),
      .init(
        "a negative quantity",
        #"{"method":"id.kasir.Sale.AddItem","parameters":{\#(sale),"code":"KOP-SAC","quantity":-1}}"#,
        .error([invalidParameter])),
      .init(
        "payments that overflow Int64 when added",
        #"{"method":"id.kasir.Sale.Pay","parameters":{\#(sale),"payments":[{"method":"cash","amount":9223372036854775807},{"method":"cash","amount":9223372036854775807}]}}"#,
        .error([])),
      .init(
        "a payment of Int64.min",
        #"{"method":"id.kasir.Sale.Pay","parameters":{\#(sale),"payments":[{"method":"cash","amount":-9223372036854775808}]}}"#,
        .error([invalidParameter])),
      .init(
        "a discount of Int64.max",
        #"{"method":"id.kasir.Sale.ApplyDiscount","parameters":{\#(sale),"amount":9223372036854775807}}"#,
        .error([])),
      .init(
        "a percent discount of 1e18",
        #"{"method":"id.kasir.Sale.ApplyDiscount","parameters":{\#(sale),"percent":1000000000000000000}}"#,
        .error([])),
      .init(
        "a cash movement of Int64.min",
        #"{"method":"id.kasir.Shift.CashMovement","parameters":{"amount":-9223372036854775808,"reason":"x"}}"#,
        .error([invalidParameter])),
      .init(
        "arrays nested 100,000 deep",
        #"{"method":"id.kasir.Admin.Info","parameters":"# + deepArrays + "}",
        .error([invalidMessage])),
      .init("objects nested 50,000 deep", deepObjects, .error([invalidMessage])),
      .init(
        "a NUL inside a string (splits the message)",
        Array(#"{"method":"id.kasir.Admin.Info"#.utf8) + [0] + Array(#"x"}"#.utf8) + [0],
        .error([invalidMessage])),
      .init(
        "an escaped NUL inside a code",
        #"{"method":"id.kasir.Catalog.GetProduct","parameters":{"code":"KOP\u0000SAC"}}"#,
        .error(["id.kasir.Catalog.ProductNotFound"])),
      .init(
        "a lone surrogate escape",
        #"{"method":"id.kasir.Catalog.GetProduct","parameters":{"code":"\uD800"}}"#,
        .error([])),
      .init(
        "invalid UTF-8 in a string",
        Array(#"{"method":"id.kasir.Catalog.GetProduct","parameters":{"code":""#.utf8) + [
          0xC3, 0x28,
        ]
          + Array(#""}}"#.utf8) + [0], .error([invalidMessage])),
      .init(
        "overlong UTF-8",
        Array(#"{"method":"id.kasir.Admin.Info","x":""#.utf8) + [0xC0, 0xAF]
          + Array(#""}"#.utf8) + [0], .error([invalidMessage])),
      .init("a lone 0xFF byte", [0xFF, 0], .error([invalidMessage])),
      .init(
        "a UTF-8 byte order mark (skipped)",
        [0xEF, 0xBB, 0xBF] + Array(#"{"method":"id.kasir.Admin.Info"}"#.utf8) + [0], .reply),
      .init(
        "parameters is a string", #"{"method":"id.kasir.Sale.Get","parameters":"x"}"#,
        .error([invalidParameter])),
      .init(
        "parameters is an array", #"{"method":"id.kasir.Sale.Get","parameters":[1]}"#,
        .error([invalidParameter])),
      .init(
        "saleId is a string", #"{"method":"id.kasir.Sale.Get","parameters":{"saleId":"1"}}"#,
        .error([invalidParameter])),
      .init(
        "payments is an object",
        #"{"method":"id.kasir.Sale.Pay","parameters":{\#(sale),"payments":{"method":"cash"}}}"#,
        .error([invalidParameter])),
      .init(
        "an unknown payment method",
        #"{"method":"id.kasir.Sale.Pay","parameters":{\#(sale),"payments":[{"method":"gold","amount":1}]}}"#,
        .error([invalidParameter])),
      .init(
        "more is a string", #"{"method":"id.kasir.Admin.Info","more":"yes"}"#,
        .error([invalidMessage])),
      .init(
        "oneway is a number", #"{"method":"id.kasir.Admin.Info","oneway":1}"#,
        .error([invalidMessage])),
      .init(
        "an unknown method", #"{"method":"id.kasir.Sale.Teleport"}"#,
        .error(["org.varlink.service.MethodNotFound"])),
      .init(
        "an unknown interface", #"{"method":"com.example.Shop.Buy"}"#,
        .error(["org.varlink.service.InterfaceNotFound"])),
      .init(
        "a method without a dot", #"{"method":"Info"}"#,
        .error(["org.varlink.service.InterfaceNotFound"])),
      .init(
        "a method ending in a dot", #"{"method":"id.kasir.Sale."}"#,
        .error(["org.varlink.service.MethodNotFound"])),
      .init(
        "an empty method", #"{"method":""}"#, .error(["org.varlink.service.InterfaceNotFound"])),
      .init("oneway on a plain call", #"{"method":"id.kasir.Admin.Info","oneway":true}"#, .none),
      .init(
        "oneway on a quick read",
        #"{"method":"id.kasir.Stock.GetLevel","parameters":{"code":"KOP-SAC"},"oneway":true}"#,
        .none),
      .init(
        "oneway on a streamed method",
        #"{"method":"id.kasir.Report.Export","parameters":{"kind":"sales","from":"2026-01-01","to":"2026-01-01","format":"csv"},"oneway":true}"#,
        .none),
      .init(
        "a streamed method without more",
        #"{"method":"id.kasir.Report.Export","parameters":{"kind":"sales","from":"2026-01-01","to":"2026-01-01","format":"csv"}}"#,
        .error(["org.varlink.service.ExpectedMore"])),
      .init("more on a plain call", #"{"method":"id.kasir.Admin.Info","more":true}"#, .reply),
      .init(
        "more and oneway together", #"{"method":"id.kasir.Admin.Info","more":true,"oneway":true}"#,
        .none),
      .init(
        "duplicate keys", #"{"method":"id.kasir.Admin.Info","method":"id.kasir.Admin.Info"}"#,
        .reply),
      .init(
        "unknown fields",
        #"{"method":"id.kasir.Admin.Info","parameters":{"x":[null,{}]},"extra":1}"#, .reply),
      .init(
        "a code of 500,000 characters",
        #"{"method":"id.kasir.Catalog.GetProduct","parameters":{"code":""#
          + String(repeating: "9", count: 500_000) + #""}}"#,
        .error([])),
      .init(
        "a message one byte over the limit",
        Array(#"{"method":"id.kasir.Admin.Info","x":""#.utf8)
          + [UInt8](repeating: 0x61, count: maxMessageBytes) + Array(#""}"#.utf8) + [0],
        .error([tooLarge])),
      .init(
        "2 MiB without a NUL", [UInt8](repeating: 0x7B, count: 2 * 1_048_576), .error([tooLarge])),
      .init(
        "bytes without their closing NUL", Array(#"{"method":"id.kasir.Admin.Info"}"#.utf8), .none),
      .init(
        "a member name of 61 characters but 122 code points",
        #"{"method":"id.kasir.Member.UpsertMember","parameters":{"member":{"number":"A-1","name":""#
          + String(repeating: #"e\u0301"#, count: 61) + #""}}}"#,
        .error([invalidParameter])),
      .init(
        "a member name holding a NUL",
        #"{"method":"id.kasir.Member.UpsertMember","parameters":{"member":{"number":"A-1","name":"Siti\u0000"}}}"#,
        .error([invalidParameter])),
      .init(
        "a price of Int64.max",
        #"{"method":"id.kasir.Catalog.SetPrice","parameters":{"sku":"AIR-MIN-GAL","price":9223372036854775807}}"#,
        .error([invalidParameter])),
      .init(
        "an item at the price kept after that",
        #"{"method":"id.kasir.Sale.AddItem","parameters":{\#(sale),"code":"AIR-MIN-GAL","quantity":1000}}"#,
        .reply),
      .init(
        "goods received at a cost of Int64.max",
        #"{"method":"id.kasir.Stock.Receive","parameters":{"lines":[{"code":"KOP-SAC","quantity":1000,"unitCost":9223372036854775807}]}}"#,
        .error([invalidParameter])),
      .init(
        "opening cash of Int64.max (a shift is open)",
        #"{"method":"id.kasir.Shift.Open","parameters":{"openingCash":9223372036854775807}}"#,
        .error([invalidParameter])),
      .init(
        "a shift closed with Int64.max counted",
        #"{"method":"id.kasir.Shift.Close","parameters":{"countedCash":9223372036854775807}}"#,
        .error([invalidParameter])),
      .init(
        "a valid call then garbage",
        Array(#"{"method":"id.kasir.Admin.Info"}"#.utf8) + [0] + Array("}{".utf8) + [0],
        .error([invalidMessage])),
    ]
  }
}
