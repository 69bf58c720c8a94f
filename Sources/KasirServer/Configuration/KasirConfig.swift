import KasirCore
import KasirPrinting

/// Everything `kasird` can be told, with the defaults documented in Config/kasird.example.toml.
public struct KasirConfig: Sendable, Equatable {
  public enum Language: String, Sendable {
    case id, en
  }

  public var shopName = "Koperasi Merah Putih"
  public var shopAddress: [String] = []
  public var npwp: String?
  public var timezone = "Asia/Makassar"
  public var language = Language.id
  public var databasePath = "/var/lib/kasir/kasir.sqlite"
  /// The largest the database file may grow, in MiB (`[database] max_size_mb`); 0 = no limit.
  public var databaseMaxSizeMB = 0
  public var socketPath = "/run/kasir/kasir.sock"
  /// The group that owns the socket file; nil leaves it as created.
  public var socketGroup: String? = "kasir"
  public var socketMode: UInt32 = 0o660
  public var maxMessageBytes = 1_048_576
  public var cashierGroup = "kasir"
  public var managerGroup = "kasir-admin"
  /// The CUPS queue for receipts; nil means receipts are not printed.
  public var printerDestination: String? = "kasir-receipt"
  /// What CUPS_SERVER would say: a socket path or host[:port]; nil for libcups' default.
  public var cupsServer: String?
  /// Width, code page, cut, drawer and sale code of the receipt printer.
  public var printerProfile = PrinterProfile()
  public var printTimeoutSeconds = 5
  /// Seconds before a failed print job is tried again; doubles after each failure.
  public var printRetryInitialSeconds = 1
  /// The longest wait between two attempts at a failing print job, in seconds.
  public var printRetryMaxSeconds = 60
  public var receiptHeader: [String] = []
  public var receiptFooter = ["Terima kasih atas kunjungan Anda"]
  /// EAN-13 prefixes a shop scale prints on weighed-item labels.
  public var scalePrefixes: ClosedRange<Int> = 20...29
  /// What the 5-digit value of a scale label holds.
  public var scaleValue = ScaleBarcode.ValueKind.grams
  /// Cash rounding step in rupiah for all-cash sales; 0 = off.
  public var cashRounding = 0
  /// Sales, refunds and cash kasbon settlements need an open shift (`[sale]
  /// require_open_shift`); when false, one made without a shift belongs to no shift.
  public var requireOpenShift = true
  /// Units products may be sold in (`[catalog] units`).
  public var catalogUnits = CatalogRules.defaultUnits
  /// Tax classes besides exempt and ppn11 (`[catalog] tax_classes`).
  public var extraTaxClasses: [String] = []
  /// Where backups go (`[backup] directory`); nil: `backups` beside the database.
  public var backupDirectory: String?
  /// How many backups to keep (`[backup] keep`); older ones are deleted after a new one.
  public var backupKeep = 14
  /// The shop time of the automatic daily backup (`[backup] daily_at`); nil: none.
  public var backupDailyAt: DailyTime?

  public init() {}

  /// Characters per receipt line (the printer profile's `columns`).
  public var receiptColumns: Int {
    get { printerProfile.columns }
    set { printerProfile.columns = newValue }
  }
}
