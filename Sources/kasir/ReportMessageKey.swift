/// The client's texts about cash movements and the day's summary, each in Bahasa Indonesia and
/// English. Kept apart from `MessageKey` so neither file grows without end; `Messages` reads all.
enum ReportMessageKey: String, CaseIterable, Sendable {
  // Cash in and out of the drawer (`kasir shift cash`).
  case cashInOrOut, cashZero, cashReasonRequired, cashReasonTooLong, cashMovedIn, cashMovedOut
  // The day's summary (`kasir report day`).
  case dateDoesNotExist, dateNotKnownHere, unknownShopZone
  case summaryTitle, labelMemberSales, labelNonMemberSales, labelByCashier, labelByHour
  case labelTopProducts, columnSoldQuantity, columnSalesAmount, noSalesThatDay

  var texts: (id: String, en: String) {
    switch self {
    case .cashInOrOut:
      return (
        "Berikan tepat satu jumlah: JUMLAH (masuk), --in JUMLAH atau --out JUMLAH.",
        "Give exactly one amount: AMOUNT (in), --in AMOUNT or --out AMOUNT."
      )
    case .cashZero:
      return (
        "Jumlah kas masuk/keluar harus lebih dari Rp0.",
        "The cash moved in or out must be more than Rp0."
      )
    case .cashReasonRequired:
      return (
        "Tulis alasannya dengan --reason, mis. --reason \"modal kembalian\".",
        "Give the reason with --reason, e.g. --reason \"float top-up\"."
      )
    case .cashReasonTooLong:
      return (
        "Alasan terlalu panjang: paling banyak 200 huruf.",
        "Reason too long: 200 characters at most."
      )
    case .cashMovedIn:
      return (
        "Kas masuk {amount} dicatat pada shift #{id}: {reason}.",
        "Cash in of {amount} recorded on shift #{id}: {reason}."
      )
    case .cashMovedOut:
      return (
        "Kas keluar {amount} dicatat pada shift #{id}: {reason}.",
        "Cash out of {amount} recorded on shift #{id}: {reason}."
      )
    case .dateDoesNotExist:
      return (
        "Tanggal {value} tidak ada di kalender. Tulis tanggal yang ada sebagai YYYY-MM-DD, mis. 2026-11-29.",
        "The date {value} does not exist. Write a real date as YYYY-MM-DD, e.g. 2026-11-29."
      )
    case .dateNotKnownHere:
      return (
        "Tanggal tidak valid: '{value}'. Tulis sebagai YYYY-MM-DD, mis. 2026-11-29.",
        "Invalid date: '{value}'. Write it as YYYY-MM-DD, e.g. 2026-11-29."
      )
    case .unknownShopZone:
      return (
        "Zona waktu toko '{zone}' tidak dikenal di komputer ini: sebutkan tanggalnya, mis. `kasir report day 2026-11-29`.",
        "The shop's time zone '{zone}' is unknown on this computer: give the date, e.g. `kasir report day 2026-11-29`."
      )
    case .summaryTitle: return ("Ringkasan harian {date}", "Daily summary {date}")
    case .labelMemberSales: return ("Penjualan anggota", "Member sales")
    case .labelNonMemberSales: return ("Penjualan bukan anggota", "Non-member sales")
    case .labelByCashier: return ("Per kasir", "By cashier")
    case .labelByHour: return ("Per jam", "By hour")
    case .labelTopProducts: return ("Produk terlaris", "Top products")
    case .columnSoldQuantity: return ("Jumlah", "Quantity")
    case .columnSalesAmount: return ("Nilai", "Amount")
    case .noSalesThatDay:
      return ("Tidak ada penjualan pada hari ini.", "No sales on this day.")
    }
  }
}
