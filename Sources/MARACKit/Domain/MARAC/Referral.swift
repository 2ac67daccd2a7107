/// One of the grounds on which a case qualifies for the MARAC.
public enum Criterion: String, Equatable, Sendable, Codable, CaseIterable {
    /// The DASH risk checklist score met the threshold.
    case dash
    /// Professional judgement: "visible high risk", with its written rationale.
    case professionalJudgement = "professional-judgement"
    /// Potential escalation: enough incidents or call-outs in the window.
    case escalation
    /// A repeat: the same victim was referred within the repeat window.
    case `repeat`
    /// None of the above; a coordinator referred it anyway, with a recorded reason.
    case override
}

/// What a referring agency tells the MARAC about a victim, before it is checked.
public struct ReferralRequest: Equatable, Sendable {
    public var victimName: String
    public var dateOfBirth: Day
    public var referringAgency: String
    public var date: Day
    /// The registered MARAC area, matched ignoring case and spaces; empty for the only
    /// registered area (refused when there are several).
    public var area: String
    public var dashScore: Int?
    /// The checklist answers, `true` for yes, when the agency gave them.
    public var dashAnswers: [Bool]?
    public var visibleHighRisk: String?
    public var callouts: Int?
    public var children: Int
    public var overrideReason: String?
    public var diversity: Diversity
    /// The perpetrators the referral names, in order (the first is `perpetrator:1`).
    public var perpetrators: [PerpetratorRequest]
    /// Whom the victim is, when the coordinator chose after a possible-duplicate warning.
    public var victimIdentity: VictimIdentity = .unconfirmed
    /// Other names the victim is known by (`--victim-alias`): matched like the name.
    public var victimAliases: [String] = []

    public init(
        victimName: String, dateOfBirth: Day, referringAgency: String, date: Day,
        area: String = "", dashScore: Int? = nil, dashAnswers: [Bool]? = nil,
        visibleHighRisk: String? = nil, callouts: Int? = nil, children: Int = 0,
        overrideReason: String? = nil, diversity: Diversity = Diversity(),
        perpetrators: [PerpetratorRequest] = []
    ) {
        self.victimName = victimName
        self.dateOfBirth = dateOfBirth
        self.referringAgency = referringAgency
        self.date = date
        self.area = area
        self.dashScore = dashScore
        self.dashAnswers = dashAnswers
        self.visibleHighRisk = visibleHighRisk
        self.callouts = callouts
        self.children = children
        self.overrideReason = overrideReason
        self.diversity = diversity
        self.perpetrators = perpetrators
    }

    /// Parses DASH answers written as one letter per question: `y`/`n` (case-insensitive).
    public static func parseAnswers(_ text: String, questionCount: Int) throws(MARACError) -> [Bool]
    {
        var answers: [Bool] = []
        for character in text.lowercased() where character != " " && character != "," {
            switch character {
            case "y": answers.append(true)
            case "n": answers.append(false)
            default:
                throw .invalid(field: "--dash-answers", expected: "only y or n, one per question")
            }
        }
        guard answers.count == questionCount else {
            throw .invalid(
                field: "--dash-answers",
                expected: "\(questionCount) answers (y or n), got \(answers.count)")
        }
        return answers
    }
}

/// A referral as recorded: the case the MARAC will hear, known by its reference.
public struct Referral: Equatable, Sendable, Codable {
    public var id: Int
    /// The case reference used on agendas and minutes instead of the victim's name.
    public var reference: String
    public var referringAgency: String
    public var area: String
    public var date: Day
    public var dashScore: Int?
    public var visibleHighRisk: String?
    public var callouts: Int?
    public var children: Int
    public var criteria: [Criterion]
    public var overrideReason: String?
    public var isRepeat: Bool
    /// The reference of the earlier referral that makes this one a repeat.
    public var previousReference: String?
    public var ageBand: String
    /// The meeting whose agenda lists the case, if any.
    public var listedMeeting: Int?
    /// The day of the meeting that heard the case, once heard.
    public var heardOn: Day?

    /// The reference for the referral with row id `id`: `C-000042`.
    public static func reference(for id: Int) -> String {
        let digits = String(id)
        return "C-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}

/// The rules that decide whether a referral qualifies and whether it is a repeat.
public enum ReferralRules {
    /// Whether a referral on `date` is a repeat of one made on `previous`.
    ///
    /// It is when the same victim was referred within the window before it. The anniversary itself is outside the window.
    public static func isRepeat(previous: Day, date: Day, windowMonths: Int) -> Bool {
        // A window reaching back before year 1 covers every day there is.
        guard let start = try? date.adding(months: -windowMonths) else { return previous <= date }
        return previous <= date && previous > start
    }

    /// The earliest previous referral day that still makes a referral on `date` a repeat.
    public static func repeatWindowStart(for date: Day, windowMonths: Int) -> Day {
        // A window reaching back before year 1 starts on the calendar's first day.
        (try? date.adding(months: -windowMonths).adding(days: 1)) ?? Day.first
    }

    /// Checks a request's fields and returns the criteria it meets, or why it meets none.
    public static func evaluate(
        _ request: ReferralRequest, isRepeat: Bool, today: Day, criteria: ReferralCriteria
    ) throws(MARACError) -> [Criterion] {
        if request.victimName.trimmingSpaces.isEmpty {
            throw .invalid(field: "--victim", expected: "the victim's name")
        }
        try TextField.checkName(request.victimName, field: "--victim")
        if request.date > today {
            throw .invalid(field: "--date", expected: "a referral date not after today (\(today))")
        }
        if request.dateOfBirth >= request.date {
            throw .invalid(field: "--dob", expected: "a date of birth before the referral date")
        }
        if PersonMatch.age(on: request.date, bornOn: request.dateOfBirth) < criteria.minimumAge {
            throw .invalid(
                field: "--dob",
                expected: "a victim aged \(criteria.minimumAge) or over on the referral date "
                    + "(younger victims go through children's safeguarding)")
        }
        var score = request.dashScore
        if let score, !(0...criteria.questionCount).contains(score) {
            throw .invalid(
                field: "--dash",
                expected: "a score from 0 to \(criteria.questionCount), got \(score)")
        }
        if let answers = request.dashAnswers {
            let counted = answers.filter { $0 }.count
            if let given = score, given != counted {
                throw .invalid(
                    field: "--dash",
                    expected:
                        "the number of yes answers in --dash-answers (\(counted)), got \(given)")
            }
            score = counted
        }
        if let callouts = request.callouts, callouts < 0 {
            throw .invalid(field: "--callouts", expected: "a count of 0 or more")
        }
        if request.children < 0 {
            throw .invalid(field: "--children", expected: "a count of 0 or more")
        }
        var met: [Criterion] = []
        if let score, score >= criteria.dashThreshold { met.append(.dash) }
        if let reason = request.visibleHighRisk, !reason.trimmingSpaces.isEmpty {
            met.append(.professionalJudgement)
        }
        if let callouts = request.callouts, callouts >= criteria.escalationThreshold {
            met.append(.escalation)
        }
        if isRepeat { met.append(.repeat) }
        if met.isEmpty {
            guard let reason = request.overrideReason, !reason.trimmingSpaces.isEmpty else {
                throw .belowThreshold(
                    dash: score, dashRequired: criteria.dashThreshold, callouts: request.callouts,
                    calloutsRequired: criteria.escalationThreshold,
                    months: criteria.escalationWindowMonths)
            }
            met.append(.override)
        }
        return met
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return self[first...last]
    }
}
