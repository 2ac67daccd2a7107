/// Where the policies in force came from: the copy built into the tool, or a folder the user
/// named, with the SHA-256 that identifies the set.
///
/// The digest is the SHA-256 of the `sha256sum` listing of the set's `NAME.xml` files in the
/// order of `Policies/policy-names`, so it can be checked by hand:
///
/// ```sh
/// cd Policies && for n in $(cat policy-names); do sha256sum $n.xml; done | sha256sum
/// ```
public struct PolicyOrigin: Equatable, Sendable, CustomStringConvertible {
    /// The folder the policies were read from; `nil` for the embedded copy.
    public let directory: String?
    /// The files of the folder that differ from the embedded copy, by name, with their bytes.
    let changed: [String: [UInt8]]
    /// The names missing from the folder and taken from the embedded copy.
    public let missing: [String]

    /// The copy built into the tool.
    public static let embedded = PolicyOrigin(directory: nil, changed: [:], missing: [])

    init(directory: String?, changed: [String: [UInt8]], missing: [String]) {
        self.directory = directory
        self.changed = changed
        self.missing = missing
    }

    /// Whether every policy in force is the embedded one.
    public var isEmbedded: Bool { changed.isEmpty }

    /// The names of the folder's files that differ from the embedded copy, in list order.
    public var changedFiles: [String] { PolicySet.fileNames.filter { changed[$0] != nil } }

    /// The SHA-256 of the set in force, in hexadecimal.
    public var digest: String {
        guard !changed.isEmpty else { return EmbeddedPolicies.digest }
        var listing = ""
        for name in PolicySet.fileNames {
            let digest = changed[name].map(SHA256.hex) ?? EmbeddedPolicyValues.digest(name)
            listing += "\(digest)  \(name).xml\n"
        }
        return SHA256.hex(listing)
    }

    /// `embedded (sha256 …)`, or the folder, its digest and the files that differ.
    public var description: String {
        guard let directory else { return "embedded (sha256 \(digest))" }
        let differing = changedFiles
        let summary =
            differing.isEmpty
            ? "the same as the embedded copy"
            : "differs from the embedded copy in "
                + differing.map { "\($0).xml" }.joined(
                    separator: ", ")
        return "\(directory) (sha256 \(digest); \(summary))"
    }
}
