import KasirCore

/// The member list as CSV: a header row, one member a row. `number, name` are required;
/// `phone, nik, credit_limit, active` may be left out (then a new member gets no phone, no
/// NIK, no kasbon and is active; an existing member keeps what is stored).
enum MemberCSV {
  static let columns = ["number", "name", "phone", "nik", "credit_limit", "active"]
  static let required = ["number", "name"]

  /// One member of the file, with what the file left out.
  struct Row {
    var number: Int
    var member: Member
    var given: Set<String>
  }

  /// Every row parsed and checked; every bad row is one error (its first problem). A number
  /// or NIK used twice in the file is an error on the later row.
  static func parseAll(_ text: String) -> (rows: [Row], errors: [CatalogCSV.RowError]) {
    typealias RowError = CatalogCSV.RowError
    let (records, problems) = CSV.records(text, columns: columns, required: required)
    var errors = problems
    var rows: [Row] = []
    var seen: [String: Int] = [:]
    for record in records {
      do throws(RowError) {
        let row = try row(record.values, number: record.row)
        let keys =
          ["number:" + row.member.number.lowercased()]
          + (row.member.nik.map { ["nik:" + $0] } ?? [])
        for key in keys {
          if let earlier = seen[key] {
            throw RowError(
              row: record.row, field: String(key.prefix { $0 != ":" }),
              message: "already used on row \(earlier)")
          }
          seen[key] = record.row
        }
        rows.append(row)
      } catch {
        errors.append(error)
      }
    }
    return (rows, errors)
  }

  private static func row(_ values: [String: String], number: Int) throws(CatalogCSV.RowError)
    -> Row
  {
    func text(_ key: String) -> String? { values[key].flatMap { $0.isEmpty ? nil : $0 } }
    var limit = Money.zero
    if let raw = text("credit_limit") {
      guard let value = Int64(raw), value >= 0 else {
        throw .init(
          row: number, field: "credit_limit",
          message: "must be whole rupiah without dots, e.g. 500000")
      }
      limit = Money(value)
    }
    var active = true
    if let raw = text("active")?.lowercased() {
      guard raw == "true" || raw == "false" else {
        throw .init(row: number, field: "active", message: "must be true or false")
      }
      active = raw == "true"
    }
    let member = Member(
      number: text("number") ?? "", name: text("name") ?? "", phone: text("phone"),
      nik: text("nik"), creditLimit: limit, active: active)
    do {
      let checked = try member.validated()
      let given = Set(values.filter { !$0.value.isEmpty }.map(\.key))
      return Row(number: number, member: checked, given: given)
    } catch {
      throw .init(row: number, field: field(of: error), message: message(error))
    }
  }

  static func field(of error: MemberError) -> String {
    switch error {
    case .invalidField(let field, _): return field == "creditLimit" ? "credit_limit" : field
    case .invalidNIK, .duplicateNIK: return "nik"
    default: return "number"
    }
  }

  /// The reason in English, as every import message of the protocol is.
  static func message(_ error: MemberError) -> String {
    switch error {
    case .invalidField(_, .numberFormat):
      return "must be 1 to 20 letters, digits, '-', '.' or '/'"
    case .invalidField(_, .nameLength): return "required, at most 120 characters"
    case .invalidField(_, .phoneFormat): return "must be 6 to 15 digits, e.g. 0812-3456-7890"
    case .invalidField(_, .negative): return "must not be negative"
    case .invalidNIK(.format): return "a NIK has exactly 16 digits"
    case .invalidNIK(.province): return "the first two digits are not a province code"
    case .invalidNIK(.birthDate): return "digits 7 to 10 are not a day and month of birth"
    case .invalidNIK(.serial): return "the last four digits cannot be 0000"
    case .duplicateNIK(let number): return "this NIK belongs to member \(number)"
    default: return "\(error)"
    }
  }
}
