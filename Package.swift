// swift-tools-version:6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
  .swiftLanguageMode(.v6),
  .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
  name: "Kasir",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "kasird", targets: ["kasird"]),
    .executable(name: "kasir", targets: ["kasir"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    // The shop's rules. No I/O, no clocks, no package dependencies.
    .target(name: "KasirCore", dependencies: [], swiftSettings: swiftSettings),
    // Varlink messages and the .varlink interface files. No package dependencies.
    .target(
      name: "KasirProtocol", dependencies: [],
      resources: [.copy("Interfaces")], swiftSettings: swiftSettings),
    // SQLite through GRDB.
    .target(
      name: "KasirStore",
      dependencies: [
        "KasirCore", .product(name: "GRDB", package: "GRDB.swift"),
        // The SQLite C API, for the one statement `QuickReader` runs without GRDB.
        .product(name: "GRDBSQLite", package: "GRDB.swift"), "CKasirSQLite",
      ],
      swiftSettings: swiftSettings),
    // `sqlite3_config`, which Swift cannot call (variadic).
    .target(name: "CKasirSQLite", linkerSettings: [.linkedLibrary("sqlite3")]),
    // The C libraries, each behind a module map and a shim header.
    .systemLibrary(name: "CCups", providers: [.apt(["libcups2-dev"])]),
    .systemLibrary(
      name: "CXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
    // Export rows as CSV (pure) and XLSX (libxlsxwriter, the only importer of CXlsxWriter).
    .target(
      name: "KasirExport", dependencies: ["KasirCore", "CXlsxWriter"],
      swiftSettings: swiftSettings),
    .target(name: "CKasirSystem"),
    // ESC/POS rendering (pure) and the CUPS printer.
    .target(
      name: "KasirPrinting",
      dependencies: ["KasirCore", "CCups", .product(name: "Logging", package: "swift-log")],
      swiftSettings: swiftSettings),
    // Request handling, the socket server, configuration, systemd integration.
    .target(
      name: "KasirServer",
      dependencies: [
        "KasirCore", "KasirProtocol", "KasirStore", "KasirPrinting", "KasirExport",
        "CKasirSystem",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "TOMLKit", package: "TOMLKit"),
      ],
      swiftSettings: swiftSettings),
    .executableTarget(
      name: "kasird",
      dependencies: [
        "KasirServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
      ],
      swiftSettings: swiftSettings),
    // The thin client: talks varlink, imports KasirProtocol only.
    .executableTarget(
      name: "kasir",
      dependencies: [
        "KasirProtocol",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings),

    // The benchmark suite (`make bench`): a real kasird beside a bare Unix-socket echo.
    .executableTarget(
      name: "kasir-bench",
      dependencies: [
        "KasirProtocol", "KasirTestSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        // SQLite's C API alone, for the bare transaction `Sale.Pay` is compared with.
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ],
      path: "Benchmarks/KasirBench", swiftSettings: swiftSettings),

    .target(
      name: "KasirTestSupport",
      dependencies: ["KasirCore", "KasirProtocol"],
      path: "Tests/KasirTestSupport", swiftSettings: swiftSettings),
    .testTarget(
      name: "KasirCoreTests", dependencies: ["KasirCore", "KasirTestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "KasirProtocolTests", dependencies: ["KasirProtocol", "KasirTestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "KasirStoreTests",
      dependencies: [
        "KasirStore", "KasirTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "KasirPrintingTests", dependencies: ["KasirPrinting", "KasirTestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "KasirServerTests",
      dependencies: [
        "KasirServer", "KasirTestSupport", "KasirStore", "KasirPrinting", "KasirExport",
        .product(name: "InMemoryLogging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOTestUtils", package: "swift-nio"),
        .product(name: "NIOEmbedded", package: "swift-nio"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "kasirTests", dependencies: ["KasirTestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "kasirdTests", dependencies: ["KasirTestSupport", "KasirProtocol"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "EndToEndTests", dependencies: ["KasirTestSupport"],
      swiftSettings: swiftSettings),
    // The fault suite (`make fault` for the full budget): kill -9 under load, SIGTERM, a full
    // disk, a dead cupsd, malformed and fuzzed frames, real unprivileged users.
    .testTarget(
      name: "FaultTests", dependencies: ["KasirTestSupport", "KasirProtocol"],
      swiftSettings: swiftSettings),
  ]
)
