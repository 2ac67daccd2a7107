extension DemoData {
    /// A demo perpetrator: clearly fictional, with a relationship to the victim and either an
    /// age in years before the demo's today (a date of birth) or an age alone.
    struct Perpetrator {
        var name: String
        var age: Int
        /// Whether the date of birth is known (else only the age is recorded).
        var dateOfBirthKnown = true
        var relationship: String
        var gender = "male"
    }

    /// A demo child: an age in years before the demo's today and relationships.
    struct Child {
        var name: String
        var age: Int
        var toVictim = "child"
        var toPerpetrator = "child"
        var livesWith = "victim"
        var school: String? = nil
    }

    /// The perpetrators of each referral, by the referral's key.
    ///
    /// "Demo Perpetrator A" harms
    /// victim One twice (the repeat) and victim Nine (a serial perpetrator the agenda flags);
    /// victim Two's first and second referrals name different perpetrators.
    static let perpetrators: [String: [Perpetrator]] = [
        "one-a": [Perpetrator(name: "Demo Perpetrator A", age: 34, relationship: "ex-partner")],
        "one-b": [Perpetrator(name: "Demo Perpetrator A", age: 34, relationship: "ex-partner")],
        "two-a": [Perpetrator(name: "Demo Perpetrator B", age: 47, relationship: "partner")],
        "two-b": [
            Perpetrator(
                name: "Demo Perpetrator C", age: 50, dateOfBirthKnown: false,
                relationship: "partner")
        ],
        "three": [Perpetrator(name: "Demo Perpetrator D", age: 29, relationship: "partner")],
        "four": [
            Perpetrator(name: "Demo Perpetrator E", age: 55, relationship: "partner"),
            Perpetrator(
                name: "Demo Perpetrator F", age: 24, dateOfBirthKnown: false,
                relationship: "adult-child"),
        ],
        "five": [Perpetrator(name: "Demo Perpetrator G", age: 17, relationship: "ex-partner")],
        "six": [Perpetrator(name: "Demo Perpetrator H", age: 41, relationship: "partner")],
        "seven": [
            Perpetrator(
                name: "Demo Perpetrator I", age: 39, relationship: "adult-child", gender: "female")
        ],
        "eight": [Perpetrator(name: "Demo Perpetrator J", age: 22, relationship: "ex-partner")],
        "nine": [Perpetrator(name: "Demo Perpetrator A", age: 34, relationship: "partner")],
        "ten": [Perpetrator(name: "Demo Perpetrator K", age: 33, relationship: "partner")],
    ]

    /// The children recorded for each referral, by key.
    ///
    /// Victim Six's count is 3, with two
    /// children's details known.
    static let children: [String: [Child]] = [
        "one-a": [
            Child(name: "Demo Child One-A", age: 7, school: "Demoshire Primary (demo)"),
            Child(name: "Demo Child One-B", age: 3, toPerpetrator: "none"),
        ],
        "three": [Child(name: "Demo Child Three", age: 1, livesWith: "both")],
        "six": [
            Child(name: "Demo Child Six-A", age: 12, toPerpetrator: "stepchild"),
            Child(name: "Demo Child Six-B", age: 9, livesWith: "relative"),
        ],
        "eight": [Child(name: "Demo Child Eight", age: 2)],
        "ten": [
            Child(name: "Demo Child Ten-A", age: 6),
            Child(name: "Demo Child Ten-B", age: 4),
        ],
    ]
}

extension Workbench {
    /// The perpetrator requests of a demo referral, their dates of birth counted back from
    /// `today`.
    func demoPerpetrators(_ key: String) throws -> [PerpetratorRequest] {
        try (DemoData.perpetrators[key] ?? []).map {
            PerpetratorRequest(
                name: $0.name,
                dateOfBirth: $0.dateOfBirthKnown
                    ? try today.adding(days: -365 * $0.age - 100) : nil,
                age: $0.dateOfBirthKnown ? nil : $0.age, gender: $0.gender,
                relationship: $0.relationship)
        }
    }

    /// Records the children of a demo referral.
    func addDemoChildren(_ key: String, to reference: String) throws {
        for child in DemoData.children[key] ?? [] {
            _ = try addChild(
                ChildRequest(
                    name: child.name, dateOfBirth: today.adding(days: -365 * child.age - 20),
                    relationshipToVictim: child.toVictim,
                    relationshipToPerpetrator: child.toPerpetrator, livesWith: child.livesWith,
                    school: child.school),
                to: reference)
        }
    }
}
