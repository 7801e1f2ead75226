// swift-tools-version: 6.1
import PackageDescription

/// The XML reader's benchmark driver, a package of its own so the main package gains nothing:
/// `run.sh` beside this file builds it in release mode and times it against `xmllint --stream`.
let package = Package(
    name: "EvidentXMLBenchmark",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Evident", path: "../..")],
    targets: [
        .executableTarget(
            name: "xml-bench",
            dependencies: [.product(name: "EvidentImport", package: "Evident")],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("InternalImportsByDefault")]
        ),
    ]
)
