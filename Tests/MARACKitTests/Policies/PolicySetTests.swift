import Foundation
import Testing

@testable import MARACKit

@Suite("Policy files")
struct PolicySetTests {
    @Test("The shipped policies load and validate against their schemas")
    func shippedPoliciesLoad() throws {
        let policies = try PolicySet.load(from: PackageRoot.policies)
        #expect(policies.lawfulBases.tags.count == 94)
        #expect(policies.lawfulBases["UKGDPR-6-1-e"]?.kind == .basis)
        #expect(policies.lawfulBases["UKGDPR-6-1-ea"]?.status == .prospective)
        #expect(policies.lawfulBases["CL-CONF-PUBINT"]?.commonLawPosition == .publicInterest)
        let p18 = try #require(policies.lawfulBases["DPA2018-S1-P18"])
        #expect(p18.flags.contains(.adultAtRiskTest))
        #expect(p18.satisfies == ["UKGDPR-9-2-g", "UKGDPR-10-DL"])
        #expect(
            policies.lawfulBases["UKGDPR-6-1-f"]?.flags.contains(.notForPublicAuthorityTasks)
                == true)
        #expect(policies.sharingPresets.contains { $0.name == "police-part3" })
        #expect(policies.dataCategories["mental-health"]?.isSpecialCategory == true)
        #expect(policies.dataCategories["alleged-offence"]?.isCriminalOffence == true)
        #expect(policies.dataCategories["housing"]?.special == nil)
        #expect(
            policies.referralCriteria.checklist("safelives-dash-ric-2009")?.questions.count == 24)
    }

    @Test("Every tag named in part D of the research is catalogued")
    func researchTagsCatalogued() throws {
        let catalogue = PolicySet.embedded.lawfulBases
        let ids = [
            "UKGDPR-6-1-a", "UKGDPR-ANX1-P6", "UKGDPR-9-2-j", "UKGDPR-10-OA", "DPA2018-sec8-d",
            "DPA2018-S1-P28", "DPA2018-S1-P37", "DPA2018-sec35-2-b", "DPA2018-S8-P9",
            "CDA1998-s115", "CDA1998-s17A", "PCSC2022-s16", "CJA2003-s325", "CA1989-s47",
            "CA2004-s11", "CareAct2014-s45", "DVCVA2004-s9", "VPA2024-s19", "DAA2021-s2",
            "HRA1998-Sch1-Art8", "CL-CONF-CONSENT", "CL-CONF-LAW",
        ]
        for id in ids { #expect(catalogue[id] != nil, "\(id)") }
    }

    @Test("The shipped folder loads as the embedded set, and says where it came from")
    func shippedFolderIsEmbeddedSet() throws {
        let policies = try PolicySet.load(from: PackageRoot.policies)
        #expect(policies == PolicySet.embedded)
        #expect(policies.origin.directory == PackageRoot.policies)
        #expect(policies.origin.isEmbedded)
        #expect(policies.origin.digest == PolicySet.embedded.origin.digest)
        #expect(PolicySet.embedded.origin.description.hasPrefix("embedded (sha256 "))
    }

    @Test("A missing policy directory falls back to the embedded copy")
    func missingDirectoryFallsBack() throws {
        let policies = try PolicySet.loadIfPresent(from: "/nonexistent/Policies")
        #expect(policies == PolicySet.embedded)
        #expect(throws: PolicyError.self) { try PolicySet.load(from: "/nonexistent/Policies") }
    }

    @Test("A missing file in a present directory comes from the embedded copy")
    func missingFileFallsBack() throws {
        let directory = try PolicyFixture(copying: PackageRoot.policies)
        try FileManager.default.removeItem(atPath: directory.path + "/retention.xml")
        #expect(try PolicySet.loadIfPresent(from: directory.path) == PolicySet.embedded)
        let error = try #require(throws: PolicyError.self) {
            try PolicySet.load(from: directory.path)
        }
        #expect(error.reason == .unreadable)
        #expect(error.file == directory.path + "/retention.xml")
    }

    /// A corruption of one shipped file, and the error it must produce.
    struct Corruption: Sendable, CustomTestStringConvertible {
        var file: String
        var find: String
        var replace: String
        var line: Int
        var reason: @Sendable (PolicyError.Reason) -> Bool
        var testDescription: String

        static let all: [Corruption] = [
            Corruption(
                file: "lawful-bases", find: "<title>Contract</title>",
                replace: "<title>Contract</titel>", line: 16,
                reason: { if case .malformedXML = $0 { true } else { false } },
                testDescription: "bad XML"),
            Corruption(
                file: "lawful-bases", find: #"id="UKGDPR-6-1-c" kind="basis""#,
                replace: #"id="UKGDPR-6-1-c" kind="bogus""#, line: 20,
                reason: { if case .failsSchema = $0 { true } else { false } },
                testDescription: "schema failure"),
            Corruption(
                file: "lawful-bases", find: #"id="UKGDPR-6-1-f""#,
                replace: #"id="UKGDPR-6-1-e""#, line: 46,
                reason: { $0 == .duplicateID("UKGDPR-6-1-e") },
                testDescription: "duplicate id"),
            Corruption(
                file: "sharing-presets", find: #"<tag ref="CDA1998-s115"/>"#,
                replace: #"<tag ref="CDA1998-s999"/>"#, line: 14,
                reason: { $0 == .unknownReference(what: "tag", id: "CDA1998-s999") },
                testDescription: "preset naming an unknown tag"),
            Corruption(
                file: "referral-criteria", find: #"checklist="safelives-dash-ric-2009" dash"#,
                replace: #"checklist="dara-2022" dash"#, line: 45,
                reason: { $0 == .unknownReference(what: "checklist", id: "dara-2022") },
                testDescription: "area naming an unknown checklist"),
        ]
    }

    @Test("A corrupted policy is refused, naming the file and line", arguments: Corruption.all)
    func corruptedPolicyRefused(_ corruption: Corruption) throws {
        let directory = try PolicyFixture(copying: PackageRoot.policies)
        let path = "\(directory.path)/\(corruption.file).xml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(corruption.find))
        try text.replacingOccurrences(of: corruption.find, with: corruption.replace)
            .write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: PolicyError.self) {
            try PolicySet.load(from: directory.path)
        }
        #expect(error.file == path)
        #expect(error.line == corruption.line)
        #expect(corruption.reason(error.reason), "\(error)")
        #expect(error.description.hasPrefix("\(path):\(corruption.line): "))
    }

    @Test("A duplicate id reads like a compiler message")
    func duplicateMessage() {
        let error = PolicyError(
            file: "Policies/lawful-bases.xml", line: 42, reason: .duplicateID("UKGDPR-6-1-e"))
        #expect(error.description == #"Policies/lawful-bases.xml:42: duplicate id "UKGDPR-6-1-e""#)
    }

    @Test("A schema that does not compile is refused, naming the schema")
    func badSchemaRefused() throws {
        let xml = Array("<a/>".utf8)
        let error = try #require(throws: PolicyError.self) {
            try PolicyLoader.load(
                xml: xml, schema: Array("<grammar".utf8), file: "a.xml", schemaFile: "a.rng")
        }
        #expect(error.file == "a.rng")
    }

    @Test("The tree keeps names, attributes, text and lines")
    func treeReading() throws {
        let xml =
            "<root a=\"1\">\n  <child b=\"x &amp; y\">hello <![CDATA[<world>]]></child>\n</root>"
        let root = try PolicyLoader.parse(xml: Array(xml.utf8), file: "t.xml")
        #expect(root.name == "root")
        #expect(root.attribute("a") == "1")
        let child = try #require(root.child(named: "child"))
        #expect(child.attribute("b") == "x & y")
        #expect(child.text == "hello <world>")
        #expect(child.line == 2)
    }
}

/// A temporary copy of a policy directory, removed when the value is released.
final class PolicyFixture {
    let path: String

    init(copying source: String) throws {
        path = NSTemporaryDirectory() + "policies-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: source, toPath: path)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
