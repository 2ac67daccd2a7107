import MARACKit

/// How the people of a case beside its victim read in `case show` and the commands that add
/// them.
extension Formatting {
    /// A referral as `case refer --json` prints it: the referral, and `repeatOf`, the earlier
    /// case it repeats (null when it is not a repeat).
    static func referralJSON(_ referral: Referral) -> JSONValue {
        guard case .object(var members) = JSONValue(encoding: referral) else {
            return JSONValue(encoding: referral)
        }
        members.append(("repeatOf", referral.previousReference.map(JSONValue.string) ?? .null))
        return .object(members)
    }

    /// One perpetrator on one line: ordinal, name (when shown), relationship, age, gender,
    /// aliases, and the other cases the person is in.
    static func perpetratorLine(_ perpetrator: CasePerpetrator) -> String {
        var parts: [String] = []
        if let name = perpetrator.name { parts.append(name) }
        parts.append(perpetrator.relationship)
        if let birth = perpetrator.dateOfBirth {
            parts.append("born \(birth)")
        }
        if let age = perpetrator.ageAtReferral { parts.append("aged \(age) at referral") }
        if let gender = perpetrator.gender, gender != Diversity.notRecorded { parts.append(gender) }
        if !perpetrator.aliases.isEmpty {
            parts.append("also known as " + perpetrator.aliases.joined(separator: ", "))
        }
        var line = "  \(perpetrator.ordinal). " + parts.joined(separator: "; ")
        let links = linkText(perpetrator.alsoIn)
        if !links.isEmpty { line += "\n     " + links }
        return line
    }

    /// "perpetrator also in C-000031; also the victim in C-000040", or empty.
    static func linkText(_ links: [PersonLink]) -> String {
        let asPerpetrator = links.filter { $0.role == .perpetrator }.map(\.reference)
        let asVictim = links.filter { $0.role == .victim }.map(\.reference)
        var parts: [String] = []
        if !asPerpetrator.isEmpty {
            parts.append("perpetrator also in " + asPerpetrator.joined(separator: ", "))
        }
        if !asVictim.isEmpty {
            parts.append("also the victim in " + asVictim.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }

    /// One child on one line: ordinal, name (when shown), age, relationships, household, school.
    static func childLine(_ child: CaseChild, today: Day) -> String {
        var parts: [String] = []
        if let name = child.name { parts.append(name) }
        parts.append("born \(child.dateOfBirth) (aged \(child.age(on: today)))")
        parts.append(relationship(child.relationshipToVictim, of: "the victim"))
        parts.append(relationship(child.relationshipToPerpetrator, of: "the perpetrator"))
        parts.append("lives with: \(child.livesWith)")
        if let school = child.school { parts.append("school: \(school)") }
        return "  \(child.ordinal). " + parts.joined(separator: "; ")
    }

    /// "child of the victim", or "relationship to the victim not recorded".
    static func relationship(_ word: String, of whom: String) -> String {
        word == Diversity.notRecorded
            ? "relationship to \(whom) not recorded" : "\(word) of \(whom)"
    }

    /// The people section of `case show`: perpetrators, children, and the victim's own record
    /// as a perpetrator elsewhere.
    static func people(of detail: CaseDetail, today: Day) -> [String] {
        var lines: [String] = []
        if !detail.victimIsPerpetratorIn.isEmpty {
            lines.append(
                "  victim also recorded as a perpetrator in "
                    + detail.victimIsPerpetratorIn.joined(separator: ", "))
        }
        if !detail.perpetrators.isEmpty {
            lines.append("perpetrators")
            lines += detail.perpetrators.map(perpetratorLine)
        }
        if !detail.children.isEmpty {
            lines.append("children")
            lines += detail.children.map { childLine($0, today: today) }
        }
        return lines
    }
}
