#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
/* libxml2 is opened with dlopen the first time a command parses a policy or writes a document,
 * not linked: linking it makes every start of the tool load and relocate libxml2 and ICU (about
 * 1.3 ms of CPU, see benchmarks/RESULTS.md) before a query that never touches XML can run. The
 * headers still come from libxml2-dev (pkg-config, for their include path); each cxml_NAME below
 * calls the libxml2 function of the same name. Call cxml_libxml2_available() before any other.
 *
 * Debian's libxml2 is built with ICU, so encoding.h would pull in the system's ICU headers,
 * whose UErrorCode clashes with the one Foundation's own ICU module defines when a target
 * imports both. Nothing here uses ICU: leave it out. (Only xmlCharEncodingHandler's private
 * ICU fields change; the workbench never allocates or reads that struct.) */
#include <dlfcn.h>
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/relaxng.h>

/// The soname of the libxml2 Debian ships (libxml2 2.9 and later).
#define CXML_LIBRARY "libxml2.so.2"

/// The libxml2 handle, opened on first use; NULL when libxml2 cannot be loaded.
static inline void *cxml_library(void) {
    static void *library;
    void *loaded = __atomic_load_n(&library, __ATOMIC_ACQUIRE);
    if (!loaded) {
        loaded = dlopen(CXML_LIBRARY, RTLD_NOW | RTLD_LOCAL);
        __atomic_store_n(&library, loaded, __ATOMIC_RELEASE);
    }
    return loaded;
}

/// The address of libxml2's symbol `name`, looked up once; NULL when absent.
#define CXML_SYMBOL(name)                                                                      \
    static inline void *cxml_symbol_##name(void) {                                            \
        static void *symbol;                                                                   \
        void *found = __atomic_load_n(&symbol, __ATOMIC_ACQUIRE);                              \
        if (!found && cxml_library()) {                                                        \
            found = dlsym(cxml_library(), #name);                                              \
            __atomic_store_n(&symbol, found, __ATOMIC_RELEASE);                                \
        }                                                                                      \
        return found;                                                                          \
    }

/// A cxml_NAME calling libxml2's NAME.
#define CXML_FORWARD(ret, name, params, args)                                                  \
    CXML_SYMBOL(name)                                                                          \
    static inline ret cxml_##name params { return ((ret(*) params)cxml_symbol_##name()) args; }

CXML_FORWARD(void, xmlInitParser, (void), ())
CXML_FORWARD(int, xmlRelaxNGInitTypes, (void), ())
CXML_FORWARD(void, xmlSetExternalEntityLoader, (xmlExternalEntityLoader loader), (loader))
CXML_FORWARD(void, xmlSetStructuredErrorFunc, (void *context, xmlStructuredErrorFunc handler),
    (context, handler))
CXML_FORWARD(xmlDocPtr, xmlReadMemory,
    (const char *buffer, int size, const char *url, const char *encoding, int options),
    (buffer, size, url, encoding, options))
CXML_FORWARD(void, xmlFreeDoc, (xmlDocPtr doc), (doc))
CXML_FORWARD(xmlNodePtr, xmlDocGetRootElement, (const xmlDoc *doc), (doc))
CXML_FORWARD(xmlChar *, xmlNodeListGetString, (xmlDocPtr doc, const xmlNode *list, int inLine),
    (doc, list, inLine))
CXML_FORWARD(long, xmlGetLineNo, (const xmlNode *node), (node))
CXML_FORWARD(xmlRelaxNGParserCtxtPtr, xmlRelaxNGNewMemParserCtxt, (const char *buffer, int size),
    (buffer, size))
CXML_FORWARD(void, xmlRelaxNGFreeParserCtxt, (xmlRelaxNGParserCtxtPtr parser), (parser))
CXML_FORWARD(void, xmlRelaxNGSetParserStructuredErrors,
    (xmlRelaxNGParserCtxtPtr parser, xmlStructuredErrorFunc handler, void *context),
    (parser, handler, context))
CXML_FORWARD(xmlRelaxNGPtr, xmlRelaxNGParse, (xmlRelaxNGParserCtxtPtr parser), (parser))
CXML_FORWARD(void, xmlRelaxNGFree, (xmlRelaxNGPtr schema), (schema))
CXML_FORWARD(xmlRelaxNGValidCtxtPtr, xmlRelaxNGNewValidCtxt, (xmlRelaxNGPtr schema), (schema))
CXML_FORWARD(void, xmlRelaxNGFreeValidCtxt, (xmlRelaxNGValidCtxtPtr validator), (validator))
CXML_FORWARD(void, xmlRelaxNGSetValidStructuredErrors,
    (xmlRelaxNGValidCtxtPtr validator, xmlStructuredErrorFunc handler, void *context),
    (validator, handler, context))
CXML_FORWARD(int, xmlRelaxNGValidateDoc, (xmlRelaxNGValidCtxtPtr validator, xmlDocPtr doc),
    (validator, doc))
CXML_FORWARD(xmlBufferPtr, xmlBufferCreate, (void), ())
CXML_FORWARD(int, xmlBufferSetAllocationScheme,
    (xmlBufferPtr buffer, xmlBufferAllocationScheme scheme), (buffer, scheme))
CXML_FORWARD(void, xmlBufferFree, (xmlBufferPtr buffer), (buffer))
CXML_FORWARD(int, xmlBufferLength, (const xmlBuffer *buffer), (buffer))
CXML_FORWARD(const xmlChar *, xmlBufferContent, (const xmlBuffer *buffer), (buffer))
CXML_FORWARD(xmlTextWriterPtr, xmlNewTextWriterMemory, (xmlBufferPtr buffer, int compression),
    (buffer, compression))
CXML_FORWARD(void, xmlFreeTextWriter, (xmlTextWriterPtr writer), (writer))
CXML_FORWARD(int, xmlTextWriterStartDocument,
    (xmlTextWriterPtr writer, const char *version, const char *encoding, const char *standalone),
    (writer, version, encoding, standalone))
CXML_FORWARD(int, xmlTextWriterEndDocument, (xmlTextWriterPtr writer), (writer))
CXML_FORWARD(int, xmlTextWriterStartElement, (xmlTextWriterPtr writer, const xmlChar *name),
    (writer, name))
CXML_FORWARD(int, xmlTextWriterEndElement, (xmlTextWriterPtr writer), (writer))
CXML_FORWARD(int, xmlTextWriterWriteAttribute,
    (xmlTextWriterPtr writer, const xmlChar *name, const xmlChar *content),
    (writer, name, content))
CXML_FORWARD(int, xmlTextWriterWriteString, (xmlTextWriterPtr writer, const xmlChar *content),
    (writer, content))
CXML_FORWARD(int, xmlTextWriterWriteRaw, (xmlTextWriterPtr writer, const xmlChar *content),
    (writer, content))

/// libxml2's deallocator: `xmlFree` is a global variable holding a function pointer (which Swift
/// 6 would also reject as shared mutable state), so the variable is looked up and read.
CXML_SYMBOL(xmlFree)
static inline void cxml_free(void *pointer) {
    xmlFreeFunc *deallocator = (xmlFreeFunc *)cxml_symbol_xmlFree();
    (*deallocator)(pointer);
}

/// Whether libxml2 could be loaded (dlopen) and has every function used here.
static inline int cxml_libxml2_available(void) {
    return cxml_library() && cxml_symbol_xmlInitParser() && cxml_symbol_xmlRelaxNGInitTypes()
        && cxml_symbol_xmlSetExternalEntityLoader() && cxml_symbol_xmlSetStructuredErrorFunc()
        && cxml_symbol_xmlReadMemory() && cxml_symbol_xmlFreeDoc()
        && cxml_symbol_xmlDocGetRootElement() && cxml_symbol_xmlNodeListGetString()
        && cxml_symbol_xmlGetLineNo() && cxml_symbol_xmlRelaxNGNewMemParserCtxt()
        && cxml_symbol_xmlRelaxNGFreeParserCtxt() && cxml_symbol_xmlRelaxNGSetParserStructuredErrors()
        && cxml_symbol_xmlRelaxNGParse() && cxml_symbol_xmlRelaxNGFree()
        && cxml_symbol_xmlRelaxNGNewValidCtxt() && cxml_symbol_xmlRelaxNGFreeValidCtxt()
        && cxml_symbol_xmlRelaxNGSetValidStructuredErrors() && cxml_symbol_xmlRelaxNGValidateDoc()
        && cxml_symbol_xmlBufferCreate() && cxml_symbol_xmlBufferSetAllocationScheme()
        && cxml_symbol_xmlBufferFree() && cxml_symbol_xmlBufferLength()
        && cxml_symbol_xmlBufferContent() && cxml_symbol_xmlNewTextWriterMemory()
        && cxml_symbol_xmlFreeTextWriter() && cxml_symbol_xmlTextWriterStartDocument()
        && cxml_symbol_xmlTextWriterEndDocument() && cxml_symbol_xmlTextWriterStartElement()
        && cxml_symbol_xmlTextWriterEndElement() && cxml_symbol_xmlTextWriterWriteAttribute()
        && cxml_symbol_xmlTextWriterWriteString() && cxml_symbol_xmlTextWriterWriteRaw()
        && cxml_symbol_xmlFree();
}
#endif
