import Foundation
import KasirTestSupport
import Testing

extension CheckConfigTests {
  @Test func aBadCatalogUnitStopsTheStart() throws {
    let path = try configFile("[catalog]\nunits = [\"pcs\", \"Kilo Gram\"]\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try ProcessRunner.run(kasird, ["--config", path, "--check-config"])
    #expect(result.status == 78)
    #expect(
      result.stderr.contains(
        "kasird: configuration: catalog.units: \"Kilo Gram\" is not a unit"),
      "\(result.stderr)")
  }
}
