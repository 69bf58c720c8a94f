/// The Indonesian national identity number (Nomor Induk Kependudukan): 16 digits,
/// `PPKKCC DDMMYY SSSS` — province, regency, district, date of birth (day + 40 for women),
/// and a serial that is never 0000.
public enum NIK {
  /// Refuses anything that cannot be a NIK, with the reason.
  public static func validate(_ nik: String) throws(MemberError) {
    guard nik.count == 16, nik.allSatisfy({ $0.isASCIIDigitCharacter }) else {
      throw .invalidNIK(reason: .format)
    }
    let digits = nik.compactMap(\.wholeNumberValue)
    func number(_ from: Int, _ count: Int) -> Int {
      digits[from..<(from + count)].reduce(0) { $0 * 10 + $1 }
    }
    guard (11...99).contains(number(0, 2)) else { throw .invalidNIK(reason: .province) }
    let day = number(6, 2)
    guard (1...31).contains(day) || (41...71).contains(day), (1...12).contains(number(8, 2))
    else { throw .invalidNIK(reason: .birthDate) }
    guard number(12, 4) != 0 else { throw .invalidNIK(reason: .serial) }
  }

  /// The first 4 and last 4 digits, the rest hidden: `6471********0003`. What every screen,
  /// receipt and export shows; logs never show a NIK at all.
  public static func masked(_ nik: String) -> String {
    guard nik.count > 8 else { return String(repeating: "*", count: nik.count) }
    return nik.prefix(4) + String(repeating: "*", count: nik.count - 8) + nik.suffix(4)
  }
}
