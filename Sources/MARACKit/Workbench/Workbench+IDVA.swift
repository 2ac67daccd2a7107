extension Workbench {
    /// Allocates a case to an IDVA (Independent Domestic Violence Adviser) service, naming the
    /// worker when known (`idva allocate`).
    ///
    /// Who may: the coordinator, any case to any active agency; an agency representative only
    /// a case already allocated to their own agency (to name or change the worker). Moving a
    /// case to another service clears the engagement recorded with the first.
    public func allocateIDVA(
        _ reference: String, agency code: String, worker: String? = nil, on day: Day? = nil
    ) throws -> IDVAAllocation {
        try authorize(.allocateIDVA)
        let worker = try worker.map { try Self.workerName($0) }
        return try change {
            let referralID = try referralID(reference)
            let agencyID = try activeAgencyID(code)
            let existing = try db.idvaAllocation(referralID: referralID)
            if let represented = try representedAgency() {
                guard represented.id == agencyID else {
                    throw AccessError.otherAgency(
                        record: "--agency \(code)", user: user, agency: represented.code)
                }
                guard existing?.agencyID == represented.id else {
                    throw AccessError.otherAgency(
                        record: "the IDVA allocation of \(reference) (the coordinator allocates)",
                        user: user, agency: represented.code)
                }
            }
            let day = try checkedDay(day ?? today, field: "--date", notBefore: nil)
            let same = existing?.agencyID == agencyID
            try db.allocateIDVA(
                referralID: referralID, agencyID: agencyID, worker: worker, on: day,
                keepEngagement: same, at: now, by: user)
            try audit(
                .allocateIDVA, "referral", reference,
                (same ? "IDVA worker changed" : "allocated to IDVA service \(code)")
                    + (worker.map { " (worker \($0))" } ?? ""))
            return try db.idvaAllocation(referralID: referralID)!.0
        }
    }

    /// Records whether the victim engaged with the IDVA service allocated to the case
    /// (`idva engagement`): the coordinator, or a representative of that service.
    public func recordIDVAEngagement(
        _ reference: String, status: IDVAEngagement, on day: Day? = nil
    ) throws -> IDVAAllocation {
        try authorize(.recordIDVAEngagement)
        return try change {
            let referralID = try referralID(reference)
            guard let (allocation, agencyID) = try db.idvaAllocation(referralID: referralID)
            else {
                throw MARACError.invalid(
                    field: "REF",
                    expected: "a case allocated to an IDVA service ('idva allocate "
                        + "\(reference) --agency CODE' first)")
            }
            if let represented = try representedAgency(), represented.id != agencyID {
                throw AccessError.otherAgency(
                    record: "the IDVA allocation of \(reference)", user: user,
                    agency: represented.code)
            }
            let day = try checkedDay(day ?? today, field: "--date", notBefore: nil)
            guard day >= allocation.allocatedOn else {
                throw MARACError.invalid(
                    field: "--date",
                    expected: "a day on or after the allocation (\(allocation.allocatedOn))")
            }
            try db.setIDVAEngagement(
                referralID: referralID, engagement: status, on: day, at: now, by: user)
            try audit(
                .recordIDVAEngagement, "referral", reference,
                "IDVA engagement \(status.rawValue) as at \(day)")
            return try db.idvaAllocation(referralID: referralID)!.0
        }
    }

    /// The IDVA allocation of a case, if any; `nil` too for a representative of another
    /// agency, who is not told which service supports the victim.
    func idvaAllocation(referralID: Int) throws -> IDVAAllocation? {
        try db.idvaAllocation(referralID: referralID)?.0
    }

    /// A worker's name as typed, trimmed; refused when empty or too long.
    static func workerName(_ typed: String) throws -> String {
        let name = String(typed.trimmingSpaces)
        guard !name.isEmpty, name.count <= 120 else {
            throw MARACError.invalid(
                field: "--worker", expected: "the IDVA's name, 1 to 120 characters")
        }
        return name
    }

    /// `day`, refused when after today or before `notBefore`.
    func checkedDay(_ day: Day, field: String, notBefore earliest: Day?) throws -> Day {
        if day > today {
            throw MARACError.invalid(field: field, expected: "a day not after today (\(today))")
        }
        if let earliest, day < earliest {
            throw MARACError.invalid(field: field, expected: "a day on or after \(earliest)")
        }
        return day
    }
}
