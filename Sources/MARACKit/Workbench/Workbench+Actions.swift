/// An action with its history of updates, for `action show`.
public struct ActionDetail: Equatable, Sendable, Codable {
    public var action: MARACAction
    public var updates: [ActionUpdate]
    public var isOverdue: Bool
}

extension Workbench {
    /// Records an action agreed for a case (`action add`).
    public func addAction(
        reference: String, agency code: String, due: Day, text: String, owner: String? = nil,
        meeting: Int? = nil
    ) throws -> MARACAction {
        try authorize(.addAction)
        guard !text.trimmingSpaces.isEmpty else {
            throw MARACError.invalid(field: "TEXT", expected: "what is to be done")
        }
        return try change {
            guard let referral = try db.referral(reference: reference) else {
                throw MARACError.unknownCase(reference)
            }
            let agencyID = try agencyID(code)
            if due < referral.date {
                throw MARACError.invalid(
                    field: "--due",
                    expected:
                        "a due date on or after the referral date \(referral.date), got \(due)")
            }
            if let meeting { _ = try openForChanges(meeting) }
            let id = try db.insertAction(
                referralID: referral.id, meetingID: meeting, agencyID: agencyID, owner: owner,
                text: text, due: due, at: now, by: user)
            try audit(.addAction, "action", id, "for \(reference), owned by \(code), due \(due)")
            return try db.action(id: id)!
        }
    }

    /// Records progress on an action (`action update`).
    ///
    /// Marking it done needs evidence, given
    /// now or earlier; a change made from a stale view (`expectedVersion`) is refused.
    public func updateAction(_ id: Int, _ change: ActionChange) throws -> MARACAction {
        try authorize(.updateAction)
        guard !change.isEmpty else {
            throw MARACError.invalid(
                field: "action update",
                expected: "at least one of --status, --note, --evidence, --due")
        }
        return try self.change {
            guard let action = try db.action(id: id) else { throw MARACError.unknownAction(id) }
            try requireOwnAgency(action)
            if let expected = change.expectedVersion, expected != action.version {
                throw MARACError.staleUpdate(
                    entity: "action", id: id, expected: expected, found: action.version)
            }
            var status = action.status
            if let next = change.status, next != action.status {
                guard action.status.allowedNext.contains(next) else {
                    throw MARACError.invalidStatusChange(
                        from: action.status.rawValue, to: next.rawValue,
                        allowed: action.status.allowedNext.map(\.rawValue))
                }
                status = next
            }
            if status == .done, action.status != .done, change.evidence == nil,
                try !db.actionHasEvidence(actionID: id)
            {
                throw MARACError.invalid(
                    field: "--evidence", expected: "evidence of completion to mark the action done")
            }
            if let due = change.due, let referral = try db.referral(reference: action.reference),
                due < referral.date
            {
                throw MARACError.invalid(
                    field: "--due",
                    expected: "a due date on or after the referral date \(referral.date)")
            }
            let completed: Day? = status == .done ? (action.completedOn ?? today) : nil
            guard
                try db.updateAction(
                    id: id, version: action.version, status: status, due: change.due ?? action.due,
                    completedOn: completed)
            else {
                let found = try db.action(id: id)?.version ?? action.version
                throw MARACError.staleUpdate(
                    entity: "action", id: id, expected: action.version, found: found)
            }
            try db.insertActionUpdate(actionID: id, change: change, at: now, by: user)
            var summary: [String] = []
            if status != action.status {
                summary.append("status \(action.status.rawValue) → \(status.rawValue)")
            }
            if let due = change.due { summary.append("due \(action.due) → \(due)") }
            if change.note != nil { summary.append("note added") }
            if change.evidence != nil { summary.append("evidence added") }
            try audit(.updateAction, "action", id, summary.joined(separator: "; "))
            return try db.action(id: id)!
        }
    }

    /// Actions matching a filter (`action list`): pending ones by default, soonest due first.
    ///
    /// An agency representative sees only their own agency's actions.
    public func actions(_ filter: ActionFilter = ActionFilter()) throws -> [MARACAction] {
        try authorize(.listActions)
        var filter = filter
        if let agency = try representedAgency() {
            if let asked = filter.agencyCode, asked != agency.code {
                throw AccessError.otherAgency(
                    record: "the actions of \(asked)", user: user, agency: agency.code)
            }
            filter.agencyCode = agency.code
        }
        if let code = filter.agencyCode { _ = try agencyID(code) }
        if let reference = filter.reference { _ = try referralID(reference) }
        return try db.actions(filter, today: today)
    }

    /// One action with its history (`action show`).
    public func actionDetail(_ id: Int) throws -> ActionDetail {
        try authorize(.showAction)
        guard let action = try db.action(id: id) else { throw MARACError.unknownAction(id) }
        try requireOwnAgency(action)
        return ActionDetail(
            action: action, updates: try db.actionUpdates(actionID: id),
            isOverdue: action.isOverdue(on: today))
    }

    /// Refuses an agency representative a record of another agency's action.
    func requireOwnAgency(_ action: MARACAction) throws {
        if let agency = try representedAgency(), agency.code != action.agencyCode {
            throw AccessError.otherAgency(
                record: "action \(action.id)", user: user, agency: agency.code)
        }
    }
}
