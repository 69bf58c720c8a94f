import Testing

@testable import KasirServer

/// `PlainCall` reads only the plain shape of a call and refuses everything else, so the full
/// decoder answers it.
@Suite struct PlainCallTests {
  @Test func readsThePlainShapeInAnyOrderWithAnySpacing() {
    let expected = PlainCall(
      method: "id.kasir.Stock.GetLevel", parameters: ["code": "8991000000034"])
    let spellings = [
      #"{"method":"id.kasir.Stock.GetLevel","parameters":{"code":"8991000000034"}}"#,
      #"{"parameters":{"code":"8991000000034"},"method":"id.kasir.Stock.GetLevel"}"#,
      "\t{ \"method\" :\"id.kasir.Stock.GetLevel\",\n\"parameters\": {\"code\" : \"8991000000034\"}}\r\n",
    ]
    for text in spellings { #expect(PlainCall(Array(text.utf8)) == expected, "\(text)") }
    #expect(
      PlainCall(Array(#"{"method":"org.varlink.service.GetInfo"}"#.utf8))
        == PlainCall(method: "org.varlink.service.GetInfo", parameters: [:]))
    #expect(
      PlainCall(Array(#"{"method":"a.b.C","parameters":{}}"#.utf8))
        == PlainCall(method: "a.b.C", parameters: [:]))
  }

  @Test func readsWholeNumbersApartFromStrings() {
    let text = #"{"method":"a.b.C","parameters":{"q":"kopi","limit": 20 ,"n":-7,"z":0}}"#
    #expect(
      PlainCall(Array(text.utf8))?.sorted
        == PlainCall(
          method: "a.b.C", parameters: ["q": "kopi"],
          numbers: ["limit": 20, "n": -7, "z": 0]))
    let largest = #"{"method":"a.b.C","parameters":{"n":999999999999999999}}"#
    #expect(PlainCall(Array(largest.utf8))?.numbers == ["n": 999_999_999_999_999_999])
  }

  @Test func keepsParametersInTheirOrderAndTellsStringsFromNumbers() throws {
    let text = #"{"method":"a.b.C","parameters":{"z":"1","limit":20,"a":"x"}}"#
    let call = try #require(PlainCall(Array(text.utf8)))
    #expect(call.fields.map(\.key) == ["z", "limit", "a"])
    #expect(call.string("z") == "1" && call.string("a") == "x")
    #expect(call.number("limit") == 20)
    // A key of the other type, or none, is nil: the route then sends the call down the full
    // path, which answers the type error.
    #expect(call.string("limit") == nil && call.number("z") == nil)
    #expect(call.string("missing") == nil && call.number("missing") == nil)
  }

  /// At most `fieldLimit` parameters: a call with thousands of keys goes to the full decoder
  /// instead of making the duplicate-key check slow on the event loop.
  @Test func readsUpToTheFieldLimitOfParameters() throws {
    func call(_ count: Int) -> [UInt8] {
      let fields = (0..<count).map { #""k\#($0)":"v\#($0)""# }.joined(separator: ",")
      return Array(#"{"method":"a.b.C","parameters":{\#(fields)}}"#.utf8)
    }
    let full = try #require(PlainCall(call(PlainCall.fieldLimit)))
    #expect(full.fields.count == PlainCall.fieldLimit)
    #expect(full.string("k15") == "v15")
    #expect(PlainCall(call(PlainCall.fieldLimit + 1)) == nil)
    #expect(PlainCall(call(5000)) == nil)
  }

  @Test func refusesEverythingElse() {
    let refused = [
      "", "{}", "[]", "null", #"{"method":"a.b.C""#, #"{"method":"a.b.C",}"#,
      #"{"method":"a.b.C"} {}"#, #"{"method":"a.b.C","oneway":true}"#,
      #"{"method":"a.b.C","more":false}"#, #"{"method":"a.b.C","upgrade":false}"#,
      #"{"method":"a.b.C","method":"a.b.D"}"#, #"{"method":"a.b.C","parameters":{"n":1.5}}"#,
      #"{"method":"a.b.C","parameters":{"n":1e3}}"#, #"{"method":"a.b.C","parameters":{"n":01}}"#,
      #"{"method":"a.b.C","parameters":{"n":-}}"#, #"{"method":"a.b.C","parameters":{"n":+1}}"#,
      #"{"method":"a.b.C","parameters":{"n":1234567890123456789}}"#,
      #"{"method":"a.b.C","parameters":{"n":-9223372036854775808}}"#,
      #"{"method":"a.b.C","parameters":{"n":123456789012345678901234567890}}"#,
      #"{"method":"a.b.C","parameters":{"n":1,"n":"x"}}"#,
      #"{"method":"a.b.C","parameters":{"n":"x","n":2}}"#,
      #"{"method":"a.b.C","parameters":{"n":"x","n":"y"}}"#,
      #"{"method":"a.b.C","parameters":{"n":{"m":"x"}}}"#,
      #"{"method":"a.b.C","parameters":{"n":null}}"#,
      #"{"method":"a.b.C","parameters":{"n":"a\"b"}}"#,
      #"{"method":"a.b.C","parameters":{"n":"\u0041"}}"#,
      #"{"method":"a.b.C","parameters":{"n":"Énak"}}"#, "{\"method\":\"a.b\u{01}C\"}",
      #"{"method":42}"#, #"{"parameters":{}}"#, #"{"method":"a.b.C","parameters":null}"#,
      #"{"method":"a.b.C","parameters":{"n":"x",}}"#, #"{"method":"a.b.C","parameters":{"n"}}"#,
    ]
    for text in refused { #expect(PlainCall(Array(text.utf8)) == nil, "\(text)") }
    #expect(PlainCall([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x22, 0x22, 0x7D]) == nil)
  }
}

extension PlainCall {
  /// A call with these parameters, in key order.
  init(method: String, parameters: [String: String], numbers: [String: Int64] = [:]) {
    let strings = parameters.map { Field(key: $0.key, value: .string($0.value)) }
    let whole = numbers.map { Field(key: $0.key, value: .number($0.value)) }
    self.init(method: method, fields: (strings + whole).sorted { $0.key < $1.key })
  }

  /// The same call with its parameters in key order.
  var sorted: PlainCall { PlainCall(method: method, fields: fields.sorted { $0.key < $1.key }) }

  var numbers: [String: Int64] {
    Dictionary(
      uniqueKeysWithValues: fields.compactMap { field in field.value.number.map { (field.key, $0) }
      })
  }
}
