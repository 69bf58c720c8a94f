import KasirProtocol
import KasirStore
import NIOCore

extension WireCodec {
  /// The reply to `Stock.GetLevel` from the row the quick reader hands out, byte for byte what
  /// `reply(_:)` writes (keys sorted, no `reorderLevel` when there is none), written directly:
  /// JSONEncoder took a fifth of a quick stock check's time.
  static func levelReply(_ row: QuickReader.StockRow) -> ByteBuffer {
    var json = JSONBytes(capacity: 112 + row.name.count)
    json.raw(#"{"parameters":{"level":{"low":"#)
    json.bool(row.low)
    json.raw(#","name":"#)
    json.string(row.name)
    json.raw(#","onHand":"#)
    json.thousandths(Thousandths(row.onHand.thousandths))
    json.optional(#","reorderLevel":"#, row.reorderLevel) {
      $0.thousandths(Thousandths($1.thousandths))
    }
    json.raw(#","sku":"#)
    json.string(row.sku)
    json.raw(#","unit":"#)
    json.string(row.unit)
    json.raw("}}}")
    return json.buffer
  }
}
