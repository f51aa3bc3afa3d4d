// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "sunto",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Sunto", targets: ["Sunto"]),
        .executable(name: "sunto", targets: ["sunto"]),
        // The fuzz targets' checks, for the libFuzzer package in Fuzz/ (not built by `swift build`).
        .library(name: "SuntoFuzzTargets", targets: ["SuntoFuzzTargets"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.0"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"]), .brew(["snowball"])]
        ),
        .target(
            name: "Sunto",
            dependencies: [
                "CLibXML2",
                "CZlib",
                "CStemmer",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "SuntoFuzzTargets",
            dependencies: ["Sunto"]
        ),
        .executableTarget(
            name: "sunto",
            dependencies: [
                "Sunto",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ScoringThroughput",
            dependencies: ["Sunto"],
            path: "Benchmarks/ScoringThroughput"
        ),
        .executableTarget(
            name: "SuntoBenchmarks",
            dependencies: [
                "Sunto",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/SuntoBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .testTarget(
            name: "SuntoTests",
            dependencies: ["Sunto", "SuntoFuzzTargets"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
