import KasirCore

// TEMPORARY in the zreport branch only: replaced by the profile branch's renderer at merge.
extension ReceiptComposer {
  func zReportDocument(for report: ShiftReport) -> [UInt8] {
    Array("LAPORAN Z \(report.shift.id) \(report.net.rupiah)\n".utf8)
  }
}
