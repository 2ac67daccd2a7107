/// What `bench seed` wrote: rows per table, by table name.
public struct SeedReport: Equatable, Sendable, Codable {
    /// The shape's referrals, seed and number of areas.
    public var referrals: Int
    public var seed: UInt64
    public var areas: Int
    /// Rows written per table, by SQL table name, in generation order.
    public var rows: [TableCount]

    public struct TableCount: Equatable, Sendable, Codable {
        public var table: String
        public var rows: Int
    }
}

extension Workbench {
    /// Fills an empty database with a synthetic national dataset for benchmarks (`bench seed`).
    ///
    /// Refused unless the database holds no agencies and no referrals. The data is fictional
    /// and the same for the same shape and seed. Unlike other commands it commits in batches (a
    /// million referrals is tens of millions of rows); its last step records one audit entry.
    ///
    /// ```swift
    /// let report = try workbench.seedSynthetic(SyntheticShape(referrals: 100_000, seed: 1))
    /// ```
    public func seedSynthetic(_ shape: SyntheticShape) throws -> SeedReport {
        try authorize(.benchSeed)
        guard shape.referrals >= 1 else {
            throw MARACError.invalid(
                field: "--referrals", expected: "a number of referrals of 1 or more")
        }
        guard try db.isEmptyForSeeding() else {
            throw MARACError.invalid(
                field: "--db", expected: "an empty database (bench seed fills a new file)")
        }
        let counts = try db.seed(shape)
        try change {
            try audit(
                .benchSeed, "database", shape.seed,
                "synthetic data: \(shape.referrals) referrals in \(shape.areas) areas")
        }
        return SeedReport(
            referrals: shape.referrals, seed: shape.seed, areas: shape.areas,
            rows: SyntheticTable.allCases.map {
                SeedReport.TableCount(table: Database.seedColumns[$0]!.table, rows: counts[$0] ?? 0)
            })
    }
}
