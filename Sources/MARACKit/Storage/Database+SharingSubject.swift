/// SQL for the people a sharing record can be about: a case's perpetrators and children, in
/// the order their numbers (`perpetrator:N`, `child:N`) count them.
extension Database {
    /// The dates of birth of the case's perpetrators (`nil` where not recorded), perpetrator 1
    /// first.
    func perpetratorDatesOfBirth(referralID: Int) throws -> [Day?] {
        try rows(
            """
            SELECT p.date_of_birth FROM perpetrator pe JOIN person p ON p.id = pe.person_id
            WHERE pe.referral_id = ? ORDER BY pe.person_id
            """, [referralID]
        ).map { row in
            let text: String? = try row[0]
            return text.flatMap { try? Day(parsing: $0) }
        }
    }

    /// The dates of birth of the case's children, child 1 first: the referral records only how
    /// many there are, so none is known.
    func childDatesOfBirth(referralID: Int) throws -> [Day?] {
        let count: Int? = try scalar("SELECT children FROM referral WHERE id = ?", [referralID])
        return Array(repeating: nil, count: count ?? 0)
    }
}
