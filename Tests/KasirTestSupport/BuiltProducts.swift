import Foundation

/// Where `swift build` put the package's executables: beside the test bundle.
public enum BuiltProducts {
  public static var directory: URL {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    while url.path != "/" {
      if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("kasird").path) {
        return url
      }
      url.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      .appendingPathComponent(".build/debug")
  }

  /// The path of an executable product, e.g. `kasir` or `kasird`.
  public static func path(_ name: String) -> String {
    directory.appendingPathComponent(name).path
  }

  /// The repository root (the folder holding Package.swift).
  public static var packageRoot: URL {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url
      }
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }
}
