import NIOCore

/// Splits the byte stream into varlink messages: each one a JSON object followed by a NUL byte.
/// A message longer than `maxLength` without its NUL is an error; the connection is then closed.
struct NULFrameDecoder: ByteToMessageDecoder {
  typealias InboundOut = ByteBuffer

  struct MessageTooLarge: Error, Equatable {
    var limit: Int
  }

  let maxLength: Int
  /// How far the buffer was already searched for a NUL, so a slow sender costs no rescans.
  private var searched = 0

  init(maxLength: Int) {
    self.maxLength = maxLength
  }

  mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws
    -> DecodingState
  {
    let view = buffer.readableBytesView
    guard let end = view.dropFirst(searched).firstIndex(of: 0) else {
      searched = view.count
      if view.count > maxLength { throw MessageTooLarge(limit: maxLength) }
      return .needMoreData
    }
    let length = end - view.startIndex
    searched = 0
    guard length <= maxLength else { throw MessageTooLarge(limit: maxLength) }
    let frame = buffer.readSlice(length: length)!
    buffer.moveReaderIndex(forwardBy: 1)
    context.fireChannelRead(wrapInboundOut(frame))
    return .continue
  }

  mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool)
    throws -> DecodingState
  {
    while try decode(context: context, buffer: &buffer) == .continue {}
    // Bytes without a closing NUL at EOF are an incomplete message: drop them.
    buffer.moveReaderIndex(to: buffer.writerIndex)
    return .needMoreData
  }
}
