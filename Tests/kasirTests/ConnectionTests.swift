import Foundation
import KasirTestSupport
import Testing

@Suite("kasir: reaching the daemon")
struct ConnectionTests {
  @Test func noDaemonExits3AndNamesTheSocket() throws {
    let path = "/tmp/kasir-none-\(UUID().uuidString.prefix(8)).sock"
    let result = try kasir(["info", "--socket", path])
    #expect(result.status == 3)
    #expect(result.stderr.contains(path))
    #expect(result.stderr.contains("systemctl start kasird.socket"))
    #expect(result.stderr.contains("make run"))
  }

  @Test func theSocketComesFromKasirSocket() throws {
    let server = try FakeVarlinkServer(["id.kasir.Shift.Current": .reply("{}")])
    defer { server.stop() }
    let result = try kasir(["shift", "status"], environment: ["KASIR_SOCKET": server.socketPath])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Tidak ada shift yang terbuka"))
    #expect(server.calls.map(\.method) == ["id.kasir.Shift.Current"])
  }

  @Test func globalOptionsMayComeBeforeTheCommand() throws {
    let server = try FakeVarlinkServer(["id.kasir.Stock.ListLevels": .reply(Fixture.levels)])
    defer { server.stop() }
    let result = try kasir(["--socket", server.socketPath, "--lang", "en", "stock"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("NEGATIVE"))
  }

  @Test func aClosedConnectionExits3() throws {
    let (result, calls) = try kasir(["info"], answering: ["id.kasir.Admin.Info": .close])
    #expect(result.status == 3)
    #expect(result.stderr.contains("menutup sambungan"))
    #expect(calls.count == 1)
  }

  @Test func aReplyLargerThanOneReadArrivesWhole() throws {
    let levels = (1...3000).map { index in
      #"{"sku":"SKU-\#(index)","name":"Barang \#(index)","unit":"pcs","onHand":\#(index),"low":false}"#
    }
    let reply = #"{"levels":[\#(levels.joined(separator: ","))]}"#
    let (result, _) = try kasir(
      ["stock"], answering: ["id.kasir.Stock.ListLevels": .reply(reply)])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.split(separator: "\n").count == 3002)
    #expect(result.stdout.contains("SKU-3000"))
  }

  /// As root (CI containers) the client runs as `nobody` through setpriv, since root may open
  /// any socket.
  @Test(.disabled(if: getuid() == 0 && !FileManager.default.fileExists(atPath: setpriv)))
  func aSocketThisUserMayNotOpenExits4() throws {
    let server = try FakeVarlinkServer([:])
    defer { server.stop() }
    chmod(server.directory.path, 0o755)
    chmod(server.socketPath, 0o600)
    let arguments = ["info", "--socket", server.socketPath]
    let result =
      getuid() == 0
      ? try ProcessRunner.run(
        setpriv,
        ["--reuid=65534", "--regid=65534", "--clear-groups", BuiltProducts.path("kasir")]
          + arguments, environment: ["KASIR_LANG": ""])
      : try kasir(arguments)
    #expect(result.status == 4, "\(result.stderr)")
    #expect(result.stderr.contains(server.socketPath))
    #expect(result.stderr.contains("kasir-admin"))
    #expect(server.calls.isEmpty)
  }
}

private let setpriv = "/usr/bin/setpriv"
