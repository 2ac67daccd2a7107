import Foundation
import Testing

/// The possible-duplicate warning, `--same-as`, `--new-person`, `person list` and `person
/// merge`, run through the built `marac` on both backends.
@Suite("Possible duplicate persons, through the binary")
struct PersonMatchingBinaryTests {
    /// Runs one command on `database` as the coordinator.
    static func marac(_ database: BinaryDatabase, _ words: [String]) throws -> BinaryTests.Result {
        try BinaryTests.run(
            ["--db", database.location] + words,
            environment: database.environment(user: "coordinator"))
    }

    static func refer(
        _ database: BinaryDatabase, _ name: String, dob: String, date: String,
        _ extra: [String] = []
    ) throws -> BinaryTests.Result {
        try marac(
            database,
            [
                "case", "refer", "--victim", name, "--dob", dob, "--by", "POL", "--date", date,
                "--dash", "15",
            ] + extra)
    }

    static func json(_ result: BinaryTests.Result) throws -> [String: Any] {
        try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func setUp(_ backend: Backend) throws -> BinaryDatabase {
        let database = try BinaryDatabase(backend)
        let agency = try marac(
            database, ["agency", "add", "POL", "--name", "Police", "--sector", "police"])
        #expect(agency.status == 0, "\(agency.stderr)")
        return database
    }

    @Test(
        "A misspelt victim is warned of, recorded as a new person, listed, and merged with the repeat recomputed",
        arguments: Backend.all)
    func warnListMerge(backend: Backend) throws {
        let database = try Self.setUp(backend)
        let first = try Self.refer(database, "Mary Smith", dob: "1985-03-02", date: "2026-01-10")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!first.stdout.contains("WARNING"))

        let plain = try Self.refer(
            database, "Jo Example", dob: "1990-06-01", date: "2026-01-11", ["--json"])
        #expect(try Self.json(plain)["possibleDuplicates"] as? [Any] != nil)
        #expect((try Self.json(plain)["possibleDuplicates"] as? [Any])?.isEmpty == true)

        let misspelt = try Self.refer(
            database, "Marie Smyth", dob: "1985-03-02", date: "2026-02-01", ["--json"])
        #expect(misspelt.status == 0, "\(misspelt.stderr)")
        let document = try Self.json(misspelt)
        #expect(document["reference"] as? String == "C-000003")
        #expect(document["newPerson"] as? Bool == true)
        #expect(document["isRepeat"] as? Bool == false)
        let duplicates = try #require(document["possibleDuplicates"] as? [[String: Any]])
        #expect(duplicates.count == 1)
        #expect(duplicates.first?["reference"] as? String == "C-000001")
        #expect(duplicates.first?["reasons"] as? [String] == ["same-phonetic-key"])
        #expect(duplicates.first?["dateOfBirth"] as? String == "same")

        let swapped = try Self.refer(database, "Smith, Mary", dob: "1985-03-02", date: "2026-02-02")
        #expect(swapped.status == 0)
        #expect(swapped.stdout.contains("WARNING: the victim may already be recorded"))
        #expect(
            swapped.stdout.contains("C-000001 (P1): names in another order; same date of birth"))
        #expect(!swapped.stdout.contains("Mary") && !swapped.stdout.contains("Smith"))

        let pairs = try Self.marac(database, ["person", "list", "--possible-duplicates", "--json"])
        #expect(pairs.status == 0, "\(pairs.stderr)")
        let listed = try #require(
            JSONSerialization.jsonObject(with: Data(pairs.stdout.utf8)) as? [[String: Any]])
        #expect(listed.count == 3)
        #expect(
            listed.contains {
                $0["cases"] as? [String] == ["C-000003"]
                    && $0["otherCases"] as? [String] == ["C-000001"]
            })
        #expect(!pairs.stdout.contains("Mary"))

        let merged = try Self.marac(database, ["person", "merge", "C-000001", "C-000003"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(
            merged.stdout
                == "merged P3 into P1: cases C-000001, C-000003\nrepeats recomputed: C-000003\n")
        let shown = try Self.marac(database, ["case", "show", "C-000003", "--json"])
        #expect(
            shown.stdout.contains("\"isRepeat\" : true")
                || shown.stdout.contains("\"isRepeat\": true"))
        let after = try Self.marac(database, ["person", "list", "--possible-duplicates", "--json"])
        let remaining = try #require(
            JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [[String: Any]])
        #expect(remaining.count == 1, "the merged pair is settled; the third record's stays")
        #expect(remaining.first?["other"] as? String == "P1")

        // The spelling merged in now matches exactly: no warning, the same person, a repeat.
        let again = try Self.refer(
            database, "Marie Smyth", dob: "1985-03-02", date: "2026-03-01", ["--json"])
        let againDocument = try Self.json(again)
        #expect(againDocument["person"] as? String == "P1")
        #expect(againDocument["isRepeat"] as? Bool == true)
        #expect((againDocument["possibleDuplicates"] as? [Any])?.isEmpty == true)

        let audit = try Self.marac(database, ["audit", "log"])
        #expect(audit.stdout.contains("person merge"))
        #expect(audit.stdout.contains("merged P3 into P1"))
        #expect(!audit.stdout.contains("Marie") && !audit.stdout.contains("Smyth"))
    }

    @Test(
        "--same-as joins the victim to that case's person; --new-person records a new one",
        arguments: Backend.all)
    func sameAsAndNewPerson(backend: Backend) throws {
        let database = try Self.setUp(backend)
        _ = try Self.refer(database, "Fatima Khan", dob: "1992-07-14", date: "2026-01-05")
        let same = try Self.refer(
            database, "Fatimah Khan", dob: "1992-07-14", date: "2026-02-05",
            ["--same-as", "C-000001", "--json"])
        #expect(same.status == 0, "\(same.stderr)")
        let sameDocument = try Self.json(same)
        #expect(sameDocument["person"] as? String == "P1")
        #expect(sameDocument["newPerson"] as? Bool == false)
        #expect(sameDocument["isRepeat"] as? Bool == true)
        #expect(sameDocument["repeatOf"] as? String == "C-000001")

        let new = try Self.refer(
            database, "Fatma Khan", dob: "1992-07-14", date: "2026-02-06", ["--new-person"])
        #expect(new.status == 0, "\(new.stderr)")
        #expect(new.stdout.contains("WARNING"))
        #expect(new.stdout.contains("recorded as a new person P2 (--new-person)"))
        let pairs = try Self.marac(database, ["person", "list", "--possible-duplicates", "--json"])
        #expect(pairs.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")

        let both = try Self.refer(
            database, "Fatma Khan", dob: "1992-07-14", date: "2026-02-07",
            ["--same-as", "C-000001", "--new-person"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("--same-as and --new-person: give one, not both"))

        let conflict = try Self.refer(
            database, "Fatma Khan", dob: "1992-07-14", date: "2026-02-07",
            ["--same-as", "C-000001"])
        #expect(conflict.status != 0)
        #expect(conflict.stderr.contains("already recorded as the victim of C-000003"))
        #expect(!conflict.stderr.contains("Fatma") && !conflict.stderr.contains("Khan"))

        let unknown = try Self.refer(
            database, "Someone Else", dob: "1970-01-01", date: "2026-02-07",
            ["--same-as", "C-000099"])
        #expect(unknown.status != 0)
        #expect(!unknown.stderr.contains("Someone"))

        let merge = try Self.marac(database, ["person", "merge", "P1", "P1"])
        #expect(merge.status != 0)
        #expect(merge.stderr.contains("both arguments are the same person"))
        let missing = try Self.marac(database, ["person", "merge", "P1", "P99"])
        #expect(missing.stderr.contains("PERSON: no such person"))
        let cases = try Self.marac(database, ["case", "list", "--json"])
        #expect(cases.stdout.contains("C-000003") && !cases.stdout.contains("C-000004"))
    }
}
