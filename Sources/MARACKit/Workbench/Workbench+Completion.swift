/// The kinds of identifier the tool can complete.
public enum IdentifierKind: Sendable, CaseIterable {
    case caseReference, meeting, action, agency, review, dhrAction

    /// The operation whose commands take identifiers of this kind: completing them needs the
    /// same role as showing one.
    public var operation: Operation {
        switch self {
        case .caseReference: .showCase
        case .meeting: .showMeeting
        case .action: .showAction
        case .agency: .listAgencies
        case .review: .showReview
        case .dhrAction: .showDHRAction
        }
    }
}

extension Workbench {
    /// Identifiers of `kind` that exist, most recent first, for tab completion in the REPL.
    ///
    /// Only references, ids and agency codes: nothing personal. Refused, like the commands
    /// that take them, to a role that may not show records of `kind`, and to a name that is
    /// not a user; an agency representative is offered only their own agency's actions, as
    /// `action list` shows them.
    public func identifiers(_ kind: IdentifierKind) throws -> [String] {
        try authorize(kind.operation)
        let agency = kind == .action ? try representedAgency()?.id : nil
        return try db.identifiers(kind, agencyID: agency)
    }
}
