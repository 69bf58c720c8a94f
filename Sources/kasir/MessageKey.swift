/// The client's texts, each in Bahasa Indonesia and English. `{name}` marks a placeholder.
enum MessageKey: String, CaseIterable, Sendable {
  // Talking to the daemon.
  case cannotConnect, socketPermissionDenied, connectionClosed, timedOut, invalidReply
  case replyTooLarge
  // Values typed by people.
  case invalidAmount, invalidQuantity, invalidLevel, invalidTime, paymentRequired
  case referenceWithoutPayment
  case receivePairs, receiveCosts
  // Errors from the daemon.
  case errMessageTooLarge, errInvalidMessage, errInternalError, errStorageFull
  case errBackupFailed, errProductNotFound, errPriceAboveCap, errPriceAboveCapSku
  case errInvalidBarcode, barcodeNotDigits, barcodeLength, barcodeCheckDigit
  case errDuplicateBarcode, errImportRejected, importRow, errMemberNotFound
  case errImportNotFound, errImportTooLarge
  case errSaleNotFound, errNoOpenShift, errInvalidState, errLineNotFound, errProductInactive
  case errMaxPerSaleExceeded, errEmptySale, errUnderpaid, errNonCashOverpaid
  case errDiscountTooLarge, errSaleDiscountTooLarge, errRefundExceedsSold, errRefundNotAllowed
  case errVoidNotAllowed, errPrintFailed
  case reasonNotSameDay, reasonIsRefund, reasonHasRefunds, reasonNoLines
  case errMemberRequired, errShiftAlreadyOpen, errShiftNotFound
  case errInterfaceNotFound, errMethodNotFound, errMethodNotImplemented, errInvalidParameter
  case errPermissionDenied, errExpectedMore, errUnknown
  case errNotAllowed
  // Editing products (`kasir product edit|deactivate|activate`).
  case editNothing, barcodeNotOnProduct, packNotOnProduct, invalidPack
  case productDeactivated, productActivated
  // Delivery notes (`kasir stock receive --file`).
  case receiveFileOrItems, noteBad, noteUnknownColumn, noteFieldCount, noteDiffersFromOption
  case noteDiffersFromRow, noteBadQuantity, noteBadCost, noteEmpty
  // What an invalid parameter may be.
  case allowedQuantity, allowedAmount, allowedPercent, allowedCode, allowedTime, allowedDate
  case allowedPayments, allowedPaymentMethod, allowedNumber, allowedText, allowedBarcodes
  case allowedPlu, allowedReason, allowedOther
  // Words.
  case yes, no, roleManager, roleCashier, duration, weighed
  case stateOpen, stateHeld, stateCompleted, stateCancelled, stateVoided, stateClosed
  case methodCash, methodTransfer, methodKasbon, tierMember, tierPack
  case markLow, markNegative
  // Labels and column titles.
  case labelVersion, labelShop, labelDatabase, labelSocket, labelUptime, labelTimezone
  case labelUser, labelRole
  case labelSku, labelName, labelUnit, labelPrice, labelMemberPrice, labelPriceCap
  case labelMaxPerSale, labelTaxClass, labelStock, labelReorderLevel, labelBarcodes, labelPlu
  case labelPack, labelActive
  case columnSku, columnName, columnPrice, columnStock, columnBarcode, columnMin
  case columnReceived, columnNewStock
  case labelShift, labelOpenedBy, labelOpenedAt, labelOpeningCash, labelSalesCount, labelGross
  case labelDiscounts, labelRefunds, labelVoids, labelNet, labelByMethod, labelCashIn
  case labelCashOut, labelExpectedCash, labelCountedCash, labelDifference, labelNote
  case differenceNone, differenceShort, differenceOver
  case labelTotal, labelPaid, labelChange, labelChangeBig, labelState, labelCashier
  case labelMember, labelCompletedAt, labelRefundOf, labelSubtotal, labelRounding, labelDiscount
  // Results.
  case productCreated, productUpdated, noProductsFound, priceSet, memberPriceSet, effectiveFrom
  case noStockLevels, received
  case shiftOpened, shiftReportTitle, noOpenShiftNow, shiftReportQueued
  case saleOpened, saleMember, saleOpenedHint, salePaid, saleTitle
  // Changing, parking and reversing sales.
  case invalidPercent, invalidRefundLine, discountAmountOrPercent, refundLinesRequired
  case columnId, columnNumber, columnLines, labelReason
  case saleHeld, saleHeldHint, saleCancelled, saleVoided, saleRefunded, saleReprinted
  case noOpenSales
  // Cashier mode (`kasir till`).
  case tillWelcome, tillHelp, tillUnknown, tillNextQuantity, tillNoSale, tillNoLines
  case tillLineRemoved, tillSaleStillOpen, tillRemaining, tillNextSale, tillLineCount
  case tillReconnecting, tillReconnected, tillRetryFailed, tillPaymentsCleared, tillLeftOpen
  // Price history, movements, adjustments, counts, import/export, check.
  case noPriceHistory, columnEffective, columnMemberPrice, columnPrevious, columnUser
  case columnTime, columnKind, columnChange, columnBalance, columnReference, noMovements
  case kindSale, kindRefund, kindVoid, kindReceiving, kindAdjustment
  case adjusted, adjustCountOrDelta, invalidDate
  case columnCode, columnBefore, columnCounted, columnVariance, counted, countSheetBad
  case fileUnreadable, fileNotUtf8
  case imported, importedDryRun, exported
  case checkIntegrity, checkLedgerOk, checkLedgerBad, checkFailed
  case sheetMissingColumn, sheetRequired, sheetBadCount, sheetDuplicate, sheetBroken
  case sheetUnknownProduct, columnSumOfMovements, sheetFraction
  // The receipt printer and its queue.
  case errPrinterNotConfigured, labelDestination, labelPrinterState, labelPendingJobs
  case labelLastError, printerReady, printerStopped, printerUnreachable, jobPending, jobSent
  case jobFailed, columnAttempts, noPrintJobs, drawerQueued
  case testQueued, testSent, testFailed, testStillPending, invalidWaitSeconds

  var texts: (id: String, en: String) {
    switch self {
    case .cannotConnect:
      return (
        "Tidak dapat terhubung ke kasird di {path} ({reason}). Jalankan daemon dengan `make run` atau `systemctl start kasird.socket`, atau tunjuk soket lain dengan --socket atau KASIR_SOCKET.",
        "Cannot connect to kasird at {path} ({reason}). Start the daemon with `make run` or `systemctl start kasird.socket`, or point to another socket with --socket or KASIR_SOCKET."
      )
    case .socketPermissionDenied:
      return (
        "Tidak diizinkan membuka soket {path}. Pengguna harus anggota grup kasir (kasir) atau kasir-admin (manajer); setelah ditambahkan ke grup, keluar lalu masuk lagi.",
        "Not allowed to open the socket {path}. The user must be in the kasir group (cashier) or kasir-admin (manager); after being added to a group, log out and in again."
      )
    case .connectionClosed:
      return (
        "kasird di {path} menutup sambungan tanpa menjawab. Periksa log daemon (journalctl -u kasird).",
        "kasird at {path} closed the connection without a reply. Check the daemon's log (journalctl -u kasird)."
      )
    case .timedOut:
      return (
        "kasird di {path} tidak menjawab. Periksa apakah daemon masih berjalan.",
        "kasird at {path} did not answer. Check that the daemon is still running."
      )
    case .invalidReply:
      return (
        "Jawaban kasird tidak dapat dibaca ({detail}). Apakah versi kasir dan kasird sama?",
        "Could not read kasird's reply ({detail}). Are kasir and kasird the same version?"
      )
    case .replyTooLarge:
      return (
        "Jawaban kasird terlalu besar (lebih dari {limit} byte).",
        "kasird's reply is too large (over {limit} bytes)."
      )
    case .invalidAmount:
      return (
        "Jumlah uang tidak valid: '{value}'. Tulis rupiah bulat, misalnya 50000, 50.000 atau Rp50.000.",
        "Invalid amount: '{value}'. Write whole rupiah, e.g. 50000, 50.000 or Rp50.000."
      )
    case .invalidQuantity:
      return (
        "Jumlah barang tidak valid: '{value}'. Tulis angka lebih dari nol dengan paling banyak 3 desimal, misalnya 3, 0,75 atau 0.75.",
        "Invalid quantity: '{value}'. Write a number above zero with at most 3 decimals, e.g. 3, 0,75 or 0.75."
      )
    case .invalidLevel:
      return (
        "Jumlah tidak valid: '{value}'. Tulis angka nol atau lebih dengan paling banyak 3 desimal, misalnya 5 atau 2,5.",
        "Invalid quantity: '{value}'. Write a number of zero or more with at most 3 decimals, e.g. 5 or 2.5."
      )
    case .invalidTime:
      return (
        "Waktu tidak valid: '{value}'. Tulis dalam RFC 3339, misalnya 2026-12-01T07:00:00+08:00.",
        "Invalid time: '{value}'. Write it in RFC 3339, e.g. 2026-12-01T07:00:00+08:00."
      )
    case .paymentRequired:
      return (
        "Sebutkan paling sedikit satu pembayaran: --cash, --qris, --transfer atau --kasbon.",
        "Give at least one payment: --cash, --qris, --transfer or --kasbon."
      )
    case .referenceWithoutPayment:
      return (
        "--ref adalah referensi pembayaran QRIS atau transfer; beri juga --qris atau --transfer.",
        "--ref is the reference of a QRIS or transfer payment; give --qris or --transfer too."
      )
    case .receivePairs:
      return (
        "Barang masuk ditulis berpasangan: KODE JUMLAH [KODE JUMLAH ...].",
        "Goods received come in pairs: CODE QTY [CODE QTY ...]."
      )
    case .receiveCosts:
      return (
        "Beri --cost untuk setiap baris ({lines} baris), atau tidak sama sekali.",
        "Give --cost once for every line ({lines} lines), or not at all."
      )
    case .errMessageTooLarge:
      return (
        "Pesan terlalu besar untuk kasird (batas {limit} byte).",
        "The message is too large for kasird (limit {limit} bytes)."
      )
    case .errInvalidMessage:
      return (
        "kasird tidak mengerti pesan ini: {reason}.", "kasird could not read the message: {reason}."
      )
    case .errInternalError:
      return (
        "Terjadi kesalahan di kasird (rujukan {reference}); laporkan ke pengelola. Data tidak berubah.",
        "Something went wrong inside kasird (reference {reference}); tell the administrator. Nothing was changed."
      )
    case .errStorageFull:
      return (
        "Penyimpanan kasird penuh ({database}): perubahan ini tidak disimpan. Kosongkan ruang disk di sana (atau naikkan [database] max_size_mb bila dipasang), lalu coba lagi.",
        "kasird's storage is full ({database}): this change was not saved. Free disk space there (or raise [database] max_size_mb if it is set), then try again."
      )
    case .errBackupFailed:
      return ("Cadangan gagal dibuat: {reason}.", "The backup failed: {reason}.")
    case .errProductNotFound:
      return (
        "Produk tidak ditemukan: {code}. Periksa kode atau cari dengan `kasir product search`.",
        "Product not found: {code}. Check the code or search with `kasir product search`."
      )
    case .errPriceAboveCap:
      return (
        "Harga {price} melebihi HET {cap}.",
        "The price {price} is above the price cap (HET) {cap}."
      )
    case .errPriceAboveCapSku:
      return (
        "Harga {sku} ({price}) melebihi HET {cap}. Minta manajer memperbaiki harganya.",
        "The price of {sku} ({price}) is above the price cap (HET) {cap}. Ask a manager to fix it."
      )
    case .errInvalidBarcode:
      return ("Barcode tidak valid: {code} ({reason}).", "Invalid barcode: {code} ({reason}).")
    case .barcodeNotDigits: return ("hanya boleh angka", "digits only")
    case .barcodeLength:
      return (
        "panjangnya harus 8, 12 atau 13 angka", "it must be 8, 12 or 13 digits long"
      )
    case .barcodeCheckDigit: return ("digit pemeriksa salah", "wrong check digit")
    case .errDuplicateBarcode:
      return (
        "Barcode {code} sudah dipakai produk {sku}.",
        "The barcode {code} already belongs to product {sku}."
      )
    case .errImportRejected:
      return (
        "Impor ditolak, tidak ada yang diubah. {count} baris salah:",
        "Import rejected, nothing was changed. {count} bad rows:"
      )
    case .importRow:
      return ("  baris {row}, kolom {field}: {message}", "  row {row}, column {field}: {message}")
    case .errImportNotFound:
      return (
        "Impor bertahap {importId} tidak ada lagi di koneksi ini; tidak ada yang diubah. Ulangi impornya.",
        "The import in parts {importId} is gone from this connection; nothing was changed. Run the import again."
      )
    case .errImportTooLarge:
      return (
        "Berkas impor lebih dari {limit} byte; tidak ada yang diubah. Bagi berkasnya.",
        "The import file is over {limit} bytes; nothing was changed. Split the file."
      )
    case .errMemberNotFound:
      return (
        "Anggota tidak ditemukan: {number}. Cari dengan `kasir member search`.",
        "Member not found: {number}. Search with `kasir member search`."
      )
    case .errSaleNotFound:
      return ("Penjualan tidak ditemukan: {sale}.", "Sale not found: {sale}.")
    case .errNoOpenShift:
      return (
        "Belum ada shift yang dibuka. Buka dulu dengan `kasir shift open MODAL_AWAL`.",
        "No shift is open. Open one first with `kasir shift open OPENING_CASH`."
      )
    case .errInvalidState:
      return (
        "Penjualan {number} berstatus {state}; ini hanya bisa untuk: {allowed}.",
        "Sale {number} is {state}; this is only possible when: {allowed}."
      )
    case .errLineNotFound:
      return ("Baris {lineNo} tidak ada di penjualan ini.", "Line {lineNo} is not on this sale.")
    case .errProductInactive:
      return (
        "Produk {sku} tidak aktif dan tidak boleh dijual. Manajer dapat mengaktifkannya lagi dengan `kasir product activate {sku}`.",
        "Product {sku} is inactive and cannot be sold. A manager can make it active again with `kasir product activate {sku}`."
      )
    case .errDiscountTooLarge:
      return (
        "Diskon {discount} untuk baris {lineNo} melebihi nilainya ({limit}).",
        "The discount {discount} on line {lineNo} is more than the line is worth ({limit})."
      )
    case .errSaleDiscountTooLarge:
      return (
        "Diskon {discount} melebihi subtotal penjualan ({limit}).",
        "The discount {discount} is more than the sale's subtotal ({limit})."
      )
    case .errRefundExceedsSold:
      return (
        "Baris {lineNo}: terjual {sold}, sudah diretur {refunded}; tidak bisa retur {requested} lagi.",
        "Line {lineNo}: {sold} sold, {refunded} already refunded; {requested} more cannot be refunded."
      )
    case .errRefundNotAllowed:
      return (
        "Penjualan {number} tidak bisa diretur: {reason}.",
        "Sale {number} cannot be refunded: {reason}."
      )
    case .errVoidNotAllowed:
      return (
        "Penjualan {number} tidak bisa di-void: {reason}. Void hanya pada hari yang sama; gunakan retur.",
        "Sale {number} cannot be voided: {reason}. A void is only for the same shop day; use a refund."
      )
    case .reasonNotSameDay: return ("bukan hari toko yang sama", "not the same shop day")
    case .reasonIsRefund: return ("penjualan ini sendiri sebuah retur", "it is itself a refund")
    case .reasonHasRefunds: return ("sudah ada retur atasnya", "it already has refunds")
    case .reasonNoLines: return ("tidak ada baris yang diretur", "no lines to refund")
    case .errPrintFailed:
      return (
        "Struk tidak tercetak: {reason}. Periksa printer dengan `lpstat -p`.",
        "The receipt was not printed: {reason}. Check the printer with `lpstat -p`."
      )
    case .errMaxPerSaleExceeded:
      return (
        "Batas per penjualan untuk {sku} adalah {max}; diminta {requested}.",
        "The limit per sale for {sku} is {max}; {requested} requested."
      )
    case .errEmptySale:
      return (
        "Penjualan masih kosong. Tambahkan barang dengan `kasir sale add`.",
        "The sale is empty. Add items with `kasir sale add`."
      )
    case .errUnderpaid:
      return (
        "Pembayaran kurang: total {due}, dibayar {tendered}.",
        "Payment is short: total {due}, paid {tendered}."
      )
    case .errNonCashOverpaid:
      return (
        "Pembayaran non-tunai ({nonCash}) melebihi total {due}. Hanya tunai yang boleh lebih.",
        "Non-cash payments ({nonCash}) exceed the total {due}. Only cash may exceed it."
      )
    case .errMemberRequired:
      return (
        "Kasbon hanya untuk anggota. Tetapkan anggotanya dengan `kasir sale member ID NOMOR` (di till: `anggota NOMOR`), lalu bayar lagi.",
        "Kasbon (credit) needs a member. Set the member with `kasir sale member ID NUMBER` (in the till: `member NUMBER`), then pay again."
      )
    case .errShiftNotFound:
      return (
        "Shift #{id} tidak ada atau belum ditutup.",
        "Shift #{id} does not exist or is not closed yet."
      )
    case .errShiftAlreadyOpen:
      return (
        "Shift #{id} sudah dibuka oleh {openedBy}. Tutup dulu dengan `kasir shift close`.",
        "Shift #{id} is already open, opened by {openedBy}. Close it first with `kasir shift close`."
      )
    case .errInterfaceNotFound:
      return (
        "kasird tidak mengenal antarmuka {interface}. Apakah versi kasir dan kasird sama?",
        "kasird does not know the interface {interface}. Are kasir and kasird the same version?"
      )
    case .errMethodNotFound:
      return (
        "kasird tidak mengenal perintah {method}. Apakah versi kasir dan kasird sama?",
        "kasird does not know the method {method}. Are kasir and kasird the same version?"
      )
    case .errMethodNotImplemented:
      return (
        "Perintah {method} belum tersedia di kasird ini.",
        "The method {method} is not available in this kasird yet."
      )
    case .errInvalidParameter:
      return ("Nilai {parameter} tidak valid: {allowed}", "Invalid {parameter}: {allowed}")
    case .errPermissionDenied:
      return (
        "Anda tidak berhak melakukan ini. Berjualan perlu grup kasir (kasir); mengubah produk, harga dan stok perlu grup kasir-admin (manajer). Minta pengelola toko menambahkan Anda.",
        "You are not allowed to do this. Selling needs the kasir group (cashier); changing products, prices and stock needs the kasir-admin group (manager). Ask the shop's manager to add you."
      )
    case .errExpectedMore:
      return (
        "kasird mengharapkan jawaban bertahap untuk perintah ini.",
        "kasird expects this method to be called for a streamed reply."
      )
    case .errUnknown:
      return ("kasird menolak: {name} {parameters}", "kasird refused: {name} {parameters}")
    case .allowedQuantity:
      return (
        "jumlah harus lebih dari nol dengan paling banyak 3 desimal; pecahan hanya untuk barang timbang.",
        "a quantity must be above zero with at most 3 decimals; fractions only for weighed products."
      )
    case .allowedAmount:
      return (
        "jumlah uang harus rupiah bulat, tidak negatif.",
        "an amount must be whole rupiah, not negative."
      )
    case .allowedPercent: return ("persen harus antara 0 dan 100.", "a percent must be 0 to 100.")
    case .allowedCode: return ("kode tidak boleh kosong.", "a code must not be empty.")
    case .allowedTime:
      return (
        "tulis waktu dalam RFC 3339, misalnya 2026-12-01T07:00:00+08:00.",
        "write a time in RFC 3339, e.g. 2026-12-01T07:00:00+08:00."
      )
    case .allowedDate:
      return ("tulis tanggal sebagai YYYY-MM-DD.", "write a date as YYYY-MM-DD.")
    case .allowedPayments:
      return (
        "beri paling sedikit satu pembayaran dengan jumlah lebih dari nol.",
        "give at least one payment with an amount above zero."
      )
    case .allowedPaymentMethod:
      return (
        "metode pembayaran: cash, qris, transfer atau kasbon.",
        "payment methods: cash, qris, transfer or kasbon."
      )
    case .allowedNumber:
      return ("harus bilangan bulat positif.", "must be a positive whole number.")
    case .allowedText: return ("tidak boleh kosong.", "must not be empty.")
    case .allowedBarcodes:
      return (
        "barcode harus EAN-13, EAN-8, UPC-A atau kode toko.",
        "barcodes must be EAN-13, EAN-8, UPC-A or in-store codes."
      )
    case .allowedPlu: return ("PLU harus 5 angka.", "a PLU must be 5 digits.")
    case .allowedReason:
      return (
        "alasan: count, damaged, expired, lost atau correction.",
        "reason: count, damaged, expired, lost or correction."
      )
    case .allowedOther: return ("periksa nilainya.", "check the value.")
    case .yes: return ("ya", "yes")
    case .no: return ("tidak", "no")
    case .roleManager: return ("manajer", "manager")
    case .roleCashier: return ("kasir", "cashier")
    case .duration:
      return ("{days} hari {hours} jam {minutes} menit", "{days}d {hours}h {minutes}m")
    case .weighed: return ("ditimbang", "weighed")
    case .stateOpen: return ("terbuka", "open")
    case .stateHeld: return ("ditahan", "held")
    case .stateCompleted: return ("selesai", "completed")
    case .stateCancelled: return ("batal", "cancelled")
    case .stateVoided: return ("dibatalkan (void)", "voided")
    case .stateClosed: return ("ditutup", "closed")
    case .methodCash: return ("Tunai", "Cash")
    case .methodTransfer: return ("Transfer", "Transfer")
    case .methodKasbon: return ("Kasbon", "Kasbon (credit)")
    case .tierMember: return ("harga anggota", "member price")
    case .tierPack: return ("harga kemasan", "pack price")
    case .markLow: return ("RENDAH", "LOW")
    case .markNegative: return ("MINUS", "NEGATIVE")
    case .labelVersion: return ("Versi", "Version")
    case .labelShop: return ("Toko", "Shop")
    case .labelDatabase: return ("Basis data", "Database")
    case .labelSocket: return ("Soket", "Socket")
    case .labelUptime: return ("Berjalan", "Uptime")
    case .labelTimezone: return ("Zona waktu", "Time zone")
    case .labelUser: return ("Pengguna", "User")
    case .labelRole: return ("Peran", "Role")
    case .labelSku: return ("SKU", "SKU")
    case .labelName: return ("Nama", "Name")
    case .labelUnit: return ("Satuan", "Unit")
    case .labelPrice: return ("Harga", "Price")
    case .labelMemberPrice: return ("Harga anggota", "Member price")
    case .labelPriceCap: return ("HET", "Price cap (HET)")
    case .labelMaxPerSale: return ("Maks. per penjualan", "Max per sale")
    case .labelTaxClass: return ("Kelas pajak", "Tax class")
    case .labelStock: return ("Stok", "Stock")
    case .labelReorderLevel: return ("Stok minimum", "Reorder level")
    case .labelBarcodes: return ("Barcode", "Barcodes")
    case .labelPlu: return ("PLU", "PLU")
    case .labelPack: return ("Kemasan", "Pack")
    case .labelActive: return ("Aktif", "Active")
    case .columnSku: return ("SKU", "SKU")
    case .columnName: return ("Nama", "Name")
    case .columnPrice: return ("Harga", "Price")
    case .columnStock: return ("Stok", "Stock")
    case .columnBarcode: return ("Barcode", "Barcode")
    case .columnMin: return ("Min", "Min")
    case .columnReceived: return ("Masuk", "Received")
    case .columnNewStock: return ("Stok baru", "New stock")
    case .labelShift: return ("Shift", "Shift")
    case .labelOpenedBy: return ("Dibuka oleh", "Opened by")
    case .labelOpenedAt: return ("Dibuka", "Opened")
    case .labelOpeningCash: return ("Modal awal", "Opening cash")
    case .labelSalesCount: return ("Jumlah transaksi", "Sales")
    case .labelGross: return ("Penjualan kotor", "Gross")
    case .labelDiscounts: return ("Diskon", "Discounts")
    case .labelRefunds: return ("Refund", "Refunds")
    case .labelVoids: return ("Void", "Voids")
    case .labelNet: return ("Penjualan bersih", "Net")
    case .labelByMethod: return ("Per metode bayar", "By payment method")
    case .labelCashIn: return ("Kas masuk", "Cash in")
    case .labelCashOut: return ("Kas keluar", "Cash out")
    case .labelExpectedCash: return ("Kas seharusnya", "Expected cash")
    case .labelCountedCash: return ("Kas dihitung", "Counted cash")
    case .labelDifference: return ("Selisih", "Difference")
    case .labelNote: return ("Catatan", "Note")
    case .differenceNone: return ("pas", "exact")
    case .differenceShort: return ("kurang", "short")
    case .differenceOver: return ("lebih", "over")
    case .labelTotal: return ("TOTAL", "TOTAL")
    case .labelPaid: return ("Dibayar", "Paid")
    case .labelChange: return ("Kembali", "Change")
    case .labelChangeBig: return ("KEMBALI", "CHANGE")
    case .labelState: return ("Status", "State")
    case .labelCashier: return ("Kasir", "Cashier")
    case .labelMember: return ("Anggota", "Member")
    case .labelCompletedAt: return ("Selesai", "Completed")
    case .labelRefundOf: return ("Refund dari", "Refund of")
    case .labelSubtotal: return ("Subtotal", "Subtotal")
    case .labelRounding: return ("Pembulatan", "Rounding")
    case .labelDiscount: return ("diskon", "discount")
    case .productCreated:
      return ("Produk baru ditambahkan: {sku}.", "Product added: {sku}.")
    case .productUpdated: return ("Produk diperbarui: {sku}.", "Product updated: {sku}.")
    case .noProductsFound:
      return ("Tidak ada produk yang cocok dengan '{query}'.", "No product matches '{query}'.")
    case .priceSet:
      return ("Harga {sku} {name}: {price}.", "Price of {sku} {name}: {price}.")
    case .memberPriceSet: return ("Harga anggota: {price}.", "Member price: {price}.")
    case .effectiveFrom: return ("Berlaku mulai {at}.", "Effective from {at}.")
    case .noStockLevels: return ("Tidak ada produk yang cocok.", "No matching products.")
    case .received:
      return (
        "Barang masuk #{id} dicatat (pemasok: {supplier}, referensi: {reference}).",
        "Goods received #{id} recorded (supplier: {supplier}, reference: {reference})."
      )
    case .shiftOpened:
      return (
        "Shift #{id} dibuka oleh {user} pada {at}, modal awal {amount}.",
        "Shift #{id} opened by {user} at {at}, opening cash {amount}."
      )
    case .shiftReportTitle:
      return (
        "Laporan shift #{id} ({user}, sejak {from})", "Shift report #{id} ({user}, since {from})"
      )
    case .shiftReportQueued:
      return (
        "Laporan Z masuk antrean cetak (job {job}).", "Z report queued for the printer (job {job})."
      )
    case .noOpenShiftNow:
      return (
        "Tidak ada shift yang terbuka. Buka dengan `kasir shift open MODAL_AWAL`.",
        "No shift is open. Open one with `kasir shift open OPENING_CASH`."
      )
    case .saleOpened:
      return (
        "Penjualan dibuka: id {id}, nomor {number}.", "Sale opened: id {id}, number {number}."
      )
    case .saleMember: return ("Anggota: {member}.", "Member: {member}.")
    case .saleOpenedHint:
      return (
        "Tambah barang: kasir sale add {id} KODE [JUMLAH]",
        "Add items: kasir sale add {id} CODE [QTY]"
      )
    case .salePaid: return ("Penjualan {number} lunas.", "Sale {number} paid.")
    case .saleTitle: return ("Penjualan {number} (id {id})", "Sale {number} (id {id})")
    case .invalidPercent:
      return (
        "Persen tidak valid: '{value}'. Tulis angka di atas 0 sampai 100, misalnya 10 atau 12,5.",
        "Invalid percent: '{value}'. Write a number above 0 up to 100, e.g. 10 or 12.5."
      )
    case .invalidRefundLine:
      return (
        "Baris retur tidak valid: '{value}'. Tulis BARIS:JUMLAH, misalnya 2:1 atau 1:0,5.",
        "Invalid refund line: '{value}'. Write LINE:QTY, e.g. 2:1 or 1:0.5."
      )
    case .discountAmountOrPercent:
      return (
        "Sebutkan tepat satu: --amount (rupiah) atau --percent.",
        "Give exactly one of --amount (rupiah) and --percent."
      )
    case .refundLinesRequired:
      return (
        "Sebutkan paling sedikit satu baris: --line BARIS:JUMLAH.",
        "Give at least one line: --line LINE:QTY."
      )
    case .columnId: return ("ID", "ID")
    case .columnNumber: return ("Nomor", "Number")
    case .columnLines: return ("Baris", "Lines")
    case .labelReason: return ("Alasan", "Reason")
    case .saleHeld:
      return (
        "Penjualan {number} ditahan (id {id}).", "Sale {number} held (id {id})."
      )
    case .saleHeldHint:
      return ("Lanjutkan dengan: kasir sale resume {id}", "Resume it with: kasir sale resume {id}")
    case .saleCancelled: return ("Penjualan {sale} dibatalkan.", "Sale {sale} cancelled.")
    case .saleVoided:
      return (
        "Penjualan {number} di-void; {total} dikembalikan, stok kembali.",
        "Sale {number} voided; {total} reversed, stock returned."
      )
    case .saleRefunded:
      return (
        "Retur {number} atas penjualan {original}: {total}.",
        "Refund {number} of sale {original}: {total}."
      )
    case .saleReprinted:
      return (
        "Salinan struk {number} masuk antrean cetak (job {job}).",
        "Copy of receipt {number} queued for the printer (job {job})."
      )
    case .errPrinterNotConfigured:
      return (
        "Printer struk belum diatur ([printer] destination di kasird.toml).",
        "No receipt printer is configured ([printer] destination in kasird.toml)."
      )
    case .labelDestination: return ("Printer", "Printer")
    case .labelPrinterState: return ("Keadaan", "State")
    case .labelPendingJobs: return ("Antrean", "Pending jobs")
    case .labelLastError: return ("Galat terakhir", "Last error")
    case .printerReady: return ("siap", "ready")
    case .printerStopped: return ("berhenti", "stopped")
    case .printerUnreachable: return ("tidak terjangkau", "unreachable")
    case .jobPending: return ("menunggu", "pending")
    case .jobSent: return ("terkirim", "sent")
    case .jobFailed: return ("gagal", "failed")
    case .columnAttempts: return ("Coba", "Tries")
    case .noPrintJobs: return ("Belum ada tugas cetak.", "No print jobs yet.")
    case .drawerQueued:
      return ("Laci kas akan dibuka (job {job}).", "Cash drawer kick queued (job {job}).")
    case .testQueued:
      return (
        "Halaman tes masuk antrean cetak (job {job}).",
        "Test page queued for the printer (job {job})."
      )
    case .testSent:
      return (
        "Halaman tes sudah diterima CUPS (job {job}, job CUPS {cups}).",
        "The test page was taken by CUPS (job {job}, CUPS job {cups})."
      )
    case .testFailed:
      return ("Halaman tes gagal (job {job}): {error}", "The test page failed (job {job}): {error}")
    case .testStillPending:
      return (
        "Halaman tes belum terkirim setelah {seconds} detik (job {job}); ia tetap di antrean. Periksa `kasir printer status`.",
        "The test page was not sent within {seconds} s (job {job}); it stays queued. Check `kasir printer status`."
      )
    case .invalidWaitSeconds:
      return (
        "--wait-seconds harus antara 1 dan 600, bukan {value}.",
        "--wait-seconds must be between 1 and 600, not {value}."
      )
    case .noOpenSales:
      return (
        "Tidak ada penjualan yang terbuka atau ditahan.", "No open or held sales."
      )
    case .tillWelcome:
      return (
        "KASIR siap. Pindai barang; ketik ? untuk bantuan, Ctrl-D untuk selesai.",
        "KASIR ready. Scan items; type ? for help, Ctrl-D to finish."
      )
    case .tillHelp:
      return (
        """
        Pindai barcode atau ketik SKU, lalu Enter: barang langsung masuk.
          3*          jumlah untuk pindaian berikutnya (0,75* untuk 0,75 kg)
          3*KODE      tiga sekaligus
          -  batal    hapus baris terakhir
          jumlah N Q  ubah jumlah baris N menjadi Q
          hapus N     hapus baris N
          lihat       tampilkan penjualan ini
          tahan       tahan penjualan ini (pelanggan mengambil barang)
          lanjut [ID] lanjutkan penjualan yang ditahan
          daftar      penjualan yang terbuka dan ditahan
          batalkan    batalkan penjualan ini
          tunai [UANG]              bayar tunai (tanpa jumlah: uang pas)
          qris [UANG [REF]]         bayar QRIS (tanpa jumlah: sisanya)
          transfer [UANG [REF]]     bayar transfer
          kasbon [UANG]             kasbon anggota (tanpa jumlah: sisanya)
          anggota NOMOR             harga anggota untuk penjualan ini
          anggota -                 lepas anggota (harga biasa)
            Pembayaran dijumlahkan sampai menutup total: qris 20000 lalu tunai 50000.
          keluar      selesai (Ctrl-D juga)
        """,
        """
        Scan a barcode or type a SKU, then Enter: the item is added at once.
          3*            quantity for the next scan (0,75* for 0.75 kg)
          3*CODE        three at once
          -  void       remove the last line
          qty N Q       set line N's quantity to Q
          remove N      remove line N
          show          show this sale
          hold          hold this sale (the customer fetches something)
          resume [ID]   resume a held sale
          list          open and held sales
          cancel        cancel this sale
          cash [AMOUNT]             pay cash (no amount: exact)
          qris [AMOUNT [REF]]       pay by QRIS (no amount: the rest)
          transfer [AMOUNT [REF]]   pay by transfer
          kasbon [AMOUNT]           member's kasbon (credit; no amount: the rest)
          member NUMBER             member prices for this sale
          member -                  remove the member (regular prices)
            Payments add up until they cover the total: qris 20000 then cash 50000.
          quit          finish (Ctrl-D too)
        The Indonesian words work too: batal, jumlah, hapus, lihat, tahan, lanjut, daftar,
        batalkan, tunai, anggota, keluar.
        """
      )
    case .tillUnknown:
      return (
        "Tidak dimengerti: '{text}'. Ketik ? untuk bantuan.",
        "Not understood: '{text}'. Type ? for help."
      )
    case .tillNextQuantity:
      return (
        "Jumlah untuk pindaian berikutnya: {quantity}", "Quantity for the next scan: {quantity}"
      )
    case .tillNoSale:
      return (
        "Belum ada penjualan. Pindai barang untuk memulai.", "No sale yet. Scan an item to start."
      )
    case .tillNoLines: return ("Penjualan ini masih kosong.", "This sale is still empty.")
    case .tillLineRemoved: return ("Baris {lineNo} dihapus.", "Line {lineNo} removed.")
    case .tillSaleStillOpen:
      return (
        "Penjualan {number} masih terbuka: tahan, bayar atau batalkan dulu.",
        "Sale {number} is still open: hold, pay or cancel it first."
      )
    case .tillRemaining: return ("SISA", "STILL DUE")
    case .tillNextSale:
      return (
        "Pindai barang untuk penjualan berikutnya.", "Scan an item for the next sale."
      )
    case .tillLineCount:
      return ("({count} baris, penjualan {number})", "({count} lines, sale {number})")
    case .tillReconnecting:
      return ("Sambungan ke kasird putus; menyambung ulang…", "Lost kasird; reconnecting…")
    case .tillReconnected: return ("Tersambung kembali.", "Connected again.")
    case .tillRetryFailed:
      return (
        "Sambungan putus lagi. Periksa penjualan dengan `lihat` lalu ulangi.",
        "The connection broke again. Check the sale with `show`, then repeat."
      )
    case .tillPaymentsCleared:
      return (
        "Pembayaran diulang dari awal.", "Payment starts over."
      )
    case .tillLeftOpen:
      return (
        "Penjualan {number} masih terbuka (id {id}); lanjutkan nanti dengan `lanjut {id}`.",
        "Sale {number} is still open (id {id}); continue later with `resume {id}`."
      )
    case .noPriceHistory: return ("Belum ada riwayat harga.", "No price history yet.")
    case .columnEffective: return ("Berlaku", "Effective")
    case .columnMemberPrice: return ("Anggota", "Member")
    case .columnPrevious: return ("Sebelumnya", "Previous")
    case .columnUser: return ("Oleh", "By")
    case .columnTime: return ("Waktu", "Time")
    case .columnKind: return ("Jenis", "Kind")
    case .columnChange: return ("Perubahan", "Change")
    case .columnBalance: return ("Saldo", "Balance")
    case .columnReference: return ("Referensi", "Reference")
    case .noMovements: return ("Tidak ada mutasi stok.", "No stock movements.")
    case .kindSale: return ("penjualan", "sale")
    case .kindRefund: return ("retur", "refund")
    case .kindVoid: return ("pembatalan", "void")
    case .kindReceiving: return ("barang masuk", "received")
    case .kindAdjustment: return ("penyesuaian", "adjustment")
    case .adjusted:
      return (
        "Stok {sku} {name} disesuaikan ({reason}): {before} → {after} ({delta}).",
        "Stock of {sku} {name} adjusted ({reason}): {before} → {after} ({delta})."
      )
    case .adjustCountOrDelta:
      return (
        "Berikan tepat satu dari --count (jumlah terhitung) atau --delta (perubahan).",
        "Give exactly one of --count (the quantity counted) or --delta (a change)."
      )
    case .invalidDate:
      return (
        "Tanggal tidak valid: '{value}'. Tulis sebagai YYYY-MM-DD, mis. 2026-11-29.",
        "Invalid date: '{value}'. Write it as YYYY-MM-DD, e.g. 2026-11-29."
      )
    case .columnCode: return ("Kode", "Code")
    case .columnBefore: return ("Sebelum", "Before")
    case .columnCounted: return ("Dihitung", "Counted")
    case .columnVariance: return ("Selisih", "Variance")
    case .counted:
      return (
        "Stok opname dicatat: {count} produk.", "Stock count recorded: {count} products."
      )
    case .countSheetBad:
      return (
        "Lembar hitung {file} ditolak, tidak ada yang diubah:",
        "Count sheet {file} refused, nothing was changed:"
      )
    case .fileUnreadable:
      return ("Tidak dapat membaca {file}: {reason}.", "Cannot read {file}: {reason}.")
    case .fileNotUtf8:
      return (
        "{file} bukan teks UTF-8: baris {row}, kolom {field} berisi byte {byte} (mungkin Latin-1/Windows-1252 dari Excel). Simpan ulang sebagai \"CSV UTF-8\"; tidak ada yang diubah.",
        "{file} is not UTF-8 text: row {row}, column {field} holds the byte {byte} (perhaps Latin-1/Windows-1252 from Excel). Save it again as \"CSV UTF-8\"; nothing was changed."
      )
    case .imported:
      return (
        "Impor selesai: {created} baru, {updated} diubah, {unchanged} tetap.",
        "Import done: {created} created, {updated} updated, {unchanged} unchanged."
      )
    case .importedDryRun:
      return (
        "Uji coba, tidak ada yang disimpan: {created} baru, {updated} diubah, {unchanged} tetap.",
        "Dry run, nothing was saved: {created} created, {updated} updated, {unchanged} unchanged."
      )
    case .exported:
      return ("Katalog ditulis ke {file}.", "Catalog written to {file}.")
    case .checkIntegrity:
      return ("Integritas basis data: {result}", "Database integrity: {result}")
    case .checkLedgerOk:
      return (
        "Buku stok: cocok (stok = jumlah mutasi untuk setiap produk).",
        "Stock ledger: ok (on hand = sum of movements for every product)."
      )
    case .checkLedgerBad:
      return (
        "Buku stok: {count} produk tidak cocok:", "Stock ledger: {count} products do not add up:"
      )
    case .checkFailed:
      return (
        "Pemeriksaan gagal. Hubungi pengelola sistem dan simpan salinan basis data.",
        "The check failed. Contact the system administrator and keep a copy of the database."
      )
    case .sheetMissingColumn:
      return ("kolom wajib tidak ada", "required column missing")
    case .sheetRequired: return ("wajib diisi", "required")
    case .sheetBadCount:
      return (
        "'{value}' bukan jumlah (0 atau lebih, paling banyak 3 desimal)",
        "'{value}' is not a quantity (0 or more, at most 3 decimals)"
      )
    case .sheetDuplicate:
      return ("{code} sudah ada di baris {row}", "{code} is already in row {row}")
    case .sheetBroken: return ("tanda kutip tidak ditutup", "a quoted field is not closed")
    case .sheetFraction:
      return (
        "{value} {unit}: pecahan hanya untuk produk timbang",
        "{value} {unit}: fractions only for weighed products"
      )
    case .columnSumOfMovements: return ("Jumlah mutasi", "Sum of movements")
    case .sheetUnknownProduct: return ("produk {code} tidak ditemukan", "no product {code}")
    case .editNothing:
      return (
        "Tidak ada yang diubah: berikan paling sedikit satu opsi, mis. --price 12500 atau --add-barcode KODE.",
        "Nothing to change: give at least one option, e.g. --price 12500 or --add-barcode CODE."
      )
    case .barcodeNotOnProduct:
      return (
        "Barcode {code} bukan milik produk {sku}; lihat barcodenya dengan `kasir product show {sku}`.",
        "Barcode {code} is not one of product {sku}'s; see its barcodes with `kasir product show {sku}`."
      )
    case .packNotOnProduct:
      return (
        "Produk {sku} tidak punya kemasan dengan barcode {code}; lihat dengan `kasir product show {sku}`.",
        "Product {sku} has no pack with barcode {code}; see them with `kasir product show {sku}`."
      )
    case .invalidPack:
      return (
        "Kemasan tidak valid: '{value}'. Tulis BARCODE:ISI:HARGA:NAMA, mis. 8991234001012:40:128000:Karton isi 40.",
        "Invalid pack: '{value}'. Write BARCODE:FACTOR:PRICE:NAME, e.g. 8991234001012:40:128000:Carton of 40."
      )
    case .productDeactivated:
      return (
        "Produk {sku} {name} dinonaktifkan: tidak dapat dijual lagi; penjualan, stok dan riwayat harganya tetap tersimpan.",
        "Product {sku} {name} deactivated: it can no longer be sold; its sales, stock and price history are kept."
      )
    case .productActivated:
      return (
        "Produk {sku} {name} diaktifkan lagi dan dapat dijual.",
        "Product {sku} {name} is active again and can be sold."
      )
    case .receiveFileOrItems:
      return (
        "Berikan --file NOTA.csv atau pasangan KODE JUMLAH (dengan --cost), tidak keduanya.",
        "Give --file NOTE.csv or CODE QTY pairs (with --cost), not both."
      )
    case .noteBad:
      return (
        "Nota barang masuk {file} ditolak, tidak ada barang yang dicatat:",
        "Delivery note {file} refused, nothing was received:"
      )
    case .noteUnknownColumn:
      return (
        "kolom tidak dikenal; kolom yang boleh: {columns}", "unknown column; allowed: {columns}"
      )
    case .noteFieldCount:
      return (
        "berisi {count} kolom, judul berisi {header}", "has {count} fields, the header has {header}"
      )
    case .noteDiffersFromOption:
      return (
        "'{value}' berbeda dari {option} '{other}'; satu nota punya satu nilai",
        "'{value}' differs from {option} '{other}'; a note has one value"
      )
    case .noteDiffersFromRow:
      return (
        "'{value}' berbeda dari baris {row} ('{other}'); satu nota punya satu nilai",
        "'{value}' differs from row {row} ('{other}'); a note has one value"
      )
    case .noteBadQuantity:
      return (
        "'{value}' bukan jumlah (lebih dari 0, paling banyak 3 desimal)",
        "'{value}' is not a quantity (above 0, at most 3 decimals)"
      )
    case .noteBadCost:
      return (
        "'{value}' bukan harga pokok (rupiah bulat, mis. 12500)",
        "'{value}' is not a unit cost (whole rupiah, e.g. 12500)"
      )
    case .noteEmpty:
      return ("nota tidak berisi barang", "the note has no lines of goods")
    case .errNotAllowed:
      return (
        "{field} '{value}' tidak diizinkan. Pilih salah satu: {allowed}. Daftarnya diatur di [catalog] pada konfigurasi kasird.",
        "{field} '{value}' is not allowed. Use one of: {allowed}. The list is set in [catalog] of kasird's configuration."
      )
    }
  }
}
