// swift-tools-version:6.1
import PackageDescription

// libFuzzer executable over sunto's fuzz targets, kept out of the main package so that
// `swift build` and `swift test` never build it. Built and run by `scripts/fuzz`:
//   swift build --package-path Fuzz --scratch-path .build-fuzz --sanitize=fuzzer --sanitize=address \
//       -Xswiftc -sanitize=fuzzer,address   (swiftc keeps only the last -sanitize flag)
let package = Package(
    name: "SuntoFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "sunto", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "sunto-fuzz",
            dependencies: [.product(name: "SuntoFuzzTargets", package: "sunto")],
            path: "Sources/SuntoFuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
