import MARACKit

/// `bench`: synthetic data for the benchmarks in `benchmarks/`.
enum BenchCommands {
    static let commands: [Command] = [
        Command(
            path: ["bench", "seed"],
            operation: .benchSeed,
            abstract: "Fill an empty database with a synthetic national MARAC dataset.",
            usage: "bench seed --referrals N [--seed S]",
            discussion: """
                For benchmarks only: fictional victims, referrals (about 30% repeats), fortnightly \
                meetings of 20 to 30 cases over several areas, agendas, attendance, risks, 6 to 10 \
                actions per case (about 12% of those past due still pending), their updates and \
                the audit log. The same --seed gives the same data. Use a new file with --db.
                """
        ) { session, arguments in
            let shape = SyntheticShape(
                referrals: try arguments.requiredInt("--referrals", in: 1...100_000_000),
                seed: UInt64(try arguments.int("--seed", in: 0...Int.max) ?? 1))
            let started = ContinuousClock.now
            let report = try session.workbench().seedSynthetic(shape)
            let elapsed = started.duration(to: .now)
            let seconds =
                Double(elapsed.components.seconds)
                + Double(elapsed.components.attoseconds) / 1e18
            let tenths = Int((seconds * 10).rounded())
            let total = report.rows.reduce(0) { $0 + $1.rows }
            var lines = [
                "seeded \(report.referrals) referrals in \(report.areas) areas (seed \(report.seed)): "
                    + "\(total) rows in \(tenths / 10).\(tenths % 10) s"
            ]
            lines += report.rows.map { "  \($0.table): \($0.rows)" }
            return Output.message(lines.joined(separator: "\n"), json: JSONValue(encoding: report))
        },
        Command(
            path: ["bench", "duplicates"],
            operation: .benchDuplicates,
            abstract:
                "Measure the possible-duplicate warning on generated people with known truth.",
            usage: "bench duplicates --people N [--seed S]",
            discussion: """
                For benchmarks only: refers N fictional people and about 30% later referrals of \
                the same people (70% of them written another way: typing slips, transliterations, \
                swapped order, one part of a double-barrelled surname, accents, a known alias, a \
                mistyped date of birth) into an empty database, with no choice made after a \
                warning, and reports recall (true duplicates warned of) and false warnings per \
                100 referrals. The same --seed gives the same people. Use a new file with --db.
                """
        ) { session, arguments in
            let people = SyntheticPeople(
                people: try arguments.requiredInt("--people", in: 1...10_000_000),
                seed: UInt64(try arguments.int("--seed", in: 0...Int.max) ?? 1))
            let report = try session.workbench().measureDuplicateWarnings(people)
            return Output.message(
                Formatting.duplicateWarningReport(report), json: JSONValue(encoding: report))
        },
    ]
}
