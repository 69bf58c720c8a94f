import Foundation
import KasirTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Bad input: real Unix users the test creates. A user outside kasird's groups is refused
/// (by the socket's mode, and by kasird itself where the socket is open to all); a cashier
/// cannot call a manager method; the socket's owner, group and mode are as configured.
@Suite(.serialized) struct UnprivilegedUserTests {
  static let cashierGroup = "kasirfz-kasir"
  static let managerGroup = "kasirfz-admin"
  static let stranger = "kasirfz-nobody"
  static let cashier = "kasirfz-cashier"
  static let tools = [
    "/usr/sbin/useradd", "/usr/sbin/userdel", "/usr/sbin/groupadd",
    "/usr/sbin/groupdel", "/usr/sbin/runuser",
  ]

  static var canCreateUsers: Bool {
    getuid() == 0 && tools.allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
  }

  static func config(mode: String) -> String {
    FaultShop.demoConfig.replacingOccurrences(
      of: "mode = \"0666\"\ngroup = \"\"",
      with: "mode = \"\(mode)\"\ngroup = \"\(cashierGroup)\"")
      + "\n[roles]\ncashier_group = \"\(cashierGroup)\"\nmanager_group = \"\(managerGroup)\"\n"
  }

  @Test(.enabled(if: canCreateUsers, "needs root, useradd and runuser"))
  func strangersAreRefusedCashiersCannotManageAndTheSocketIsAsConfigured() throws {
    try Self.removeUsers()
    defer { try? Self.removeUsers() }
    try Self.createUsers()
    let shop = try FaultShop(config: Self.config(mode: "0660"))
    defer { shop.tearDown() }
    // A copy of the client every user may run.
    let kasir = shop.directory + "/kasir"
    try FileManager.default.copyItem(atPath: BuiltProducts.path("kasir"), toPath: kasir)
    chmod(kasir, 0o755)
    func run(_ user: String, _ arguments: [String], lang: String = "id") throws -> ProcessResult {
      try ProcessRunner.run(
        "/usr/sbin/runuser",
        [
          "-u", user, "--", "/usr/bin/env", "KASIR_SOCKET=\(shop.socket)", "KASIR_LANG=\(lang)",
          kasir,
        ]
          + arguments)
    }

    // The socket file: owned by kasird's user (root), the configured group, mode 0660.
    var info = stat()
    try #require(stat(shop.socket, &info) == 0)
    #expect(info.st_mode & S_IFMT == S_IFSOCK)
    #expect(info.st_mode & 0o777 == 0o660)
    #expect(info.st_uid == 0)
    #expect(info.st_gid == Self.groupID(Self.cashierGroup))

    // The stranger cannot open the socket, and is told which groups give access.
    let refused = try run(Self.stranger, ["info"])
    #expect(refused.status == 4, "\(refused.stdout)\(refused.stderr)")
    #expect(
      refused.stderr.contains("Tidak diizinkan membuka soket \(shop.socket)"), "\(refused.stderr)")
    let refusedEnglish = try run(Self.stranger, ["info"], lang: "en")
    #expect(refusedEnglish.stderr.contains("Not allowed to open the socket"))

    // The cashier sells and checks stock, but may not change a price.
    let who = try run(Self.cashier, ["info", "--json"])
    #expect(who.status == 0, "\(who.stderr)")
    let whoami = try JSONSerialization.jsonObject(with: Data(who.stdout.utf8)) as? [String: Any]
    #expect(whoami?["role"] as? String == "cashier", "\(who.stdout)")
    #expect(whoami?["user"] as? String == Self.cashier)
    #expect(try run(Self.cashier, ["stock", "KOP-SAC"]).status == 0)
    let price = try run(Self.cashier, ["price", "set", "KOP-SAC", "9999"])
    #expect(price.status == 4, "\(price.stdout)\(price.stderr)")
    #expect(price.stderr.contains("Anda tidak berhak melakukan ini"), "\(price.stderr)")
    let product = try shop.kasir(["product", "show", "KOP-SAC", "--json"])
    #expect(!product.stdout.contains("9999"), "the price did not change: \(product.stdout)")
    #expect(shop.logText.contains("permission denied"))

    // Where the socket is open to all, kasird itself refuses the stranger everything but
    // org.varlink.service.
    try shop.rewriteConfig(Self.config(mode: "0666"))
    #expect(shop.terminate() == 0)
    try shop.start()
    try #require(stat(shop.socket, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o666)
    let stock = try run(Self.stranger, ["stock", "KOP-SAC"])
    #expect(stock.status == 4, "\(stock.stdout)\(stock.stderr)")
    #expect(stock.stderr.contains("Anda tidak berhak melakukan ini"), "\(stock.stderr)")
    #expect(try run(Self.stranger, ["price", "set", "KOP-SAC", "9999"]).status == 4)
  }

  static func createUsers() throws {
    for group in [cashierGroup, managerGroup] {
      try tool("/usr/sbin/groupadd", ["--system", group])
    }
    try tool("/usr/sbin/useradd", ["--system", "-M", "-N", "-s", "/usr/sbin/nologin", stranger])
    try tool(
      "/usr/sbin/useradd",
      ["--system", "-M", "-N", "-s", "/usr/sbin/nologin", "-G", cashierGroup, cashier])
  }

  /// Removes the test's users and groups, also what an earlier, interrupted run left.
  static func removeUsers() throws {
    for user in [stranger, cashier] where getpwnam(user) != nil {
      try tool("/usr/sbin/userdel", [user])
    }
    for group in [cashierGroup, managerGroup] where getgrnam(group) != nil {
      try tool("/usr/sbin/groupdel", [group])
    }
  }

  static func tool(_ path: String, _ arguments: [String]) throws {
    let result = try ProcessRunner.run(path, arguments)
    guard result.status == 0 else {
      throw FaultError("\(path) \(arguments.joined(separator: " ")): \(result.stderr)")
    }
  }

  static func groupID(_ name: String) -> gid_t? { getgrnam(name).map { $0.pointee.gr_gid } }
}
