import ArgumentParser
import Foundation
import KasirProtocol

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `kasir till` (or `kasir kasir`): the cashier's screen for a keyboard-wedge scanner.
struct TillCommand: ClientCommand {
  static let configuration = CommandConfiguration(
    commandName: "till",
    abstract: "Cashier mode: scan items, take payment; reads stdin line by line (? for help).",
    discussion: """
      Each scanned code (ended by Enter or Tab) adds a line at once; a sale is opened when
      needed. Type `3*` or `0,75*` before a scan for a quantity. Commands: - (void the last
      line), jumlah N Q, hapus N, tahan, lanjut [ID], batalkan, daftar, lihat, tunai [AMOUNT],
      qris [AMOUNT [REF]], transfer [AMOUNT [REF]], kasbon [AMOUNT], anggota NUMBER (member
      prices; anggota - removes the member), keluar; English words work too (? lists them).
      Payments add up until they cover the total (split payment). Ctrl-D ends.
      """,
    aliases: ["kasir"])

  @Option(help: "Seconds to keep reconnecting to kasird before giving up on a command.")
  var patience = 60
  @OptionGroup(title: "Global options") var global: GlobalOptions

  func run() throws {
    let terminal = TillTerminal()
    defer { terminal.restore() }
    let write = terminal.write
    let link = TillLink(path: global.socketPath, messages: messages, patience: patience) {
      write($0 + "\n")
    }
    var session = TillSession(backend: link, messages: messages)
    write(session.screenWelcome + "\n")
    var splitter = TillInput.Splitter()
    terminal.prompt()
    while !session.finished, let bytes = terminal.read() {
      // A Tab ends the line on a terminal but leaves the cursor after the code.
      if terminal.isTerminal, bytes.last == 0x09 { write("\n") }
      for line in splitter.feed(bytes) where !session.finished {
        show(session.handle(line), write: write)
      }
      terminal.prompt()
    }
    if !session.finished, let rest = splitter.finish() { show(session.handle(rest), write: write) }
    if let sale = session.sale {
      write(messages(.tillLeftOpen, ["number": sale.number, "id": String(sale.id)]) + "\n")
    }
  }

  private func show(_ text: String, write: (String) -> Void) {
    if !text.isEmpty { write(text + "\n") }
  }
}

extension TillSession {
  var screenWelcome: String { screen.welcome() }
}
