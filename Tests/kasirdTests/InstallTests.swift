import Foundation
import KasirTestSupport
import Testing

/// `make install` (scripts/install-files) puts every file where PREFIX, SYSCONFDIR and DESTDIR
/// say, rewrites the paths inside the units, never overwrites an edited configuration, and the
/// installed units verify cleanly.
@Suite(.serialized) struct InstallTests {
  let script = BuiltProducts.packageRoot.path + "/scripts/install-files"
  let binaries = BuiltProducts.directory.path

  func install(prefix: String, destdir: String = "", sysconfdir: String) throws -> ProcessResult {
    try ProcessRunner.run(
      "/bin/bash", [script, binaries],
      environment: ["PREFIX": prefix, "DESTDIR": destdir, "SYSCONFDIR": sysconfdir])
  }

  @Test func destdirHoldsEveryFileWithPathsWithoutIt() throws {
    let stage = try TemporaryDirectory.make(prefix: "kd")
    defer { try? FileManager.default.removeItem(atPath: stage) }
    let result = try install(prefix: "/usr", destdir: stage, sysconfdir: "/etc")
    #expect(result.status == 0, "\(result.stderr)")
    let expected = [
      "/usr/bin/kasird", "/usr/bin/kasir", "/usr/lib/systemd/system/kasird.socket",
      "/usr/lib/systemd/system/kasird.service", "/usr/lib/sysusers.d/kasir.conf",
      "/usr/lib/tmpfiles.d/kasir.conf", "/etc/kasir/kasird.toml",
      "/usr/share/doc/kasir/kasird.example.toml", "/usr/share/doc/kasir/README.md",
      "/usr/share/bash-completion/completions/kasir", "/usr/share/zsh/site-functions/_kasir",
      "/usr/share/fish/vendor_completions.d/kasir.fish",
    ]
    for path in expected {
      #expect(FileManager.default.fileExists(atPath: stage + path), "missing \(path)")
    }
    #expect(FileManager.default.isExecutableFile(atPath: stage + "/usr/bin/kasir"))
    let service = try String(
      contentsOfFile: stage + "/usr/lib/systemd/system/kasird.service", encoding: .utf8)
    #expect(service.contains("ExecStart=/usr/bin/kasird --config /etc/kasir/kasird.toml"))
    #expect(!service.contains(stage) && !service.contains("/usr/local"))
    let completion = try String(
      contentsOfFile: stage + "/usr/share/bash-completion/completions/kasir", encoding: .utf8)
    #expect(completion.contains("complete") && completion.contains("stock"))
  }

  @Test func anEditedConfigurationIsKept() throws {
    let prefix = try TemporaryDirectory.make(prefix: "kp")
    defer { try? FileManager.default.removeItem(atPath: prefix) }
    let config = prefix + "/etc/kasir/kasird.toml"
    #expect(try install(prefix: prefix, sysconfdir: prefix + "/etc").status == 0)
    try "[shop]\nname = \"Koperasi Sepinggan\"\n".write(
      toFile: config, atomically: true, encoding: .utf8)
    let again = try install(prefix: prefix, sysconfdir: prefix + "/etc")
    #expect(again.status == 0)
    #expect(try String(contentsOfFile: config, encoding: .utf8).contains("Sepinggan"))
    #expect(again.stdout.contains("kept"))
  }

  @Test func theInstalledUnitsVerify() throws {
    let prefix = try TemporaryDirectory.make(prefix: "kv")
    defer { try? FileManager.default.removeItem(atPath: prefix) }
    #expect(try install(prefix: prefix, sysconfdir: prefix + "/etc").status == 0)
    let units = prefix + "/lib/systemd/system/"
    let result = try ProcessRunner.run(
      "/usr/bin/systemd-analyze", ["verify", units + "kasird.socket", units + "kasird.service"])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty && result.stderr.isEmpty, "\(result.stdout)\(result.stderr)")
  }

  @Test func aMissingBinaryStopsTheInstall() throws {
    let empty = try TemporaryDirectory.make(prefix: "ke")
    defer { try? FileManager.default.removeItem(atPath: empty) }
    let result = try ProcessRunner.run(
      "/bin/bash", [script, empty], environment: ["DESTDIR": empty + "/stage"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("is not built"))
    #expect(!FileManager.default.fileExists(atPath: empty + "/stage"))
  }
}
