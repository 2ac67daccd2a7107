#ifndef CLIBCRYPTO_SHIM_H
#define CLIBCRYPTO_SHIM_H
/* libcrypto is opened with dlopen the first time a command hashes, derives a key, encrypts or
 * draws random bytes, not linked: linking it makes every start of the tool load and relocate
 * OpenSSL's 4.5 MB library (about 1.9 ms of CPU, see benchmarks/RESULTS.md) before a query that
 * never writes can run. The headers still come from libssl-dev; each ccrypto_NAME below calls
 * the libcrypto function of the same name. Call ccrypto_libcrypto_available() before any other. */
#include <dlfcn.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/err.h>

/// The soname of the libcrypto OpenSSL 3 ships (libssl3 on Debian 12).
#define CCRYPTO_LIBRARY "libcrypto.so.3"

/// The libcrypto handle, opened on first use; NULL when libcrypto cannot be loaded.
static inline void *ccrypto_library(void) {
    static void *library;
    void *loaded = __atomic_load_n(&library, __ATOMIC_ACQUIRE);
    if (!loaded) {
        loaded = dlopen(CCRYPTO_LIBRARY, RTLD_NOW | RTLD_LOCAL);
        __atomic_store_n(&library, loaded, __ATOMIC_RELEASE);
    }
    return loaded;
}

/// A ccrypto_NAME calling libcrypto's NAME, looked up once with dlsym.
#define CCRYPTO_FORWARD(ret, name, params, args)                                               \
    static inline void *ccrypto_symbol_##name(void) {                                         \
        static void *symbol;                                                                   \
        void *found = __atomic_load_n(&symbol, __ATOMIC_ACQUIRE);                              \
        if (!found && ccrypto_library()) {                                                     \
            found = dlsym(ccrypto_library(), #name);                                           \
            __atomic_store_n(&symbol, found, __ATOMIC_RELEASE);                                \
        }                                                                                      \
        return found;                                                                          \
    }                                                                                          \
    static inline ret ccrypto_##name params { return ((ret(*) params)ccrypto_symbol_##name()) args; }

CCRYPTO_FORWARD(int, EVP_Digest,
    (const void *data, size_t count, unsigned char *md, unsigned int *size, const EVP_MD *type,
        ENGINE *impl),
    (data, count, md, size, type, impl))
CCRYPTO_FORWARD(EVP_MD_CTX *, EVP_MD_CTX_new, (void), ())
CCRYPTO_FORWARD(void, EVP_MD_CTX_free, (EVP_MD_CTX *ctx), (ctx))
CCRYPTO_FORWARD(EVP_MD *, EVP_MD_fetch,
    (OSSL_LIB_CTX *ctx, const char *algorithm, const char *properties),
    (ctx, algorithm, properties))
CCRYPTO_FORWARD(void, EVP_MD_free, (EVP_MD *md), (md))
CCRYPTO_FORWARD(int, EVP_DigestInit_ex, (EVP_MD_CTX *ctx, const EVP_MD *type, ENGINE *impl),
    (ctx, type, impl))
CCRYPTO_FORWARD(int, EVP_DigestUpdate, (EVP_MD_CTX *ctx, const void *d, size_t cnt),
    (ctx, d, cnt))
CCRYPTO_FORWARD(int, EVP_DigestFinal_ex, (EVP_MD_CTX *ctx, unsigned char *md, unsigned int *s),
    (ctx, md, s))
CCRYPTO_FORWARD(const EVP_MD *, EVP_sha1, (void), ())
CCRYPTO_FORWARD(const EVP_MD *, EVP_sha256, (void), ())
CCRYPTO_FORWARD(int, PKCS5_PBKDF2_HMAC,
    (const char *pass, int passlen, const unsigned char *salt, int saltlen, int iter,
        const EVP_MD *digest, int keylen, unsigned char *out),
    (pass, passlen, salt, saltlen, iter, digest, keylen, out))
CCRYPTO_FORWARD(const EVP_CIPHER *, EVP_aes_256_cbc, (void), ())
CCRYPTO_FORWARD(EVP_CIPHER_CTX *, EVP_CIPHER_CTX_new, (void), ())
CCRYPTO_FORWARD(void, EVP_CIPHER_CTX_free, (EVP_CIPHER_CTX *c), (c))
CCRYPTO_FORWARD(int, EVP_CIPHER_CTX_set_padding, (EVP_CIPHER_CTX *c, int pad), (c, pad))
CCRYPTO_FORWARD(int, EVP_CipherInit_ex,
    (EVP_CIPHER_CTX *ctx, const EVP_CIPHER *cipher, ENGINE *impl, const unsigned char *key,
        const unsigned char *iv, int enc),
    (ctx, cipher, impl, key, iv, enc))
CCRYPTO_FORWARD(int, EVP_CipherUpdate,
    (EVP_CIPHER_CTX *ctx, unsigned char *out, int *outl, const unsigned char *in, int inl),
    (ctx, out, outl, in, inl))
CCRYPTO_FORWARD(int, EVP_CipherFinal_ex, (EVP_CIPHER_CTX *ctx, unsigned char *outm, int *outl),
    (ctx, outm, outl))
CCRYPTO_FORWARD(int, RAND_bytes, (unsigned char *buf, int num), (buf, num))
CCRYPTO_FORWARD(unsigned long, ERR_get_error, (void), ())
CCRYPTO_FORWARD(void, ERR_clear_error, (void), ())
CCRYPTO_FORWARD(void, ERR_error_string_n, (unsigned long e, char *buf, size_t len), (e, buf, len))

/// Whether libcrypto could be loaded (dlopen) and has every function used here.
static inline int ccrypto_libcrypto_available(void) {
    return ccrypto_library() && ccrypto_symbol_EVP_Digest() && ccrypto_symbol_EVP_MD_CTX_new()
        && ccrypto_symbol_EVP_MD_CTX_free() && ccrypto_symbol_EVP_MD_fetch()
        && ccrypto_symbol_EVP_MD_free() && ccrypto_symbol_EVP_DigestInit_ex()
        && ccrypto_symbol_EVP_DigestUpdate() && ccrypto_symbol_EVP_DigestFinal_ex()
        && ccrypto_symbol_EVP_sha1() && ccrypto_symbol_EVP_sha256()
        && ccrypto_symbol_PKCS5_PBKDF2_HMAC() && ccrypto_symbol_EVP_aes_256_cbc()
        && ccrypto_symbol_EVP_CIPHER_CTX_new() && ccrypto_symbol_EVP_CIPHER_CTX_free()
        && ccrypto_symbol_EVP_CIPHER_CTX_set_padding() && ccrypto_symbol_EVP_CipherInit_ex()
        && ccrypto_symbol_EVP_CipherUpdate() && ccrypto_symbol_EVP_CipherFinal_ex()
        && ccrypto_symbol_RAND_bytes() && ccrypto_symbol_ERR_get_error()
        && ccrypto_symbol_ERR_clear_error() && ccrypto_symbol_ERR_error_string_n();
}
#endif
