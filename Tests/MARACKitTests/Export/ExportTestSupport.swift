import Foundation

@testable import MARACKit

/// Shared helpers for the export tests: sample text, temporary folders and external tools.
enum ExportTestSupport {
    /// The package root, found from this file's path.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The shared conformance checker, `../shared/tools/odf-check` from the package root (or
    /// from the folder above, when the package is a git worktree in a folder of its own).
    static let odfCheck: String = {
        let candidates = [
            "\(packageRoot)/../shared/tools/odf-check",
            "\(packageRoot)/../../shared/tools/odf-check",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? candidates[0]
    }()

    /// Whether `odf-check` and `jing` are both installed.
    static let canCheckODF: Bool =
        FileManager.default.isExecutableFile(atPath: odfCheck) && which("jing") != nil

    /// Text a user could type or paste that breaks naive XML writers.
    static let adversarial: [String] = [
        "control \u{0}\u{1}\u{8}\u{B}\u{1F} characters",
        "form\u{0C}feed and vertical\u{0B}tab",
        "CDATA end ]]> and ]]&gt;",
        "<script>alert('x')</script>",
        "already escaped &amp; &lt; &#0; &#x1;",
        "quotes \" and ' and “smart” ones",
        "emoji 👩‍👧 🏳️‍🌈 ⚠️",
        "Arabic: تقييم المخاطر للضحية",
        "Hebrew: הערכת סיכונים",
        "mixed RTL \u{202E}override\u{202C} and\u{200F}marks",
        "non-characters \u{FFFE}\u{FFFF} and BOM \u{FEFF}",
        "tabs\tand\nnewlines\r\nand\rreturns   and   spaces ",
        String(repeating: "long text with & < > ", count: 500),
    ]

    /// A fresh private temporary folder.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "marac-export-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Runs `executable` with `arguments` and returns its exit status and combined output.
    static func run(_ executable: String, _ arguments: [String]) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The full path of `tool` on `PATH`, if installed.
    static func which(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(tool)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A document using every kind of block, filled with `adversarial` text.
    static func adversarialDocument(orientation: ODFDocument.Orientation = .portrait) -> ODFDocument
    {
        var document = ODFDocument(
            title: "MARAC minutes <draft> & \"notes\" \u{0C}",
            organisation: "Anytown & District MARAC",
            marking: "OFFICIAL-SENSITIVE <b>&amp;</b>", orientation: orientation,
            created: Date(timeIntervalSince1970: 1_795_000_000))
        document.blocks = [
            .paragraph("Meeting of 25 November 2026", style: .subtitle),
            .paragraph(
                "This information is shared under the MARAC information-sharing protocol.",
                style: .notice),
            .heading(level: 1, text: "Attendance"),
            .table(
                columns: ["Agency", "Representative", "Role"],
                rows: [["Police", "DS Smith", "Chair"], ["IDVA service", "A. Jones"]],
                columnWidths: [2, 2, 1]),
            .heading(level: 2, text: "Adversarial text"),
        ]
        document.blocks += adversarial.map { .paragraph($0) }
        document.blocks += [
            .list(adversarial),
            .pageBreak,
            .heading(level: 1, text: "Actions <&>"),
            .table(
                columns: ["Ref", "Action", "Owner"],
                rows: adversarial.enumerated().map {
                    ["C-\($0.offset + 1)", $0.element, "Police"]
                },
                columnWidths: [1, 5, 1.5]),
            .pageBreak,
            .paragraph("Small print " + adversarial[0], style: .small),
            .heading(level: 9, text: "Clamped heading"),
            .table(columns: [], rows: []),
            .list([]),
        ]
        return document
    }
}
