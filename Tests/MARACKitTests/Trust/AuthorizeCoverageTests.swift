import Foundation
import Testing

/// Every public Workbench method checks its operation before anything else, read from the
/// sources, so a method added later cannot forget the check unnoticed.
@Suite("Every Workbench method checks its operation")
struct AuthorizeCoverageTests {
    /// The public methods that read no record of anyone, so check no operation: each with why.
    static let unchecked: [String: String] = [
        "authorize": "the check itself",
        "currentUser": "the acting user's own role, for whoami; enrols nobody",
        "referralCriteria": "the policy in force, from the policy files, not the database",
        "minutesDue": "a day computed from a meeting the caller already holds",
        "defaultArea": "the name of the latest meeting's area, needed to build a referral",
    ]

    /// Each public method of an `extension Workbench` (or the class) in `Sources/MARACKit`:
    /// its file, name and the first statement of its body.
    static func publicMethods() throws -> [(file: String, name: String, first: String)] {
        let root = PackageRoot.path + "/Sources/MARACKit"
        let files = try FileManager.default.subpathsOfDirectory(atPath: root).sorted()
        var methods: [(String, String, String)] = []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            guard text.contains("extension Workbench {") || text.contains("class Workbench {")
            else { continue }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(
                String.init)
            var index = 0
            while index < lines.count {
                let line = lines[index]
                index += 1
                guard line.hasPrefix("    public func ") else { continue }
                let name = String(
                    line.dropFirst("    public func ".count).prefix { $0.isLetter || $0.isNumber })
                if line.hasSuffix("}") {
                    // A one-line body: `{ try db.x() }`.
                    let body = line.drop { $0 != "{" }.dropFirst()
                    methods.append((file, name, body.trimmingCharacters(in: .whitespaces)))
                    continue
                }
                var opening = index - 1
                while opening < lines.count, !lines[opening].hasSuffix("{") { opening += 1 }
                let first = opening + 1 < lines.count ? lines[opening + 1] : ""
                methods.append((file, name, first.trimmingCharacters(in: .whitespaces)))
            }
        }
        return methods
    }

    @Test("The first statement of each public Workbench method is its operation's check")
    func everyMethodChecks() throws {
        let methods = try Self.publicMethods()
        #expect(methods.count > 60, "the scan found \(methods.count) methods")
        for method in methods where Self.unchecked[method.name] == nil {
            #expect(
                method.first.hasPrefix("try authorize("),
                "\(method.file): \(method.name) starts with \(method.first)")
        }
        let names = Set(methods.map(\.name))
        for name in Self.unchecked.keys {
            #expect(names.contains(name), "\(name) is listed as unchecked but not found")
        }
    }
}
