import MARACKit

/// `perpetrator` and `child`: the people of a case beside its victim.
enum PeopleCommands {
    static let commands: [Command] = [
        Command(
            path: ["perpetrator", "add"],
            operation: .addPerpetrator,
            abstract: "Add a perpetrator to a case; say whether the case is a repeat now.",
            usage: """
                perpetrator add REF --name NAME [--dob YYYY-MM-DD] [--age N] [--relationship R] \
                [--gender G] [--alias A]...
                """,
            discussion: """
                The perpetrator is a person record, matched like a victim on name and date of \
                birth (without a date of birth, only among this victim's own cases); --age is \
                the age on the referral date when the date of birth is not known. \
                --relationship is the perpetrator's relationship to the victim, a word of \
                Policies/relationships.xml (shipped: partner, ex-partner, family-member, \
                adult-child, child-under-16, in-law, carer, other). --alias, repeatable, records \
                another name the person is known by. Under the area's repeat definition \
                (Policies/referral-criteria.xml) the case's repeat, and the victim's later \
                cases', are worked out again. The perpetrator's number in the case (1, 2, ...) \
                is what share record --about perpetrator:N names.
                """
        ) { session, arguments in
            let workbench = try session.workbench()
            let reference = try arguments.positional("REF")
            let added = try workbench.addPerpetrator(
                PerpetratorRequest(
                    name: try arguments.required("--name"), dateOfBirth: try arguments.day("--dob"),
                    age: try arguments.int("--age", in: 0...130),
                    gender: arguments.option("--gender"),
                    relationship: arguments.option("--relationship"),
                    aliases: arguments.options("--alias")),
                to: reference)
            let referral = try workbench.caseDetail(reference).referral
            var text =
                "perpetrator \(added.ordinal) of \(reference) recorded (\(added.relationship))"
            let links = Formatting.linkText(added.alsoIn)
            if !links.isEmpty { text += "\n" + links }
            text +=
                referral.isRepeat
                ? "\nREPEAT: \(reference) repeats \(referral.previousReference ?? "an earlier case")"
                : "\n\(reference) is not a repeat"
            return Output.message(
                text,
                json: .object([
                    ("perpetrator", JSONValue(encoding: added)),
                    ("repeatOf", referral.previousReference.map(JSONValue.string) ?? .null),
                ]))
        },
        Command(
            path: ["child", "add"],
            operation: .addChild,
            abstract: "Add a child of the household to a case.",
            usage: """
                child add REF --name NAME --dob YYYY-MM-DD [--relationship R] \
                [--perpetrator-relationship R] [--lives-with W] [--school S]
                """,
            discussion: """
                --relationship is the child's relationship to the victim (shipped: child, \
                stepchild, grandchild, sibling, other-relative, other), \
                --perpetrator-relationship to the perpetrator (child, stepchild, grandchild, \
                sibling, other-relative, none) and --lives-with whom the child lives with \
                (victim, perpetrator, both, other-parent, relative, looked-after, independent): \
                words of Policies/relationships.xml; "not recorded" when not given. The case's \
                count of children (the agenda's children-first rule, the data return) becomes \
                the larger of the count given at referral (--children) and the children \
                recorded. Minutes and agendas show children by age and relationship, never by \
                name. The child's number in the case is what share record --about child:N names.
                """
        ) { session, arguments in
            let reference = try arguments.positional("REF")
            let workbench = try session.workbench()
            let child = try workbench.addChild(
                ChildRequest(
                    name: try arguments.required("--name"),
                    dateOfBirth: try arguments.requiredDay("--dob"),
                    relationshipToVictim: arguments.option("--relationship"),
                    relationshipToPerpetrator: arguments.option("--perpetrator-relationship"),
                    livesWith: arguments.option("--lives-with"),
                    school: arguments.option("--school")),
                to: reference)
            let count = try workbench.caseDetail(reference).referral.children
            return Output.message(
                "child \(child.ordinal) of \(reference) recorded (aged "
                    + "\(child.age(on: workbench.today)), \(child.relationshipToVictim) of the victim); "
                    + "children in the household: \(count)",
                json: JSONValue(encoding: child))
        },
    ]
}
