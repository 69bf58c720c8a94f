import KasirProtocol

/// Everything the client says, in the chosen language. The texts are in `MessageKey`.
struct Messages: Sendable {
  var language: Language

  /// The text for `key`, with `{name}` placeholders filled from `arguments`.
  func callAsFunction(_ key: MessageKey, _ arguments: [String: String] = [:]) -> String {
    let texts = key.texts
    var text = language == .id ? texts.id : texts.en
    for (name, value) in arguments {
      text = text.replacingOccurrences(of: "{\(name)}", with: value)
    }
    return text
  }

  /// `12,5 kg` in Indonesian, `12.5 kg` in English.
  func quantity(_ quantity: Thousandths, _ unit: String? = nil) -> String {
    let number = quantity.formatted(decimalSeparator: language == .id ? "," : ".")
    return unit.map { number + " " + $0 } ?? number
  }

  func duration(seconds: Int64) -> String {
    let minutes = max(0, seconds) / 60
    return self(
      .duration,
      [
        "days": String(minutes / 1440), "hours": String(minutes / 60 % 24),
        "minutes": String(minutes % 60),
      ])
  }

  func yesNo(_ value: Bool) -> String { self(value ? .yes : .no) }

  func role(_ role: String) -> String {
    switch role {
    case "manager": return self(.roleManager)
    case "cashier": return self(.roleCashier)
    default: return role
    }
  }

  func saleState(_ state: String) -> String {
    switch state {
    case "open": return self(.stateOpen)
    case "held": return self(.stateHeld)
    case "completed": return self(.stateCompleted)
    case "cancelled": return self(.stateCancelled)
    case "voided": return self(.stateVoided)
    default: return state
    }
  }

  func shiftState(_ state: String) -> String {
    switch state {
    case "open": return self(.stateOpen)
    case "closed": return self(.stateClosed)
    default: return state
    }
  }

  func paymentMethod(_ method: String) -> String {
    switch method {
    case "cash": return self(.methodCash)
    case "qris": return "QRIS"
    case "transfer": return self(.methodTransfer)
    case "kasbon": return self(.methodKasbon)
    default: return method
    }
  }

  func priceTier(_ tier: String) -> String {
    switch tier {
    case "member": return self(.tierMember)
    case "pack": return self(.tierPack)
    default: return tier
    }
  }
}
