/// The full minutes as one agency may see them (`export minutes M --for AGENCY`).
///
/// Information an agency shared only with named agencies (`share record --to HOUSING,EDU`,
/// not the whole MARAC) is for those agencies alone: in the minutes another agency reads, each
/// such record is replaced by a visible notice, so the reader knows something was withheld
/// and from whom to ask, and reads none of it (summary, categories, lawful basis, consent,
/// rationale, whom it is about). Everything shared with the MARAC stays as it is, as do the
/// records the agency made or received itself.
extension MinutesData {
    /// The notice printed in place of a withheld record.
    public static let withheldNotice = "[withheld: shared with named agencies only]"

    /// The minutes as the agency `code` may see them.
    public func redacted(for code: String, agencyName: String?) -> MinutesData {
        var copy = self
        copy.redactedFor = code
        copy.redactedForName = agencyName
        for index in copy.cases.indices {
            copy.cases[index].sharing = copy.cases[index].sharing.map { shared in
                shared.isVisible(to: code) ? shared : shared.withheld
            }
        }
        return copy
    }

    /// Whether these minutes are redacted for one agency.
    public var isRedacted: Bool { redactedFor != nil }
}

extension SharedInformation {
    /// Whether the agency `code` may read this item: it was shared with the whole MARAC, or
    /// by or with `code`; a decision not to share is always visible (it shares nothing).
    func isVisible(to code: String) -> Bool {
        isDecisionNotToShare || recipients.contains(SharingRecipient.maracCode)
            || agency == code || recipients.contains(code)
    }

    /// The notice that takes this item's place: who shared it with whom, and nothing of what.
    var withheld: SharedInformation {
        var notice = SharedInformation(
            agency: agency, recipients: recipients, summary: MinutesData.withheldNotice,
            lawfulBases: [], consent: "", commonLaw: "")
        notice.sharingID = sharingID
        notice.isWithheld = true
        return notice
    }
}
