import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The few file system calls backups need, failing with the system's words.
enum FileSystem {
  /// `fsync` of a file or a directory by path, so a rename or a new file survives a power cut.
  static func sync(_ path: String) throws(POSIXFailure) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw POSIXFailure(call: "open", path: path, code: errno) }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else {
      throw POSIXFailure(call: "fsync", path: path, code: errno)
    }
  }

  /// `mkdir -p` with mode `mode` (less the umask) for the directories it makes.
  static func makeDirectory(_ path: String, mode: mode_t = 0o750) throws(POSIXFailure) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw POSIXFailure(call: "mkdir", path: path, code: ENOTDIR)
      }
      return
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty, parent != path { try makeDirectory(parent, mode: mode) }
    if mkdir(path, mode) != 0, errno != EEXIST {
      throw POSIXFailure(call: "mkdir", path: path, code: errno)
    }
  }
}

extension FileSystem {
  /// Copies `source` to the new file `destination` (which must not exist) and syncs it; on
  /// failure the partial copy is removed.
  static func copy(_ source: String, to destination: String) throws(POSIXFailure) {
    let input = open(source, O_RDONLY | O_CLOEXEC)
    guard input >= 0 else { throw POSIXFailure(call: "open", path: source, code: errno) }
    defer { close(input) }
    let output = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard output >= 0 else { throw POSIXFailure(call: "open", path: destination, code: errno) }
    do throws(POSIXFailure) {
      defer { close(output) }
      var buffer = [UInt8](repeating: 0, count: 1 << 20)
      while true {
        let count = read(input, &buffer, buffer.count)
        if count == 0 { break }
        guard count > 0 else { throw POSIXFailure(call: "read", path: source, code: errno) }
        var written = 0
        while written < count {
          let result = buffer[written..<count].withUnsafeBytes {
            write(output, $0.baseAddress, $0.count)
          }
          guard result > 0 else {
            throw POSIXFailure(call: "write", path: destination, code: errno)
          }
          written += result
        }
      }
      guard fsync(output) == 0 else {
        throw POSIXFailure(call: "fsync", path: destination, code: errno)
      }
    } catch {
      unlink(destination)
      throw error
    }
  }

  /// Removes a file; one that is not there is fine.
  static func remove(_ path: String) throws(POSIXFailure) {
    guard unlink(path) == 0 || errno == ENOENT else {
      throw POSIXFailure(call: "unlink", path: path, code: errno)
    }
  }

  /// A second name for `source` (a hard link), or a copy where links are not possible.
  static func linkOrCopy(_ source: String, _ destination: String) throws(POSIXFailure) {
    if link(source, destination) == 0 { return }
    try copy(source, to: destination)
  }
}

/// A system call that failed, with the system's words for why.
struct POSIXFailure: Error, CustomStringConvertible {
  var call: String
  var path: String
  var code: Int32

  var description: String { "\(call) \(path): \(String(cString: strerror(code)))" }
}
