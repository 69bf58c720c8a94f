import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program on a new pseudo-terminal, as on a till's screen with a keyboard (or a
/// keyboard-wedge scanner) typing into it. Blocking: call it from `onThread`.
enum PseudoTerminal {
  struct Step {
    /// What to type.
    var input: String
    /// Read until the screen shows this (nil: until the program ends).
    var until: String?
  }

  struct PseudoTerminalError: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs `path`, types each step's input in turn, waiting for its `until` text; gives the
  /// whole screen output and the exit status.
  static func run(
    _ path: String, _ arguments: [String], environment: [String: String] = [:], steps: [Step],
    timeoutSeconds: Double = 20
  ) throws -> (screen: String, status: Int32) {
    let (master, slave) = try open()
    defer { close(master) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
    process.standardInput = handle
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    close(slave)
    var screen = ""
    let deadline = Date().addingTimeInterval(timeoutSeconds)
    for step in steps {
      type(step.input, into: master)
      let seen = screen.count
      while Date() < deadline {
        if let text = step.until, screen.dropFirst(seen).contains(text) { break }
        guard let chunk = readChunk(master) else { break }
        screen += chunk
      }
    }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    return (screen, process.terminationStatus)
  }

  /// A new pty pair through `/dev/ptmx` (glibc's `posix_openpt` and `ptsname` are not
  /// imported into Swift): unlock it, ask its number, open `/dev/pts/N`.
  private static func open() throws -> (master: Int32, slave: Int32) {
    // TIOCSPTLCK and TIOCGPTN (Linux, the same on x86_64 and aarch64).
    let unlock: UInt = 0x4004_5431
    let number: UInt = 0x8004_5430
    let master = Glibc.open("/dev/ptmx", O_RDWR | O_NOCTTY)
    guard master >= 0 else {
      throw PseudoTerminalError(description: "no /dev/ptmx: \(String(cString: strerror(errno)))")
    }
    var locked: Int32 = 0
    var index: UInt32 = 0
    guard ioctl(master, unlock, &locked) == 0, ioctl(master, number, &index) == 0 else {
      close(master)
      throw PseudoTerminalError(description: "cannot unlock the pty")
    }
    let slave = Glibc.open("/dev/pts/\(index)", O_RDWR | O_NOCTTY)
    guard slave >= 0 else {
      close(master)
      throw PseudoTerminalError(description: "cannot open /dev/pts/\(index)")
    }
    return (master, slave)
  }

  private static func type(_ text: String, into master: Int32) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// Waits up to 100 ms for output: the text ("" for none yet), or nil once the program has
  /// closed the terminal (EIO on Linux).
  private static func readChunk(_ master: Int32) -> String? {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, 100)
    guard ready > 0 else { return "" }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
    guard count > 0 else { return nil }
    return String(decoding: buffer[..<count], as: UTF8.self)
  }
}
