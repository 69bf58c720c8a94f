import Foundation
import KasirProtocol

extension WireCodec {
  /// The reply to `Stock.GetLevel`, byte for byte what `reply(_:)` writes (keys sorted, no
  /// `reorderLevel` when there is none), written directly: JSONEncoder took a fifth of a quick
  /// stock check's time.
  static func levelReply(_ level: StockAPI.StockLevel) -> Data {
    var json = JSONBytes(capacity: 112 + level.name.utf8.count)
    json.raw(#"{"parameters":{"level":{"low":"#)
    json.bool(level.low)
    json.raw(#","name":"#)
    json.string(level.name)
    json.raw(#","onHand":"#)
    json.thousandths(level.onHand)
    if let reorderLevel = level.reorderLevel {
      json.raw(#","reorderLevel":"#)
      json.thousandths(reorderLevel)
    }
    json.raw(#","sku":"#)
    json.string(level.sku)
    json.raw(#","unit":"#)
    json.string(level.unit)
    json.raw("}}}")
    return Data(json.bytes)
  }
}
