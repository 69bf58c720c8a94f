import ArgumentParser
import KasirProtocol

extension MemberCommand {
  struct Import: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import the member list CSV, all or nothing (manager).",
      discussion: """
        Columns (header row, UTF-8): number, name, phone, nik, credit_limit, active; only \
        number and name are required. Every bad row is reported and nothing changes.
        """)

    @Argument(help: "The member list CSV.") var file: String
    @Flag(help: "Check the file and count what would change, without saving.") var dryRun = false
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      let csv = try InputFile.text(file, messages: messages)
      try client.perform(
        MemberAPI.ImportMembers.self, .init(csv: csv, dryRun: dryRun ? true : nil)
      ) { reply in
        messages(
          dryRun ? .importedDryRun : .imported,
          [
            "created": String(reply.created), "updated": String(reply.updated),
            "unchanged": String(reply.unchanged),
          ])
      }
    }
  }
}
