/// The ESC/POS command bytes Kasir uses. Every thermal receipt printer understands these.
enum EscPos {
  static let lineFeed: UInt8 = 0x0A

  /// `ESC @`: reset the printer to its power-on state.
  static let initialize: [UInt8] = [0x1B, 0x40]
  /// `FS .`: leave Kanji (double-byte) mode; printers without it ignore the command.
  static let cancelKanji: [UInt8] = [0x1C, 0x2E]

  /// `ESC E n`: emphasised (bold) on or off.
  static func emphasis(_ on: Bool) -> [UInt8] { [0x1B, 0x45, on ? 1 : 0] }

  /// `GS ! n`: character size; `doubleHeight` keeps the width, so the layout stays the same.
  static func characterSize(doubleHeight: Bool) -> [UInt8] {
    [0x1D, 0x21, doubleHeight ? 0x01 : 0x00]
  }

  /// `ESC d n`: print what is buffered and feed `lines` lines.
  static func feed(lines: UInt8) -> [UInt8] { [0x1B, 0x64, lines] }

  /// `GS V 66 0`: feed to the cutting position and cut.
  static let cut: [UInt8] = [0x1D, 0x56, 0x42, 0x00]

  /// `ESC p 0 25 250`: a 50 ms pulse (25 × 2 ms on, 250 × 2 ms off) on drawer pin 2.
  static let drawerKick: [UInt8] = [0x1B, 0x70, 0x00, 0x19, 0xFA]
}
