import Foundation
import Testing

@testable import MARACKit

@Suite("Documents: minutes and agency extracts") struct MinutesDocumentTests {
    @Test(
        "Minutes gather the meeting's cases in agenda order with risks, actions and attendance",
        arguments: Backend.all)
    func assembled(backend: Backend) throws {
        let meeting = try DocumentFixtures.meeting(backend)
        let minutes = try meeting.workbench.minutesData(meeting: meeting.id)
        #expect(minutes.cases.map(\.reference) == meeting.references)
        #expect(minutes.cases.count == 3)
        #expect(minutes.cases.first?.children == 3)
        #expect(minutes.cases.first?.section == AgendaSection.children.title)
        #expect(minutes.cases.filter(\.isRepeat).count == 1)
        #expect(minutes.cases.allSatisfy { $0.risks.count == 2 && $0.sharing.isEmpty })
        #expect(minutes.actions.map(\.text) == meeting.actionTexts.map(\.text))
        #expect(minutes.deferred.count == 1)
        #expect(minutes.attendance.map(\.status) == [.apologies, .absent, .present, .present])
        #expect(
            minutes.statementReadBy == meeting.workbench.user && minutes.statementReadAt != nil)
        #expect(!minutes.isFinal && minutes.minutesDue == day("2026-11-30"))
        #expect(
            minutes.earlierActions.filter(\.isBlocked).count == 1
                && minutes.earlierActions.count == 2)
        #expect(minutes.earlierActions.allSatisfy { $0.agreedOn == day("2026-06-10") })
    }

    @Test("No part of exported minutes names the victim, in any format", arguments: Backend.all)
    func noVictimName(backend: Backend) throws {
        let meeting = try DocumentFixtures.meeting(backend)
        let minutes = try DocumentFixtures.minutes(meeting)
        let directory = TemporaryDirectory()
        let exporter = DocumentExporter(templates: TemplateLoader(directory: nil))
        for format in DocumentFormat.allCases {
            try exporter.export(
                minutes, to: directory.file("minutes.\(format)"),
                created: DocumentFixtures.created)
        }
        // No part of any file names the victim (the package's parts are compressed).
        let odt = try ZipReader(
            bytes: Array(try Data(contentsOf: URL(fileURLWithPath: directory.file("minutes.odt")))))
        var parts = try odt.entries.map { String(decoding: try odt.read($0), as: UTF8.self) }
        for name in ["minutes.fodt", "minutes.xml"] {
            parts.append(try String(contentsOfFile: directory.file(name), encoding: .utf8))
        }
        for part in parts {
            #expect(!part.contains("Quillfeather") && !part.contains("Zephyrine"))
        }
        let flat = parts[parts.count - 2]
        for shared in minutes.cases.flatMap(\.sharing) {
            let lines = shared.lawfulBases.map {
                MinutesData.basisLine($0, title: shared.basisTitles[$0])
            }
            #expect(flat.contains(lines.joined(separator: "<text:line-break/>")))
        }
    }

    @Test(
        "The text of exported minutes has every case, action and lawful basis, not the victim",
        .enabled(if: ExportTestSupport.canCheckODF, "odf-check or jing is not installed"),
        arguments: Backend.all)
    func textOfMinutes(backend: Backend) throws {
        let meeting = try DocumentFixtures.meeting(backend)
        let minutes = try DocumentFixtures.minutes(meeting)
        let directory = TemporaryDirectory()
        try DocumentExporter(templates: TemplateLoader(directory: nil)).export(
            minutes, to: directory.file("minutes.odt"), created: DocumentFixtures.created)
        let result = try DocumentFixtures.odfCheck([
            "--text", directory.file("minutes.odt"),
        ])
        #expect(result.status == 0, "\(result.output.suffix(2000))")
        let text = result.output
        for reference in meeting.references {
            #expect(text.contains("Case \(reference)"))
        }
        for token in meeting.actionTokens {
            #expect(text.contains(token))
        }
        for tag in DocumentFixtures.lawfulBases + ["CL-CONF-PUBINT", "CDA1998-s115"] {
            // Printed with non-breaking hyphens, so a narrow column never splits the id.
            #expect(text.contains(tag.replacing("-", with: "\u{2011}")))
        }
        #expect(text.contains("EARLIER-BLOCKED") && text.contains("EARLIER-NOTDONE"))
        #expect(!text.contains("Quillfeather") && !text.contains("Zephyrine"))
    }

    @Test(
        "An agency's extract holds only the actions it owns", arguments: Backend.all,
        ["POL", "IDVA", "HOUSING"])
    func extract(backend: Backend, agency: String) throws {
        let meeting = try DocumentFixtures.meeting(backend)
        let extract = try meeting.workbench.minutesData(meeting: meeting.id, agency: agency)
        let owned = meeting.actionTexts.filter { $0.agency == agency }.map(\.text)
        #expect(extract.isExtract && extract.templateKind == .agencyExtract)
        #expect(extract.actions.map(\.text) == owned)
        #expect(extract.actions.allSatisfy { $0.agencyCode == agency })
        #expect(extract.earlierActions.allSatisfy { $0.action.agencyCode == agency })
        #expect(extract.cases.allSatisfy { $0.risks.isEmpty && $0.sharing.isEmpty })
        #expect(extract.attendance.isEmpty && extract.deferred.isEmpty)

        // Sharing added by the adapter to the full minutes does not survive into an extract.
        let full = try DocumentFixtures.minutes(meeting)
        let trimmed = full.extract(for: agency, agencyName: nil)
        #expect(trimmed.cases.allSatisfy { $0.sharing.isEmpty })

        let exporter = DocumentExporter(templates: TemplateLoader(directory: nil))
        let document = extract.odfDocument(created: DocumentFixtures.created)
        let fodt = String(
            decoding: try exporter.bytes(of: extract, as: .fodt, created: DocumentFixtures.created),
            as: UTF8.self)
        let others = meeting.actionTokens.filter { !$0.hasSuffix("-\(agency)") }
        for token in others {
            #expect(!fodt.contains(token))
        }
        for token in meeting.actionTokens where token.hasSuffix("-\(agency)") {
            #expect(fodt.contains(token))
        }
        #expect(!fodt.contains("Risk 0") && !fodt.contains("Attendance"))
        #expect(document.title.hasSuffix("actions for \(extract.extractAgencyName ?? "?")"))
        let summary = try DocumentSchema.embedded.read(
            try exporter.bytes(of: extract, as: .xml, created: DocumentFixtures.created))
        #expect(summary.extractFor == agency)
        #expect(summary.actions == owned.count && summary.sharing == 0)
    }

    @Test("An extract for an unknown agency is refused", arguments: Backend.all)
    func unknownAgency(backend: Backend) throws {
        let meeting = try DocumentFixtures.meeting(backend)
        #expect(throws: MARACError.unknownAgency("NOPE")) {
            try meeting.workbench.minutesData(meeting: meeting.id, agency: "NOPE")
        }
    }

    @Test(
        "Exporting minutes writes a 0600 file and an audit entry that names no file",
        arguments: Backend.all)
    func exportRecorded(backend: Backend) throws {
        let meeting = try DocumentFixtures.meeting(backend)
        let directory = TemporaryDirectory()
        let path = directory.file("\(DocumentFixtures.victimName).odt")
        let receipt = try meeting.workbench.exportMinutes(
            meeting: meeting.id, agency: "POL", marking: "OFFICIAL", to: path,
            exporter: DocumentExporter(templates: TemplateLoader(directory: nil)))
        #expect(receipt.format == .odt && receipt.document == "agency-extract")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(receipt.bytes == (attributes[.size] as? Int))
        let styles = String(
            decoding: try ZipReader(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
                .read("styles.xml"), as: UTF8.self)
        #expect(styles.contains(">OFFICIAL</text:p>"))
        let entry = try #require(try meeting.workbench.auditLog().last)
        #expect(entry.command == "export minutes")
        #expect(entry.summary == "extract for POL exported as .odt")
        #expect(!entry.summary.contains("Quillfeather"))
        #expect(try meeting.workbench.verifyAudit().isIntact)
    }

    @Test(
        "A file name without .odt, .fodt or .xml is refused and nothing is written",
        arguments: Backend.all)
    func unsupportedExtension(backend: Backend) throws {
        let meeting = try DocumentFixtures.meeting(backend)
        let directory = TemporaryDirectory()
        let entries = try meeting.workbench.auditLog().count
        for name in ["minutes.docx", "minutes", "minutes.odt.pdf", ".xml.txt"] {
            let error = #expect(throws: DocumentError.self) {
                try meeting.workbench.exportMinutes(meeting: meeting.id, to: directory.file(name))
            }
            #expect(error == .unsupportedFormat(fileName: name))
            #expect(error?.description.contains(".odt, .fodt or .xml") == true)
            #expect(!FileManager.default.fileExists(atPath: directory.file(name)))
        }
        #expect(try DocumentFormat(path: "dir.xml/Minutes.FODT") == .fodt)
        #expect(try meeting.workbench.auditLog().count == entries)
    }
}
