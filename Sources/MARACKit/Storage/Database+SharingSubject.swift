/// SQL for the people a sharing record can be about: a case's perpetrators and children, with
/// the numbers (`perpetrator:N`, `child:N`) that name them and their dates of birth.
extension Database {
    /// The case's perpetrators as (number, date of birth when recorded), perpetrator 1 first.
    ///
    /// No names: an agency representative recording sharing may not read them on a server.
    func perpetratorBirths(referralID: Int) throws -> [(ordinal: Int, dateOfBirth: Day?)] {
        try perpetrators(referralID: referralID, withNames: false).map {
            ($0.ordinal, $0.dateOfBirth)
        }
    }

    /// The case's children as (number, date of birth), child 1 first.
    func childBirths(referralID: Int) throws -> [(ordinal: Int, dateOfBirth: Day?)] {
        try children(referralID: referralID, withNames: false).map { ($0.ordinal, $0.dateOfBirth) }
    }
}
