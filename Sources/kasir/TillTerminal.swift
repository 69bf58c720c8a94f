import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The till's stdin and stdout. On a terminal, Tab also ends a line (the `VEOL` character),
/// so a scanner set to send Tab works; everything else stays as the terminal had it, and is
/// put back at the end, on Ctrl-C too.
final class TillTerminal {
  let isTerminal = isatty(STDIN_FILENO) == 1

  init() {
    guard isTerminal else { return }
    var settings = termios()
    guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
    savedSettings = settings
    withUnsafeMutableBytes(of: &settings.c_cc) { $0[Int(VEOL)] = 0x09 }
    _ = tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    signal(SIGINT) { _ in
      restoreSavedSettings()
      _exit(130)
    }
  }

  func restore() { restoreSavedSettings() }

  /// The next bytes from stdin; nil at the end (Ctrl-D on a terminal).
  func read() -> [UInt8]? {
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes {
        #if canImport(Glibc)
          Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count)
        #else
          Darwin.read(STDIN_FILENO, $0.baseAddress, $0.count)
        #endif
      }
      if count < 0 && errno == EINTR { continue }
      return count > 0 ? Array(buffer[..<count]) : nil
    }
  }

  /// Writes at once, unbuffered, so the screen follows every scan.
  let write: (String) -> Void = { text in
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// `> ` on a terminal only, so scripts get clean output.
  func prompt() {
    if isTerminal { write("> ") }
  }
}

/// The terminal's settings before the till changed them; read by the SIGINT handler.
nonisolated(unsafe) private var savedSettings: termios?

private func restoreSavedSettings() {
  guard var settings = savedSettings else { return }
  _ = tcsetattr(STDIN_FILENO, TCSANOW, &settings)
}
