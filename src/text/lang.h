/* lang.h — guessing a document's language when the input does not say. */
#ifndef DYAD_LANG_H
#define DYAD_LANG_H

#include "dyad_int.h"

/* ISO 639-1 code of the text's language: by script for Korean, Japanese,
 * Chinese, Arabic, Hebrew, Russian, Greek, Thai; by counting the common
 * words of data/stopwords.txt for languages written in Latin letters.
 * Looks at the first 3 KiB only (some 500 words decide a language).  Returns a static string, or NULL when no
 * language reaches a clear lead. */
const char *dyad_lang_guess(const dyad_engine *eng, const char *text, size_t len);

/* Build eng->stopword_langs from eng->stopwords (once, at load): each word
 * maps to the set of guessable languages listing it, so guessing looks a
 * word up once instead of once per language.  0, or -1 on OOM. */
int dyad_lang_prepare(dyad_engine *eng);

#endif
