import Foundation
import NIOCore
import NIOPosix

/// The same echo as `EchoServer`, written with SwiftNIO, the framework kasird must use: one
/// event loop, a handler that writes back what it reads. Its round trip is the floor of any
/// SwiftNIO server on this machine, so kasird's small reads are compared with it too.
/// Served from its own process (`kasir-bench --serve-nio-echo PATH`, see `EchoProcess`).
enum NIOEcho {
  static func serve(path: String) throws -> Never {
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    let channel = try ServerBootstrap(group: group)
      .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try channel.pipeline.syncOperations.addHandler(EchoHandler())
        }
      }
      .bind(unixDomainSocketPath: path).wait()
    var byte: UInt8 = 0
    while read(0, &byte, 1) > 0 {}
    try? channel.close().wait()
    exit(0)
  }

  final class EchoHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
      context.write(data, promise: nil)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
      context.flush()
    }
  }
}
