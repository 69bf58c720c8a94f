/// The client's texts about koperasi members and kasbon, each in Bahasa Indonesia and English.
/// Kept apart from `MessageKey` so neither file grows without end; `Messages` reads both.
enum MemberMessageKey: String, CaseIterable, Sendable {
  // Values typed by people.
  case invalidNik, invalidYear, badYear, positiveAmountRequired, xlsxNotYet, cannotWrite
  case memberOrRemove
  case memberExists, editNothingMember
  // Errors from the daemon.
  case errMemberInactive, errDuplicateNik, errInvalidNik, nikFormat, nikProvince, nikBirthDate
  case nikSerial, errInvalidSettlement, errNothingOwed, errCreditLimitExceeded, creditAvailable
  case badMemberNumber, badMemberName, badPhone, badCreditLimit
  // Labels, columns and words.
  case labelNumber, labelPhone, labelNik, labelCreditLimit, labelOwed, labelAvailable
  case columnPhone, columnOwed, columnLimit, columnPurchases, columnTransactions, columnAmount
  case markInactive, rowTotal, openingBalance, labelSaving
  case kasbonPurchase, kasbonRefund, kasbonVoid, kasbonSettlement
  // Results.
  case memberCreated, memberUpdated, noMembersFound, kasbonPaid, kasbonLeft, receiptJob
  case noStatementEntries, totalsWritten, noTotals
  // Cashier mode.
  case tillMemberSet, tillMemberRemoved, tillKasbonNeedsMember

  var texts: (id: String, en: String) {
    switch self {
    case .invalidNik:
      return (
        "NIK tidak valid: harus 16 angka, tanpa spasi atau tanda baca.",
        "Invalid NIK: it must be 16 digits, without spaces or punctuation."
      )
    case .invalidYear:
      return (
        "Tahun tidak valid: '{value}'. Tulis tahun 2000–2999, misalnya 2026.",
        "Invalid year: '{value}'. Write a year from 2000 to 2999, e.g. 2026."
      )
    case .badYear:
      return ("Tahun tidak valid: tulis 2000–2999.", "Invalid year: write 2000 to 2999.")
    case .positiveAmountRequired:
      return (
        "Jumlah pelunasan harus lebih dari Rp0.", "The settlement must be more than Rp0."
      )
    case .xlsxNotYet:
      return (
        "Untuk XLSX pakai `kasir export members --from TAHUN-01-01 --to TAHUN-12-31 -o {file}`; di sini hanya berkas .csv.",
        "For XLSX use `kasir export members --from YEAR-01-01 --to YEAR-12-31 -o {file}`; this writes .csv only."
      )
    case .cannotWrite:
      return (
        "Tidak dapat menulis {file}: {reason}. Tidak ada berkas yang berubah.",
        "Cannot write {file}: {reason}. No file was changed."
      )
    case .memberOrRemove:
      return (
        "Beri NOMOR anggota atau --remove, salah satu saja.",
        "Give a member NUMBER or --remove, not both and not neither."
      )
    case .memberExists:
      return (
        "Nomor anggota {number} sudah terdaftar atas nama {name}; tidak ada yang diubah. Ubah datanya dengan `kasir member edit {number}`, atau beri --update.",
        "Member number {number} is already registered to {name}; nothing was changed. Change it with `kasir member edit {number}`, or give --update."
      )
    case .editNothingMember:
      return (
        "Tidak ada yang diubah: beri paling sedikit satu pilihan, mis. --phone 0812-3456-7890 atau --credit-limit 200000.",
        "Nothing to change: give at least one option, e.g. --phone 0812-3456-7890 or --credit-limit 200000."
      )
    case .errMemberInactive:
      return (
        "Anggota {number} tidak aktif: tidak bisa belanja dengan harga anggota atau kasbon. Manajer dapat mengaktifkannya dengan `kasir member edit {number} --active`.",
        "Member {number} is inactive: no member prices and no kasbon. A manager can make them active again with `kasir member edit {number} --active`."
      )
    case .errDuplicateNik:
      return (
        "NIK ini sudah terdaftar untuk anggota {number}; tidak ada yang diubah.",
        "This NIK is already registered to member {number}; nothing was changed."
      )
    case .errInvalidNik:
      return ("NIK tidak valid: {reason}.", "Invalid NIK: {reason}.")
    case .nikFormat: return ("harus 16 angka", "it must be 16 digits")
    case .nikProvince:
      return (
        "dua angka pertama bukan kode provinsi", "the first two digits are not a province code"
      )
    case .nikBirthDate:
      return (
        "angka ke-7 sampai ke-10 bukan tanggal dan bulan lahir (tanggal 01–31, atau 41–71 untuk perempuan; bulan 01–12)",
        "digits 7 to 10 are not a day and month of birth (day 01–31, or 41–71 for women; month 01–12)"
      )
    case .nikSerial:
      return (
        "empat angka terakhir tidak boleh 0000", "the last four digits cannot be 0000"
      )
    case .errInvalidSettlement:
      return (
        "Pelunasan {amount} tidak bisa: harus lebih dari Rp0 dan paling banyak utang kasbon sekarang, {outstanding}.",
        "A settlement of {amount} is not possible: it must be more than Rp0 and at most what is owed now, {outstanding}."
      )
    case .errNothingOwed:
      return (
        "Anggota ini tidak punya utang kasbon; tidak ada yang perlu dilunasi.",
        "This member owes no kasbon; there is nothing to settle."
      )
    case .errCreditLimitExceeded:
      return (
        "Kasbon ditolak: batas {limit}, sudah berutang {outstanding}, diminta {requested}.",
        "Kasbon refused: limit {limit}, already owed {outstanding}, requested {requested}."
      )
    case .creditAvailable:
      return (
        "Paling banyak {available} lagi; sisanya bayar tunai, QRIS atau transfer.",
        "At most {available} more; pay the rest in cash, QRIS or transfer."
      )
    case .badMemberNumber:
      return (
        "Nomor anggota tidak valid: 1–20 huruf, angka, '-', '.' atau '/', misalnya KMP-0042.",
        "Invalid member number: 1 to 20 letters, digits, '-', '.' or '/', e.g. KMP-0042."
      )
    case .badMemberName:
      return (
        "Nama anggota harus 1–120 huruf.", "A member's name must be 1 to 120 characters."
      )
    case .badPhone:
      return (
        "Nomor telepon tidak valid: 6–15 angka, boleh diawali + dan memakai spasi atau -, misalnya 0812-3456-7890.",
        "Invalid phone number: 6 to 15 digits, optionally starting with + and with spaces or -, e.g. 0812-3456-7890."
      )
    case .badCreditLimit:
      return (
        "Batas kasbon harus rupiah bulat, nol atau lebih.",
        "The kasbon limit must be whole rupiah, zero or more."
      )
    case .labelNumber: return ("Nomor anggota", "Member number")
    case .labelPhone: return ("Telepon", "Phone")
    case .labelNik: return ("NIK", "NIK")
    case .labelCreditLimit: return ("Batas kasbon", "Kasbon limit")
    case .labelOwed: return ("Utang kasbon", "Kasbon owed")
    case .labelAvailable: return ("Masih boleh", "Still available")
    case .columnPhone: return ("Telepon", "Phone")
    case .columnOwed: return ("Utang", "Owed")
    case .columnLimit: return ("Batas", "Limit")
    case .columnPurchases: return ("Pembelian", "Purchases")
    case .columnTransactions: return ("Transaksi", "Transactions")
    case .columnAmount: return ("Jumlah", "Amount")
    case .markInactive: return ("NONAKTIF", "INACTIVE")
    case .rowTotal: return ("Jumlah", "Total")
    case .openingBalance: return ("saldo awal", "opening balance")
    case .labelSaving: return ("Hemat anggota", "Member saving")
    case .kasbonPurchase: return ("belanja kasbon", "kasbon purchase")
    case .kasbonRefund: return ("retur", "refund")
    case .kasbonVoid: return ("pembatalan", "void")
    case .kasbonSettlement: return ("pelunasan", "settlement")
    case .memberCreated: return ("Anggota {number} ditambahkan.", "Member {number} added.")
    case .memberUpdated: return ("Anggota {number} diperbarui.", "Member {number} updated.")
    case .noMembersFound:
      return (
        "Tidak ada anggota yang cocok dengan '{query}'.", "No member matches '{query}'."
      )
    case .kasbonPaid:
      return (
        "Kasbon {number} {name} dibayar {amount} ({method}).",
        "Kasbon of {number} {name}: {amount} paid ({method})."
      )
    case .kasbonLeft:
      return ("Sisa utang kasbon: {owed}.", "Kasbon still owed: {owed}.")
    case .receiptJob:
      return (
        "Struk masuk antrean cetak (job {job}).", "Receipt queued for the printer (job {job})."
      )
    case .noStatementEntries:
      return (
        "Tidak ada transaksi kasbon pada periode ini.", "No kasbon entries in this period."
      )
    case .totalsWritten:
      return (
        "Pembelian {count} anggota tahun {year} ditulis ke {file}.",
        "Purchases of {count} members in {year} written to {file}."
      )
    case .noTotals: return ("Belum ada anggota.", "No members yet.")
    case .tillMemberSet:
      return (
        "Anggota {number}: harga anggota dipakai.", "Member {number}: member prices apply."
      )
    case .tillMemberRemoved:
      return ("Anggota dilepas: harga biasa dipakai.", "Member removed: regular prices apply.")
    case .tillKasbonNeedsMember:
      return (
        "Kasbon hanya untuk anggota: ketik `anggota NOMOR` dulu.",
        "Kasbon needs a member: type `member NUMBER` first."
      )
    }
  }
}
