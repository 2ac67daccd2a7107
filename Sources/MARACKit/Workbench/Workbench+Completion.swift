/// The kinds of identifier the tool can complete.
public enum IdentifierKind: Sendable, CaseIterable {
    case caseReference, meeting, action, agency, review, dhrAction
}

extension Workbench {
    /// Identifiers of `kind` that exist, most recent first, for tab completion in the REPL.
    ///
    /// Only references, ids and agency codes: nothing personal.
    public func identifiers(_ kind: IdentifierKind) throws -> [String] {
        try db.identifiers(kind)
    }
}
