/// The MARAC and DHR actions past their due or target date (`report overdue`).
public struct OverdueActions: Equatable, Sendable, Codable {
    /// Pending MARAC actions past their due date, soonest due first.
    public var marac: [MARACAction]
    /// Pending DHR actions past their target date.
    public var dhr: [DHRAction]
}

extension Workbench {
    /// Every overdue MARAC and DHR action, of one agency or all (`report overdue`), for
    /// chasing the agencies that own them.
    public func overdueActions(agency code: String? = nil) throws -> OverdueActions {
        try authorize(.overdueReport)
        if let code { _ = try agencyID(code) }
        return OverdueActions(
            marac: try db.actions(ActionFilter(agencyCode: code, overdue: true), today: today),
            dhr: try overdueDHRActions(agency: code))
    }
}
