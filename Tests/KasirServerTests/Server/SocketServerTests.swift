import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

/// The real Unix socket: framing, standard errors, a broken client, a whole sale.
@Suite(.serialized) struct SocketServerTests {
  @Test func getInfoListsEveryInterface() async throws {
    let daemon = try await RunningDaemon()
    let path = daemon.socketPath
    let info = try await onThread {
      try RawSocketClient(path: path).call(ServiceAPI.GetInfo.self, Empty())
    }
    #expect(info.interfaces.contains("id.kasir.Sale"))
    #expect(info.interfaces.contains("org.varlink.service"))
    #expect(info.product == "kasird")
    try await daemon.stop()
  }

  @Test func standardErrorsForUnknownNamesAndBadParameters() async throws {
    let daemon = try await RunningDaemon()
    let path = daemon.socketPath
    let replies = try await onThread { () -> [JSONValue?] in
      let client = try RawSocketClient(path: path)
      return try [
        client.call(#"{"method":"id.kasir.Nope.Get"}"#),
        client.call(#"{"method":"id.kasir.Sale.Fly"}"#),
        client.call(#"{"method":"id.kasir.Catalog.GetProduct","parameters":{}}"#),
        client.call(#"{"method":"id.kasir.Catalog.GetProduct","parameters":{"code":42}}"#),
        client.call(
          #"{"method":"org.varlink.service.GetInterfaceDescription","parameters":{"interface":"id.kasir.Sale"}}"#
        ),
      ]
    }
    #expect(replies[0]?["error"] == .string("org.varlink.service.InterfaceNotFound"))
    #expect(replies[1]?["error"] == .string("org.varlink.service.MethodNotFound"))
    #expect(replies[2]?["error"] == .string("org.varlink.service.InvalidParameter"))
    #expect(replies[2]?["parameters"]?["parameter"] == .string("code"))
    #expect(replies[3]?["parameters"]?["parameter"] == .string("code"))
    let description = replies[4]?["parameters"]?["description"]?.text ?? ""
    #expect(description.hasPrefix("# Selling"))
    #expect(description.contains("interface id.kasir.Sale"))
    try await daemon.stop()
  }

  @Test func aDeclaredButUnservedMethodIsNotImplemented() async throws {
    // Every shipped method is served: a made-up interface declares one that no handler serves.
    let daemon = try await UnservedMethodDaemon(
      interface: "id.kasir.Test",
      description: "# For this test only.\ninterface id.kasir.Test\n\nmethod Unserved() -> ()\n")
    let path = daemon.socketPath
    let replies = try await onThread { () -> [JSONValue?] in
      let client = try RawSocketClient(path: path)
      return try [
        client.call(#"{"method":"id.kasir.Test.Unserved","parameters":{}}"#),
        client.call(#"{"method":"id.kasir.Test.Other","parameters":{}}"#),
        client.call(#"{"method":"id.kasir.Admin.Info","parameters":{}}"#),
      ]
    }
    #expect(replies[0]?["error"] == .string("org.varlink.service.MethodNotImplemented"))
    #expect(replies[0]?["parameters"]?["method"] == .string("id.kasir.Test.Unserved"))
    #expect(replies[1]?["error"] == .string("org.varlink.service.MethodNotFound"))
    #expect(replies[2]?["parameters"]?["version"] != nil)
    try await daemon.stop()
  }

  @Test func aBrokenClientLosesOnlyItsOwnConnection() async throws {
    let daemon = try await RunningDaemon { $0.maxMessageBytes = 4096 }
    let path = daemon.socketPath
    let outcome = try await onThread { () -> [String?] in
      let bystander = try RawSocketClient(path: path)
      let garbage = try RawSocketClient(path: path)
      try garbage.send(Array("{not json".utf8) + [0])
      let garbageReply = try garbage.receive().map { String(decoding: $0, as: UTF8.self) }
      let afterGarbage = try garbage.receive()
      let badUTF8 = try RawSocketClient(path: path)
      try badUTF8.send([0x7B, 0xFF, 0xFE, 0x7D, 0])
      let utf8Reply = try badUTF8.receive().map { String(decoding: $0, as: UTF8.self) }
      let huge = try RawSocketClient(path: path)
      try? huge.send([UInt8](repeating: 0x41, count: 10_000))
      let hugeReply = try huge.receive().map { String(decoding: $0, as: UTF8.self) }
      let info = try bystander.call(AdminAPI.Info.self, Empty())
      return [
        garbageReply, afterGarbage == nil ? "closed" : "open", utf8Reply, hugeReply, info.version,
      ]
    }
    #expect(outcome[0]?.contains("id.kasir.Admin.InvalidMessage") == true)
    #expect(outcome[1] == "closed")
    #expect(outcome[2]?.contains("not valid UTF-8") == true)
    #expect(outcome[3]?.contains("id.kasir.Admin.MessageTooLarge") == true)
    #expect(outcome[3]?.contains("4096") == true)
    #expect(outcome[4] == "0.1.0")
    try await daemon.stop()
  }

  @Test func callsOnOneConnectionAreAnsweredInOrder() async throws {
    let daemon = try await RunningDaemon()
    let path = daemon.socketPath
    let replies = try await onThread { () -> [String] in
      let client = try RawSocketClient(path: path)
      var batch: [UInt8] = []
      for code in ["A1", "B2", "C3"] {
        batch +=
          Array(#"{"method":"id.kasir.Catalog.GetProduct","parameters":{"code":"\#(code)"}}"#.utf8)
          + [0]
      }
      try client.send(batch)
      return try (0..<3).map { _ in String(decoding: try client.receive() ?? [], as: UTF8.self) }
    }
    #expect(replies[0].contains("A1") && replies[1].contains("B2") && replies[2].contains("C3"))
    try await daemon.stop()
  }

  @Test func theSocketFileIsRemovedOnStop() async throws {
    let daemon = try await RunningDaemon()
    #expect(FileManager.default.fileExists(atPath: daemon.socketPath))
    try await daemon.stop()
    #expect(!FileManager.default.fileExists(atPath: daemon.socketPath))
  }
}
