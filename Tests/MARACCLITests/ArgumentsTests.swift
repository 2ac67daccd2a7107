import MARACKit
import Testing

@testable import MARACCLI

@Suite("Arguments")
struct ArgumentsTests {
    static let actionList =
        "action list [--agency CODE] [--overdue] [--due-within DAYS] [--case REF]"
    static let refer =
        "case refer --victim NAME --date YYYY-MM-DD [--dash N] [--basis TAG,...]... [--children N]"
    static let actionAdd = "action add REF --agency CODE --due D TEXT..."

    func parse(_ line: String, _ usage: String) throws -> Arguments {
        let spec = UsageSpec(usage)
        let words = try Tokenizer.split(line)
        return try Arguments(parsing: words, spec: spec)
    }

    @Test("Options, flags and typed values are read by their usage names")
    func typedValues() throws {
        let arguments = try parse("--agency POL --overdue --due-within=14", Self.actionList)
        #expect(arguments.option("--agency") == "POL")
        #expect(arguments.flag("--overdue"))
        #expect(!arguments.flag("--case"))
        #expect(try arguments.int("--due-within", in: 0...365) == 14)
        #expect(arguments.option("--case") == nil)
        #expect(try arguments.int("--case") == nil)
    }

    @Test("Positionals, the trailing text, days and lists")
    func positionalsAndText() throws {
        let arguments = try parse(
            "MC-0001 --agency IDVA --due 2026-12-01 Offer safety planning", Self.actionAdd)
        #expect(try arguments.positional("REF") == "MC-0001")
        #expect(arguments.rest("TEXT") == ["Offer", "safety", "planning"])
        #expect(try arguments.text("TEXT") == "Offer safety planning")
        #expect(try arguments.requiredDay("--due") == Day(year: 2026, month: 12, day: 1))
        let refer = try parse(
            "--victim 'A B' --date 2026-11-01 --basis UKGDPR-6-1-e,UKGDPR-9-2-g --basis ' X , '",
            Self.refer)
        #expect(refer.list("--basis") == ["UKGDPR-6-1-e", "UKGDPR-9-2-g", "X"])
        #expect(try refer.required("--victim") == "A B")
    }

    @Test("A value starting with a dash is taken when it is not an option; -- ends options")
    func dashValues() throws {
        let arguments = try parse("--dash -1 --victim --odd --date 2026-01-01", Self.refer)
        #expect(arguments.option("--dash") == "-1")
        #expect(arguments.option("--victim") == "--odd")
        let text = try parse(
            "MC-1 --agency POL --due 2026-01-01 -- --not-an-option", Self.actionAdd)
        #expect(text.rest("TEXT") == ["--not-an-option"])
    }

    @Test("Lower-case choices are checked while parsing")
    func choices() throws {
        let usage = "attend MEETING AGENCY present|apologies|absent"
        let arguments = try parse("3 POL apologies", usage)
        #expect(try arguments.positional("present|apologies|absent") == "apologies")
        #expect(throws: CommandError.self) { try parse("3 POL maybe", usage) }
        let scoped = try parse("--scope local", "dhr rec add [--scope local|regional|national]")
        #expect(try scoped.choice("--scope", ["local", "regional", "national"]) == "local")
        #expect(throws: CommandError.self) {
            try scoped.choice("--scope", ["regional"])
        }
    }

    @Test("Optional positionals take only the words the required ones leave")
    func optionalPositionals() throws {
        let usage = "agenda move MEETING [REF] POSITION"
        let two = try parse("3 5", usage)
        #expect(two.optionalPositional("REF") == nil)
        #expect(try two.positional("POSITION") == "5")
        let three = try parse("3 MC-1 5", usage)
        #expect(three.optionalPositional("REF") == "MC-1")
    }

    // MARK: - Errors

    @Test(
        "Mistakes are refused with a sentence naming the field",
        arguments: [
            ("--agency POL --bogus", actionList, "unknown option --bogus"),
            ("--agncy POL", actionList, "unknown option --agncy; did you mean --agency?"),
            ("--agency", actionList, "--agency needs a value (CODE)"),
            ("--agency --overdue", actionList, "--agency needs a value (CODE)"),
            ("--overdue=yes", actionList, "--overdue takes no value"),
            ("--agency A --agency B", actionList, "--agency given more than once"),
            ("extra", actionList, "unexpected argument 'extra'"),
            ("--victim X", refer, "missing --date YYYY-MM-DD"),
            ("MC-1 --agency POL --due 2026-01-01", actionAdd, "missing TEXT"),
            (
                "MC-1 --agency POL --due 2026-01-01 text", "action add REF --agency CODE --due D",
                "unexpected argument 'text'"
            ),
        ])
    func refused(line: String, usage: String, message: String) throws {
        let error = #expect(throws: CommandError.self) { try parse(line, usage) }
        #expect(error?.message == message)
        #expect(error?.usage == usage)
        #expect(error?.exitCode == 64)
    }

    @Test("A whole number out of range names the range")
    func badInt() throws {
        let usage = "case refer [--dash N]"
        let error = #expect(throws: CommandError.self) {
            try parse("--dash 25", usage).int("--dash", in: 0...24)
        }
        #expect(error?.message == "--dash: expected a whole number from 0 to 24, got 25")
        let notNumber = #expect(throws: CommandError.self) {
            try parse("--dash many", usage).int("--dash")
        }
        #expect(notNumber?.message == "--dash: expected a whole number, got many")
    }

    @Test("Impossible and malformed dates are told apart")
    func badDate() throws {
        let usage = "meeting new --date D"
        let impossible = #expect(throws: CommandError.self) {
            try parse("--date 2026-02-30", usage).requiredDay("--date")
        }
        #expect(impossible?.message == "--date: 2026-02-30 is not a day in the calendar")
        #expect(impossible?.usage == usage)
        let malformed = #expect(throws: CommandError.self) {
            try parse("--date 30/02/2026", usage).day("--date")
        }
        #expect(malformed?.message == "--date: expected a date as YYYY-MM-DD, got 30/02/2026")
        #expect(try "2026-11-27".asDay(field: "D") == Day(year: 2026, month: 11, day: 27))
    }

    @Test("Global options are parsed with every command")
    func globals() throws {
        let arguments = try parse("--json --user ann --today 2026-11-27 --db x.sqlite", "version")
        #expect(
            arguments.globals
                == GlobalOptions(
                    json: true, db: "x.sqlite", user: "ann",
                    today: Day(year: 2026, month: 11, day: 27)))
    }
}
