import Foundation
import NIOCore

/// What the connection's task writes: a reply, or word that a call it was given is answered.
enum ConnectionOutput: Sendable {
  /// One reply message (its NUL included).
  case reply(ByteBuffer)
  /// Every reply to one call forwarded to the task has been written (none for oneway).
  case callDone
  /// Succeeds `promise` once every reply before it is in the socket: closing the channel
  /// earlier would drop what the socket had not yet taken (a large reply to a client that
  /// half-closed, or calls drained at shutdown).
  case drained(EventLoopPromise<Void>)
}

/// Answers quick reads (a stock check) on the event loop, between the frame decoder and the
/// connection's task; everything else goes on to the task.
///
/// Why: through the task a call hops threads four times (event loop → Swift task → GRDB's
/// reader queue → task → event loop), which costs far more than the read. Answered here, a
/// stock check is a few µs of work on the thread that read it (see `QuickReader`).
///
/// Order: calls on one connection are answered in order, so a quick answer is given only while
/// no earlier call is still with the task. The task writes `.callDone` after each call's
/// replies; writes reach this handler in order, so when the count of calls with the task is
/// back to zero, their replies have all passed here.
final class QuickReadHandler: ChannelDuplexHandler {
  typealias InboundIn = ByteBuffer
  typealias InboundOut = ByteBuffer
  typealias OutboundIn = ConnectionOutput
  typealias OutboundOut = ByteBuffer

  private let handler: RequestHandler
  private let caller: Caller
  /// Calls passed on to the task whose replies are not all written yet.
  private var callsWithTask = 0
  /// Whether a call was passed on since the last `channelReadComplete`.
  private var passedOn = false

  init(handler: RequestHandler, caller: Caller) {
    self.handler = handler
    self.caller = caller
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    let frame = unwrapInboundIn(data)
    if callsWithTask == 0,
      var reply = frame.withUnsafeReadableBytes({ handler.quickAnswer($0, caller: caller) })
    {
      reply.writeInteger(UInt8(0))
      context.writeAndFlush(wrapOutboundOut(reply), promise: nil)
      return
    }
    callsWithTask += 1
    passedOn = true
    context.fireChannelRead(data)
  }

  /// Passed on only after a call was: the task's handler has nothing to deliver otherwise,
  /// and a read answered here then costs it nothing.
  func channelReadComplete(context: ChannelHandlerContext) {
    guard passedOn else { return }
    passedOn = false
    context.fireChannelReadComplete()
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    switch unwrapOutboundIn(data) {
    case .reply(let buffer):
      context.write(wrapOutboundOut(buffer), promise: promise)
    case .callDone:
      callsWithTask -= 1
      promise?.succeed()
    case .drained(let written):
      // Writes complete in order: an empty one completes after every byte before it.
      context.writeAndFlush(
        wrapOutboundOut(context.channel.allocator.buffer(capacity: 0)), promise: written)
      promise?.succeed()
    }
  }
}
