import Foundation
import Testing

@testable import MARACKit

/// Every kind of document in every format, filled with adversarial text.
@Suite("Documents: every kind in every format") struct DocumentFormatsTests {
    /// One of each kind of document, by file name stem.
    static func documents() throws -> [(String, any ExportableDocument)] {
        let meeting = try DocumentFixtures.meeting()
        let minutes = try DocumentFixtures.minutes(
            meeting, marking: "OFFICIAL-SENSITIVE " + DocumentFixtures.adversarial[3])
        return [
            ("minutes", minutes),
            ("extract", minutes.extract(for: "IDVA")),
            ("agenda", try meeting.workbench.agendaData(meeting: meeting.id)),
            ("action-plan", DocumentFixtures.actionPlan()),
            ("progress", DocumentFixtures.progressReport()),
        ]
    }

    static let templates = "\(ExportTestSupport.packageRoot)/Templates"

    @Test(
        "Every ODF file passes odf-check strictly; one of each kind also renders",
        .enabled(if: ExportTestSupport.canCheckODF, "odf-check or jing is not installed"))
    func odfCheck() throws {
        let directory = TemporaryDirectory()
        let exporter = DocumentExporter(templates: TemplateLoader(directory: Self.templates))
        var files: [String] = []
        var rendered: [String] = []
        for (name, document) in try Self.documents() {
            for format in [DocumentFormat.odt, .fodt] {
                let path = directory.file("\(name).\(format)")
                #expect(
                    try exporter.export(document, to: path, created: DocumentFixtures.created)
                        == format)
                files.append(path)
            }
            rendered.append(directory.file("\(name).\(name.count % 2 == 0 ? "odt" : "fodt")"))
        }
        let strict = try DocumentFixtures.odfCheck(["--no-render"] + files)
        #expect(strict.status == 0, "\(strict.output.suffix(3000))")
        let full = try DocumentFixtures.odfCheck(rendered)
        #expect(full.status == 0, "\(full.output.suffix(3000))")
    }

    @Test("Every XML export validates against the shipped schema")
    func xmlValidates() throws {
        let schema = DocumentSchema.embedded
        let exporter = DocumentExporter(templates: TemplateLoader(directory: Self.templates))
        for (name, document) in try Self.documents() {
            let xml = try exporter.bytes(of: document, as: .xml, created: DocumentFixtures.created)
            let summary = try schema.read(xml)
            #expect(summary.kind == document.xmlRootName, "\(name)")
            #expect(summary.version == "1")
            #expect(summary.marking == XMLText.sanitized(document.marking))
            let text = String(decoding: xml, as: UTF8.self)
            #expect(text.contains("xmlns=\"urn:marac-workbench:documents:1\""))
            #expect(!text.contains("Quillfeather"))
        }
    }

    @Test(
        "Exported minutes XML reads back to the same cases, actions and sharing records",
        arguments: Backend.all)
    func roundTrip(backend: Backend) throws {
        let meeting = try DocumentFixtures.meeting(backend)
        let minutes = try DocumentFixtures.minutes(meeting)
        let directory = TemporaryDirectory()
        let path = directory.file("minutes.xml")
        try DocumentExporter(templates: TemplateLoader(directory: nil)).export(minutes, to: path)
        let summary = try DocumentSchema.embedded.read(
            Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(summary.cases == minutes.cases.count)
        #expect(summary.references == meeting.references)
        #expect(summary.actions == minutes.actions.count)
        #expect(summary.actions == meeting.actionTexts.count)
        #expect(summary.sharing == minutes.cases.flatMap(\.sharing).count)
        #expect(summary.sharing == 6)
        #expect(summary.earlierActions == 2)
        #expect(summary.extractFor == nil)
    }

    @Test("The action plan reads back with its recommendations and actions")
    func actionPlanRoundTrip() throws {
        let plan = DocumentFixtures.actionPlan()
        let xml = try DocumentExporter(templates: TemplateLoader(directory: nil))
            .bytes(of: plan, as: .xml)
        let summary = try DocumentSchema.embedded.read(xml)
        #expect(summary.recommendations == 2 && summary.actions == 3)
        let report = try DocumentSchema.embedded.read(
            try DocumentXML.bytes(of: DocumentFixtures.progressReport(), created: Date()))
        #expect(report.reviews == 2)
    }

    @Test(
        "XML that breaks the schema is refused with its line, quoting none of its text",
        arguments: Backend.all)
    func schemaRefuses(backend: Backend) throws {
        let minutes = try DocumentFixtures.minutes(try DocumentFixtures.meeting(backend))
        let xml = String(
            decoding: try DocumentXML.bytes(of: minutes, created: Date()), as: UTF8.self)
        let broken = xml.replacing("version=\"1\"", with: "version=\"2\"")
        let error = #expect(throws: DocumentError.self) {
            try DocumentSchema.embedded.validate(Array(broken.utf8))
        }
        guard case .failsSchema(let line)? = error else {
            Issue.record("expected failsSchema, got \(String(describing: error))")
            return
        }
        #expect(line != nil)
        #expect(throws: DocumentError.self) {
            try DocumentSchema.embedded.validate(Array(xml.dropLast(20).utf8))
        }
        let missingSharingBasis = xml.replacing(
            try Regex("<lawful-basis>[^<]*</lawful-basis>"), with: "")
        #expect(throws: DocumentError.self) {
            try DocumentSchema.embedded.validate(Array(missingSharingBasis.utf8))
        }
    }

    @Test("The action plan is landscape, in the published column order, with status and RAG")
    func actionPlanLayout() throws {
        let document = DocumentFixtures.actionPlan().odfDocument(created: DocumentFixtures.created)
        #expect(document.orientation == .landscape)
        let tables = document.blocks.compactMap { block -> ([String], [[String]])? in
            if case .table(let columns, let rows, _) = block, !columns.isEmpty {
                return (columns, rows)
            }
            return nil
        }
        let (columns, rows) = try #require(tables.first)
        #expect(
            columns == [
                "Recommendation", "Scope", "Action to take", "Lead agency",
                "Key milestones achieved", "Target date", "Date of completion and outcome",
                "Status", "RAG",
            ])
        #expect(rows.map(\.last) == ["Green", "Red", "Amber"])
        #expect(rows[1][0] == "1 (continued)")
        #expect(rows[0][6].hasPrefix("20 Jun 2026\nProtocol published"))
    }

    @Test("The agenda lists cases by section with slots and flags", arguments: Backend.all)
    func agendaLayout(backend: Backend) throws {
        let meeting = try DocumentFixtures.meeting(backend)
        let agenda = try meeting.workbench.agendaData(meeting: meeting.id)
        #expect(agenda.items.map(\.reference) == meeting.references)
        #expect(agenda.items.map(\.slot) == ["09:50", "10:02", "10:14"])
        #expect(agenda.earlierActionsAt == "09:40" && agenda.otherBusinessAt == "10:26")
        #expect(agenda.earlierActionCount == 2 && agenda.deferred.count == 1)
        let document = agenda.odfDocument(created: DocumentFixtures.created)
        #expect(document.blocks.contains(.heading(level: 1, text: "3. Cases involving children")))
        #expect(document.blocks.contains(.heading(level: 1, text: "4. Other cases")))
        #expect(
            !document.blocks.contains(.heading(level: 1, text: "5. Cases reviewed after 12 months"))
        )
    }
}
