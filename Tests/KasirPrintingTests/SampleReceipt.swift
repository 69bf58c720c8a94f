import KasirCore

/// Sales as a cooperative shop rings them up.
enum SampleReceipt {
  /// A counted line, a weighed line, a long name with a line discount, a name full of
  /// typography, rounding, cash and change.
  static let sale = Receipt(
    shopName: "Koperasi Sejahtera",
    headerLines: ["Jl. Merdeka No. 17, Bandung", "Telp 022-123456"],
    saleNumber: "20261129-0042", dateTime: "29-11-2026 10:15", cashier: "Siti Rahayu",
    memberNumber: "A-0117",
    lines: [
      .init(
        name: "Indomie Goreng", quantityText: "2", unit: "pcs", weighed: false,
        unitPrice: 3_400, amount: 6_800),
      .init(
        name: "Tomat Merah", quantityText: "0,75", unit: "kg", weighed: true,
        unitPrice: 14_900, amount: 11_175),
      .init(
        name: "Beras Pandan Wangi Premium Kemasan Ekonomis Hemat 5 kg", quantityText: "1",
        unit: "pcs", weighed: false, unitPrice: 72_000, discount: 2_000, amount: 70_000),
      .init(
        name: "Crème Brûlée \u{201C}Spesial\u{201D} \u{2013} Café Bu\u{2019}s 🍮",
        quantityText: "1", unit: "pcs", weighed: false, unitPrice: 12_500, amount: 12_500),
    ],
    subtotal: 100_475, rounding: -475, total: 100_000,
    payments: [.init(label: "Tunai", amount: 150_000, isCash: true)], change: 50_000,
    footerLines: ["Terima kasih!", "Barang yang sudah dibeli tidak dapat ditukar"])

  /// A member's sale: NPWP and opening hours in the header, a sale discount, three payments
  /// (QRIS, kasbon and cash with change) and the kasbon balance after it.
  static let member = Receipt(
    shopName: "Koperasi Sejahtera",
    headerLines: ["Jl. Merdeka No. 17, Bandung", "NPWP 01.234.567.8-901.000", "Buka 07.00-21.00"],
    saleNumber: "20261129-0043", dateTime: "29-11-2026 10:20", cashier: "Siti Rahayu",
    memberNumber: "A-0117", kasbonBalance: 125_000,
    lines: [
      .init(
        name: "Gula Pasir 1 kg", quantityText: "2", unit: "pcs", weighed: false,
        unitPrice: 17_500, amount: 35_000),
      .init(
        name: "Minyak Goreng 2 L", quantityText: "1", unit: "pcs", weighed: false,
        unitPrice: 38_000, discount: 3_000, amount: 35_000),
      .init(
        name: "Daging Sapi Has Dalam", quantityText: "1,25", unit: "kg", weighed: true,
        unitPrice: 140_000, amount: 175_000),
    ],
    subtotal: 245_000, discount: 10_000, total: 235_000,
    payments: [
      .init(label: "QRIS", amount: 100_000), .init(label: "Kasbon", amount: 100_000),
      .init(label: "Tunai", amount: 50_000, isCash: true),
    ],
    change: 15_000, footerLines: ["Terima kasih!"])
}
