import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Looks up Unix users and groups (passwd, group) to give a caller its name and role.
public struct UserDirectory: Sendable {
  public var cashierGroup: String
  public var managerGroup: String

  public init(cashierGroup: String, managerGroup: String) {
    self.cashierGroup = cashierGroup
    self.managerGroup = managerGroup
  }

  /// The caller for credentials read from a socket.
  public func caller(pid: Int32, uid: UInt32, gid: UInt32) -> Caller {
    let name = Self.userName(uid: uid)
    let groups = name.map { Self.groupIDs(user: $0, primary: gid) } ?? [gid]
    let role: Caller.Role?
    if uid == 0 || Self.groupID(named: managerGroup).map(groups.contains) == true {
      role = .manager
    } else if Self.groupID(named: cashierGroup).map(groups.contains) == true {
      role = .cashier
    } else {
      role = nil
    }
    return Caller(pid: pid, uid: uid, gid: gid, user: name ?? "uid:\(uid)", role: role)
  }

  static func userName(uid: UInt32) -> String? {
    var entry = passwd()
    var result: UnsafeMutablePointer<passwd>?
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil else {
      return nil
    }
    return String(cString: entry.pw_name)
  }

  static func groupIDs(user: String, primary: UInt32) -> [UInt32] {
    var count: Int32 = 64
    var groups = [gid_t](repeating: 0, count: Int(count))
    if getgrouplist(user, primary, &groups, &count) == -1 {
      groups = [gid_t](repeating: 0, count: Int(count))
      guard getgrouplist(user, primary, &groups, &count) != -1 else { return [primary] }
    }
    return Array(groups.prefix(Int(count)))
  }

  /// The id of a group by name, or nil if there is no such group.
  public static func groupID(named name: String) -> UInt32? {
    var entry = group()
    var result: UnsafeMutablePointer<group>?
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getgrnam_r(name, &entry, &buffer, buffer.count, &result) == 0, result != nil else {
      return nil
    }
    return entry.gr_gid
  }
}
