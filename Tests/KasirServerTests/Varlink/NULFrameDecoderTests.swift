import NIOCore
import NIOEmbedded
import NIOTestUtils
import Testing

@testable import KasirServer

@Suite struct NULFrameDecoderTests {
  @Test func framesSurviveAnySplitOfTheInput() throws {
    let input = ByteBuffer(string: "{\"method\":\"a\"}\0{}\0{\"x\":\"\u{00e9}\"}\0")
    let expected = ["{\"method\":\"a\"}", "{}", "{\"x\":\"\u{00e9}\"}"].map {
      ByteBuffer(string: $0)
    }
    try ByteToMessageDecoderVerifier.verifyDecoder(
      inputOutputPairs: [(input, expected)], decoderFactory: { NULFrameDecoder(maxLength: 64) })
  }

  @Test func aMessageOverTheLimitIsAnError() throws {
    let channel = EmbeddedChannel(handler: ByteToMessageHandler(NULFrameDecoder(maxLength: 8)))
    #expect(throws: NULFrameDecoder.MessageTooLarge(limit: 8)) {
      try channel.writeInbound(ByteBuffer(string: "0123456789"))
    }
  }

  @Test func aMessageExactlyAtTheLimitPasses() throws {
    let channel = EmbeddedChannel(handler: ByteToMessageHandler(NULFrameDecoder(maxLength: 8)))
    try channel.writeInbound(ByteBuffer(string: "01234567\0"))
    #expect(try channel.readInbound(as: ByteBuffer.self) == ByteBuffer(string: "01234567"))
  }
}
