import Foundation
import MARACKit

#if canImport(Glibc)
    import Glibc
#endif

/// The tests' seeded generator: the library's xorshift64*, so fuzz and kill tests repeat.
typealias XorShift = SyntheticRandom

/// A `marac` process started in the background, its output going to files.
final class Spawned {
    let process = Process()
    let outPath: String
    let errPath: String

    /// Starts `marac arguments` with no MARAC_* variables but `environment`.
    init(
        _ arguments: [String], in directory: String, name: String,
        environment: [String: String] = [:]
    )
        throws
    {
        outPath = directory + "/\(name).out"
        errPath = directory + "/\(name).err"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: BinaryTests.binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for key in ["MARAC_DB", "MARAC_USER", "MARAC_TODAY"] { env[key] = nil }
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
    }

    /// Waits for the process; returns its exit status, standard output and standard error.
    func finish() -> (status: Int32, stdout: String, stderr: String, killed: Bool) {
        process.waitUntilExit()
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return (
            process.terminationStatus, out, err, process.terminationReason == .uncaughtSignal
        )
    }

    /// Kills the process at once, as a power cut or `kill -9` would.
    func killNow() { kill(process.processIdentifier, SIGKILL) }
}

/// A scratch folder for one test, removed afterwards.
final class Scratch {
    let path: String

    init() {
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent(
                "marac-trust-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            ).path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Seconds on the monotonic clock.
func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// Runs `marac --db db --user user words...` and fails the test's expectation on error.
@discardableResult
func marac(_ db: String, _ user: String, _ words: [String], today: String = "2026-11-25") throws
    -> BinaryTests.Result
{
    try BinaryTests.run(["--db", db, "--user", user, "--today", today] + words)
}

/// One integer from the database at `path`, opened as another user of the file would.
func count(_ path: String, _ sql: String) throws -> Int {
    let db = try Database(path: path)
    return try db.scalar(sql, as: Int.self) ?? -1
}
