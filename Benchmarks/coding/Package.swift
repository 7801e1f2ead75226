// swift-tools-version: 6.1
import PackageDescription

/// The coding benchmark's phase driver, a package of its own so the main package gains nothing:
/// it times each stage of `evident code` (load, code on one core and on all, render, write) on
/// the corpus `run.sh` generates, and a byte-level parallel rendering of coded_segments.csv that
/// it checks is byte-identical to the current one.
let package = Package(
    name: "EvidentCodingBenchmark",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Evident", path: "../..")],
    targets: [
        .executableTarget(
            name: "coding-bench",
            dependencies: [
                .product(name: "EvidentReport", package: "Evident"),
                .product(name: "EvidentAnalysis", package: "Evident"),
                .product(name: "EvidentCoding", package: "Evident"),
                .product(name: "EvidentModel", package: "Evident"),
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("InternalImportsByDefault")]
        ),
    ]
)
