import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

/// A streamed answer on the real socket: several replies, `continues` on all but the last,
/// and the next call on the connection answered after them.
@Suite(.serialized) struct ExportSocketTests {
  @Test func anExportStreamsThenTheNextCallIsAnswered() async throws {
    let daemon = try await RunningDaemon()
    let path = daemon.socketPath
    let replies = try await onThread { () -> [JSONValue] in
      let client = try RawSocketClient(path: path)
      let export =
        #"{"method":"id.kasir.Report.Export","more":true,"parameters":{"kind":"members","from":"2026-01-01","to":"2026-12-31","format":"xlsx"}}"#
      let info = #"{"method":"org.varlink.service.GetInfo"}"#
      // Both calls at once: the second waits for every reply of the first.
      try client.send(Array(export.utf8) + [0] + Array(info.utf8) + [0])
      var replies: [JSONValue] = []
      while let reply = try client.receive() {
        replies.append(try JSONDecoder().decode(JSONValue.self, from: Data(reply)))
        if replies.last?["parameters"]?["vendor"] != nil { break }
      }
      return replies
    }
    let streamed = replies.dropLast()
    #expect(streamed.count >= 3, "progress, the file, the end: \(replies)")
    #expect(streamed.dropLast().allSatisfy { $0["continues"] == .bool(true) })
    #expect(streamed.last?["continues"] == nil)
    let base64 = streamed.compactMap { $0["parameters"]?["chunk"]?.text }.joined()
    let bytes = try #require(Data(base64Encoded: base64))
    #expect(bytes.starts(with: [0x50, 0x4B]), "an XLSX (zip) file")
    #expect(replies.last?["parameters"]?["product"] == .string("kasird"))
    try await daemon.stop()
  }
}
