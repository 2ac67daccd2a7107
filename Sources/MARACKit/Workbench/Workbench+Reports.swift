extension Workbench {
    /// The SafeLives data return over meetings held between two days (`report data-return`):
    /// per meeting and summed, in one area or (`nil`) every area, with the expected volume
    /// and capacities of `Policies/data-return.xml` beside the actual figures.
    public func dataReturn(from: Day, to: Day, area: String? = nil) throws -> DataReturn {
        try authorize(.dataReturn)
        guard from <= to else {
            throw MARACError.invalid(field: "--to", expected: "a day on or after --from (\(from))")
        }
        let area = try area.map { try resolveArea($0) }
        return try db.dataReturn(from: from, to: to, area: area, policy: policies.dataReturn)
    }

    /// Entries of the audit log, oldest first (`audit log`).
    public func auditLog(since: Day? = nil, limit: Int = 1000) throws -> [AuditEntry] {
        try authorize(.auditLog)
        return try db.auditEntries(since: since?.description, limit: limit)
    }

    /// Runs the database's checks (`check`); returns the problems found.
    ///
    /// A file: SQLite's integrity and foreign-key checks. A server: the schema version, and
    /// the audit chain (`audit verify`), since a server keeps its own pages and foreign keys.
    public func check() throws -> [String] {
        try authorize(.check)
        var problems = try db.integrityProblems()
        if isOnServer {
            let audit = try verifyAudit()
            if let broken = audit.firstBrokenID {
                problems.append(
                    "the audit chain breaks at entry \(broken): \(audit.reason ?? "unknown")")
            }
        }
        return problems
    }

    /// Copies the database, while in use, to `path` with mode 0600 (`backup`).
    ///
    /// The copy is written under a hidden name in the same folder and checked first
    /// (`PRAGMA integrity_check`, and every table's row count against the database's); the
    /// backup is recorded in the audit log, and only once that entry is committed does the
    /// copy take its name. A failure or a kill at any point leaves nothing under `path`.
    public func backup(to path: String) throws {
        try authorize(.backup)
        let pending = try db.prepareBackup(to: path)
        try change {
            // Never the path: it may name a person.
            try audit(.backup, "database", "-", "backup written and checked")
        }
        try pending.publish()
    }
}

/// What `report data-return --out` wrote.
public struct DataReturnFileReceipt: Equatable, Sendable, Codable {
    public var path: String
    /// `csv` (the data grid, exact counts) or `odt` (the board report, small numbers
    /// suppressed).
    public var format: String
    public var meetings: Int
    public var bytes: Int
}

extension Workbench {
    /// Writes the data return to `path` (`report data-return --out`), mode 0600.
    ///
    /// A `.csv` data grid with exact counts, or an `.odt` board report with small numbers
    /// suppressed.
    public func exportDataReturn(
        from: Day, to: Day, area: String? = nil, path: String, marking: String? = nil,
        exporter: DocumentExporter
    ) throws -> (DataReturn, DataReturnFileReceipt) {
        try authorize(.dataReturn)
        let name = AtomicFile.fileName(of: path).lowercased()
        let format =
            name.hasSuffix(".csv") ? "csv" : name.hasSuffix(".odt") ? "odt" : ""
        guard !format.isEmpty else {
            throw MARACError.invalid(
                field: "--out", expected: "a file name ending in .csv (data grid) or .odt (board)")
        }
        let report = try dataReturn(from: from, to: to, area: area)
        let bytes: [UInt8]
        if format == "csv" {
            bytes = Array(DataReturnFiles.csv(report).utf8)
        } else {
            let template = try exporter.templates.template(for: .actionPlan)
            bytes = try ODFPackageWriter(template: template).write(
                DataReturnFiles.boardReport(
                    report, policy: policies.dataReturn,
                    marking: marking.map { String($0.trimmingSpaces) }
                        ?? ODFDocument.defaultMarking))
        }
        try AtomicFile.write(bytes, to: path)
        return (
            report,
            DataReturnFileReceipt(
                path: path, format: format, meetings: report.meetings, bytes: bytes.count)
        )
    }
}
