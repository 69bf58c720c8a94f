import CXlsxWriter

/// libxlsxwriter refused: `step` names the call, `reason` is its own message.
public struct XlsxError: Error, CustomStringConvertible {
  public var step: String
  public var reason: String

  init(_ step: String, _ code: lxw_error) {
    self.step = step
    reason = String(cString: lxw_strerror(code))
  }

  init(_ step: String, reason: String) {
    self.step = step
    self.reason = reason
  }

  public var description: String { "xlsx \(step): \(reason)" }

  static func check(_ step: String, _ code: lxw_error) throws(XlsxError) {
    guard code == LXW_NO_ERROR else { throw XlsxError(step, code) }
  }
}
