import KasirCore
import KasirProtocol

extension ErrorMapping {
  static let member = "id.kasir.Member"

  static func describe(_ error: MemberError) -> (
    home: String, name: String, parameters: [String: JSONValue]
  ) {
    switch error {
    case .memberNotFound(let number):
      return (member, "MemberNotFound", ["number": .string(number)])
    case .memberInactive(let number):
      return (member, "MemberInactive", ["number": .string(number)])
    case .invalidField(let field, _):
      return (VarlinkError.service, "InvalidParameter", ["parameter": .string("member.\(field)")])
    case .invalidNIK(let reason):
      return (member, "InvalidNIK", ["reason": .string(reason.rawValue)])
    case .duplicateNIK(let number):
      return (member, "DuplicateNIK", ["number": .string(number)])
    case .creditLimitExceeded(let limit, let outstanding, let requested):
      return (
        "id.kasir.Sale", "CreditLimitExceeded",
        [
          "limit": .int(limit.rupiah), "outstanding": .int(outstanding.rupiah),
          "requested": .int(requested.rupiah),
        ]
      )
    case .invalidSettlement(let amount, let outstanding):
      return (
        member, "InvalidSettlement",
        ["amount": .int(amount.rupiah), "outstanding": .int(outstanding.rupiah)]
      )
    case .invalidYear:
      return (VarlinkError.service, "InvalidParameter", ["parameter": .string("year")])
    }
  }
}
