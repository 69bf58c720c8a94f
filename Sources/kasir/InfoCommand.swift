import ArgumentParser
import KasirProtocol

/// `kasir info`: the daemon, its shop, and who you are to it.
struct InfoCommand: ClientCommand {
  static let configuration = CommandConfiguration(
    commandName: "info",
    abstract: "Show the daemon: version, shop, database, socket, uptime, time zone, your role.")

  @OptionGroup(title: "Global options") var global: GlobalOptions

  func run() throws {
    try client.perform(AdminAPI.Info.self, Empty()) { info in
      Table.pairs([
        (messages(.labelVersion), info.version),
        (messages(.labelShop), info.shopName ?? "-"),
        (messages(.labelDatabase), info.database),
        (messages(.labelSocket), info.socket),
        (messages(.labelUptime), messages.duration(seconds: info.uptimeSeconds)),
        (messages(.labelTimezone), info.timezone),
        (messages(.labelUser), info.user ?? "-"),
        (messages(.labelRole), info.role.map(messages.role) ?? "-"),
      ])
    }
  }
}
