#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Finds a folder of files the tool also has built in (`Policies/`, `Templates/`), only where
/// the user named it.
///
/// An environment variable (or a command-line option read by the caller) names the folder;
/// nothing else does. The tool never looks in the current folder or around its executable: a
/// folder planted there (in a shared `/tmp`, a downloaded project) would change thresholds,
/// retention or documents without anyone having chosen it. Without a name, callers use their
/// embedded copies.
public enum ResourceDirectory {
    /// The folder named by `environmentVariable`, or `nil` when it is unset or empty.
    public static func named(
        by environmentVariable: String, environment: [String: String]? = nil
    ) -> String? {
        let environment = environment ?? ProcessInfo.processInfo.environment
        guard let configured = environment[environmentVariable], !configured.isEmpty else {
            return nil
        }
        return configured
    }
}
