#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// The data return as files: the CSV data grid SafeLives collects, one row per meeting with
/// exact counts, and a board report (`.odt`) with small numbers suppressed as SafeLives'
/// publications suppress them.
///
/// ```swift
/// let grid = DataReturnFiles.csv(report)
/// let board = DataReturnFiles.boardReport(report, policy: policies.dataReturn, marking: "OFFICIAL")
/// ```
public enum DataReturnFiles {
    /// The data grid's fixed columns, before one `referred_by_CODE` column per agency.
    public static let gridColumns = [
        "meeting_id", "meeting_date", "area", "cases_heard", "repeat_cases", "cases_with_children",
        "children", "police_referrals", "partner_referrals", "racially_minoritised", "lgbt",
        "disabled", "male", "aged_16_17", "perpetrators_aged_17_or_under", "idva_allocated",
        "idva_engaged", "idva_not_engaged", "idva_declined", "transferred_in",
    ]

    /// The CSV data grid: a header, then one row per meeting held in the period, exact counts.
    public static func csv(_ report: DataReturn) -> String {
        let agencies = Set(report.perMeeting.flatMap { $0.figures.referralsByAgency.map(\.label) })
            .sorted()
        var lines = [
            (gridColumns + agencies.map { "referred_by_\($0)" }).map(field).joined(separator: ",")
        ]
        for meeting in report.perMeeting {
            let f = meeting.figures
            let byAgency = Dictionary(
                f.referralsByAgency.map { ($0.label, $0.count) }, uniquingKeysWith: +)
            let values: [String] =
                [String(meeting.meetingID), meeting.date.description, meeting.area]
                + [
                    f.casesHeard, f.repeatCases, f.casesWithChildren, f.children,
                    f.policeReferrals, f.partnerReferrals, f.raciallyMinoritised, f.lgbt,
                    f.disabled, f.male, f.aged16To17, f.perpetratorsAged17OrUnder,
                    f.idvaAllocated, f.idvaEngaged, f.idvaNotEngaged, f.idvaDeclined,
                    f.transferredIn,
                ].map(String.init) + agencies.map { String(byAgency[$0] ?? 0) }
            lines.append(values.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One CSV field, quoted when it holds a comma, quote or line break (RFC 4180); a field
    /// a spreadsheet would run as a formula is prefixed with an apostrophe.
    static func field(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+-@".contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    /// The board report: the period's figures, capacity beside the benchmarks, and each
    /// meeting's record, with counts from 1 to the policy's threshold suppressed.
    public static func boardReport(
        _ report: DataReturn, policy: DataReturnPolicy, organisation: String = "",
        marking: String = ODFDocument.defaultMarking, created: Date = Date()
    ) -> ODFDocument {
        let n = policy.suppressed
        let t = report.totals
        /// A share of cases heard, unless either count is suppressed.
        func share(_ count: Int) -> String {
            guard t.casesHeard > 0, n(count) == String(count),
                n(t.casesHeard) == String(t.casesHeard)
            else { return "–" }
            return DocumentText.percent(Double(count) / Double(t.casesHeard) * 100)
        }
        let scope = report.area.map { "\($0) MARAC" } ?? "All MARAC areas"
        var document = ODFDocument(
            title: "MARAC data return", organisation: organisation, marking: marking,
            orientation: .landscape, created: created)
        var blocks: [ODFDocument.Block] = [
            .paragraph(
                "\(scope) · Meetings held \(DocumentText.medium(report.from)) to "
                    + "\(DocumentText.medium(report.to))", style: .subtitle),
            .heading(level: 1, text: "The period"),
            .table(
                columns: ["Measure", "Cases", "Share of cases heard"],
                rows: [
                    ["Meetings held", String(report.meetings), ""],
                    ["Cases heard", n(t.casesHeard), ""],
                    [
                        "Repeat cases (SafeLives recommends 28–40%)", n(t.repeatCases),
                        share(t.repeatCases),
                    ],
                    ["Cases with children", n(t.casesWithChildren), share(t.casesWithChildren)],
                    ["Children in the households", n(t.children), ""],
                    ["Referred by the police", n(t.policeReferrals), share(t.policeReferrals)],
                    [
                        "Referred by partner agencies", n(t.partnerReferrals),
                        share(t.partnerReferrals),
                    ],
                    [
                        "Victim Black, Asian or racially minoritised", n(t.raciallyMinoritised),
                        share(t.raciallyMinoritised),
                    ],
                    ["Victim LGBT+", n(t.lgbt), share(t.lgbt)],
                    ["Victim disabled", n(t.disabled), share(t.disabled)],
                    ["Victim male", n(t.male), share(t.male)],
                    ["Victim aged 16–17", n(t.aged16To17), share(t.aged16To17)],
                    [
                        "People aged 17 or under perpetrating abuse",
                        n(t.perpetratorsAged17OrUnder),
                        "",
                    ],
                    ["Allocated to an IDVA service", n(t.idvaAllocated), share(t.idvaAllocated)],
                    ["Engaged with the IDVA", n(t.idvaEngaged), share(t.idvaEngaged)],
                    ["Did not engage", n(t.idvaNotEngaged), share(t.idvaNotEngaged)],
                    ["Declined IDVA support", n(t.idvaDeclined), share(t.idvaDeclined)],
                    ["Heard after a transfer in", n(t.transferredIn), share(t.transferredIn)],
                    ["Transfers in (dated in the period)", n(report.transfersIn), ""],
                    ["Transfers out (dated in the period)", n(report.transfersOut), ""],
                ], columnWidths: [5, 1.5, 2]),
            .heading(level: 1, text: "Referrals by agency"),
        ]
        blocks.append(
            t.referralsByAgency.isEmpty
                ? .paragraph("No cases were heard.")
                : .table(
                    columns: ["Referring agency", "Cases", "Share of cases heard"],
                    rows: t.referralsByAgency.map { [$0.label, n($0.count), share($0.count)] },
                    columnWidths: [5, 1.5, 2]))
        blocks.append(.heading(level: 1, text: "Volume and capacity beside SafeLives' benchmarks"))
        let b = policy.benchmarks
        blocks.append(
            .table(
                columns: [
                    "Area", "Cases heard", "Expected cases", "Per 10,000 women a year",
                    "IDVA FTE in post", "IDVA FTE needed (actual / expected)",
                    "Administrator FTE in post", "Administrator FTE needed",
                ],
                rows: report.capacity.map {
                    [
                        $0.area, n($0.casesHeard), decimal($0.expectedCases),
                        decimal($0.casesPer10000Women), decimal($0.idvaFTE),
                        decimal($0.idvaFTENeeded) + " / " + decimal($0.idvaFTENeededForExpected),
                        decimal($0.administratorFTE), decimal($0.administratorFTENeeded),
                    ]
                }, columnWidths: [2, 1, 1, 1.2, 1, 1.6, 1.2, 1.2]))
        blocks.append(
            .paragraph(
                "Benchmarks: \(b.casesPer10000Women) cases a year per 10,000 adult women; "
                    + "\(b.idvaCasesPerFTE) cases a year per full-time IDVA; "
                    + "\(b.administratorCasesPerFTE) cases a year per full-time MARAC "
                    + "administrator (SafeLives, Reviewing your Marac data). Yearly figures are "
                    + "scaled to the period; FTEs needed are for a year at the period's rate. "
                    + "Population and staffing come from Policies/data-return.xml; a dash means "
                    + "the policy does not give them.", style: .small))
        blocks.append(.heading(level: 1, text: "Each meeting"))
        blocks.append(
            report.perMeeting.isEmpty
                ? .paragraph("No meetings were held in the period.")
                : .table(
                    columns: [
                        "Meeting", "Area", "Cases", "Repeats", "Children", "Police", "Partner",
                        "BAME", "LGBT+", "Disabled", "Male", "16–17", "Perp. ≤17", "IDVA engaged",
                        "Transfer in",
                    ],
                    rows: report.perMeeting.map {
                        let f = $0.figures
                        return [DocumentText.short($0.date), $0.area]
                            + [
                                f.casesHeard, f.repeatCases, f.children, f.policeReferrals,
                                f.partnerReferrals, f.raciallyMinoritised, f.lgbt, f.disabled,
                                f.male, f.aged16To17, f.perpetratorsAged17OrUnder, f.idvaEngaged,
                                f.transferredIn,
                            ].map(n)
                    }, columnWidths: [1.4, 1.6] + Array(repeating: 0.8, count: 13)))
        blocks.append(
            .paragraph(
                "Counts from 1 to \(policy.suppressAtOrBelow) are shown as "
                    + "\"\(policy.suppressionLabel)\", as SafeLives' publications do, so no "
                    + "victim can be picked out; the CSV data grid submitted to SafeLives keeps "
                    + "exact counts. Produced by the MARAC workbench on "
                    + "\(DocumentText.medium(ODFParts.day(created))).", style: .small))
        document.blocks = blocks
        return document
    }

    /// A figure to one decimal place, or an en dash when there is none.
    public static func decimal(_ value: Double?) -> String {
        guard let value else { return "–" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
