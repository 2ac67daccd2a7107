import Testing

@testable import MARACCLI

@Suite("Usage-derived specs")
struct UsageSpecTests {
    @Test("Options, flags and optional positionals come from the usage line")
    func actionList() {
        let spec = UsageSpec("action list [--agency CODE] [--overdue] [--due-within DAYS]")
        #expect(spec.path == ["action", "list"])
        #expect(
            spec.options == [
                .init(name: "--agency", placeholder: "CODE", isOptional: true),
                .init(name: "--overdue", placeholder: nil, isOptional: true),
                .init(name: "--due-within", placeholder: "DAYS", isOptional: true),
            ])
        #expect(spec.positionals.isEmpty)
    }

    @Test("Required options, choices, comma lists and a repeating text")
    func shareRecord() {
        let spec = UsageSpec(
            "share record REF --by AGENCY --to MARAC|AGENCY,... --basis TAG,... "
                + "--consent sought|given|refused|not-sought [--consent-reason R] [--meeting M] "
                + "[--note TEXT]... TEXT...")
        #expect(spec.path == ["share", "record"])
        #expect(spec.positionals.map(\.name) == ["REF", "TEXT"])
        #expect(spec.positionals[1].repeats)
        #expect(spec.option(named: "--to")?.placeholder == "MARAC|AGENCY,...")
        #expect(spec.option(named: "--to")?.choices == nil)
        #expect(spec.option(named: "--basis")?.isOptional == false)
        #expect(
            spec.option(named: "--consent")?.choices == [
                "sought", "given", "refused", "not-sought",
            ])
        #expect(spec.option(named: "--note")?.repeats == true)
        #expect(spec.option(named: "--meeting")?.repeats == false)
    }

    @Test("Lower-case choices are a positional; alternatives answer to each name")
    func positionalChoices() {
        let spec = UsageSpec("attend MEETING AGENCY present|apologies|absent [--rep NAME]")
        #expect(spec.path == ["attend"])
        #expect(spec.positionals.map(\.name) == ["MEETING", "AGENCY", "present|apologies|absent"])
        #expect(spec.positionals[2].choices == ["present", "apologies", "absent"])
        let smart = UsageSpec("smart check [REVIEW|ID]")
        #expect(smart.positionals[0].isOptional)
        #expect(smart.positionals[0].answers(to: "REVIEW"))
        #expect(smart.positionals[0].answers(to: "ID"))
    }

    @Test("A flag required by the usage and file-name placeholders")
    func requiredFlagAndFiles() {
        let purge = UsageSpec("retention purge --confirm")
        #expect(purge.options == [.init(name: "--confirm", placeholder: nil, isOptional: false)])
        let export = UsageSpec(
            "export minutes MEETING --to FILE.odt|FILE.fodt|FILE.xml [--agency CODE]")
        #expect(export.option(named: "--to")?.placeholder == "FILE.odt|FILE.fodt|FILE.xml")
        #expect(export.positionals.map(\.name) == ["MEETING"])
    }

    @Test("Global options are known to every spec")
    func globals() {
        let spec = UsageSpec("version")
        #expect(spec.option(named: "--json")?.takesValue == false)
        #expect(spec.option(named: "--db")?.placeholder == "PATH|URI")
        #expect(spec.option(named: "--today") != nil)
    }
}
