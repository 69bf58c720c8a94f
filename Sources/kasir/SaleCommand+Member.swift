import ArgumentParser
import KasirProtocol

extension SaleCommand {
  struct SetMember: ClientCommand {
    static let configuration = CommandConfiguration(
      commandName: "member",
      abstract: "Set the sale's member (member prices on every line), or remove it (--remove).")

    @Argument(help: "The sale's id.") var saleId: Int64
    @Argument(help: "The member number.") var number: String?
    @Flag(help: "Remove the member: regular prices again.") var remove = false
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func validate() throws {
      guard (number == nil) == remove else {
        throw ValidationError(messages(.memberOrRemove))
      }
    }

    func run() throws {
      try client.perform(SaleAPI.SetMember.self, .init(saleId: saleId, memberNumber: number)) {
        SaleText(messages: messages).receipt($0.sale)
      }
    }
  }
}
