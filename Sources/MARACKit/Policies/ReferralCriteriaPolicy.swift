/// The versioned MARAC referral thresholds per area, and the risk checklists they use, from
/// `Policies/referral-criteria.xml`.
///
/// For a referral on a given day, the newest version of the area whose `from` day is on or
/// before it applies; an area without an entry uses `*`.
///
/// ```swift
/// let criteria = policies.referralCriteria.criteria(forArea: "Example Borough", on: day)
/// criteria.escalationThreshold   // 5
/// ```
public struct ReferralCriteriaPolicy: Equatable, Sendable {
    /// A risk checklist and its questions, such as the 24-question SafeLives DASH RIC.
    public struct Checklist: Equatable, Sendable, Identifiable {
        /// The id areas refer to, such as `safelives-dash-ric-2009`.
        public var id: String
        /// The name and version, such as `SafeLives DASH RIC 2009`.
        public var name: String
        /// How many questions it has.
        public var questionCount: Int
        /// The question topics, numbered from 1, when the policy lists them.
        public var questions: [String]

        public init(id: String, name: String, questionCount: Int, questions: [String] = []) {
            self.id = id
            self.name = name
            self.questionCount = questionCount
            self.questions = questions
        }
    }

    /// One version of one area's thresholds.
    public struct Entry: Equatable, Sendable {
        /// The version number within the area.
        public var version: Int
        /// The first day it applies (`nil`: always).
        public var from: Day?
        /// The checklist id.
        public var checklist: String
        /// The thresholds.
        public var criteria: ReferralCriteria

        public init(version: Int, from: Day?, checklist: String, criteria: ReferralCriteria) {
            self.version = version
            self.from = from
            self.checklist = checklist
            self.criteria = criteria
        }
    }

    /// The checklists, in file order.
    public var checklists: [Checklist]
    /// Every version of every area, in file order.
    public var entries: [Entry]

    public init(checklists: [Checklist], entries: [Entry]) {
        self.checklists = checklists
        self.entries = entries
    }

    /// The thresholds for `area` on `day`: that area's newest applicable version, else `*`'s,
    /// else the SafeLives defaults.
    public func criteria(forArea area: String, on day: Day? = nil) -> ReferralCriteria {
        entry(forArea: area, on: day)?.criteria
            ?? entry(forArea: "*", on: day)?.criteria
            ?? .safeLivesDefault
    }

    /// The checklist `id`, if defined.
    public func checklist(_ id: String) -> Checklist? { checklists.first { $0.id == id } }

    /// The areas named in the policy, without repeats, in file order.
    public var areas: [String] {
        var seen: [String] = []
        for entry in entries where !seen.contains(entry.criteria.area) {
            seen.append(entry.criteria.area)
        }
        return seen
    }

    private func entry(forArea area: String, on day: Day?) -> Entry? {
        entries.filter { entry in
            guard entry.criteria.area == area else { return false }
            guard let day, let from = entry.from else { return true }
            return from <= day
        }
        .max { $0.version < $1.version }
    }

    /// The file name inside the policy directory.
    static let fileName = "referral-criteria"

    /// The policy from the validated root element, refusing repeated checklist ids, repeated
    /// area versions, unknown checklists and question lists that do not match their count.
    static func read(_ root: PolicyNode, file: String) throws(PolicyError) -> ReferralCriteriaPolicy
    {
        let reader = PolicyReader(file: file)
        let checklistNodes = root.children(named: "checklist")
        try reader.requireUnique(checklistNodes) { $0.attribute("id") }
        var checklists: [Checklist] = []
        for node in checklistNodes {
            let count = try reader.integer("questions", of: node)
            let questionNodes = node.children(named: "question")
            for (position, question) in questionNodes.enumerated() {
                let number = try reader.integer("number", of: question)
                if number != position + 1 {
                    throw reader.error(
                        question, .invalidValue("question \(number) is out of order"))
                }
            }
            if !questionNodes.isEmpty, questionNodes.count != count {
                throw reader.error(
                    node,
                    .invalidValue(
                        "checklist lists \(questionNodes.count) questions but says \(count)"))
            }
            checklists.append(
                Checklist(
                    id: try reader.attribute("id", of: node),
                    name: try reader.attribute("name", of: node), questionCount: count,
                    questions: questionNodes.map(\.trimmedText)))
        }
        let areaNodes = root.children(named: "area")
        try reader.requireUnique(areaNodes) { node in
            node.attribute("name").map { "\($0)\" version \"\(node.attribute("version") ?? "")" }
        }
        var entries: [Entry] = []
        for node in areaNodes {
            let checklistID = try reader.attribute("checklist", of: node)
            guard let checklist = checklists.first(where: { $0.id == checklistID }) else {
                throw reader.error(node, .unknownReference(what: "checklist", id: checklistID))
            }
            let dash = try reader.integer("dash-threshold", of: node)
            if dash > checklist.questionCount {
                throw reader.error(
                    node,
                    .invalidValue(
                        "dash-threshold \(dash) is more than the \(checklist.questionCount) "
                            + "questions of \(checklistID)"))
            }
            let criteria = ReferralCriteria(
                area: try reader.attribute("name", of: node), checklist: checklist.name,
                questionCount: checklist.questionCount, dashThreshold: dash,
                escalationThreshold: try reader.integer("escalation-threshold", of: node),
                escalationWindowMonths: try reader.integer("escalation-window-months", of: node),
                repeatWindowMonths: try reader.integer("repeat-window-months", of: node),
                minimumAge: try reader.integer("minimum-age", of: node),
                minutesDueWorkingDays: node.attribute("minutes-due-working-days") == nil
                    ? 3 : try reader.integer("minutes-due-working-days", of: node),
                repeatDefinition: node.attribute("repeat-definition") == nil
                    ? .victimAndPerpetrator : try reader.value("repeat-definition", of: node))
            entries.append(
                Entry(
                    version: try reader.integer("version", of: node),
                    from: try reader.day("from", of: node), checklist: checklistID,
                    criteria: criteria))
        }
        if !entries.contains(where: { $0.criteria.area == "*" }) {
            throw PolicyError(
                file: file, line: root.line,
                reason: .invalidValue("no default area \"*\""))
        }
        return ReferralCriteriaPolicy(checklists: checklists, entries: entries)
    }
}
