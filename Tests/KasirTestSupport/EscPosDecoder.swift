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
    var reader = Reader(bytes: bytes)
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

/// Walks the bytes; reading past the end gives 0 (a truncated command decodes, wrongly but
/// visibly, instead of crashing a test).
private struct Reader {
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
