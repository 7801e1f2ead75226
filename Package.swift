// swift-tools-version: 6.1
import PackageDescription

/// One settings array for every target (the hummingbird model): Swift 6 language mode,
/// existential `any` spelled out, imports internal unless a public API shows them.
let settings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Evident",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "evident", targets: ["evident"]),
        .library(name: "EvidentFormats", targets: ["EvidentFormats"]),
        .library(name: "EvidentModel", targets: ["EvidentModel"]),
        .library(name: "EvidentImport", targets: ["EvidentImport"]),
        .library(name: "EvidentCoding", targets: ["EvidentCoding"]),
        .library(name: "EvidentAnalysis", targets: ["EvidentAnalysis"]),
        .library(name: "EvidentAnonymisation", targets: ["EvidentAnonymisation"]),
        .library(name: "EvidentExchange", targets: ["EvidentExchange"]),
        .library(name: "EvidentReport", targets: ["EvidentReport"]),
        .library(name: "EvidentApplication", targets: ["EvidentApplication"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Shared low-level formats: one escaper per format (XML, CSV, JSON, YAML, Markdown),
        // hashing (libcrypto on Linux), byte buffers, deterministic zips. Every stage may use it.
        .target(
            name: "EvidentFormats",
            dependencies: [
                .target(name: "CLibCrypto", condition: .when(platforms: [.linux])),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: settings
        ),
        // Stage 0: the researcher's vocabulary. No dependencies.
        .target(name: "EvidentModel", swiftSettings: settings),
        // libxml2, the XML reader, through one system-library target (see its shim.h).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // OpenSSL's libcrypto, on Linux only, for hardware SHA-256 (Apple platforms use CommonCrypto).
        .systemLibrary(name: "CLibCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // SQLite, for results.sqlite (see EvidentReport's ResultsDatabase for why not GRDB).
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // Personal data found and replaced in free text (names, emails, phones, postcodes…).
        .target(name: "EvidentAnonymisation", dependencies: ["EvidentModel"], swiftSettings: settings),
        // Stage 1: files in (CSV layouts, XML, manifests, codebooks, REFI-QDA). Every zip is read
        // through Sources/EvidentImport/Archive (zlib reached through ZIPFoundation's CZlib).
        .target(
            name: "EvidentImport",
            dependencies: [
                "EvidentModel", "EvidentFormats", "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: settings
        ),
        // Stage 2: free text against the codebook, and the coding run (batches, workers,
        // progress, coded_segments.csv).
        .target(name: "EvidentCoding", dependencies: ["EvidentModel", "EvidentFormats"], swiftSettings: settings),
        // Stage 3: numbers with their bases and uncertainty.
        .target(
            name: "EvidentAnalysis",
            dependencies: ["EvidentModel", "EvidentFormats", "EvidentCoding"],
            swiftSettings: settings
        ),
        // Exchange files out: codebooks (YAML, CSV, REFI-QDA .qdc) and coded projects (.qdpx)
        // for NVivo, ATLAS.ti, MAXQDA and QualCoder.
        .target(
            name: "EvidentExchange",
            dependencies: [
                "EvidentModel", "EvidentFormats", "EvidentImport", "EvidentCoding", "EvidentAnalysis",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: settings
        ),
        // Stage 4: the evidence appendix — its typed model, and one renderer per output file.
        .target(
            name: "EvidentReport",
            dependencies: [
                "EvidentModel", "EvidentFormats", "EvidentImport", "EvidentCoding", "EvidentAnalysis",
                "EvidentAnonymisation", "CSQLite",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Templates")],
            swiftSettings: settings
        ),
        // The use cases (report, code, agree, export, inspect, explain): each resolves the study
        // once and runs the stages in order. The command line is a thin layer over it.
        .target(
            name: "EvidentApplication",
            dependencies: [
                "EvidentModel", "EvidentFormats", "EvidentImport", "EvidentCoding", "EvidentAnalysis",
                "EvidentExchange", "EvidentReport",
            ],
            swiftSettings: settings
        ),
        .executableTarget(
            name: "evident",
            dependencies: [
                "EvidentApplication", "EvidentModel", "EvidentImport", "EvidentCoding", "EvidentAnalysis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: settings
        ),
        .testTarget(name: "EvidentFormatsTests", dependencies: ["EvidentFormats"], swiftSettings: settings),
        .testTarget(name: "EvidentModelTests", dependencies: ["EvidentModel"], swiftSettings: settings),
        .testTarget(
            name: "EvidentAnonymisationTests", dependencies: ["EvidentAnonymisation", "EvidentReport"], exclude: ["Fixtures"], swiftSettings: settings
        ),
        .testTarget(
            name: "EvidentImportTests",
            dependencies: ["EvidentImport", "EvidentApplication", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")],
            swiftSettings: settings
        ),
        .testTarget(
            name: "EvidentCodingTests", dependencies: ["EvidentCoding", "EvidentImport", "EvidentFormats"], swiftSettings: settings
        ),
        .testTarget(
            name: "EvidentAnalysisTests", dependencies: ["EvidentAnalysis"], exclude: ["Statistics/reference_values.py"],
            swiftSettings: settings
        ),
        .testTarget(
            name: "EvidentExchangeTests", dependencies: ["EvidentExchange", "EvidentApplication"], swiftSettings: settings
        ),
        .testTarget(
            name: "EvidentReportTests", dependencies: ["EvidentReport", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: settings
        ),
        .testTarget(
            name: "EvidentApplicationTests", dependencies: ["EvidentApplication", "EvidentReport", "CSQLite"], swiftSettings: settings
        ),
        .testTarget(
            name: "EvidentEndToEndTests", dependencies: ["EvidentApplication"], exclude: ["Fixtures", "Golden"],
            swiftSettings: settings
        ),
    ]
)
