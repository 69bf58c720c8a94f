/// Who is calling, as the kernel tells it (SO_PEERCRED), never as the caller claims.
public struct Caller: Sendable, Equatable {
  public enum Role: String, Sendable {
    case manager, cashier
  }

  public var pid: Int32
  public var uid: UInt32
  public var gid: UInt32
  /// The Unix user name, or `uid:N` when the user has no passwd entry.
  public var user: String
  /// nil: neither cashier nor manager; only org.varlink.service methods answer.
  public var role: Role?

  public init(pid: Int32, uid: UInt32, gid: UInt32, user: String, role: Role?) {
    self.pid = pid
    self.uid = uid
    self.gid = gid
    self.user = user
    self.role = role
  }

  public var isManager: Bool { role == .manager }
}
