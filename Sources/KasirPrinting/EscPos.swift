/// The ESC/POS command bytes Kasir uses. Every thermal receipt printer understands the basic
/// ones; which cut, code page and drawer pin a printer wants is in its `PrinterProfile`.
enum EscPos {
  static let lineFeed: UInt8 = 0x0A

  /// `ESC @`: reset the printer to its power-on state.
  static let initialize: [UInt8] = [0x1B, 0x40]
  /// `FS .`: leave Kanji (double-byte) mode; printers without it ignore the command.
  static let cancelKanji: [UInt8] = [0x1C, 0x2E]

  /// `ESC t n`: the character table for the bytes from 0x80 up.
  static func codePage(_ number: UInt8) -> [UInt8] { [0x1B, 0x74, number] }

  /// `ESC E n`: emphasised (bold) on or off.
  static func emphasis(_ on: Bool) -> [UInt8] { [0x1B, 0x45, on ? 1 : 0] }

  /// `GS ! n`: character size; `doubleHeight` keeps the width, so the layout stays the same.
  static func characterSize(doubleHeight: Bool) -> [UInt8] {
    [0x1D, 0x21, doubleHeight ? 0x01 : 0x00]
  }

  /// `ESC a n`: left (0) or centred (1) for what follows, codes included.
  static func align(centred: Bool) -> [UInt8] { [0x1B, 0x61, centred ? 1 : 0] }

  /// `ESC d n`: print what is buffered and feed `lines` lines.
  static func feed(lines: UInt8) -> [UInt8] { [0x1B, 0x64, lines] }

  /// The cut sequence for `cut`: `GS V 66 0`, `GS V 65 0`, `ESC i`, or nothing.
  static func cut(_ cut: PrinterProfile.Cut) -> [UInt8] {
    switch cut {
    case .partial: return [0x1D, 0x56, 0x42, 0x00]
    case .full: return [0x1D, 0x56, 0x41, 0x00]
    case .escI: return [0x1B, 0x69]
    case .none: return []
    }
  }

  /// `ESC p m t1 t2`: a pulse of `pulseMs` (t1 = ms / 2) on pin 2 (m = 0) or 5 (m = 1), then
  /// at least 500 ms off (t2 is never below t1, as the printers require).
  static func drawerKick(pin: PrinterProfile.DrawerPin, pulseMs: Int) -> [UInt8] {
    let on = UInt8(clamping: max(pulseMs / 2, 1))
    return [0x1B, 0x70, pin == .pin2 ? 0 : 1, on, max(on, 250)]
  }

  /// A QR code (model 2, error correction M) of `data`, `moduleDots` dots per module:
  /// `GS ( k` select model, set module size, set error correction, store the data, print.
  static func qrCode(_ data: [UInt8], moduleDots: UInt8) -> [UInt8] {
    func function(_ fn: UInt8, _ parameters: [UInt8]) -> [UInt8] {
      let length = parameters.count + 2
      return [0x1D, 0x28, 0x6B, UInt8(length & 0xFF), UInt8(length >> 8), 0x31, fn] + parameters
    }
    return function(0x41, [0x32, 0x00])  // fn 65: model 2
      + function(0x43, [moduleDots])  // fn 67: module size
      + function(0x45, [0x31])  // fn 69: error correction M
      + function(0x50, [0x30] + data)  // fn 80: store
      + function(0x51, [0x30])  // fn 81: print
  }

  /// A CODE128 barcode of `data` (printable ASCII, at most 253 bytes) in code set B, the
  /// text printed below it (`GS H 2`), `height` dots high, `moduleDots` dots per module.
  static func code128(_ data: [UInt8], height: UInt8, moduleDots: UInt8) -> [UInt8] {
    // In code set B a literal `{` is written `{{`; `{B` at the start selects the set.
    let escaped = data.flatMap { $0 == UInt8(ascii: "{") ? [$0, $0] : [$0] }
    let payload = Array("{B".utf8) + escaped
    return [0x1D, 0x48, 0x02, 0x1D, 0x68, height, 0x1D, 0x77, moduleDots]
      + [0x1D, 0x6B, 0x49, UInt8(payload.count)] + payload
  }
}
