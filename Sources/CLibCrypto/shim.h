// The part of OpenSSL's libcrypto Evident uses on Linux: SHA-256 (see EvidentImport's SHA256).
//
// SHA256_Init/Update/Final are marked deprecated since OpenSSL 3.0 in favour of the EVP
// interface, but they remain in every 3.x release and run the same hardware-accelerated block
// function; their context is a plain struct, so a hash in progress is a value that can be copied.
// The deprecation attributes are switched off so the Swift build stays free of warnings.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
