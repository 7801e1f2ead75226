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
        .library(name: "EvidentModel", targets: ["EvidentModel"]),
        .library(name: "EvidentImport", targets: ["EvidentImport"]),
        .library(name: "EvidentCoding", targets: ["EvidentCoding"]),
        .library(name: "EvidentAnalysis", targets: ["EvidentAnalysis"]),
        .library(name: "EvidentReport", targets: ["EvidentReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Stage 0: the researcher's vocabulary. No dependencies.
        .target(name: "EvidentModel", swiftSettings: settings),
        // libxml2, the XML reader, through one system-library target (see its shim.h).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // OpenSSL's libcrypto, on Linux only, for hardware SHA-256 (Apple platforms use CommonCrypto).
        .systemLibrary(name: "CLibCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // Stage 1: files in (CSV layouts, XML, manifests, codebooks, REFI-QDA). Every zip is read
        // through Sources/EvidentImport/Archive (zlib reached through ZIPFoundation's CZlib).
        .target(
            name: "EvidentImport",
            dependencies: [
                "EvidentModel", "CLibXML2",
                .target(name: "CLibCrypto", condition: .when(platforms: [.linux])),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: settings
        ),
        // Stage 2: free text against the codebook.
        .target(name: "EvidentCoding", dependencies: ["EvidentModel"], swiftSettings: settings),
        // Stage 3: numbers with their bases and uncertainty.
        .target(
            name: "EvidentAnalysis",
            dependencies: ["EvidentModel", "EvidentCoding"],
            swiftSettings: settings
        ),
        // Stage 4: the evidence appendix, and the run that drives every stage.
        .target(
            name: "EvidentReport",
            dependencies: [
                "EvidentModel", "EvidentImport", "EvidentCoding", "EvidentAnalysis",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Templates")],
            swiftSettings: settings
        ),
        .executableTarget(
            name: "evident",
            dependencies: [
                "EvidentReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: settings
        ),
        .testTarget(name: "EvidentModelTests", dependencies: ["EvidentModel"], swiftSettings: settings),
        .testTarget(
            name: "EvidentImportTests",
            dependencies: ["EvidentImport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")],
            swiftSettings: settings
        ),
        .testTarget(name: "EvidentCodingTests", dependencies: ["EvidentCoding", "EvidentImport"], swiftSettings: settings),
        .testTarget(
            name: "EvidentAnalysisTests", dependencies: ["EvidentAnalysis"], exclude: ["Statistics/reference_values.py"],
            swiftSettings: settings
        ),
        .testTarget(
            name: "EvidentReportTests", dependencies: ["EvidentReport"], exclude: ["Anonymisation/Fixtures"], swiftSettings: settings
        ),
        .testTarget(
            name: "EvidentEndToEndTests", dependencies: ["EvidentReport"], exclude: ["Fixtures", "Golden"], swiftSettings: settings
        ),
    ]
)
