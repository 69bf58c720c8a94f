import Foundation
import KasirProtocol
import KasirTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Bad input: the disk fills up. Once for real (the database on a 4 MiB tmpfs filled to the
/// last byte, where mounting is allowed), once through `[database] max_size_mb`.
@Suite(.serialized) struct DiskFullTests {
  /// Root may mount a tmpfs here (not in every container).
  static let canMountTmpfs: Bool = {
    guard getuid() == 0, let point = try? TemporaryDirectory.make(prefix: "kdm") else {
      return false
    }
    defer { try? FileManager.default.removeItem(atPath: point) }
    guard
      (try? ProcessRunner.run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", point]))?
        .status == 0
    else { return false }
    _ = try? ProcessRunner.run("/bin/umount", [point])
    return true
  }()

  @Test(.enabled(if: canMountTmpfs, "needs root and permission to mount a tmpfs"))
  func aFullFilesystemRefusesChangesClearlyAndSalesResumeWhenSpaceIsFreed() async throws {
    let point = try TemporaryDirectory.make(prefix: "kdf")
    let mounted = try ProcessRunner.run(
      "/bin/mount", ["-t", "tmpfs", "-o", "size=4m,mode=0755", "tmpfs", point])
    try #require(mounted.status == 0, "\(mounted.stderr)")
    defer {
      _ = try? ProcessRunner.run("/bin/umount", [point])
      try? FileManager.default.removeItem(atPath: point)
    }
    let shop = try FaultShop(database: point + "/kasir.sqlite")
    defer { shop.tearDown() }
    let filler = point + "/filler"
    try await onThread {
      try FullDisk(shop: shop).run(
        fill: { try Self.fill(filler) },
        free: {
          try FileManager.default.removeItem(atPath: filler)
          return try shop.client()
        })
    }
    // A clean stop on the freed disk, and SQLite finds the file sound.
    #expect(shop.terminate() == 0, "\(shop.logText.suffix(2000))")
    #expect(try shop.sql("PRAGMA integrity_check") == "ok")
  }

  @Test func theConfiguredSizeLimitRefusesChangesClearlyAndSalesResumeWhenItIsRaised()
    async throws
  {
    let limited = FaultShop.demoConfig + "\n[database]\nmax_size_mb = 1\n"
    let shop = try FaultShop(config: limited)
    defer { shop.tearDown() }
    try await onThread {
      try FullDisk(shop: shop).run(
        fill: { try Self.importUntilFull(shop) },
        free: {
          // The limit belongs to kasird's connection: raising it takes a restart.
          try shop.rewriteConfig(FaultShop.demoConfig + "\n[database]\nmax_size_mb = 64\n")
          #expect(shop.terminate() == 0)
          try shop.start()
          return try shop.client()
        })
    }
  }

  /// Writes zeros to `path` until the filesystem has no byte left.
  static func fill(_ path: String) throws {
    let fd = open(path, O_CREAT | O_WRONLY, 0o644)
    guard fd >= 0 else { throw FaultError("cannot create \(path)") }
    defer { close(fd) }
    var chunk = [UInt8](repeating: 0, count: 65536)
    while chunk.count > 0 {
      if write(fd, &chunk, chunk.count) < 0 {
        guard errno == ENOSPC else { throw FaultError("filling \(path): errno \(errno)") }
        chunk = [UInt8](repeating: 0, count: chunk.count / 2)
      }
    }
  }

  /// Imports batches of 100 products until kasird refuses one for lack of space; the refused
  /// batch leaves no product behind (imports are all or nothing).
  static func importUntilFull(_ shop: FaultShop) throws {
    let client = try shop.client()
    for batch in 0..<1000 {
      let rows = (0..<100).map { "FZ-\(batch)-\($0),Produk pengisi \(batch) nomor \($0),pcs,1000" }
      let csv = "sku,name,unit,price\n" + rows.joined(separator: "\n") + "\n"
      do {
        _ = try client.call(CatalogAPI.ImportProducts.self, .init(csv: csv))
      } catch let error as VarlinkError {
        #expect(error.error == "id.kasir.Admin.StorageFull", "\(error)")
        #expect(try shop.sql("SELECT count(*) FROM product WHERE sku LIKE 'FZ-\(batch)-%'") == "0")
        return
      }
    }
    throw FaultError("1000 imports fitted under max_size_mb = 1")
  }
}
