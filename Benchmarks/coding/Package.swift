// swift-tools-version: 6.1
import PackageDescription

/// The coding benchmark's drivers, a package of their own so the main package gains nothing:
/// `coding-bench` times each stage of `evident code` (load, code on one core and on all, render,
/// write) on the corpus `run.sh` generates. `coding-digest` is the
/// coding engine's differential guard and timer: it codes the corpus and the sample study under
/// several codebooks and options, prints a digest of every coded segment, and the engine's MB/s
/// per CPU-second.
let package = Package(
    name: "EvidentCodingBenchmark",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Evident", path: "../..")],
    targets: [
        .target(
            name: "BenchSupport",
            swiftSettings: [.enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("InternalImportsByDefault")]
        ),
        .executableTarget(
            name: "coding-bench",
            dependencies: [
                "BenchSupport",
                .product(name: "EvidentApplication", package: "Evident"),
                .product(name: "EvidentAnalysis", package: "Evident"),
                .product(name: "EvidentCoding", package: "Evident"),
                .product(name: "EvidentModel", package: "Evident"),
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("InternalImportsByDefault")]
        ),
        .executableTarget(
            name: "coding-digest",
            dependencies: [
                "BenchSupport",
                .product(name: "EvidentCoding", package: "Evident"),
                .product(name: "EvidentImport", package: "Evident"),
                .product(name: "EvidentModel", package: "Evident"),
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("InternalImportsByDefault")]
        ),
    ]
)
