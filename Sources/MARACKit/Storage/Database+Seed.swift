/// SQL for filling an empty database with synthetic data, for benchmarks (`bench seed`).
extension Database {
    /// Each synthetic table's name and columns, in the order the generator lists the values.
    static let seedColumns: [SyntheticTable: (table: String, columns: [String])] = [
        .agency: (
            "agency",
            [
                "id", "code", "name", "sector", "public_authority", "competent_authority",
                "created_at", "created_by",
            ]
        ),
        .person: (
            "person",
            [
                "id", "name", "date_of_birth", "match_key", "gender", "ethnicity", "disability",
                "sexual_orientation", "created_at",
            ]
        ),
        .meeting: (
            "meeting",
            [
                "id", "area", "held_on", "starts_at", "chair", "capacity", "opened_at", "opened_by",
                "closed_at", "closed_by", "created_at", "created_by",
            ]
        ),
        .referral: (
            "referral",
            [
                "id", "reference", "victim_id", "agency_id", "area", "referred_on", "dash_score",
                "dash_answers", "visible_high_risk", "callouts", "children", "criteria",
                "override_reason", "is_repeat", "previous_referral_id", "age_band",
                "listed_meeting_id", "heard_on", "created_at", "created_by",
            ]
        ),
        .agendaItem: (
            "agenda_item", ["meeting_id", "referral_id", "position", "section", "deferred"]
        ),
        .attendance: (
            "attendance",
            ["meeting_id", "agency_id", "status", "representative", "recorded_at", "recorded_by"]
        ),
        .risk: ("risk", ["id", "referral_id", "meeting_id", "text", "created_at", "created_by"]),
        .action: (
            "action",
            [
                "id", "referral_id", "meeting_id", "agency_id", "owner", "text", "due_on", "status",
                "completed_on", "version", "created_at", "created_by",
            ]
        ),
        .actionUpdate: (
            "action_update", ["action_id", "at", "by", "status", "note", "evidence", "due_on"]
        ),
        .sharing: (
            "sharing",
            [
                "id", "kind", "referral_id", "meeting_id", "agency_id", "shared_on", "summary",
                "categories", "consent", "consent_reason", "common_law", "rationale", "purpose",
                "adult_at_risk", "review_on", "recorded_at", "recorded_by",
            ]
        ),
        .sharingRecipient: ("sharing_recipient", ["sharing_id", "position", "agency_id"]),
        .sharingBasis: ("sharing_basis", ["sharing_id", "position", "tag"]),
        .dhrReview: (
            "dhr_review",
            [
                "id", "pseudonym", "csp", "type", "status", "death_on", "decision_on",
                "submitted_on", "approved_on", "published_on", "closed_on", "chair", "created_at",
                "created_by",
            ]
        ),
        .dhrPanelAgency: ("dhr_panel_agency", ["review_id", "agency_id"]),
        .dhrStatusChange: (
            "dhr_status_change",
            ["id", "review_id", "from_status", "to_status", "effective_on", "at", "by"]
        ),
        .dhrRecommendation: (
            "dhr_recommendation",
            ["id", "review_id", "number", "text", "scope", "finding", "created_at", "created_by"]
        ),
        .dhrAction: (
            "dhr_action",
            [
                "id", "review_id", "recommendation_id", "agency_id", "text", "owner", "measure",
                "milestones", "target_on", "status", "completed_on", "outcome", "signed_off_on",
                "signed_off_by", "created_on", "last_activity_on", "has_evidence", "version",
                "created_at", "created_by",
            ]
        ),
        .dhrActionUpdate: (
            "dhr_action_update",
            [
                "action_id", "effective_on", "at", "by", "status", "note", "evidence",
                "milestones", "outcome",
            ]
        ),
        .dhrReviewCase: (
            "dhr_review_case", ["review_id", "referral_id", "linked_at", "linked_by"]
        ),
        .auditLog: (
            "audit_log",
            [
                "at", "\"user\"", "command", "entity", "entity_id", "summary", "previous_hash",
                "hash",
            ]
        ),
    ]

    /// The tables whose ids the generator leaves out: the writer numbers their rows, after the
    /// largest id already there, so no row waits on an id trigger (and none is left without an
    /// id when triggers are off).
    static let seedNumberedTables: Set<SyntheticTable> = [
        .actionUpdate, .dhrActionUpdate, .auditLog,
    ]

    /// The table and columns a synthetic table's rows are written to: ``seedColumns``, led by
    /// `id` for the ``seedNumberedTables``.
    static func seedTarget(_ table: SyntheticTable) -> (table: String, columns: [String]) {
        let (name, columns) = seedColumns[table]!
        return (name, seedNumberedTables.contains(table) ? ["id"] + columns : columns)
    }

    /// The `INSERT` statement for one synthetic table: its columns, one `?` per value.
    static func seedInsert(_ table: SyntheticTable) -> String {
        let (name, columns) = seedTarget(table)
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return "INSERT INTO \(name)(\(columns.joined(separator: ", "))) VALUES (\(marks))"
    }

    /// Whether the database holds no agencies and no referrals (a fresh file).
    func isEmptyForSeeding() throws -> Bool {
        let agencies: Int = try scalar("SELECT count(*) FROM agency") ?? 0
        let referrals: Int = try scalar("SELECT count(*) FROM referral") ?? 0
        return agencies == 0 && referrals == 0
    }

    /// Fills the database with the synthetic dataset `shape` describes, returning rows per table.
    ///
    /// Bulk loading: prepared statements, about 200,000 rows per transaction, and the
    /// dialect's seed settings (SQLite: foreign-key checks off, as the generator writes
    /// consistent ids, `synchronous = OFF`, an in-memory journal and a 512 MiB page cache),
    /// restored after, even on failure. Not for a live database: a crash part-way leaves a
    /// partial fixture.
    func seed(_ shape: SyntheticShape) throws -> [SyntheticTable: Int] {
        var writer = try SeedWriter(database: self)
        var generator = SyntheticArea(shape: shape, chainedTo: try lastAuditHash())
        try sql.withSeedSettings(self) { settings in
            try executeScript("BEGIN")
            do {
                try generator.generate(into: &writer)
                try writer.flush()
                // The synthetic areas are registered, as `area add` would, so commands accept
                // them.
                try execute(
                    """
                    INSERT INTO area(id, name, created_at, created_by)
                    SELECT (SELECT coalesce(max(id), 0) FROM area)
                               + row_number() OVER (ORDER BY area), area, ?, 'bench seed'
                    FROM (SELECT DISTINCT area FROM meeting
                          WHERE area NOT IN (SELECT name FROM area)) AS new_area
                    ORDER BY area
                    """, [Clock.timestamp()])
                if settings.triggersOff {
                    // The chain's head, which the audit trigger would have moved entry by entry.
                    try execute(
                        """
                        UPDATE audit_head SET entries = (SELECT count(*) FROM audit_log),
                            hash = coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),
                                            hash)
                        """)
                }
                try executeScript("COMMIT")
            } catch {
                try? executeScript("ROLLBACK")
                throw error
            }
        }
        return generator.rowCounts
    }
}

/// Writes generated rows, committing in batches: on a server that can bulk-load
/// (``BulkCopying``, PostgreSQL's `COPY`), rows are buffered per table and sent table by table,
/// parents first, at each checkpoint; otherwise through one prepared statement per table.
struct SeedWriter: SyntheticSink {
    let database: Database
    /// One prepared `INSERT` per table, when the connection cannot bulk-load.
    let statements: [any PreparedStatement]
    /// The bulk loader, when the connection is one.
    let bulk: (any BulkCopying)?
    /// Rows buffered per table for the next bulk load.
    var buffers: [BulkRows]
    /// The next id of each of ``Database/seedNumberedTables``, by table.
    var nextIDs: [SyntheticTable: Int] = [:]
    /// Rows written since the last commit.
    var pending = 0
    /// How many rows a transaction holds before the next checkpoint commits it.
    var batch = 200_000

    init(database: Database) throws {
        self.database = database
        bulk = database.connection as? any BulkCopying
        statements =
            bulk == nil
            ? try SyntheticTable.allCases.map { try database.prepare(Database.seedInsert($0)) }
            : []
        buffers = Array(repeating: BulkRows(), count: SyntheticTable.allCases.count)
        for table in Database.seedNumberedTables {
            let name = Database.seedColumns[table]!.table
            nextIDs[table] =
                (try database.scalar("SELECT coalesce(max(id), 0) FROM \(name)") ?? 0) + 1
        }
    }

    mutating func add(_ table: SyntheticTable, _ values: [any SQLValueConvertible]) throws {
        var values = values
        if let id = nextIDs[table] {
            values.insert(id, at: 0)
            nextIDs[table] = id + 1
        }
        if bulk == nil {
            try statements[table.rawValue].run(values)
        } else {
            buffers[table.rawValue].append(values)
        }
        pending += 1
    }

    mutating func checkpoint() throws {
        guard pending >= batch else { return }
        try flush()
        try database.executeScript("COMMIT; BEGIN")
        pending = 0
    }

    /// Sends the buffered rows, table by table in ``SyntheticTable`` order (parents before the
    /// rows that refer to them).
    mutating func flush() throws {
        guard let bulk else { return }
        for table in SyntheticTable.allCases where buffers[table.rawValue].count > 0 {
            let (name, columns) = Database.seedTarget(table)
            try bulk.copy(into: name, columns: columns, rows: buffers[table.rawValue])
            buffers[table.rawValue].removeAll()
        }
    }
}
