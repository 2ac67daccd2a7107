// swift-tools-version:6.0
import PackageDescription

/// The MARAC & DHR workbench: a library of all behaviour (`MARACKit`) and a thin tool (`marac`).
///
/// No Swift package dependencies: only the toolchain and the system libraries libsqlite3,
/// libpq, libxml2, zlib and libcrypto (OpenSSL), each wrapped once inside `MARACKit`.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    // libxml2's headers are in a folder of their own (`pkg-config --cflags libxml-2.0` on
    // Debian). The library is opened with dlopen on first use (Sources/CLibXML2/shim.h), so the
    // folder is named here: `pkgConfig` would also link libxml2, and with it ICU, into every
    // start of the tool.
    .unsafeFlags(["-Xcc", "-I/usr/include/libxml2"]),
]

let package = Package(
    name: "MARACWorkbench",
    products: [
        .library(name: "MARACKit", targets: ["MARACKit"]),
        .executable(name: "marac", targets: ["MARACCLI"]),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libpq's header only: the library is opened with dlopen on the first connection to a
        // server (Sources/CLibPQ/shim.h), so a command on a SQLite file never loads it.
        .systemLibrary(
            name: "CLibPQ",
            providers: [.apt(["libpq-dev"])]
        ),
        // libcrypto's headers only: the library is opened with dlopen the first time a command
        // hashes or encrypts (Sources/CLibCrypto/shim.h), so a query never loads it.
        .systemLibrary(
            name: "CLibCrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .target(
            name: "MARACKit",
            dependencies: ["CSQLite", "CLibXML2", "CZlib", "CLibPQ", "CLibCrypto"],
            swiftSettings: strict
        ),
        // Release builds link the Swift runtime and Foundation into the binary: no shared
        // libraries to find and relocate at start-up, which halves a one-shot command's start
        // (benchmarks/RESULTS.md). Debug builds (`swift run`, `swift test`) stay dynamic, so the
        // test runner and the tool share one runtime.
        .executableTarget(
            name: "MARACCLI",
            dependencies: ["MARACKit"],
            swiftSettings: strict,
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-static-stdlib", "-l_FoundationCollections", "-l_FoundationCShims",
                        "-lswiftSynchronization",
                    ],
                    .when(configuration: .release))
            ]
        ),
        // The PostgreSQL server the server suites of both test targets run against.
        .target(
            name: "MARACTestSupport",
            path: "Tests/MARACTestSupport",
            swiftSettings: strict
        ),
        .testTarget(
            name: "MARACKitTests",
            dependencies: ["MARACKit", "MARACTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "MARACCLITests",
            dependencies: ["MARACCLI", "MARACKit", "MARACTestSupport"],
            exclude: ["Transcripts"],
            swiftSettings: strict
        ),
    ]
)
