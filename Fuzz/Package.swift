// swift-tools-version: 6.1
import PackageDescription

/// Coverage-guided fuzzing of Evident's readers with libFuzzer (engineering note 5). A package
/// of its own, so `swift build` and `swift test` at the top never build it: `Fuzz/run` builds it
/// with `--sanitize fuzzer --sanitize address` and runs one harness at a time (see README.md).
let package = Package(
    name: "EvidentFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Evident", path: "..")],
    targets: [
        .executableTarget(
            name: "evident-fuzz",
            dependencies: [
                .product(name: "EvidentImport", package: "Evident"),
                .product(name: "EvidentCoding", package: "Evident"),
                .product(name: "EvidentModel", package: "Evident"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
