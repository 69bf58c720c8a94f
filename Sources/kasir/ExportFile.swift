import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary file of an export in progress, removed if the process is interrupted.
/// A signal handler may only read a C string, so it is kept as one.
nonisolated(unsafe) private var interruptedExportPath: UnsafeMutablePointer<CChar>?

/// Where an export is written: a temporary file beside the target, moved into place only when
/// every byte is on disk. Until then (an error, a refusal from kasird, Ctrl-C) the target is
/// untouched and the temporary file is removed.
final class ExportFile {
  let path: String
  private(set) var temporary: String
  private var descriptor: Int32

  /// Creates `.NAME.XXXXXX.part` beside `path`; throws the system's reason when it cannot.
  init(path: String) throws {
    self.path = path
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var template = Array("\(folder)/.\(url.lastPathComponent).XXXXXX.part".utf8CString)
    descriptor = mkstemps(&template, 5)
    guard descriptor >= 0 else { throw ExportFile.systemError() }
    // mkstemps makes the file 0600; the export gets the mode any new file would get.
    let mask = umask(0)
    umask(mask)
    fchmod(descriptor, 0o666 & ~mask)
    temporary = String(cString: template)
    interruptedExportPath = strdup(temporary)
    signal(SIGINT) { _ in
      if let path = interruptedExportPath { unlink(path) }
      _exit(130)
    }
    signal(SIGTERM) { _ in
      if let path = interruptedExportPath { unlink(path) }
      _exit(143)
    }
  }

  deinit { discard() }

  func write(_ data: Data) throws {
    try data.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw ExportFile.systemError()
        }
        offset += written
      }
    }
  }

  /// Flushes the file to disk and moves it to `path`: replacing a file there only when
  /// `replace`, else failing with EEXIST (a file that appeared meanwhile is not overwritten).
  func commit(replace: Bool) throws {
    guard fsync(descriptor) == 0, Glibc.close(descriptor) == 0 else {
      throw ExportFile.systemError()
    }
    descriptor = -1
    if replace {
      guard rename(temporary, path) == 0 else { throw ExportFile.systemError() }
    } else if link(temporary, path) == 0 {
      unlink(temporary)
    } else {
      // FAT and exFAT (USB sticks) have no hard links: check, then rename.
      guard errno == EPERM || errno == ENOTSUP || errno == EOPNOTSUPP else {
        throw ExportFile.systemError()
      }
      guard access(path, F_OK) != 0 else { throw POSIXError(.EEXIST) }
      guard rename(temporary, path) == 0 else { throw ExportFile.systemError() }
    }
    temporary = ""
    forget()
  }

  /// Removes the temporary file (nothing happens after `commit`).
  func discard() {
    if descriptor >= 0 {
      _ = Glibc.close(descriptor)
      descriptor = -1
    }
    if !temporary.isEmpty {
      unlink(temporary)
      temporary = ""
    }
    forget()
  }

  private func forget() {
    signal(SIGINT, SIG_DFL)
    signal(SIGTERM, SIG_DFL)
    free(interruptedExportPath)
    interruptedExportPath = nil
  }

  static func systemError() -> POSIXError {
    POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
  }
}
