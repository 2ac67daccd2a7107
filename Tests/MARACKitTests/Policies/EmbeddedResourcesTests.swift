import Foundation
import Testing

@testable import MARACKit

/// The copies of shipped files compiled into the library (`scripts/embed-resources`): the
/// policies and their schemas, the ODF templates and the document schema.
@Suite("Embedded resources")
struct EmbeddedResourcesTests {
    static func text(_ path: String) throws -> String {
        try String(contentsOfFile: "\(PackageRoot.path)/\(path)", encoding: .utf8)
    }

    @Test("Every embedded copy is its file byte for byte (else run scripts/embed-resources)")
    func everyCopyMatchesItsFile() throws {
        let listed = try Self.text("Policies/policy-names").split(separator: "\n").map(String.init)
        #expect(EmbeddedPolicies.names == listed)
        #expect(PolicySet.fileNames == listed)
        let shipped = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.policies)
            .filter { $0.hasSuffix(".xml") }.map { String($0.dropLast(4)) }
        #expect(Set(shipped) == Set(listed), "Policies/policy-names lists every policy file")
        var listing = ""
        for name in listed {
            let copy = try #require(EmbeddedPolicies.files[name])
            let xml = try Self.text("Policies/\(name).xml")
            #expect(copy.xml == xml, "\(name).xml")
            #expect(copy.schema == (try Self.text("Policies/\(name).rng")), "\(name).rng")
            #expect(copy.xmlDigest == SHA256.hex(xml), "\(name).xml digest")
            listing += "\(SHA256.hex(xml))  \(name).xml\n"
        }
        #expect(EmbeddedPolicies.digest == SHA256.hex(listing))
        #expect(EmbeddedPolicies.files.count == listed.count)
        #expect(EmbeddedTemplates.minutes + "\n" == (try Self.text("Templates/minutes.fott")))
        #expect(
            EmbeddedTemplates.actionPlan + "\n" == (try Self.text("Templates/action-plan.fott")))
        #expect(
            EmbeddedDocumentSchema.text + "\n" == (try Self.text("Templates/marac-documents.rng")))
    }

    @Test("The list of names is the policies PolicySet reads, one reader each")
    func namesAreTheReaders() {
        let readers = [
            LawfulBasesPolicy.fileName, SharingPresetsPolicy.fileName,
            DataCategoriesPolicy.fileName, RetentionPolicy.fileName,
            ReferralCriteriaPolicy.fileName, SMARTRulesPolicy.fileName, RAGPolicy.fileName,
            WorkingDaysPolicy.fileName, AgencySectors.fileName, RelationshipsPolicy.fileName,
            DataReturnPolicy.fileName,
        ]
        #expect(PolicySet.fileNames == readers)
    }

    @Test("The embedded policies pass their embedded schemas (they are not validated at run time)")
    func embeddedPoliciesValidate() throws {
        for name in PolicySet.fileNames {
            let copy = try #require(EmbeddedPolicies.files[name])
            _ = try PolicyLoader.load(
                xml: Array(copy.xml.utf8), schema: Array(copy.schema.utf8), file: name,
                schemaFile: name)
        }
        // And reading them lazily gives what reading the validated files gives.
        let validated = try PolicySet.load(from: PackageRoot.policies)
        #expect(validated == PolicySet.embedded)
    }

    @Test("A changed file is validated against the built-in schema and read at load time")
    func changedFileValidatedAtLoad() throws {
        let directory = try PolicyFixture(copying: PackageRoot.policies)
        let path = directory.path + "/retention.xml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        // The folder's schema is made to accept anything: it must not be the one used.
        try
            #"<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element><anyName/><text/></element></start></grammar>"#
            .write(toFile: directory.path + "/retention.rng", atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: "<retention", with: "<retention bogus=\"1\"")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: PolicyError.self) {
            try PolicySet.load(from: directory.path)
        }
        #expect(error.file == path)
        if case .failsSchema = error.reason {} else { Issue.record("\(error)") }

        try (text + "<!-- a local note -->\n").write(
            toFile: path, atomically: true, encoding: .utf8)
        let policies = try PolicySet.load(from: directory.path)
        #expect(policies.origin.changedFiles == ["retention"])
        #expect(!policies.origin.isEmbedded)
        #expect(policies.origin.digest != PolicySet.embedded.origin.digest)
        #expect(policies == PolicySet.embedded, "same values, different bytes")
    }

    @Test("A RELAX NG include or externalRef cannot make libxml2 open a file")
    func includesRefused() throws {
        let directory = TemporaryDirectory()
        let included = directory.file("open-me.rng")
        try
            #"<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><element name="a"><empty/></element></start></grammar>"#
            .write(toFile: included, atomically: true, encoding: .utf8)
        let schemas = [
            #"<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="\#(included)"/></grammar>"#,
            #"<element name="a" xmlns="http://relaxng.org/ns/structure/1.0"><externalRef href="\#(included)"/></element>"#,
            #"<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="/etc/passwd"/></grammar>"#,
            #"<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="file://\#(included)"/></grammar>"#,
        ]
        for schema in schemas {
            let error = try #require(throws: PolicyError.self) {
                try PolicyLoader.load(
                    xml: Array("<a/>".utf8), schema: Array(schema.utf8), file: "a.xml",
                    schemaFile: "hostile.rng")
            }
            if case .badSchema = error.reason {} else { Issue.record("\(schema): \(error)") }
        }
        // The included grammar on its own compiles: it is the loading that is refused.
        _ = try PolicyLoader.load(
            xml: Array("<a/>".utf8),
            schema: Array(try String(contentsOfFile: included, encoding: .utf8).utf8),
            file: "a.xml", schemaFile: "open-me.rng")
    }

    @Test("An external entity in a document is never loaded")
    func externalEntityNotLoaded() throws {
        let directory = TemporaryDirectory()
        let secret = directory.file("secret.txt")
        try "SECRET-CONTENT".write(toFile: secret, atomically: true, encoding: .utf8)
        let xml = #"<!DOCTYPE a [<!ENTITY x SYSTEM "\#(secret)">]><a>&x;</a>"#
        let root = try? PolicyLoader.parse(xml: Array(xml.utf8), file: "a.xml")
        #expect(root?.text.contains("SECRET") != true)
    }
}
