#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// A transfer bundle as a file: an OpenDocument text a coordinator can read, carrying the
/// protective marking in every header and footer, with the same content as JSON inside the
/// package (`marac-transfer.json`) so that `case receive` reads it back exactly.
///
/// ```swift
/// let bytes = try TransferBundleFile.bytes(of: bundle, template: template)
/// let again = try TransferBundleFile.bundle(from: bytes, path: "transfer.odt")  // == bundle
/// ```
public enum TransferBundleFile {
    /// The `.odt` bytes of `bundle`.
    public static func bytes(
        of bundle: TransferBundle, template: ODFTemplate, created: Date = Date()
    ) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let json = Array(try encoder.encode(bundle))
        return try ODFPackageWriter(template: template).write(
            document(bundle, created: created),
            attachments: [
                ODFPackageWriter.Attachment(
                    path: TransferBundle.packagePath, mediaType: "application/json", bytes: json)
            ])
    }

    /// The bundle inside the `.odt` bytes read from `path` (named in errors only).
    public static func bundle(from bytes: [UInt8], path: String) throws -> TransferBundle {
        let archive: ZipReader
        do {
            archive = try ZipReader(bytes: bytes, path: path)
        } catch {
            throw TransferError.notABundle(path: path)
        }
        guard archive.entry(TransferBundle.packagePath) != nil else {
            throw TransferError.notABundle(path: path)
        }
        let json = try archive.read(TransferBundle.packagePath)
        let bundle: TransferBundle
        do {
            bundle = try JSONDecoder().decode(TransferBundle.self, from: Data(json))
        } catch {
            throw TransferError.damagedBundle(path: path)
        }
        guard bundle.format == TransferBundle.formatName else {
            throw TransferError.notABundle(path: path)
        }
        guard bundle.version == TransferBundle.currentVersion else {
            throw TransferError.unsupportedVersion(path: path, version: bundle.version)
        }
        return bundle
    }

    /// The readable document: who, from where to where, and the case's history.
    static func document(_ bundle: TransferBundle, created: Date) -> ODFDocument {
        var document = ODFDocument(
            title: "MARAC to MARAC transfer: \(bundle.reference)",
            organisation: bundle.fromMARAC + " MARAC", marking: bundle.marking,
            orientation: .portrait, created: created)
        let history = bundle.history
        var blocks: [ODFDocument.Block] = [
            .paragraph(
                "From \(bundle.fromMARAC) MARAC to \(bundle.toMARAC) MARAC · "
                    + DocumentText.long(bundle.date), style: .subtitle),
            .paragraph(
                "This document identifies a victim of domestic abuse. Keep it secure, share it "
                    + "only with the receiving MARAC, and delete it once the case is received.",
                style: .notice),
            .heading(level: 1, text: "Transfer"),
            .table(
                columns: ["", ""],
                rows: [
                    ["Case reference (sending MARAC)", bundle.reference],
                    ["Date of transfer", DocumentText.medium(bundle.date)],
                    ["Reason", bundle.reason],
                ], columnWidths: [2, 4]),
            .heading(level: 1, text: "Victim"),
            .table(
                columns: ["", ""],
                rows: [
                    ["Name", bundle.victim.name],
                    ["Date of birth", DocumentText.medium(bundle.victim.dateOfBirth)],
                    ["Gender", bundle.victim.diversity.gender],
                    ["Ethnicity", bundle.victim.diversity.ethnicity],
                    ["Disability", bundle.victim.diversity.disability],
                    ["Sexual orientation", bundle.victim.diversity.sexualOrientation],
                ], columnWidths: [2, 4]),
            .heading(level: 1, text: "Referral"),
            .table(
                columns: ["", ""],
                rows: [
                    ["Referred", DocumentText.medium(history.referredOn)],
                    ["Referring agency", history.referringAgency],
                    ["Criteria", history.criteria.joined(separator: ", ")],
                    ["DASH score", history.dashScore.map(String.init) ?? "not given"],
                    ["Professional judgement", history.visibleHighRisk ?? "–"],
                    ["Incidents in 12 months", history.callouts.map(String.init) ?? "not given"],
                    ["Children in the household", String(history.children)],
                    ["Repeat at the sending MARAC", history.wasRepeat ? "yes" : "no"],
                    [
                        "Earlier referrals",
                        history.earlierReferrals.isEmpty
                            ? "none"
                            : history.earlierReferrals.map(DocumentText.medium).joined(
                                separator: ", "),
                    ],
                    ["IDVA", history.idva?.summary ?? "not allocated"],
                ], columnWidths: [2, 4]),
            .heading(level: 1, text: "Meetings that heard the case"),
        ]
        blocks.append(
            history.hearings.isEmpty
                ? .paragraph("Not yet heard.")
                : .list(history.hearings.map { "\(DocumentText.medium($0.day)), \($0.area)" }))
        blocks.append(.heading(level: 1, text: "Risks identified"))
        blocks.append(
            history.risks.isEmpty ? .paragraph("None recorded.") : .list(history.risks))
        blocks.append(.heading(level: 1, text: "Actions"))
        blocks.append(
            history.actions.isEmpty
                ? .paragraph("None agreed.")
                : .table(
                    columns: ["Agency", "Action", "Due", "Status"],
                    rows: history.actions.map {
                        [$0.agency, $0.text, DocumentText.short($0.due), $0.status]
                    }, columnWidths: [1.5, 4, 1.2, 1.2]))
        if !history.transfers.isEmpty {
            blocks.append(.heading(level: 1, text: "Earlier transfers"))
            blocks.append(.list(history.transfers))
        }
        blocks.append(
            .paragraph(
                "Sharing records are not carried: each was a disclosure to the sending MARAC "
                    + "under its own lawful basis, and the receiving agencies research and share "
                    + "afresh. Received with 'case receive FILE'. Produced by the MARAC "
                    + "workbench on \(DocumentText.medium(ODFParts.day(created))).",
                style: .small))
        document.blocks = blocks
        return document
    }
}

/// Why a case could not be transferred or received.
public enum TransferError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is not a transfer bundle written by `case transfer --to-file`.
    case notABundle(path: String)
    /// The bundle's machine-readable part cannot be read.
    case damagedBundle(path: String)
    /// The bundle was written by a version of the workbench this one cannot read.
    case unsupportedVersion(path: String, version: Int)

    public var description: String {
        switch self {
        case .notABundle(let path):
            "FILE: \(path) is not a MARAC transfer bundle (written by 'case transfer "
                + "--to-file')"
        case .damagedBundle(let path):
            "FILE: the transfer data inside \(path) is damaged; ask the sending MARAC for a "
                + "new bundle"
        case .unsupportedVersion(let path, let version):
            "FILE: \(path) is a transfer bundle of version \(version); this workbench reads "
                + "version \(TransferBundle.currentVersion)"
        }
    }
}
