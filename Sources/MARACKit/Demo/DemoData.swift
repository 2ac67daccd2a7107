/// The fictional people and organisations of the demo area.
///
/// Every name is obviously invented.
enum DemoData {
    static let area = "Demoshire"
    static let policeName = "Demoshire Police (demo)"

    static let agencies = [
        Agency(
            code: "POL", name: policeName, sector: "police", isPublicAuthority: true,
            isCompetentAuthority: true),
        Agency(code: "IDVA", name: "Demoshire IDVA Service (demo)", sector: "voluntary"),
        Agency(
            code: "CSC", name: "Children's Social Care (demo)", sector: "local-authority",
            isPublicAuthority: true),
        Agency(
            code: "ASC", name: "Adult Social Care (demo)", sector: "local-authority",
            isPublicAuthority: true),
        Agency(
            code: "HEALTH-GP", name: "Demoshire GP Federation (demo)", sector: "health",
            isPublicAuthority: true),
        Agency(
            code: "HOUSING", name: "Demoshire Homes (demo)", sector: "housing",
            isPublicAuthority: true),
        Agency(
            code: "PROBATION", name: "Probation Service (demo)", sector: "probation",
            isPublicAuthority: true,
            isCompetentAuthority: true),
        Agency(
            code: "EDU", name: "Education Safeguarding (demo)", sector: "education",
            isPublicAuthority: true),
    ]

    static let representatives = [
        ("POL", "DS Demo Officer", "MARAC police lead"), ("IDVA", "Demo IDVA Lead", "IDVA"),
        ("CSC", "Demo Social Worker", "team manager"),
        ("ASC", "Demo Care Manager", "safeguarding lead"),
        ("HEALTH-GP", "Dr Demo", "safeguarding GP"),
        ("HOUSING", "Demo Housing Officer", "tenancy lead"),
        ("PROBATION", "Demo Probation Officer", "senior PO"),
        ("EDU", "Demo DSL", "designated safeguarding lead"),
    ]

    struct Person {
        var key: String
        var name: String
        var age: Int
        var agency: String
        var daysAgo: Int
        var dash: Int?
        var judgement: String? = nil
        var callouts: Int? = nil
        var children = 0
        var gender = "female"
        var ethnicity = "White British"
    }

    /// Twelve referrals: the first eight go to the past meeting, the rest wait for the next one.
    ///
    /// "One" comes back within 12 months (a repeat); "Two" came back after more than 12 months.
    static let referrals: [Person] = [
        Person(
            key: "one-a", name: "Demo Person One", age: 31, agency: "POL", daysAgo: -230, dash: 16,
            children: 2),
        Person(
            key: "two-a", name: "Demo Person Two", age: 44, agency: "IDVA", daysAgo: -420, dash: 15),
        Person(
            key: "three", name: "Demo Person Three", age: 27, agency: "HEALTH-GP", daysAgo: -52,
            dash: 17, children: 1),
        Person(
            key: "four", name: "Demo Person Four", age: 52, agency: "IDVA", daysAgo: -49, dash: 9,
            judgement: "strangulation disclosed; victim very frightened", ethnicity: "Asian British"
        ),
        Person(
            key: "five", name: "Demo Person Five", age: 23, agency: "POL", daysAgo: -45, dash: 12,
            callouts: 4),
        Person(
            key: "six", name: "Demo Person Six", age: 38, agency: "CSC", daysAgo: -40, dash: 18,
            children: 3,
            ethnicity: "Black British"),
        Person(
            key: "seven", name: "Demo Person Seven", age: 67, agency: "ASC", daysAgo: -33, dash: 14,
            gender: "male"),
        Person(
            key: "eight", name: "Demo Person Eight", age: 19, agency: "EDU", daysAgo: -30, dash: 20,
            children: 1),
        Person(
            key: "one-b", name: "Demo Person One", age: 31, agency: "IDVA", daysAgo: -9, dash: 6,
            children: 2),
        Person(
            key: "two-b", name: "Demo Person Two", age: 44, agency: "POL", daysAgo: -8, dash: 14),
        Person(
            key: "nine", name: "Demo Person Nine", age: 35, agency: "PROBATION", daysAgo: -6,
            dash: 15),
        Person(
            key: "ten", name: "Demo Person Ten", age: 29, agency: "POL", daysAgo: -4, dash: 13,
            callouts: 3,
            children: 2, ethnicity: "Mixed"),
    ]

    static let attendance: [(String, AttendanceStatus, String?)] = [
        ("POL", .present, "DS Demo Officer"), ("IDVA", .present, "Demo IDVA Lead"),
        ("CSC", .present, "Demo Social Worker"), ("ASC", .apologies, nil),
        ("HEALTH-GP", .present, "Dr Demo"), ("HOUSING", .present, "Demo Housing Officer"),
        ("PROBATION", .absent, nil), ("EDU", .present, "Demo DSL"),
    ]

    static let risks: [[String]] = [
        ["Perpetrator released on bail last week", "Threats made via social media"],
        ["Victim pregnant; escalation of physical abuse"],
        [
            "Financial control; victim has no access to money",
            "Perpetrator has access to firearms licence",
        ],
    ]

    struct ActionTemplate {
        var agency: String
        var text: String
        var owner: String?
        var dueAfter: Int
    }

    static let actions = [
        ActionTemplate(
            agency: "POL", text: "Place a flag on the address for an urgent response",
            owner: "DS Demo Officer", dueAfter: 2),
        ActionTemplate(
            agency: "IDVA", text: "Complete a safety plan with the victim", owner: "Demo IDVA Lead",
            dueAfter: 7),
        ActionTemplate(
            agency: "HOUSING", text: "Fit additional locks under the sanctuary scheme", owner: nil,
            dueAfter: 14),
        ActionTemplate(
            agency: "CSC", text: "Hold a strategy discussion about the children",
            owner: "Demo Social Worker", dueAfter: 10),
        ActionTemplate(
            agency: "HEALTH-GP", text: "Add a safeguarding alert to the GP record",
            owner: "Dr Demo", dueAfter: 30),
    ]

    /// Commands worth running next, with dates around `today`.
    static func tryNext(today: Day) throws -> [String] {
        try [
            "marac action list --overdue",
            "marac agenda show 2",
            "marac case list --repeat",
            "marac person list --possible-duplicates",
            "marac meeting show 1",
            "marac share register",
            "marac share list --about child",
            "marac report data-return --from \(try today.adding(days: -90)) --to \(today)",
            "marac smart check",
            "marac report dhr-progress",
            "marac help",
        ]
    }
}
