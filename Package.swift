// swift-tools-version:6.0
import PackageDescription

// Linux only (Debian here): the terminal, signal and file code calls Glibc directly.

let package = Package(
    name: "salesplan",
    products: [
        .executable(name: "salesplan", targets: ["salesplan"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/pointfreeco/swift-custom-dump", from: "1.7.3"),
        // CustomDump reports a difference through IssueReporting: without its test support a failed expectation passes.
        .package(url: "https://github.com/pointfreeco/xctest-dynamic-overlay", from: "1.13.1"),
    ],
    targets: [
        // Pure cores: no file, terminal or clock.
        // The odds simulate 100,000 periods a plan: optimised even in debug builds, so tests and `swift run` stay quick.
        .target(
            name: "Planner", path: "Sources/Core/Planner",
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // YAML with a bound on what aliases can multiply, for every file read.
        .target(name: "SafeYAML", dependencies: [.product(name: "Yams", package: "Yams")], path: "Sources/Core/SafeYAML"),
        .target(
            name: "Understanding",
            dependencies: ["Planner", "SafeYAML", .product(name: "Yams", package: "Yams")],
            path: "Sources/Core/Understanding",
            // Every line typed goes through it, and its tests read corpora of lines: optimised in debug builds too.
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        .target(name: "Interview", dependencies: ["Planner", "Understanding", "Tracking"], path: "Sources/Core/Interview"),
        .target(name: "Tracking", dependencies: ["Planner", "Understanding"], path: "Sources/Core/Tracking"),
        .target(
            name: "PlanReport",
            dependencies: ["Planner", "Understanding", "Interview", "Tracking", "Prompts"],
            path: "Sources/Core/PlanReport"
        ),
        // Every word a person reads.
        .target(
            name: "Prompts",
            dependencies: [
                "SafeYAML",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            path: "Prompts",
            resources: [.copy("en")]
        ),
        // The thin shell: files, command line.
        .target(name: "PlanStore", dependencies: ["Planner"], path: "Sources/Shell/PlanStore"),
        // Finds and reads the folders of words for the pure `Prompts` book.
        .target(name: "PromptFiles", dependencies: ["Prompts"], path: "Sources/Shell/PromptFiles"),
        .systemLibrary(
            name: "CLibEdit",
            path: "Sources/Shell/CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The console: the line editor, pipes, the screen and signals. It knows nothing of plans.
        .target(name: "Terminal", dependencies: ["CLibEdit", "Planner", "Understanding"], path: "Sources/Shell/Terminal"),
        .target(
            name: "Workflows",
            dependencies: [
                "Planner", "Understanding", "Interview", "Tracking", "PlanReport", "PlanStore", "Prompts", "Terminal",
            ],
            path: "Sources/Shell/Workflows"
        ),
        .executableTarget(
            name: "salesplan",
            dependencies: [
                "Workflows", "Terminal", "PlanStore", "Prompts", "PromptFiles", "Planner", "Understanding",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/Shell/salesplan"
        ),
        .executableTarget(
            name: "salesplan-bench",
            dependencies: ["Planner", "Understanding"],
            path: "Tests/Benchmarks/InProcess"
        ),
        .testTarget(
            name: "PlannerTests",
            dependencies: [
                "Planner", "TestSupport", .product(name: "CustomDump", package: "swift-custom-dump"),
                .product(name: "IssueReportingTestSupport", package: "xctest-dynamic-overlay"),
            ]
        ),
        .testTarget(
            name: "UnderstandingTests",
            dependencies: ["Understanding", "Planner", "TestSupport"],
            resources: [.copy("Conformance")]
        ),
        .testTarget(
            name: "InterviewTests",
            dependencies: [
                "Interview", "Planner", "Understanding", "Tracking", "TestSupport",
                .product(name: "CustomDump", package: "swift-custom-dump"),
                .product(name: "IssueReportingTestSupport", package: "xctest-dynamic-overlay"),
            ]
        ),
        .testTarget(
            name: "TrackingTests",
            dependencies: [
                "Tracking", "Planner", "Understanding", "TestSupport", .product(name: "CustomDump", package: "swift-custom-dump"),
                .product(name: "IssueReportingTestSupport", package: "xctest-dynamic-overlay"),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: ["Planner", "Understanding", .product(name: "CustomDump", package: "swift-custom-dump")],
            path: "Tests/TestSupport", resources: [.copy("Corpus")],
            // The plain simulation the odds are checked against flips millions of coins: optimised in debug too.
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        .testTarget(
            name: "ReportTests",
            dependencies: ["PlanReport", "Planner", "Understanding", "Interview", "Tracking", "Prompts", "PromptFiles", "TestSupport"],
            resources: [.copy("Golden")]
        ),
        .testTarget(
            name: "ShellTests",
            dependencies: [
                "PlanStore", "Workflows", "Terminal", "Planner", "Prompts", "PromptFiles", "Interview", "Tracking", "TestSupport",
            ],
            resources: [.copy("Examples"), .copy("Transcripts"), .copy("Golden"), .copy("Exports")]
        ),
        .testTarget(
            name: "FuzzRegressionTests",
            dependencies: ["Planner", "Understanding", "Interview", "Tracking", "PlanStore", "Prompts", "TestSupport"],
            path: "Tests/Fuzz",
            exclude: ["Harness", "build.sh", "run.sh", "README.md"],
            resources: [.copy("Corpus"), .copy("Regressions")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
