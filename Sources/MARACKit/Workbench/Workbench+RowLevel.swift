extension Workbench {
    /// What an agency representative may see of a case (`case show`): the whole case, with
    /// only their agency's actions, if their agency referred it or owns an action in it;
    /// otherwise the reference and dates alone.
    func representativeView(of referral: Referral, agency: (code: String, id: Int)) throws
        -> CaseDetail
    {
        guard try db.agencyIsInvolved(agencyID: agency.id, referralID: referral.id) else {
            let bare = Referral(
                id: referral.id, reference: referral.reference, referringAgency: "", area: "",
                date: referral.date, dashScore: nil, visibleHighRisk: nil, callouts: nil,
                children: 0, criteria: [], overrideReason: nil, isRepeat: false,
                previousReference: nil, ageBand: "", listedMeeting: referral.listedMeeting,
                heardOn: referral.heardOn)
            return CaseDetail(
                referral: bare, relatedReferrals: [], risks: [], actions: [], isRestricted: true)
        }
        // The people of the case without their names: a representative's role reads no
        // person's name (on a server the grants refuse it). The IDVA allocation only for the
        // service allocated (on a server, row-level security hides the others').
        var detail = try withPeople(
            CaseDetail(
                referral: referral,
                relatedReferrals: try db.relatedReferrals(of: referral.id).map {
                    CaseDetail.RelatedReferral(reference: $0.0, date: $0.1)
                },
                risks: try db.risks(referralID: referral.id),
                actions: try db.actions(
                    ActionFilter(agencyCode: agency.code, reference: referral.reference),
                    today: today)),
            withNames: false)
        if let (allocation, agencyID) = try db.idvaAllocation(referralID: referral.id),
            agencyID == agency.id
        {
            detail.idva = allocation
        }
        return detail
    }
}
