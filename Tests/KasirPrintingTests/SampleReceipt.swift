import KasirCore

/// A sale as a cooperative shop rings it up: a counted line, a weighed line, a long name
/// with a line discount, a name full of typography, rounding, cash and change.
enum SampleReceipt {
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
    payments: [.init(label: "Tunai", amount: 150_000)], change: 50_000,
    footerLines: ["Terima kasih!", "Barang yang sudah dibeli tidak dapat ditukar"])
}
