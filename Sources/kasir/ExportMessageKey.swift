/// The client's texts about exports, each in Bahasa Indonesia and English.
/// Kept apart from `MessageKey` so neither file grows without end; `Messages` reads both.
enum ExportMessageKey: String, CaseIterable, Sendable {
  // Values typed by people.
  case unknownKind, unknownFormat, badDate, datesNeeded, fromAfterTo, noDirectory, fileExists
  case exportCannotWrite
  // Errors from the daemon.
  case errUnknownKind, errUnknownFormat, errInvalidDate, errDatesReversed
  // Results.
  case progress, exportWritten

  var texts: (id: String, en: String) {
    switch self {
    case .unknownKind, .errUnknownKind:
      return (
        "Jenis ekspor tidak dikenal: '{kind}'. Pilih sales, lines, payments, movements atau members.",
        "Unknown export kind: '{kind}'. Choose sales, lines, payments, movements or members."
      )
    case .unknownFormat, .errUnknownFormat:
      return (
        "Format tidak dikenal: '{format}'. Pilih csv atau xlsx.",
        "Unknown format: '{format}'. Choose csv or xlsx."
      )
    case .badDate:
      return (
        "Tanggal tidak ada: '{value}' ({option}). Tulis tanggal yang ada sebagai TTTT-BB-HH, misalnya 2026-11-29.",
        "No such date: '{value}' ({option}). Write a date that exists as YYYY-MM-DD, e.g. 2026-11-29."
      )
    case .datesNeeded:
      return (
        "Sebutkan harinya: --date TANGGAL, atau --from TANGGAL dan --to TANGGAL (tidak keduanya).",
        "Say which days: --date DATE, or --from DATE and --to DATE (not both)."
      )
    case .fromAfterTo:
      return (
        "--from {from} jatuh setelah --to {to}: tukar kedua tanggal itu.",
        "--from {from} is after --to {to}: swap the two dates."
      )
    case .noDirectory:
      return (
        "Folder '{directory}' tidak ada: buat dulu, atau tulis -o ke folder yang ada.",
        "The folder '{directory}' does not exist: create it first, or give -o a folder that exists."
      )
    case .fileExists:
      return (
        "Berkas '{file}' sudah ada: tambahkan --force untuk menimpanya, atau pilih nama lain.",
        "'{file}' already exists: add --force to replace it, or choose another name."
      )
    case .exportCannotWrite:
      return (
        "Tidak bisa menulis '{file}': {reason}. Tidak ada berkas yang ditinggalkan.",
        "Cannot write '{file}': {reason}. No file was left behind."
      )
    case .errInvalidDate:
      return (
        "kasird menolak tanggal '{value}': tulis tanggal yang ada sebagai TTTT-BB-HH.",
        "kasird refused the date '{value}': write a date that exists as YYYY-MM-DD."
      )
    case .errDatesReversed:
      return (
        "Tanggal awal {from} jatuh setelah tanggal akhir {to}: tukar keduanya.",
        "The first day {from} is after the last day {to}: swap them."
      )
    case .progress:
      return (
        "Mengekspor {kind}: {rows} dari {total} baris", "Exporting {kind}: {rows} of {total} rows"
      )
    case .exportWritten:
      return (
        "{rows} baris {kind} ({from} s.d. {to}) ditulis ke {file}.",
        "{rows} rows of {kind} ({from} to {to}) written to {file}."
      )
    }
  }
}
