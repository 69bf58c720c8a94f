import Foundation
import KasirProtocol

/// What the cashier types or scans at the till, one line at a time. A keyboard-wedge scanner
/// types the code, then Enter or Tab.
enum TillInput {
  /// Longer lines are cut here; no code or command is anywhere near as long.
  static let maximumLineLength = 256
  /// The longest code sent to the daemon as a scan.
  static let maximumCodeLength = 64

  /// One line, understood.
  enum Entry: Equatable {
    case empty
    /// `3*` or `0,75*`: the next scan gets this quantity.
    case quantity(Thousandths)
    /// A scanned or typed code, with `3*CODE`'s quantity if given on the same line.
    case scan(code: String, quantity: Thousandths?)
    case command(Command)
    /// Nothing the till understands; shown back with a hint.
    case unknown(String)
  }

  enum Command: Equatable {
    case help, voidLast, hold, cancel, show, list, quit
    case setQuantity(lineNo: Int, quantity: Thousandths)
    case removeLine(Int)
    /// `lanjut` alone resumes the sale this till held last, or the only held one.
    case resume(Int64?)
    /// `tunai`, `qris`, `transfer`, `kasbon`: without an amount, what is still due.
    case pay(method: String, amount: Int64?, reference: String?)
    /// `anggota NUMBER` sets the sale's member; `anggota -` (nil) removes it.
    case member(String?)
  }

  /// Splits raw input bytes into lines at CR, LF or Tab; drops other control characters and
  /// terminal escape sequences (arrow keys); cuts lines at `maximumLineLength` bytes.
  struct Splitter {
    private var line: [UInt8] = []
    private var escape = Escape.none

    private enum Escape {
      case none
      /// After ESC.
      case started
      /// Inside `ESC [ …` or `ESC O …`, up to a final byte.
      case sequence
    }

    /// The lines completed by `bytes`, empty ones included.
    mutating func feed(_ bytes: some Sequence<UInt8>) -> [String] {
      var lines: [String] = []
      for byte in bytes {
        switch escape {
        case .started:
          escape = byte == UInt8(ascii: "[") || byte == UInt8(ascii: "O") ? .sequence : .none
          continue
        case .sequence:
          if (0x40...0x7E).contains(byte) { escape = .none }
          continue
        case .none:
          break
        }
        switch byte {
        case 0x0D, 0x0A, 0x09:
          lines.append(TillInput.clean(line))
          line.removeAll(keepingCapacity: true)
        case 0x1B: escape = .started
        case 0x00..<0x20, 0x7F: continue
        default:
          if line.count < TillInput.maximumLineLength { line.append(byte) }
        }
      }
      return lines
    }

    /// What is left when the input ends without a terminator, if anything.
    mutating func finish() -> String? {
      defer { line.removeAll() }
      let rest = TillInput.clean(line)
      return rest.isEmpty ? nil : rest
    }
  }

  /// Decoded (bad UTF-8 becomes U+FFFD), C1 controls dropped, spaces trimmed.
  static func clean(_ bytes: [UInt8]) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    let kept = text.unicodeScalars.filter { $0.properties.generalCategory != .control }
    return String(String.UnicodeScalarView(kept)).trimmingCharacters(in: .whitespaces)
  }

  static func parse(_ line: String) -> Entry {
    let text = line.trimmingCharacters(in: .whitespaces)
    if text.isEmpty { return .empty }
    if let star = text.firstIndex(of: "*") {
      let number = text[..<star].trimmingCharacters(in: .whitespaces)
      let code = text[text.index(after: star)...].trimmingCharacters(in: .whitespaces)
      guard let quantity = Thousandths(text: number), quantity.value > 0 else {
        return .unknown(text)
      }
      if code.isEmpty { return .quantity(quantity) }
      return isCode(code) ? .scan(code: code, quantity: quantity) : .unknown(text)
    }
    let words = text.split(separator: " ").map(String.init)
    if let command = command(words) { return command }
    return isCode(text) ? .scan(code: text, quantity: nil) : .unknown(text)
  }

  /// A command, `.unknown` for a command word with bad arguments, or nil for no command word.
  private static func command(_ words: [String]) -> Entry? {
    guard let word = words.first?.lowercased() else { return nil }
    let arguments = Array(words.dropFirst())
    let simple: [String: Command] = [
      "?": .help, "bantuan": .help, "help": .help,
      "-": .voidLast, "batal": .voidLast, "void": .voidLast,
      "tahan": .hold, "hold": .hold, "batalkan": .cancel, "cancel": .cancel,
      "lihat": .show, "show": .show, "total": .show, "daftar": .list, "list": .list,
      "selesai": .quit, "keluar": .quit, "quit": .quit, "exit": .quit,
    ]
    let bad = Entry.unknown(words.joined(separator: " "))
    if let command = simple[word] { return arguments.isEmpty ? .command(command) : bad }
    switch word {
    case "qty", "jumlah":
      guard arguments.count == 2, let lineNo = Int(arguments[0]), lineNo > 0,
        let quantity = Thousandths(text: arguments[1]), quantity.value > 0
      else { return bad }
      return .command(.setQuantity(lineNo: lineNo, quantity: quantity))
    case "hapus", "remove":
      guard arguments.count == 1, let lineNo = Int(arguments[0]), lineNo > 0 else { return bad }
      return .command(.removeLine(lineNo))
    case "lanjut", "resume":
      guard arguments.count <= 1 else { return bad }
      guard let id = arguments.first else { return .command(.resume(nil)) }
      return Int64(id).map { .command(.resume($0)) } ?? bad
    case "anggota", "member":
      guard arguments.count == 1 else { return bad }
      return .command(.member(arguments[0] == "-" ? nil : arguments[0]))
    case "tunai", "cash", "qris", "transfer", "kasbon":
      let method = word == "tunai" ? "cash" : word
      guard arguments.count <= (method == "cash" || method == "kasbon" ? 1 : 2) else {
        return bad
      }
      guard let first = arguments.first else {
        return .command(.pay(method: method, amount: nil, reference: nil))
      }
      guard let amount = Rupiah.parse(first), amount > 0 else { return bad }
      return .command(.pay(method: method, amount: amount, reference: arguments.dropFirst().first))
    default:
      return nil
    }
  }

  /// One word of printable characters, not too long.
  private static func isCode(_ text: String) -> Bool {
    !text.isEmpty && text.count <= maximumCodeLength
      && !text.contains { $0.isWhitespace || $0 == "\u{FFFD}" }
  }
}
