/// The outcome of `case import`.
public struct ImportReport: Equatable, Sendable, Codable {
    /// How many rows were imported.
    public var imported: Int
    /// References of the imported cases that are repeats.
    public var repeats: Int
    /// Rows refused, with their line and reason (imported only with `--skip-bad`).
    public var rejected: [RejectedRow]

    public struct RejectedRow: Equatable, Sendable, Codable {
        public var line: Int
        public var reason: String
    }
}

/// A `case import` refused as a whole: every bad row with its line, and nothing imported.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public var rejected: [ImportReport.RejectedRow]
    public var description: String {
        let shown = rejected.prefix(20).map { "  line \($0.line): \($0.reason)" }
        let more = rejected.count > 20 ? ["  ... and \(rejected.count - 20) more"] : []
        return
            ([
                "\(rejected.count) bad rows; nothing was imported (use --skip-bad to import the good rows):"
            ]
            + shown + more).joined(separator: "\n")
    }
}

extension Workbench {
    /// The columns `case import` reads; `victim`, `dob`, `by` and `date` are required.
    public static let importColumns = [
        "victim", "dob", "by", "date", "area", "dash", "dash_answers", "visible_high_risk",
        "callouts", "children", "override", "gender", "ethnicity", "disability",
        "sexual_orientation", "perpetrator", "perpetrator_dob", "perpetrator_age",
        "perpetrator_gender", "relationship",
    ]

    /// Loads referrals in bulk from CSV text (`case import`), in one transaction.
    ///
    /// Every row is checked as `case refer` would check it. Unless `skipBad` is set, one bad
    /// row refuses the whole file and every bad row is reported with its line. A row's `area`
    /// column, or else `area`, or else the only registered area, must name a registered area.
    public func importCases(csv text: String, skipBad: Bool = false, area: String? = nil)
        throws
        -> ImportReport
    {
        try authorize(.importCases)
        let areas = try db.areaNames()
        let area =
            try area.map { try resolveArea($0, field: "--area", among: areas) }
            ?? (areas.count == 1 ? areas[0] : nil)
        let table: CSVTable
        do { table = try CSVTable(parsing: text) } catch {
            throw ImportError(rejected: [.init(line: error.line, reason: error.reason)])
        }
        for required in ["victim", "dob", "by", "date"] where table.column(required) == nil {
            throw MARACError.invalid(
                field: "header",
                expected: "a column named \"\(required)\" (columns: "
                    + Self.importColumns.joined(separator: ", ") + ")")
        }
        if let index = table.header.firstIndex(where: { !Self.importColumns.contains($0) }) {
            throw MARACError.invalid(
                field: "header",
                expected: "known column names; column \(index + 1) of the header is not one of "
                    + Self.importColumns.joined(separator: ", "))
        }
        // Where each known column is in the file, looked up once rather than per field.
        let columns = Self.importColumns.map(table.column)
        // 64 MiB of page cache (the default is 2 MiB): at 100,000 rows the indexes the checks
        // search no longer fit, and re-reading their pages was a sixth of the time.
        return try db.withBulkPageCache {
            try importRows(table, columns: columns, skipBad: skipBad, area: area, areas: areas)
        }
    }

    /// The body of `importCases`: every row checked and inserted in one transaction.
    private func importRows(
        _ table: CSVTable, columns: [Int?], skipBad: Bool, area: String?, areas: [String]
    ) throws -> ImportReport {
        try change {
            var report = ImportReport(imported: 0, repeats: 0, rejected: [])
            var first: String?
            var last: String?
            for record in table.records {
                do {
                    let request = try importRequest(
                        record.fields, table: table, columns: columns, defaultArea: area,
                        areas: areas)
                    let referral = try insertReferral(
                        request, areas: areas, audited: false, fields: .columns)
                    report.imported += 1
                    if referral.isRepeat { report.repeats += 1 }
                    first = first ?? referral.reference
                    last = referral.reference
                } catch let error as MARACError {
                    report.rejected.append(.init(line: record.line, reason: error.description))
                }
            }
            if !report.rejected.isEmpty && !skipBad { throw ImportError(rejected: report.rejected) }
            if let first, let last {
                try audit(
                    .importCases, "referral", "\(first)..\(last)",
                    "imported \(report.imported) referrals (\(report.repeats) repeats), "
                        + "\(report.rejected.count) rows skipped")
            }
            return report
        }
    }

    /// The referral request for one CSV row, or the first problem with it.
    private func importRequest(
        _ fields: [String], table: CSVTable, columns: [Int?], defaultArea: String?,
        areas: [String]
    ) throws(MARACError) -> ReferralRequest {
        guard fields.count == table.header.count else {
            throw .invalid(
                field: "row", expected: "\(table.header.count) fields, got \(fields.count)")
        }
        // What arrives from other systems: no control characters, no megabyte cells, and the
        // victim's name within a name's length (the header's names are all known by now).
        for (index, text) in fields.enumerated() {
            if index == columns[ImportColumn.victim.rawValue] {
                try TextField.checkName(text, field: table.header[index])
            } else {
                try TextField.checkText(text, field: table.header[index])
            }
        }
        func value(_ column: ImportColumn) -> String? {
            guard let index = columns[column.rawValue] else { return nil }
            let text = fields[index]
            return text.trimmingSpaces.isEmpty ? nil : text
        }
        func day(_ column: ImportColumn) throws(MARACError) -> Day {
            let name = column.name
            guard let text = value(column),
                let parsed = try? Day(parsing: String(text.trimmingSpaces))
            else {
                // A date of birth is personal data however it is written: never echo it.
                let shown =
                    name.hasSuffix("dob") ? "a value not shown" : (value(column) ?? "").echoedSafely
                throw .invalid(field: name, expected: "a real date as YYYY-MM-DD, got \(shown)")
            }
            return parsed
        }
        func int(_ column: ImportColumn) throws(MARACError) -> Int? {
            guard let text = value(column) else { return nil }
            guard let number = Int(text.trimmingSpaces) else {
                throw .invalid(
                    field: column.name, expected: "a whole number, got \(text.echoedSafely)")
            }
            return number
        }
        guard let victim = value(.victim) else {
            throw .invalid(field: "victim", expected: "the victim's name")
        }
        guard let agency = value(.by) else {
            throw .invalid(field: "by", expected: "the referring agency's code")
        }
        guard let typedArea = value(.area) ?? defaultArea else {
            throw .areaRequired(registered: areas)
        }
        guard let area = Area.match(typedArea, among: areas) else {
            throw .unknownArea(
                field: "area", suggestion: Area.suggestion(for: typedArea, among: areas),
                registered: areas)
        }
        let answers = try value(.dashAnswers).map { (text) throws(MARACError) in
            try ReferralRequest.parseAnswers(
                text, questionCount: referralCriteria(area: area, on: today).questionCount)
        }
        /// The row's perpetrator, when its columns name one.
        func perpetrator() throws(MARACError) -> [PerpetratorRequest] {
            let details: [ImportColumn] = [
                .perpetratorDOB, .perpetratorAge, .perpetratorGender, .relationship,
            ]
            guard let name = value(.perpetrator) else {
                if let given = details.first(where: { value($0) != nil }) {
                    throw .invalid(
                        field: "perpetrator",
                        expected: "the perpetrator's name (\(given.name) is given)")
                }
                return []
            }
            return [
                PerpetratorRequest(
                    name: name,
                    dateOfBirth: value(.perpetratorDOB) == nil ? nil : try day(.perpetratorDOB),
                    age: try int(.perpetratorAge), gender: value(.perpetratorGender),
                    relationship: value(.relationship).map { String($0.trimmingSpaces) })
            ]
        }
        return ReferralRequest(
            victimName: victim, dateOfBirth: try day(.dob), referringAgency: agency,
            date: try day(.date), area: area, dashScore: try int(.dash),
            dashAnswers: answers, visibleHighRisk: value(.visibleHighRisk),
            callouts: try int(.callouts), children: try int(.children) ?? 0,
            overrideReason: value(.override),
            diversity: Diversity(
                gender: value(.gender), ethnicity: value(.ethnicity),
                disability: value(.disability), sexualOrientation: value(.sexualOrientation)),
            perpetrators: try perpetrator())

    }
}

/// The columns of `Workbench.importColumns`, by position.
private enum ImportColumn: Int {
    case victim, dob, by, date, area, dash, dashAnswers, visibleHighRisk, callouts, children
    case override, gender, ethnicity, disability, sexualOrientation
    case perpetrator, perpetratorDOB, perpetratorAge, perpetratorGender, relationship

    /// The column's name in the CSV header.
    var name: String { Workbench.importColumns[rawValue] }
}
