// The libxml2 headers Evident's XML reader needs.
//
// Debian builds libxml2 with ICU, so <libxml/encoding.h> pulls in <unicode/ucnv.h>, whose
// UErrorCode clashes with Foundation's _FoundationICU module on a clean build (engineering
// note 1). Nothing the reader uses needs ICU, so the ICU part is switched off before any
// libxml2 header that would include it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlsave.h>
#include <libxml/tree.h>
