import Foundation
import KasirTestSupport
import Testing

/// `kasird --check-config` and the start-up refusals, run on the built binary.
@Suite struct CheckConfigTests {
  let kasird = BuiltProducts.path("kasird")
  let root = BuiltProducts.packageRoot.path

  func configFile(_ text: String) throws -> String {
    let path = "/tmp/kd-" + String(UInt32.random(in: 0...UInt32.max), radix: 36) + ".toml"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func theShippedFilesAreValid() throws {
    for file in ["Config/kasird.example.toml", "Config/kasird.demo.toml"] {
      let result = try ProcessRunner.run(kasird, ["--config", root + "/" + file, "--check-config"])
      #expect(result.status == 0, "\(file): \(result.stderr)")
      #expect(result.stdout.contains("configuration OK"))
    }
  }

  @Test(arguments: [
    ("[printer]\ncolumns = 40\n", "printer.columns: must be 32 (58 mm), 42 or 48 (80 mm)"),
    ("[shop]\ncolour = \"red\"\n", "shop.colour: unknown key; allowed in [shop]: address,"),
    ("[socket]\nmode = 660\n", "socket.mode: must be a string in quotes (found: integer)"),
  ])
  func aBadFileStopsTheStartNamingTheKey(text: String, message: String) throws {
    let path = try configFile(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try ProcessRunner.run(kasird, ["--config", path, "--check-config"])
    #expect(result.status == 78)
    #expect(result.stderr.contains("kasird: configuration: " + message), "\(result.stderr)")
    // The same file stops a real start before anything is created.
    let database = path + ".sqlite"
    let start = try ProcessRunner.run(
      kasird, ["--config", path, "--database", database, "--socket", path + ".sock"])
    #expect(start.status != 0)
    #expect(!FileManager.default.fileExists(atPath: database))
  }

  @Test func flagsOverrideTheFile() throws {
    let path = try configFile(
      "[database]\npath = \"/srv/file.sqlite\"\n[printer]\ndestination = \"q1\"\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let fromFile = try ProcessRunner.run(kasird, ["--config", path, "--check-config"])
    #expect(fromFile.stdout.contains("database: /srv/file.sqlite"))
    #expect(fromFile.stdout.contains("printer:  q1"))
    let overridden = try ProcessRunner.run(
      kasird,
      ["--config", path, "--database", "/tmp/flag.sqlite", "--printer", "", "--check-config"])
    #expect(overridden.stdout.contains("database: /tmp/flag.sqlite"))
    #expect(overridden.stdout.contains("printer:  (none)"))
    let missing = try ProcessRunner.run(
      kasird, ["--config", "/nonexistent/kasird.toml", "--check-config"])
    #expect(missing.status == 78)
    #expect(missing.stderr.contains("/nonexistent/kasird.toml"))
  }

  @Test func helpListsTheOverrides() throws {
    let result = try ProcessRunner.run(kasird, ["--help"])
    for flag in ["--config", "--database", "--socket", "--printer", "--check-config"] {
      #expect(result.stdout.contains(flag), "\(flag)")
    }
  }
}
