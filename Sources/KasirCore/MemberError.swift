/// What can go wrong with members and their kasbon.
public enum MemberError: Error, Sendable, Equatable {
  public enum FieldProblem: String, Sendable {
    case numberFormat, nameLength, phoneFormat, negative
  }

  public enum NIKProblem: String, Sendable {
    /// Not 16 digits.
    case format
    /// The first two digits are not a province code.
    case province
    /// Digits 7–10 are not a day (01–31, or 41–71 for women) and month.
    case birthDate
    /// The last four digits are 0000.
    case serial
  }

  case memberNotFound(number: String)
  case memberInactive(number: String)
  case invalidField(field: String, reason: FieldProblem)
  case invalidNIK(reason: NIKProblem)
  /// The NIK is already registered to member `number`.
  case duplicateNIK(number: String)
  /// Kasbon of `requested` would take the member over `limit`; `outstanding` is owed already.
  case creditLimitExceeded(limit: Money, outstanding: Money, requested: Money)
  /// A settlement that is zero or negative, or larger than what is owed.
  case invalidSettlement(amount: Money, outstanding: Money)
  /// A year outside 2000–2999.
  case invalidYear(Int)
}
