/// A koperasi catalog of any size, as the CSV `kasir product import` reads: Indonesian names
/// (category, brand, variant, size, pack), valid EAN-13 barcodes (a third with a second one),
/// weighed goods with a PLU, member prices, both tax classes. Product `index` is always the
/// same product, so two files can hold the same SKUs with other prices and names.
struct CatalogGenerator {
  struct Category {
    var code: String
    var name: String
    var unit: String
    var weighed = false
    var price: Int64
    var taxed = false
    var brands: [String]
    var variants: [String]
    var sizes: [String]
  }

  static let categories = [
    Category(
      code: "BRS", name: "Beras", unit: "pcs", price: 68_000,
      brands: ["Sania", "Ramos", "Pandan Wangi", "Topi Koki", "Rojolele", "Cap Bunga"],
      variants: ["Premium", "Medium", "Pulen", "Wangi", "SPHP", "Organik"],
      sizes: ["5 kg", "10 kg", "2,5 kg", "25 kg"]),
    Category(
      code: "BRC", name: "Beras Curah", unit: "kg", weighed: true, price: 13_500,
      brands: ["Lokal", "Cianjur", "Banjar", "Mamasa"], variants: ["Medium", "Premium", "Pera"],
      sizes: ["per kg"]),
    Category(
      code: "MYK", name: "Minyak Goreng", unit: "pcs", price: 17_500, taxed: true,
      brands: ["Bimoli", "Sunco", "Filma", "Tropical", "Fortune", "Sania", "Minyakita"],
      variants: ["Pouch", "Botol", "Jerigen", "Refill"], sizes: ["1 liter", "2 liter", "5 liter"]),
    Category(
      code: "GUL", name: "Gula Pasir", unit: "pcs", price: 17_000,
      brands: ["Gulaku", "Rose Brand", "Sweet Fam", "PSM"], variants: ["Putih", "Premium", "Tebu"],
      sizes: ["1 kg", "500 g", "2 kg"]),
    Category(
      code: "KOP", name: "Kopi", unit: "pcs", price: 1_500, taxed: true,
      brands: ["Kapal Api", "ABC", "Torabika", "Good Day", "Luwak White Koffie", "Indocafe"],
      variants: ["Mocca", "Cappuccino", "Susu", "Spesial Mix", "Original", "Gula Aren"],
      sizes: ["sachet 20 g", "sachet 25 g", "renceng 10 sachet", "bubuk 165 g"]),
    Category(
      code: "TEH", name: "Teh", unit: "pcs", price: 6_500, taxed: true,
      brands: ["Sariwangi", "Sosro", "Tong Tji", "Teh Pucuk Harum", "Poci", "Cap Botol"],
      variants: ["Celup", "Melati", "Hijau", "Tawar", "Manis"],
      sizes: ["25 kantong", "50 kantong", "botol 350 ml", "kotak 250 ml"]),
    Category(
      code: "MIE", name: "Mie Instan", unit: "pcs", price: 3_500, taxed: true,
      brands: ["Indomie", "Mie Sedaap", "Supermi", "Sarimi", "Pop Mie", "Lemonilo"],
      variants: [
        "Goreng", "Soto", "Kari Ayam", "Ayam Bawang", "Rendang", "Goreng Pedas", "Kaldu Ayam",
      ],
      sizes: ["bungkus", "cup", "jumbo"]),
    Category(
      code: "SBN", name: "Sabun", unit: "pcs", price: 4_200, taxed: true,
      brands: ["Lifebuoy", "Lux", "Nuvo", "Giv", "Dettol", "Shinzui"],
      variants: ["Mandi Batang", "Cair", "Antiseptik", "Bunga", "Lemon"],
      sizes: ["85 g", "110 g", "refill 450 ml", "botol 250 ml"]),
    Category(
      code: "SUS", name: "Susu", unit: "pcs", price: 12_000, taxed: true,
      brands: ["Indomilk", "Frisian Flag", "Ultra Milk", "Bear Brand", "Dancow", "Milo"],
      variants: ["Kental Manis", "UHT Cokelat", "UHT Full Cream", "Bubuk", "Steril"],
      sizes: ["kaleng 370 g", "kotak 200 ml", "kotak 1 liter", "sachet 40 g"]),
    Category(
      code: "KCP", name: "Kecap", unit: "pcs", price: 9_800, taxed: true,
      brands: ["Bango", "ABC", "Sedaap", "Indofood", "Cap Bango"], variants: ["Manis", "Asin"],
      sizes: ["refill 520 ml", "botol 135 ml", "botol 275 ml", "sachet 30 ml"]),
    Category(
      code: "DTG", name: "Deterjen", unit: "pcs", price: 21_000, taxed: true,
      brands: ["Rinso", "So Klin", "Daia", "Attack", "Total"],
      variants: ["Bubuk", "Cair", "Anti Noda", "Pewangi", "Matic"],
      sizes: ["800 g", "1,8 kg", "refill 750 ml", "sachet 45 g"]),
    Category(
      code: "AIR", name: "Air Mineral", unit: "pcs", price: 3_500, taxed: true,
      brands: ["Aqua", "Le Minerale", "Club", "Ades", "Cleo"],
      variants: ["Botol", "Gelas", "Galon"],
      sizes: ["600 ml", "1,5 liter", "220 ml", "19 liter"]),
    Category(
      code: "BIS", name: "Biskuit", unit: "pcs", price: 8_500, taxed: true,
      brands: ["Roma", "Khong Guan", "Oreo", "Malkist", "Biskuat", "Regal"],
      variants: ["Kelapa", "Cokelat", "Kaleng", "Vanila", "Marie"],
      sizes: ["300 g", "kaleng 650 g", "bungkus 120 g"]),
    Category(
      code: "TLR", name: "Telur Ayam", unit: "kg", weighed: true, price: 28_000,
      brands: ["Ras", "Kampung", "Omega"], variants: ["Curah", "Pilihan"], sizes: ["per kg"]),
    Category(
      code: "BBU", name: "Bawang", unit: "kg", weighed: true, price: 38_000,
      brands: ["Merah Brebes", "Putih Kating", "Bombay"], variants: ["Super", "Sedang"],
      sizes: ["per kg"]),
    Category(
      code: "RKK", name: "Pasta Gigi", unit: "pcs", price: 11_500, taxed: true,
      brands: ["Pepsodent", "Ciptadent", "Close Up", "Formula", "Sensodyne"],
      variants: ["Herbal", "Whitening", "Anak", "Siwak"], sizes: ["75 g", "190 g", "120 g"]),
  ]

  static let packs = [
    "", "isi 2", "isi 3", "isi 5", "isi 6", "isi 10", "isi 12", "isi 24", "grosir", "hemat",
  ]

  static let header =
    "sku,name,unit,weighed,plu,barcodes,price,member_price,tax_class,reorder_level"

  struct Item {
    var sku: String
    var name: String
    var barcodes: [String]
  }

  /// Product `index`; `edition` above 0 gives the same SKU new prices, and every tenth product
  /// a new name.
  static func item(_ index: Int, edition: Int = 0) -> (item: Item, line: String) {
    let category = categories[index % categories.count]
    var rest = index / categories.count
    let brand = category.brands[rest % category.brands.count]
    rest /= category.brands.count
    let variant = category.variants[rest % category.variants.count]
    rest /= category.variants.count
    let size = category.sizes[rest % category.sizes.count]
    rest /= category.sizes.count
    let pack = packs[rest % packs.count]
    let series = rest / packs.count
    var name = "\(category.name) \(brand) \(variant) \(size)"
    if !pack.isEmpty { name += " \(pack)" }
    if series > 0 { name += " seri \(series + 1)" }
    if edition > 0, index % 10 == 0 { name += " kemasan baru" }
    let sku = "\(category.code)-\(padded(index, 6))"
    var barcodes: [String] = []
    var plu = ""
    if category.weighed {
      let ordinal = categories[..<(index % categories.count)].filter(\.weighed).count
      plu = padded(10_000 + index / categories.count * 3 + ordinal, 5)
    } else {
      barcodes.append(ean("899" + padded(index, 9)))
      if index % 3 == 0 { barcodes.append(ean("897" + padded(index, 9))) }
    }
    let price = category.price + Int64(index % 40) * 100 + Int64(edition) * 500
    let member = index % 4 == 0 ? String(price - 300) : ""
    let reorder = index % 5 == 0 ? "10" : ""
    // Sizes such as "2,5 kg" have a comma: such a name is quoted.
    let line = [
      sku, name.contains(",") ? "\"\(name)\"" : name, category.unit, String(category.weighed), plu,
      barcodes.joined(separator: " "),
      String(price), member, category.taxed ? "ppn11" : "exempt", reorder,
    ].joined(separator: ",")
    return (Item(sku: sku, name: name, barcodes: barcodes), line)
  }

  /// The CSV of products `range`, header first, CRLF line ends as spreadsheets write them.
  static func csv(_ range: Range<Int>, edition: Int = 0) -> String {
    var text = header + "\r\n"
    text.reserveCapacity(range.count * 110)
    for index in range { text += item(index, edition: edition).line + "\r\n" }
    return text
  }

  static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// `body` (12 digits) and its EAN-13 check digit.
  static func ean(_ body: String) -> String {
    let digits = body.compactMap(\.wholeNumberValue)
    let sum = digits.enumerated().reduce(0) { $0 + $1.element * ($1.offset % 2 == 0 ? 1 : 3) }
    return body + String((10 - sum % 10) % 10)
  }
}
