import CLibXML2

/// libxml2, opened on first use rather than linked (`Sources/CLibXML2/shim.h`): a command that
/// never reads a policy file or writes a document never loads it, nor the ICU it pulls in.
enum LibXML2 {
    /// Whether libxml2 is loaded, with every function the workbench calls, and set up: its
    /// global tables initialised once, before any thread parses, and nothing it parses able to
    /// reach outside the bytes it was given.
    ///
    /// `xmlInitParser` and `xmlRelaxNGInitTypes` are not safe to race on first use (libxml2 2.9).
    /// `xmlSetExternalEntityLoader` replaces the loader that `xmlReadFile` and the RELAX NG
    /// compiler's `<include>`/`<externalRef>` go through with one that refuses every URL
    /// (https://gnome.pages.gitlab.gnome.org/libxml2/html/libxml-parser.html).
    static let isReady: Bool = {
        guard cxml_libxml2_available() != 0 else { return false }
        cxml_xmlInitParser()
        _ = cxml_xmlRelaxNGInitTypes()
        cxml_xmlSetExternalEntityLoader(refuseExternalLoads)
        return true
    }()

    /// The external entity loader: loads nothing, for every URL (the caller sees an I/O error).
    private static let refuseExternalLoads: xmlExternalEntityLoader = { _, _, _ in nil }
}
