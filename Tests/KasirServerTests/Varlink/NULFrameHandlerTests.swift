import NIOCore
import NIOEmbedded
import Testing

@testable import KasirServer

@Suite struct NULFrameHandlerTests {
  static func frames(_ channel: EmbeddedChannel) throws -> [String] {
    var frames: [String] = []
    while let frame = try channel.readInbound(as: ByteBuffer.self) {
      frames.append(String(buffer: frame))
    }
    return frames
  }

  @Test func framesSurviveAnySplitOfTheInput() throws {
    let input = Array("{\"method\":\"a\"}\0{}\0\0{\"x\":\"\u{00e9}\"}\0{\"rest\"".utf8)
    let expected = ["{\"method\":\"a\"}", "{}", "", "{\"x\":\"\u{00e9}\"}"]
    for first in 0...input.count {
      for second in first...input.count {
        let channel = EmbeddedChannel(handler: NULFrameHandler(maxLength: 64))
        for part in [input[..<first], input[first..<second], input[second...]] {
          try channel.writeInbound(ByteBuffer(bytes: part))
        }
        #expect(try Self.frames(channel) == expected, "split at \(first), \(second)")
        _ = try channel.finish()
      }
    }
  }

  @Test func aSlowSenderGetsItsMessageWhole() throws {
    let channel = EmbeddedChannel(handler: NULFrameHandler(maxLength: 5000))
    let message = String(repeating: "x", count: 4000)
    for byte in Array((message + "\0").utf8) {
      try channel.writeInbound(ByteBuffer(bytes: [byte]))
    }
    #expect(try Self.frames(channel) == [message])
  }

  @Test func aMessageOverTheLimitIsAnErrorAndNothingAfterItIsRead() throws {
    let channel = EmbeddedChannel(handler: NULFrameHandler(maxLength: 8))
    try channel.writeInbound(ByteBuffer(string: "{}\0"))
    #expect(throws: NULFrameHandler.MessageTooLarge(limit: 8)) {
      try channel.writeInbound(ByteBuffer(string: "0123456789"))
    }
    try channel.writeInbound(ByteBuffer(string: "\0{}\0"))
    #expect(try Self.frames(channel) == ["{}"])
    // Over the limit with its NUL in the same read, and over it across reads.
    let whole = EmbeddedChannel(handler: NULFrameHandler(maxLength: 8))
    #expect(throws: NULFrameHandler.MessageTooLarge(limit: 8)) {
      try whole.writeInbound(ByteBuffer(string: "012345678\0"))
    }
    let split = EmbeddedChannel(handler: NULFrameHandler(maxLength: 8))
    try split.writeInbound(ByteBuffer(string: "01234"))
    #expect(throws: NULFrameHandler.MessageTooLarge(limit: 8)) {
      try split.writeInbound(ByteBuffer(string: "5678"))
    }
  }

  @Test func aMessageExactlyAtTheLimitPasses() throws {
    let channel = EmbeddedChannel(handler: NULFrameHandler(maxLength: 8))
    try channel.writeInbound(ByteBuffer(string: "0123"))
    try channel.writeInbound(ByteBuffer(string: "4567\0"))
    #expect(try Self.frames(channel) == ["01234567"])
  }
}
