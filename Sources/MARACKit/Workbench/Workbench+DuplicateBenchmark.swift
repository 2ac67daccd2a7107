/// How well the possible-duplicate warning did on a generated stream of referrals whose truth
/// is known (`bench duplicates`).
public struct DuplicateWarningReport: Equatable, Sendable, Codable {
    public var people: Int
    public var referrals: Int
    public var seed: UInt64
    /// Later referrals of a person matched to their record exactly (same name and date of
    /// birth): no warning needed.
    public var matchedExactly: Int
    /// Later referrals written differently, so recorded as a new person: each one a true
    /// duplicate the coordinator should be warned of.
    public var trueDuplicates: Int
    /// Of those, how many warned of a record of the real person.
    public var warned: Int
    /// `warned` over `trueDuplicates`.
    public var recall: Double
    /// Warnings naming someone else, over every referral.
    public var falseWarnings: Int
    /// False warnings a coordinator sees per 100 referrals.
    public var falseWarningsPer100: Double
    /// Referrals (per 100) with at least one false warning.
    public var referralsWithFalseWarningPer100: Double
    /// Recall for each way of writing the name differently.
    public var byVariant: [VariantRecall]
    /// The mean time of one referral (check and insert), in microseconds.
    public var microsecondsPerReferral: Int

    public struct VariantRecall: Equatable, Sendable, Codable {
        public var variant: String
        public var trueDuplicates: Int
        public var warned: Int
    }
}

extension Workbench {
    /// Measures the possible-duplicate warning on the generated referrals of `people`.
    ///
    /// The referrals go through `case refer`'s own path (no choice made after a warning, as an
    /// unattended import) in one transaction, and the warnings are checked against the truth.
    /// For an empty database: the figures count only these people.
    public func measureDuplicateWarnings(_ people: SyntheticPeople) throws
        -> DuplicateWarningReport
    {
        try authorize(.benchDuplicates)
        guard try db.isEmptyForSeeding() else {
            throw MARACError.invalid(
                field: "--db", expected: "an empty database (bench duplicates fills a new file)")
        }
        let stream = people.referrals()
        return try change {
            try db.execute(
                """
                INSERT INTO agency(code, name, sector, public_authority, competent_authority,
                                   created_at, created_by)
                VALUES ('POL', 'Police (synthetic)', 'police', 1, 1, ?, ?)
                """, [now, user])
            let areas = try db.areaNames()
            var truthOfRecord: [Int: Int] = [:]
            var report = DuplicateWarningReport(
                people: people.people, referrals: stream.count, seed: people.seed,
                matchedExactly: 0, trueDuplicates: 0, warned: 0, recall: 0, falseWarnings: 0,
                falseWarningsPer100: 0, referralsWithFalseWarningPer100: 0, byVariant: [],
                microsecondsPerReferral: 0)
            var byVariant: [String: (Int, Int)] = [:]
            var withFalse = 0
            let started = ContinuousClock.now
            for referral in stream {
                let stored = try insertReferral(
                    ReferralRequest(
                        victimName: referral.name, dateOfBirth: referral.dateOfBirth,
                        referringAgency: "POL", date: referral.date, dashScore: 15),
                    areas: areas, audited: false)
                let warnedOf = stored.possibleDuplicates.compactMap {
                    PersonReference.parsedID($0.person).flatMap { truthOfRecord[$0] }
                }
                let falseOnes = warnedOf.filter { $0 != referral.person }.count
                report.falseWarnings += falseOnes
                if falseOnes > 0 { withFalse += 1 }
                if stored.isNewPerson {
                    truthOfRecord[stored.victimID] = referral.person
                }
                guard let variant = referral.variant else { continue }
                if !stored.isNewPerson {
                    report.matchedExactly += 1
                    continue
                }
                let hit = warnedOf.contains(referral.person)
                report.trueDuplicates += 1
                if hit { report.warned += 1 }
                let (cases, hits) = byVariant[variant.rawValue, default: (0, 0)]
                byVariant[variant.rawValue] = (cases + 1, hits + (hit ? 1 : 0))
            }
            let elapsed = started.duration(to: .now)
            let micros =
                Double(elapsed.components.seconds) * 1e6
                + Double(elapsed.components.attoseconds) / 1e12
            report.microsecondsPerReferral = Int(micros / Double(max(1, stream.count)))
            report.recall = Double(report.warned) / Double(max(1, report.trueDuplicates))
            report.falseWarningsPer100 =
                Double(report.falseWarnings) * 100 / Double(max(1, stream.count))
            report.referralsWithFalseWarningPer100 =
                Double(withFalse) * 100 / Double(max(1, stream.count))
            report.byVariant = SyntheticPeople.Variant.allCases.compactMap { variant in
                byVariant[variant.rawValue].map {
                    DuplicateWarningReport.VariantRecall(
                        variant: variant.rawValue, trueDuplicates: $0.0, warned: $0.1)
                }
            }
            try audit(
                .benchDuplicates, "database", people.seed,
                "synthetic duplicate check: \(stream.count) referrals of \(people.people) people")
            return report
        }
    }
}

extension PersonReference {
    /// The number of a printed person id (`P12` gives 12).
    static func parsedID(_ printed: String) -> Int? {
        Int(printed.dropFirst())
    }
}
