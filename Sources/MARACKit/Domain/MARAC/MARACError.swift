/// Why a MARAC command was refused: one sentence per case, naming the field and what was expected.
///
/// Messages carry codes, references and numbers, never a victim's name or what was shared.
public enum MARACError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A field's value is not acceptable.
    case invalid(field: String, expected: String)
    /// No agency has this code.
    case unknownAgency(String)
    /// No case has this reference.
    case unknownCase(String)
    /// No meeting has this id.
    case unknownMeeting(Int)
    /// No action has this id.
    case unknownAction(Int)
    /// The agency code is taken.
    case duplicateAgency(String)
    /// The referral meets no criterion and no override was given.
    case belowThreshold(
        dash: Int?, dashRequired: Int, callouts: Int?, calloutsRequired: Int, months: Int)
    /// The meeting's minutes are frozen.
    case meetingClosed(Int)
    /// The case is not on this meeting's agenda.
    case notOnAgenda(reference: String, meeting: Int)
    /// Someone changed the record after the user looked at it.
    case staleUpdate(entity: String, id: Int, expected: Int, found: Int)
    /// The action cannot move from its status to the one asked for.
    case invalidStatusChange(from: String, to: String, allowed: [String])
    /// No registered area has the name given in `field` (the name is not repeated: a shifted
    /// CSV column may hold a victim's name); the nearest registered name, if one is close.
    case unknownArea(field: String, suggestion: String?, registered: [String])
    /// Several areas are registered and the command did not say which one.
    case areaRequired(registered: [String])
    /// An area with this name (ignoring case and spaces) is registered already.
    case duplicateArea(String)
    /// The agency is retired: its history stays, but it takes no new referrals or actions.
    case retiredAgency(code: String, on: Day)

    public var description: String {
        switch self {
        case .invalid(let field, let expected):
            return "\(field): expected \(expected)"
        case .unknownAgency(let code):
            return "unknown agency \(code.echoedAsCode); "
                + "expected the code of a registered agency (see 'agency list')"
        case .unknownCase(let reference):
            return "no case has the reference \(reference.echoedAsCode) (see 'case list')"
        case .unknownMeeting(let id):
            return "no meeting has the id \(id) (see 'meeting list')"
        case .unknownAction(let id):
            return "no action has the id \(id) (see 'action list')"
        case .duplicateAgency(let code):
            return "an agency with the code \"\(code)\" already exists"
        case .belowThreshold(
            let dash, let dashRequired, let callouts, let calloutsRequired, let months):
            let dashText =
                dash.map { "DASH score \($0) is below \(dashRequired)" }
                ?? "no DASH score (threshold \(dashRequired))"
            let calloutText =
                callouts.map { "\($0) call-outs in \(months) months are below \(calloutsRequired)" }
                ?? "no call-out count (threshold \(calloutsRequired) in \(months) months)"
            return "the referral meets no MARAC criterion: \(dashText), \(calloutText), "
                + "no professional judgement was given and it is not a repeat; "
                + "add --visible-high-risk REASON, or --override REASON to refer it anyway"
        case .meetingClosed(let id):
            return "meeting \(id) is closed and its minutes are frozen"
        case .notOnAgenda(let reference, let meeting):
            return "case \(reference) is not on the agenda of meeting \(meeting)"
        case .staleUpdate(let entity, let id, let expected, let found):
            return "\(entity) \(id) was changed by someone else since you read it "
                + "(you had version \(expected), it is now \(found)); show it again and retry"
        case .invalidStatusChange(let from, let to, let allowed):
            let options = allowed.isEmpty ? "none" : allowed.joined(separator: ", ")
            return "--status: cannot go from \(from) to \(to); allowed from \(from): \(options)"
        case .unknownArea(let field, let suggestion, let registered):
            let hint = suggestion.map { "; did you mean \"\($0)\"?" } ?? ""
            return "\(field): no area is registered by that name\(hint) (registered: "
                + registered.map { "\"\($0)\"" }.joined(separator: ", ")
                + "; 'area add NAME' registers one"
                + (registered == [Area.initialName]
                    ? ", 'area rename \(Area.initialName) NAME' names the database's one area)"
                    : ")")
        case .areaRequired(let registered):
            return "--area: expected one of the registered areas ("
                + registered.map { "\"\($0)\"" }.joined(separator: ", ")
                + "): with more than one area, a case's area must be given"
        case .duplicateArea(let name):
            return "NAME: an area called \"\(name)\" is registered already (names are "
                + "compared ignoring case and spaces)"
        case .retiredAgency(let code, let day):
            return "agency \(code.echoedAsCode) was retired on \(day): its history is kept, "
                + "but it takes no new referrals or actions"
        }
    }
}
