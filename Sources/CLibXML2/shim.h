#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, so encoding.h would pull in the system's ICU headers,
 * whose UErrorCode clashes with the one Foundation's own ICU module defines when a target
 * imports both. Nothing here uses ICU: leave it out. (Only xmlCharEncodingHandler's private
 * ICU fields change; the workbench never allocates or reads that struct.) */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/relaxng.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

/// xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void cxml_free(void *pointer) {
    xmlFree(pointer);
}
#endif
