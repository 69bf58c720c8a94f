import ArgumentParser
import KasirProtocol

extension MemberCommand {
  struct Edit: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Change some fields of a member; the others stay as they are (manager).",
      discussion: """
        Reads the member (an unknown number is refused, never created), then sends only the \
        fields given. The NIK is never read back: kasird keeps it unless --nik gives a new one.
        """)

    @Argument(help: "The member number.") var number: String
    @Option(help: "The member's name.") var name: String?
    @Option(help: "Phone number, e.g. 0812-3456-7890.") var phone: String?
    @Option(help: "The 16-digit NIK (shown masked afterwards).") var nik: String?
    @Option(
      help: ArgumentHelp("The most kasbon the member may owe (0: no kasbon).", valueName: "amount"),
      transform: ArgumentValues.amount)
    var creditLimit: Int64?
    @Flag(help: "Make the member active again, or inactive (their history is kept).")
    var activity: Activity?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    enum Activity: String, EnumerableFlag {
      case active, inactive
    }

    func validate() throws {
      try ArgumentValues.checkNik(nik)
      let changes: [Any?] = [name, phone, nik, creditLimit, activity]
      guard changes.contains(where: { $0 != nil }) else {
        throw ValidationError(messages(.editNothingMember))
      }
    }

    func run() throws {
      let connection = try VarlinkConnection(path: global.socketPath)
      defer { connection.close() }
      let current = try connection.call(MemberAPI.GetMember.self, .init(number: number)).member
      let input = MemberAPI.MemberInput(
        number: current.number, name: name ?? current.name, phone: phone, nik: nik,
        creditLimit: creditLimit, active: activity.map { $0 == .active })
      try MemberCommand.save(input, on: connection, global: global)
    }
  }
}
