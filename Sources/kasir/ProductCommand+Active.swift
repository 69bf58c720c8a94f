import ArgumentParser
import KasirProtocol

extension ProductCommand {
  struct Deactivate: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Stop selling a product; its sales, stock and prices stay on record (manager).")

    @Argument(help: "A SKU or a barcode.") var code: String
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try ProductEditor(options: global).change(code, message: .productDeactivated) {
        $0.active = false
      }
    }
  }

  struct Activate: ClientCommand {
    static let configuration = CommandConfiguration(
      abstract: "Sell an inactive product again (manager).")

    @Argument(help: "A SKU or a barcode.") var code: String
    @OptionGroup(title: "Global options") var global: GlobalOptions

    func run() throws {
      try ProductEditor(options: global).change(code, message: .productActivated) {
        $0.active = true
      }
    }
  }
}
