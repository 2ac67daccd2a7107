#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Finds a folder the tool ships beside its code (`Policies/`, `Templates/`).
///
/// An environment variable names it explicitly; otherwise the first folder of that name holding
/// the marker file, beside the executable or in one of its parents (the package root when run
/// from `.build/debug/marac`), then in the current directory.
public enum ResourceDirectory {
    /// The folder, or `nil` when none is found (callers fall back to their embedded copies).
    public static func locate(
        _ name: String, containing marker: String, environmentVariable: String,
        environment: [String: String]? = nil, executablePath: String? = nil
    ) -> String? {
        let environment = environment ?? ProcessInfo.processInfo.environment
        if let configured = environment[environmentVariable], !configured.isEmpty {
            return configured
        }
        let files = FileManager.default
        var folder = AtomicFile.directory(of: executablePath ?? currentExecutable())
        for _ in 0..<6 {
            let candidate = "\(folder)/\(name)"
            if files.fileExists(atPath: "\(candidate)/\(marker)") { return candidate }
            let parent = AtomicFile.directory(of: folder)
            if parent == folder { break }
            folder = parent
        }
        let local = "\(files.currentDirectoryPath)/\(name)"
        return files.fileExists(atPath: "\(local)/\(marker)") ? local : nil
    }

    private static func currentExecutable() -> String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(
            atPath: "/proc/self/exe")
        {
            return resolved
        }
        return CommandLine.arguments.first ?? "."
    }
}
