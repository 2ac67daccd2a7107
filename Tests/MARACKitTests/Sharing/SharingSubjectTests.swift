import Testing

@testable import MARACKit

/// Whom a sharing record is about, the adult-at-risk test's content, and records made before
/// subjects were stored (issue 14 item 1).
@Suite("The subject of a sharing record")
struct SharingSubjectTests {
    @Test(
        "--about words parse to subjects; malformed ones say what is wrong",
        arguments: [
            ("victim", SharingSubject.Typed.victim), ("Perpetrator", .perpetrator(nil)),
            ("perpetrator:2", .perpetrator(2)), ("child", .child(nil)), ("child:1", .child(1)),
            ("other:a neighbour", .other("a neighbour")),
        ])
    func parses(word: String, expected: SharingSubject.Typed) throws {
        #expect(try SharingSubject.Typed(parsing: word) == expected)
    }

    @Test(
        "Malformed --about words are refused",
        arguments: ["", "victim:1", "child:0", "child:x", "other:", "other", "cousin:Jo"])
    func refuses(word: String) {
        #expect(throws: SubjectError.self) { try SharingSubject.Typed(parsing: word) }
    }

    @Test("An error about other:TEXT never repeats the description")
    func errorHidesDescription() {
        let error = SubjectError.malformed("other:Jo Bloggs", problem: "x")
        #expect(!error.description.contains("Bloggs"))
        #expect(SharingSubject.other("Jo Bloggs").auditWords == "other")
        #expect(SharingSubject.child(2).auditWords == "child:2")
    }

    @Test("Stored columns that disagree are not a subject")
    func storedColumns() {
        #expect(SharingSubject(kind: .child, ordinal: 2, text: nil) == .child(2))
        #expect(SharingSubject(kind: .child, ordinal: nil, text: nil) == nil)
        #expect(SharingSubject(kind: .victim, ordinal: 1, text: nil) == nil)
        #expect(SharingSubject(kind: .other, ordinal: nil, text: "x") == .other("x"))
    }

    @Test(
        "The adult-at-risk test must name the needs and why the person cannot protect themselves",
        arguments: [
            ("x", [AdultAtRiskTest.Limb.careAndSupportNeeds, .unableToProtect]),
            (
                "care and support needs; cannot protect herself",
                [.careAndSupportNeeds, .unableToProtect]
            ),
            (
                "Care and support needs (pregnancy complications, anxiety); experiencing abuse; "
                    + "unable to protect herself as a result", [.unableToProtect]
            ),
            (
                "needs: learning disability; unable to protect himself because he depends on "
                    + "her for money", []
            ),
            (
                "Care and support needs: early dementia. Cannot protect herself: relies on him "
                    + "for her medication", []
            ),
        ])
    func adultAtRiskContent(text: String, missing: [AdultAtRiskTest.Limb]) {
        #expect(AdultAtRiskTest.missing(in: text) == missing)
    }

    @Test("A bundle's item names a third party by full name or capitalised first name only")
    func thirdPartyNames() {
        let names = ThirdPartyNames(people: [
            .init(name: "Pat Perpetrator", role: "perpetrator 1 of C-000001"),
            .init(name: "Kit Child", role: "child 1 of C-000001"),
        ])
        #expect(
            names.reasons(in: ["Pat waited outside"]) == [
                "names another person (perpetrator 1 of C-000001)"
            ])
        #expect(
            names.reasons(in: ["seen with KIT CHILD at school"]) == [
                "names another person (child 1 of C-000001)"
            ])
        #expect(names.reasons(in: ["a pat on the back; the kit was lost"]).isEmpty)
        #expect(names.reasons(in: ["Pat and Kit"]).count == 2)
    }

    @Test("Records made before step 13 become about the victim, catalogue version unknown")
    func olderRecordsMigrate() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("old.sqlite")
        do {
            let db = try Database(path: path)
            try Migrator.migrate(db, to: Migrations.all.filter { $0.version <= 11 })
            try db.executeScript(
                """
                INSERT INTO agency(code, name, sector, public_authority, competent_authority,
                                   created_at, created_by)
                    VALUES ('POL', 'Police', 'police', 1, 1, 'now', 'test');
                INSERT INTO person(name, date_of_birth, match_key, created_at)
                    VALUES ('Old Victim', '1990-01-01', 'old victim|1990-01-01', 'now');
                INSERT INTO referral(reference, victim_id, agency_id, area, referred_on, criteria,
                                     is_repeat, created_at, created_by)
                    VALUES ('C-000001', 1, 1, 'default', '2026-01-05', 'dash', 0, 'now', 'test');
                INSERT INTO sharing(kind, referral_id, agency_id, shared_on, summary, categories,
                                    consent, consent_reason, common_law, rationale, recorded_at,
                                    recorded_by)
                    VALUES ('shared', 1, 1, '2026-01-06', 'Bail', 'criminal-offence',
                            'not-sought', 'unsafe', 'public-interest', 'Risk', 'now', 'test');
                """)
        }
        let workbench = try Workbench(path: path, user: "tester", today: day("2026-02-01"))
        let entry = try workbench.sharingEntry(id: 1)
        #expect(entry.subject == .victim)
        #expect(entry.catalogueVersion == nil)
        #expect(try workbench.sharingLog(about: .init(kind: .victim)).map(\.id) == [1])
        #expect(try workbench.sharingLog(about: .init(kind: .child)).isEmpty)
    }

    @Test("A new record keeps the catalogue's version and whom it is about")
    func newRecordKeepsVersion() throws {
        let directory = TemporaryDirectory()
        let workbench = try Workbench(
            path: directory.file("new.sqlite"), user: "tester", today: day("2026-11-25"))
        try workbench.addAgency(
            Agency(
                code: "POL", name: "Police", sector: "police", isPublicAuthority: true,
                isCompetentAuthority: true))
        _ = try workbench.referCase(
            ReferralRequest(
                victimName: "New Victim", dateOfBirth: day("1990-01-01"), referringAgency: "POL",
                date: day("2026-11-20"), dashScore: 16))
        let entry = try workbench.recordSharing(
            SharingRequest(
                caseReference: "C-000001", agency: "POL", summary: "Neighbour's statement",
                categories: ["criminal-offence"], basisTags: ["DPA2018-sec35-2-b"],
                consent: .notSought(.wouldPrejudicePurpose), commonLawPosition: .publicInterest,
                rationale: "Witness safety", about: .other("a neighbour")))
        #expect(entry.subject == .other("a neighbour"))
        #expect(entry.catalogueVersion == workbench.policies.lawfulBases.version)
        #expect(workbench.policies.lawfulBases.version == "2025.1")
        #expect(throws: SubjectError.ambiguous(.child, case: "C-000001", count: 0)) {
            try workbench.recordSharing(
                SharingRequest(
                    caseReference: "C-000001", agency: "POL", summary: "School",
                    categories: ["criminal-offence"], basisTags: ["DPA2018-sec35-2-b"],
                    consent: .notSought(.wouldPrejudicePurpose),
                    commonLawPosition: .publicInterest, rationale: "Risk", about: .child(nil)))
        }
    }
}
