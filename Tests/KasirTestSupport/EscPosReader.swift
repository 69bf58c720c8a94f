/// Walks the bytes; reading past the end gives 0 (a truncated command decodes, wrongly but
/// visibly, instead of crashing a test).
struct EscPosReader {
  let bytes: [UInt8]
  var index = 0

  mutating func next() -> UInt8? {
    guard index < bytes.count else { return nil }
    defer { index += 1 }
    return bytes[index]
  }

  func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

  mutating func byte() -> UInt8 { next() ?? 0 }

  mutating func take(_ count: Int) -> [UInt8] {
    let end = min(index + max(count, 0), bytes.count)
    defer { index = end }
    return Array(bytes[index..<end])
  }

  /// The command starting with `first` (ESC, FS or GS), already read.
  mutating func command(after first: UInt8) -> EscPosDecoder.Command {
    let start = index - 1
    switch (first, byte()) {
    case (0x1B, 0x40): return .initialize
    case (0x1C, 0x2E): return .cancelKanji
    case (0x1B, 0x61): return .align(byte())
    case (0x1B, 0x64): return .feed(Int(byte()))
    case (0x1B, 0x74): return .codePage(byte())
    case (0x1B, 0x69): return .cut(.escI)
    case (0x1B, 0x70):
      let pin = byte() & 1 == 0 ? 2 : 5
      return .drawerKick(pin: pin, onMs: Int(byte()) * 2, offMs: Int(byte()) * 2)
    case (0x1D, 0x56):
      // GS V 65/66 n (full/partial) has an argument; GS V 0/48 (full) and 1/49 (partial) not.
      switch byte() {
      case 65:
        _ = byte()
        return .cut(.full)
      case 66:
        _ = byte()
        return .cut(.partial)
      case 0, 48: return .cut(.full)
      case 1, 49: return .cut(.partial)
      default: break
      }
    case (0x1D, 0x48): return .barcodeText(byte())
    case (0x1D, 0x68): return .barcodeHeight(byte())
    case (0x1D, 0x77): return .barcodeModuleWidth(byte())
    case (0x1D, 0x6B):
      guard byte() == 73 else { break }
      let data = take(Int(byte()))
      guard data.count >= 2, data[0] == UInt8(ascii: "{") else { break }
      var text = ""
      var escaped = false
      for byte in data.dropFirst(2) {
        if byte == UInt8(ascii: "{") && !escaped {
          escaped = true
          continue
        }
        escaped = false
        text.append(Character(Unicode.Scalar(byte)))
      }
      return .code128(codeSet: Character(Unicode.Scalar(data[1])), data: text)
    case (0x1D, 0x28):
      guard byte() == 0x6B else { break }
      let length = Int(byte()) | Int(byte()) << 8
      let body = take(length)
      guard body.count >= 2, body[0] == 49 else { break }
      switch (body[1], body.dropFirst(2).first) {
      case (65, let model?): return .qrModel(model)
      case (67, let size?): return .qrModuleSize(size)
      case (69, let level?) where (48...51).contains(level):
        return .qrErrorCorrection(["L", "M", "Q", "H"][Int(level) - 48])
      case (80, 48): return .qrStore(String(decoding: body.dropFirst(3), as: UTF8.self))
      case (81, 48): return .qrPrint
      default: break
      }
    default: break
    }
    return .unknown(Array(bytes[start..<index]))
  }
}
