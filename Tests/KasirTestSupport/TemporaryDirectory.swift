import Foundation

/// A fresh directory under /tmp with a short name: Unix socket paths inside it stay well under
/// the 107-byte limit.
public enum TemporaryDirectory {
  /// Creates `/tmp/PREFIX-xxxxxx` and returns its path.
  public static func make(prefix: String) throws -> String {
    let path = "/tmp/\(prefix)-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}
