/// Everything about one printer that changes the bytes Kasir sends: paper width, code page,
/// how it cuts, how its cash drawer opens, and whether receipts carry a scannable sale code.
/// Printers disagree on all of these, so each is configurable (`[printer]` in kasird.toml).
public struct PrinterProfile: Sendable, Equatable {
  /// How the paper is cut after the feed.
  public enum Cut: String, Sendable, CaseIterable {
    /// `GS V 66 0`: feed to the cutter and cut, leaving one point uncut.
    case partial
    /// `GS V 65 0`: feed to the cutter and cut through.
    case full
    /// `ESC i`: the older partial cut some printers know instead of `GS V`.
    case escI = "esc-i"
    /// No cut: the paper is torn off.
    case none
  }

  /// When the cash drawer opens.
  public enum Drawer: String, Sendable, CaseIterable {
    /// On every receipt of a sale with a cash payment, and on `Printer.OpenDrawer`.
    case cash
    /// Only on `Printer.OpenDrawer`.
    case manual
  }

  /// The connector pin the drawer's solenoid is wired to.
  public enum DrawerPin: Int, Sendable, CaseIterable {
    /// `ESC p 0`: pin 2, where most drawers are.
    case pin2 = 2
    /// `ESC p 1`: pin 5, a second drawer or a drawer wired differently.
    case pin5 = 5
  }

  /// A scannable code of the sale number under the totals.
  public enum SaleCode: String, Sendable, CaseIterable {
    case none
    /// A QR code (model 2, error correction M).
    case qr
    /// A CODE128 barcode (code set B) with the number printed below it.
    case code128
  }

  /// Characters per line: 32 on 58 mm paper, 42 or 48 on 80 mm.
  public var columns = 42
  /// Send `FS .` after `ESC @`: printers sold for Chinese start in Kanji mode and would
  /// print two-byte characters for the bytes from 0x80 up.
  public var cancelKanji = true
  public var codePage = CodePage.ascii
  /// The `n` of `ESC t n` when a printer numbers its tables differently; nil for the usual
  /// number (`CodePage.usualNumber`).
  public var codePageNumber: UInt8?
  /// Lines fed before the cut (0 to 10), so the last line clears the cutter.
  public var feedLines = 3
  public var cut = Cut.partial
  public var drawer = Drawer.cash
  public var drawerPin = DrawerPin.pin2
  /// How long the drawer's solenoid is driven, in ms (2 to 510, in steps of 2).
  public var drawerPulseMs = 50
  public var saleCode = SaleCode.none

  public init() {}

  /// A profile that differs from the defaults only in its width.
  public init(columns: Int) {
    self.columns = columns
  }

  /// The `n` of `ESC t n` that is sent, or nil when no `ESC t` is sent (ASCII).
  public var escTNumber: UInt8? {
    codePage == .ascii ? nil : codePageNumber ?? codePage.usualNumber
  }
}
