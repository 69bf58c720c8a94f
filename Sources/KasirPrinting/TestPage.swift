/// What a printer test page says besides the profile's settings, in the shop's language.
public struct TestPage: Sendable, Equatable {
  /// The words printed on a test page, in its language.
  public struct Labels: Sendable, Equatable {
    public var title, destination, columns, codePage, withoutCodePage, cut, feedLines, drawer,
      saleCode, accents, bold, doubleHeight: String

    public static let indonesian = Labels(
      title: "TES PRINTER", destination: "Tujuan", columns: "Kolom", codePage: "Code page",
      withoutCodePage: "tanpa ESC t", cut: "Potong", feedLines: "baris umpan", drawer: "Laci",
      saleCode: "Kode nota", accents: "Aksen", bold: "Tebal", doubleHeight: "Tinggi ganda")
    public static let english = Labels(
      title: "PRINTER TEST", destination: "Destination", columns: "Columns",
      codePage: "Code page", withoutCodePage: "no ESC t", cut: "Cut", feedLines: "lines fed",
      drawer: "Drawer", saleCode: "Sale code", accents: "Accents", bold: "Bold",
      doubleHeight: "Double height")
  }

  /// Accented letters and typography: what the code page prints and what is transliterated.
  public static let accentSample = "àáâäçèéêëìíîïñòóôöùúûü ÀÉÑÖÜ ß € “” ‘’ – … °"
  /// The number the sale-code sample encodes, shaped like a sale number.
  public static let sampleSaleNumber = "20261129-0001"

  public var shopName: String
  /// The CUPS queue the page was sent to.
  public var destination: String
  public var labels: Labels

  public init(shopName: String, destination: String, labels: Labels = .indonesian) {
    self.shopName = shopName
    self.destination = destination
    self.labels = labels
  }
}
