import ArgumentParser
import Foundation
import KasirProtocol

/// `kasir report`: the shop's figures for the koperasi board.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Reports: the day's sales summary.",
    subcommands: [Day.self])

  struct Day: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "The day's summary: sales, refunds, voids, net, by payment method, cashier and hour, members, top products."
    )

    @Argument(help: "The day, YYYY-MM-DD, in the shop's time zone (default: today there).")
    var date: String?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func validate() throws {
      guard let date else { return }
      if let problem = ReportCommand.problem(with: date, messages: messages) {
        throw ValidationError(problem)
      }
    }

    func run() throws {
      let connection = try VarlinkConnection(path: global.socketPath)
      defer { connection.close() }
      let day = try date ?? ReportCommand.today(on: connection, messages: messages)
      let reply: ReportAPI.DailySummary.Reply
      let raw: JSONValue
      do {
        (reply, raw) = try connection.callReturningParameters(
          ReportAPI.DailySummary.self, .init(date: day))
      } catch let error as VarlinkError
        where error.error == "org.varlink.service.InvalidParameter"
        && error.parameters["parameter"]?.text == "date"
      {
        throw CommandFailure(
          message: ReportCommand.problem(with: day, messages: messages)
            ?? messages(.dateNotKnownHere, ["value": day]),
          status: .refused)
      }
      print(global.json ? JSONText.pretty(raw) : ReportText(messages: messages).day(reply.summary))
    }
  }

  /// Today in the shop's time zone, which the daemon tells.
  static func today(on connection: VarlinkConnection, messages: Messages) throws -> String {
    let zone = try connection.call(AdminAPI.Info.self, Empty()).timezone
    guard let timeZone = TimeZone(identifier: zone) else {
      throw CommandFailure(message: messages(.unknownShopZone, ["zone": zone]), status: .refused)
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
  }

  /// What is wrong with `text` as a `YYYY-MM-DD` day, or nil when it is one.
  static func problem(with text: String, messages: Messages) -> String? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return messages(.dateNotKnownHere, ["value": text]) }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let components = DateComponents(year: year, month: month, day: day)
    guard components.isValidDate(in: calendar) else {
      return messages(.dateDoesNotExist, ["value": text])
    }
    return nil
  }
}
