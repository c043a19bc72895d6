// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "partner-triage",
    // Synchronization's Mutex needs macOS 15.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "partner-triage", targets: ["partner-triage"]),
        .library(name: "PartnerCentral", targets: ["PartnerCentral"]),
        .library(name: "PartnerCentralEmulator", targets: ["PartnerCentralEmulator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        // Already in the graph through Hummingbird; its UnixSignals product catches SIGTERM and SIGHUP for bulk runs.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        // Speed and memory targets; the interposer counts allocations (the runtime interposer is not needed here).
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
        // `TestClock`: tests move time by hand through the same `Clock` the code sleeps on.
        .package(url: "https://github.com/pointfreeco/swift-clocks.git", from: "1.1.1"),
        // Property tests for the sanitiser, the JSON writer and the token bucket.
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        // The one process runner: `credential_process`, the browser opener and the tests' child processes.
        .package(url: "https://github.com/swiftlang/swift-subprocess.git", from: "1.0.2"),
        // The config file is TOML; a real parser gives line numbers and the full grammar for free.
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCurses",
            path: "Sources/CNCurses",
            // Debian's libncurses-dev and Homebrew's ncurses (keg-only: SwiftPM finds its ncursesw.pc under
            // `brew --prefix`/opt/ncurses) answer to pkg-config; macOS's own ncurses has no .pc file and is found
            // through the SDK. The library is named per platform in TriageTerminal's linker settings.
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
        ),
        .target(
            name: "PartnerCentral",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]
        ),
        // The demo seed, compiled in (Sources/DemoAssets/DemoInvitationsJSON.swift, made from assets/ by
        // assets/embed-demo-invitations.py) so a copied binary needs no resource bundle.
        .target(name: "DemoAssets"),
        .target(
            name: "PartnerCentralEmulator",
            dependencies: [
                "PartnerCentral",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(
            name: "TriageCore",
            dependencies: ["PartnerCentral"]
        ),
        // Carries the core's effects out through the client, for the UI and the command line alike.
        .target(
            name: "TriageEffects",
            dependencies: ["TriageCore", "PartnerCentral"]
        ),
        .target(
            name: "TriageTerminal",
            dependencies: ["TriageCore", "CNCurses"],
            // Linux's wide-character library is libncursesw; macOS's own libncurses has the wide functions, and
            // Homebrew links its libncurses to libncursesw, so "ncurses" picks whichever one pkg-config put first.
            linkerSettings: [
                .linkedLibrary("ncursesw", .when(platforms: [.linux])),
                .linkedLibrary("ncurses", .when(platforms: [.macOS])),
            ]
        ),
        .target(
            name: "PartnerTriageCLI",
            dependencies: [
                "PartnerCentral",
                "PartnerCentralEmulator",
                "TriageCore",
                "TriageEffects",
                "TriageTerminal",
                "DemoAssets",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]
        ),
        .executableTarget(
            name: "partner-triage",
            dependencies: ["PartnerTriageCLI"]
        ),
        .executableTarget(
            name: "PartnerTriageBenchmarks",
            dependencies: [
                "PartnerCentral", "PartnerCentralEmulator", "TriageCore", "TriageEffects", "TriageTerminal",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            // The benchmark plugin finds its targets in a folder named Benchmarks.
            path: "Tests/Benchmarks/PartnerTriageBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Fuzz targets for the response readers, the config-file parser, the sanitiser and the key decoder: a
        // seeded harness in every test run, libFuzzer with `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING`.
        .executableTarget(
            name: "PartnerTriageFuzz",
            dependencies: ["PartnerCentral", "TriageCore", "TriageTerminal"],
            path: "Tests/Fuzz/PartnerTriageFuzz"
        ),
        // What the test targets share: tool lookup on PATH, child processes, test time, polling, temporary HOMEs,
        // the demo seed and scoped emulator lifetimes. A plain target under Tests/, linked only into the tests.
        .target(
            name: "PartnerTriageTestSupport",
            dependencies: [
                "PartnerCentral", "PartnerCentralEmulator", .product(name: "Clocks", package: "swift-clocks"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ],
            path: "Tests/PartnerTriageTestSupport"
        ),
        .testTarget(
            name: "PartnerCentralTests",
            dependencies: [
                "PartnerCentral", "PartnerCentralEmulator", "PartnerTriageTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Clocks", package: "swift-clocks"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PartnerCentralEmulatorTests",
            dependencies: [
                "PartnerCentralEmulator", "PartnerCentral", "DemoAssets", "PartnerTriageTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Clocks", package: "swift-clocks"),
            ]
        ),
        .testTarget(
            name: "TriageCoreTests",
            dependencies: [
                "TriageCore", "PartnerCentral", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "TriageTerminalTests",
            dependencies: [
                "TriageTerminal", "TriageCore", "PartnerCentral", "PartnerCentralEmulator", "DemoAssets",
                "PartnerTriageTestSupport",
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "PartnerTriageCLITests",
            dependencies: [
                "PartnerTriageCLI", "TriageEffects", "PartnerCentral", "PartnerCentralEmulator", "DemoAssets",
                "PartnerTriageTestSupport",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
