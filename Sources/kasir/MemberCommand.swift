import ArgumentParser
import KasirProtocol

/// `kasir member`: the koperasi's members, their kasbon and their purchases for the SHU.
struct MemberCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "member",
    abstract:
      "Koperasi members: add, edit, show, search, import; kasbon payments and statements; yearly purchases.",
    discussion: """
      A NIK is 16 digits; kasir and kasird show it masked (first 4 and last 4 digits) and \
      never write it to a log.
      """,
    subcommands: [
      Add.self, Edit.self, Show.self, Search.self, Import.self, Pay.self, Statement.self,
      Totals.self,
    ])

  struct Add: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Register a member (manager).",
      discussion: """
        A number already registered is refused, so that one member never overwrites another; \
        with --update its member is changed instead (fields left out keep their values).
        """)

    @Argument(help: "The member number on the card: 1-20 letters, digits, '-', '.', '/'.")
    var number: String
    @Argument(help: "The member's name.") var name: String
    @Option(help: "Phone number, e.g. 0812-3456-7890.") var phone: String?
    @Option(help: "The 16-digit NIK (shown masked afterwards).") var nik: String?
    @Option(
      help: ArgumentHelp(
        "The most kasbon the member may owe (default 0: no kasbon).", valueName: "amount"),
      transform: ArgumentValues.amount)
    var creditLimit: Int64?
    @Flag(help: "Register the member as inactive.") var inactive = false
    @Flag(help: "If the number is registered already, change that member.") var update = false
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func validate() throws { try ArgumentValues.checkNik(nik) }

    func run() throws {
      let connection = try VarlinkConnection(path: global.socketPath)
      defer { connection.close() }
      if !update, let existing = try MemberCommand.existing(number, on: connection) {
        throw CommandFailure(
          message: messages(.memberExists, ["number": existing.number, "name": existing.name]),
          status: .refused)
      }
      let input = MemberAPI.MemberInput(
        number: number, name: name, phone: phone, nik: nik, creditLimit: creditLimit,
        active: inactive ? false : nil)
      try MemberCommand.save(input, on: connection, global: global)
    }
  }

  struct Show: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a member: phone, masked NIK, kasbon limit, owed and still available.")

    @Argument(help: "The member number.") var number: String
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(MemberAPI.GetMember.self, .init(number: number)) { reply in
        MemberText(messages: messages).details(reply.member)
      }
    }
  }

  struct Search: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find members by number or phone prefix, or name words in any order.")

    @Argument(help: "The start of a number or phone, or words of the name.") var query: String
    @Option(help: "At most this many members, 1-500 (daemon default: 50).") var limit: Int?
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try client.perform(MemberAPI.SearchMembers.self, .init(query: query, limit: limit)) {
        reply in
        reply.members.isEmpty
          ? messages(.noMembersFound, ["query": query])
          : MemberText(messages: messages).table(reply.members)
      }
    }
  }

  /// The member with `number`, or nil when there is none.
  static func existing(_ number: String, on connection: VarlinkConnection) throws
    -> MemberAPI.Member?
  {
    do {
      return try connection.call(MemberAPI.GetMember.self, .init(number: number)).member
    } catch let error as VarlinkError where error.error == "id.kasir.Member.MemberNotFound" {
      return nil
    }
  }

  /// Sends `input` and prints whether the member was added or changed, with their details
  /// (or the reply, with --json).
  static func save(
    _ input: MemberAPI.MemberInput, on connection: VarlinkConnection, global: GlobalOptions
  ) throws {
    let (reply, raw) = try connection.callReturningParameters(
      MemberAPI.UpsertMember.self, .init(member: input))
    if global.json {
      print(JSONText.pretty(raw))
      return
    }
    let messages = global.messages
    let first = messages(
      reply.created ? .memberCreated : .memberUpdated, ["number": reply.member.number])
    print(first + "\n\n" + MemberText(messages: messages).details(reply.member))
  }
}
