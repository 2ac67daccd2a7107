import MARACKit

/// The options that follow one occurrence of a repeatable option and belong to it, as
/// `--perpetrator NAME --perpetrator-dob D --perpetrator NAME2 --relationship R` gives two
/// perpetrators, the second with a relationship and no date of birth.
struct OptionGroup: Sendable {
    /// The value of the option that opened the group.
    var value: String
    /// The values of the options that followed it, before the next one opened another group.
    var members: [String: [String]]

    /// The member `name`'s value, or `nil`; an error when it was given twice in the group.
    func single(_ name: String, leader: String, usage: String) throws(CommandError) -> String? {
        guard let values = members[name] else { return nil }
        guard values.count == 1 else {
            throw .invalidValue(
                field: name, expected: "at most one \(name) after each \(leader)",
                got: "\(values.count)", usage: usage)
        }
        return values[0]
    }
}

extension Arguments {
    /// The groups opened by each `leader` (a repeatable option), with the `members` typed
    /// after it; a member typed before any `leader` is an error naming both.
    func groups(of leader: String, members: [String]) throws(CommandError) -> [OptionGroup] {
        for name in [leader] + members where spec.option(named: name) == nil {
            throw .undeclared(name, usage: usage)
        }
        var groups: [OptionGroup] = []
        for (name, value) in optionSequence {
            if name == leader {
                groups.append(OptionGroup(value: value, members: [:]))
            } else if members.contains(name) {
                guard !groups.isEmpty else {
                    throw .failed(
                        "\(name): expected after the \(leader) it belongs to, "
                            + "not before any \(leader)")
                }
                groups[groups.count - 1].members[name, default: []].append(value)
            }
        }
        return groups
    }
}
