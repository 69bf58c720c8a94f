/// Reads ESC/POS bytes back as a person sees the paper: text lines, and the commands between
/// them. Knows the commands Kasir sends; any other escape sequence is kept as `.unknown`.
public struct EscPosDecoder: Sendable {
  public enum Command: Sendable, Equatable {
    case initialize  // ESC @
    case cancelKanji  // FS .
    case emphasisOn  // ESC E 1
    case emphasisOff  // ESC E 0
    case characterSize(UInt8)  // GS ! n
    case align(UInt8)  // ESC a n
    case feed(Int)  // ESC d n
    case cut  // GS V m [n]
    case drawerKick(pin: UInt8)  // ESC p m t1 t2
    case codePage(UInt8)  // ESC t n
    case unknown([UInt8])
  }

  /// One printed line and how it looked.
  public struct Line: Sendable, Equatable {
    public var text: String
    public var emphasised: Bool
    public var doubleHeight: Bool
  }

  public enum Element: Sendable, Equatable {
    case command(Command)
    case line(Line)
  }

  public private(set) var elements: [Element] = []

  public var lines: [Line] {
    elements.compactMap { if case .line(let line) = $0 { line } else { nil } }
  }
  /// The text of every printed line, in order.
  public var text: [String] { lines.map(\.text) }
  public var commands: [Command] {
    elements.compactMap { if case .command(let command) = $0 { command } else { nil } }
  }

  public init(_ bytes: [UInt8]) {
    var index = 0
    var current: [UInt8] = []
    var emphasised = false
    var size: UInt8 = 0
    var lineEmphasised = false

    func byte(_ offset: Int) -> UInt8? {
      index + offset < bytes.count ? bytes[index + offset] : nil
    }

    while index < bytes.count {
      let b = bytes[index]
      var command: Command?
      var length = 1
      switch (b, byte(1)) {
      case (0x0A, _):
        elements.append(
          .line(
            Line(
              text: String(decoding: current, as: UTF8.self),
              emphasised: lineEmphasised || emphasised, doubleHeight: size & 0x01 != 0)))
        current = []
        lineEmphasised = false
      case (0x1B, 0x40): (command, length) = (.initialize, 2)
      case (0x1C, 0x2E): (command, length) = (.cancelKanji, 2)
      case (0x1B, 0x45):
        let on = (byte(2) ?? 0) & 1 == 1
        (command, length) = (on ? .emphasisOn : .emphasisOff, 3)
        emphasised = on
        if on { lineEmphasised = true }
      case (0x1D, 0x21):
        size = byte(2) ?? 0
        (command, length) = (.characterSize(size), 3)
      case (0x1B, 0x61): (command, length) = (.align(byte(2) ?? 0), 3)
      case (0x1B, 0x64): (command, length) = (.feed(Int(byte(2) ?? 0)), 3)
      case (0x1B, 0x74): (command, length) = (.codePage(byte(2) ?? 0), 3)
      case (0x1B, 0x70): (command, length) = (.drawerKick(pin: byte(2) ?? 0), 5)
      case (0x1D, 0x56):
        // GS V 0/1/48/49 has no argument; GS V 65/66 n has one.
        let mode = byte(2) ?? 0
        (command, length) = (.cut, mode >= 65 ? 4 : 3)
      case (0x1B, _), (0x1C, _), (0x1D, _):
        (command, length) = (.unknown(Array(bytes[index..<min(index + 2, bytes.count)])), 2)
      default:
        current.append(b)
      }
      if let command { elements.append(.command(command)) }
      index += length
    }
    if !current.isEmpty {
      elements.append(
        .line(
          Line(
            text: String(decoding: current, as: UTF8.self), emphasised: lineEmphasised,
            doubleHeight: size & 0x01 != 0)))
    }
  }
}
