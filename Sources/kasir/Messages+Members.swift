import KasirProtocol

extension Messages {
  /// The text for a member `key`, with `{name}` placeholders filled from `arguments`.
  func callAsFunction(_ key: MemberMessageKey, _ arguments: [String: String] = [:]) -> String {
    var text = language == .id ? key.texts.id : key.texts.en
    for (name, value) in arguments {
      text = text.replacingOccurrences(of: "{\(name)}", with: value)
    }
    return text
  }

  /// The daemon's member and kasbon errors in words; nil for any other error.
  func describeMember(_ error: VarlinkError) -> String? {
    let p = error.parameters
    func text(_ name: String) -> String { p[name]?.text ?? "?" }
    func money(_ name: String) -> String { p[name]?.int.map(Rupiah.format) ?? text(name) }
    switch error.error {
    case "id.kasir.Member.MemberNotFound", "id.kasir.Sale.MemberNotFound":
      return self(.errMemberNotFound, ["number": text("number")])
    case "id.kasir.Member.MemberInactive", "id.kasir.Sale.MemberInactive":
      return self(.errMemberInactive, ["number": text("number")])
    case "id.kasir.Member.DuplicateNIK": return self(.errDuplicateNik, ["number": text("number")])
    case "id.kasir.Member.InvalidNIK":
      return self(.errInvalidNik, ["reason": nikReason(text("reason"))])
    case "id.kasir.Member.InvalidSettlement":
      if p["outstanding"]?.int == 0 { return self(.errNothingOwed) }
      return self(
        .errInvalidSettlement, ["amount": money("amount"), "outstanding": money("outstanding")])
    case "id.kasir.Sale.CreditLimitExceeded":
      var sentence = self(
        .errCreditLimitExceeded,
        [
          "limit": money("limit"), "outstanding": money("outstanding"),
          "requested": money("requested"),
        ])
      if let limit = p["limit"]?.int, let owed = p["outstanding"]?.int {
        sentence += " " + self(.creditAvailable, ["available": Rupiah.format(max(limit - owed, 0))])
      }
      return sentence
    case "id.kasir.Sale.MemberRequired": return self(.errMemberRequired)
    case "org.varlink.service.InvalidParameter":
      return invalidMemberField(text("parameter"))
    default:
      return nil
    }
  }

  /// A member field the daemon refused, or nil when the parameter is not a member's.
  private func invalidMemberField(_ parameter: String) -> String? {
    switch parameter {
    case "member.number": return self(.badMemberNumber)
    case "member.name": return self(.badMemberName)
    case "member.phone": return self(.badPhone)
    case "member.creditLimit": return self(.badCreditLimit)
    case "member.nik": return self(.errInvalidNik, ["reason": self(.nikFormat)])
    case "year": return self(.badYear)
    default: return nil
    }
  }

  private func nikReason(_ reason: String) -> String {
    switch reason {
    case "format": return self(.nikFormat)
    case "province": return self(.nikProvince)
    case "birthDate": return self(.nikBirthDate)
    case "serial": return self(.nikSerial)
    default: return reason
    }
  }

  /// A kasbon statement entry's kind in words; a settlement says how it was paid.
  func kasbonKind(_ kind: String, method: String?) -> String {
    switch kind {
    case "purchase": return self(.kasbonPurchase)
    case "refund": return self(.kasbonRefund)
    case "void": return self(.kasbonVoid)
    case "settlement":
      return self(.kasbonSettlement) + (method.map { " (" + paymentMethod($0) + ")" } ?? "")
    default: return kind
    }
  }
}
