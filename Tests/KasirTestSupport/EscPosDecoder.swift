/// Reads ESC/POS bytes back as a person sees the paper: text lines, and the commands between
/// them. Knows the commands Kasir sends; any other escape sequence is kept as `.unknown`.
public struct EscPosDecoder: Sendable {
  public enum Cut: Sendable, Equatable {
    case partial  // GS V 66 n, GS V 1
    case full  // GS V 65 n, GS V 0
    case escI  // ESC i
  }

  public enum Command: Sendable, Equatable {
    case initialize  // ESC @
    case cancelKanji  // FS .
    case emphasisOn  // ESC E 1
    case emphasisOff  // ESC E 0
    case characterSize(UInt8)  // GS ! n
    case align(UInt8)  // ESC a n: 0 left, 1 centre, 2 right
    case feed(Int)  // ESC d n
    case cut(Cut)
    /// ESC p m t1 t2: pin 2 (m = 0) or 5 (m = 1), on and off time in ms (t × 2).
    case drawerKick(pin: Int, onMs: Int, offMs: Int)
    case codePage(UInt8)  // ESC t n
    case qrModel(UInt8)  // GS ( k … 49 65 n1 n2: 49 model 1, 50 model 2
    case qrModuleSize(UInt8)  // GS ( k … 49 67 n
    case qrErrorCorrection(Character)  // GS ( k … 49 69 n: L, M, Q or H
    case qrStore(String)  // GS ( k … 49 80 48 data
    case qrPrint  // GS ( k … 49 81 48
    case barcodeText(UInt8)  // GS H n: 0 none, 1 above, 2 below, 3 both
    case barcodeHeight(UInt8)  // GS h n
    case barcodeModuleWidth(UInt8)  // GS w n
    /// GS k 73 n data: CODE128, the code set of its `{A`/`{B`/`{C` start and the data with
    /// `{{` read back as `{`.
    case code128(codeSet: Character, data: String)
    case unknown([UInt8])
  }

  /// One printed line and how it looked.
  public struct Line: Sendable, Equatable {
    public var text: String
    /// The bytes sent for the text, one per column.
    public var bytes: [UInt8]
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

  /// `upperHalf` says what the bytes from 0x80 up print (the selected code page); a byte it
  /// does not name reads as U+FFFD.
  public init(_ bytes: [UInt8], upperHalf: [UInt8: Character] = [:]) {
    var reader = EscPosReader(bytes: bytes)
    var current: [UInt8] = []
    var emphasised = false
    var size: UInt8 = 0
    var lineEmphasised = false

    func line() -> Line {
      let text = String(
        current.map { $0 < 0x80 ? Character(Unicode.Scalar($0)) : upperHalf[$0] ?? "\u{FFFD}" })
      return Line(
        text: text, bytes: current, emphasised: lineEmphasised || emphasised,
        doubleHeight: size & 0x01 != 0)
    }

    while let b = reader.next() {
      var command: Command?
      switch (b, reader.peek()) {
      case (0x0A, _):
        elements.append(.line(line()))
        current = []
        lineEmphasised = false
      case (0x1B, 0x45):
        _ = reader.next()
        let on = reader.byte() & 1 == 1
        command = on ? .emphasisOn : .emphasisOff
        emphasised = on
        if on { lineEmphasised = true }
      case (0x1D, 0x21):
        _ = reader.next()
        size = reader.byte()
        command = .characterSize(size)
      case (0x1B, _), (0x1C, _), (0x1D, _):
        command = reader.command(after: b)
      default:
        current.append(b)
      }
      if let command { elements.append(.command(command)) }
    }
    if !current.isEmpty { elements.append(.line(line())) }
  }
}
