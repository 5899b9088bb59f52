/* candor_speedups: compiled twins of the language engine's hottest pure-Python loops.
 *
 * Optional: candor.language uses this module when it is installed (the `speedups`
 * extra) and its pure-Python code otherwise. Each function here must give exactly what
 * its Python twin gives; tests/core/language/test_speedups.py compares them bit for bit
 * on the whole corpus and on generated text.
 *
 * SpanScorer mirrors candor.language.classifier.SecondOpinion.span_sums: per sentence,
 * the sums over its word and word-pair features. It keeps the model's entries in two
 * open-addressing tables of plain C structs (words by their characters, pairs by two
 * word numbers), so that a token costs one or two cache misses and no Python object.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* ---- tables ------------------------------------------------------------------- */

typedef struct {
    uint64_t hash;      /* 0: empty slot */
    int32_t off;        /* the word's characters: arena[off : off + len] */
    int32_t len;
    int32_t id;         /* number used in pair keys; -1: in no pair */
    int32_t unfeatured; /* skipped like a word of UNFEATURED */
    double re, im;      /* the word's own entry (0 when it has none) */
} WordSlot;

typedef struct {
    uint64_t key; /* ((first id + 1) << 32) | (second id + 1); 0: empty slot */
    double re, im;
} PairSlot;

typedef struct {
    PyObject_HEAD
    WordSlot *words;
    size_t words_mask;
    size_t n_words;
    PairSlot *pairs;
    size_t pairs_mask;
    size_t n_pairs;
    Py_UCS4 *arena;
    Py_ssize_t arena_len;
    Py_ssize_t arena_cap;
    int32_t next_id;
} SpanScorer;

/* FNV-1a over code points; never 0 (0 marks an empty slot). */
static inline uint64_t
hash_step(uint64_t h, Py_UCS4 c)
{
    h ^= (uint64_t)c;
    return h * 0x100000001b3ULL;
}
#define HASH_INIT 0xcbf29ce484222325ULL
static inline uint64_t
hash_final(uint64_t h)
{
    h ^= h >> 29;
    return h ? h : 1;
}

static inline uint64_t
mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

static WordSlot *
word_find(SpanScorer *s, const Py_UCS4 *chars, Py_ssize_t len, uint64_t hash)
{
    size_t i = (size_t)mix64(hash) & s->words_mask;
    for (;;) {
        WordSlot *w = &s->words[i];
        if (w->hash == 0) {
            return w; /* the empty slot where it would go */
        }
        if (w->hash == hash && (Py_ssize_t)w->len == len &&
            memcmp(s->arena + w->off, chars, (size_t)len * sizeof(Py_UCS4)) == 0) {
            return w;
        }
        i = (i + 1) & s->words_mask;
    }
}

static PairSlot *
pair_find(SpanScorer *s, uint64_t key)
{
    size_t i = (size_t)mix64(key) & s->pairs_mask;
    for (;;) {
        PairSlot *p = &s->pairs[i];
        if (p->key == 0 || p->key == key) {
            return p;
        }
        i = (i + 1) & s->pairs_mask;
    }
}

/* What places a slot in its table: a word's hash, a pair's key; 0 for an empty slot. */
static uint64_t
word_slot_key(const void *slot)
{
    return ((const WordSlot *)slot)->hash;
}

static uint64_t
pair_slot_key(const void *slot)
{
    return ((const PairSlot *)slot)->key;
}

/* Double an open-addressing table of `size`-byte slots when it is half full. */
static int
table_grow(void **slots, size_t *mask, size_t count, size_t size,
           uint64_t (*key)(const void *))
{
    if (2 * (count + 1) <= *mask + 1) {
        return 0;
    }
    size_t n = (*mask + 1) * 2;
    char *grown = PyMem_Calloc(n, size);
    if (grown == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    const char *old = *slots;
    for (size_t j = 0; j <= *mask; j++) {
        uint64_t k = key(old + j * size);
        if (k == 0) {
            continue;
        }
        size_t i = (size_t)mix64(k) & (n - 1);
        while (key(grown + i * size) != 0) {
            i = (i + 1) & (n - 1);
        }
        memcpy(grown + i * size, old + j * size, size);
    }
    PyMem_Free(*slots);
    *slots = grown;
    *mask = n - 1;
    return 0;
}

/* The characters of a str key as code points (a new buffer in *out, or -1 on error). */
static Py_ssize_t
key_chars(PyObject *key, Py_UCS4 **out)
{
    if (!PyUnicode_Check(key)) {
        PyErr_SetString(PyExc_TypeError, "SpanScorer: words must be str");
        return -1;
    }
    *out = PyUnicode_AsUCS4Copy(key);
    if (*out == NULL) {
        return -1;
    }
    return PyUnicode_GET_LENGTH(key);
}

/* The slot of word `key`, added (with no entry) if missing; NULL on error. */
static WordSlot *
word_add(SpanScorer *s, PyObject *key)
{
    Py_UCS4 *chars;
    Py_ssize_t len = key_chars(key, &chars);
    if (len < 0) {
        return NULL;
    }
    uint64_t h = HASH_INIT;
    for (Py_ssize_t i = 0; i < len; i++) {
        h = hash_step(h, chars[i]);
    }
    h = hash_final(h);
    if (table_grow((void **)&s->words, &s->words_mask, s->n_words, sizeof(WordSlot),
                   word_slot_key) < 0) {
        PyMem_Free(chars);
        return NULL;
    }
    WordSlot *w = word_find(s, chars, len, h);
    if (w->hash == 0) {
        if (s->arena_len + len > INT32_MAX) {
            PyMem_Free(chars);
            PyErr_SetString(PyExc_OverflowError, "SpanScorer: too many words");
            return NULL;
        }
        if (s->arena_len + len > s->arena_cap) {
            Py_ssize_t cap = (s->arena_cap + len) * 2;
            Py_UCS4 *grown = PyMem_Realloc(s->arena, (size_t)cap * sizeof(Py_UCS4));
            if (grown == NULL) {
                PyMem_Free(chars);
                PyErr_NoMemory();
                return NULL;
            }
            s->arena = grown;
            s->arena_cap = cap;
        }
        memcpy(s->arena + s->arena_len, chars, (size_t)len * sizeof(Py_UCS4));
        w->hash = h;
        w->off = (int32_t)s->arena_len;
        w->len = (int32_t)len;
        w->id = -1;
        w->unfeatured = 0;
        w->re = 0.0;
        w->im = 0.0;
        s->arena_len += len;
        s->n_words++;
    }
    PyMem_Free(chars);
    return w;
}

static int
complex_parts(PyObject *v, double *re, double *im)
{
    if (!PyComplex_Check(v)) {
        PyErr_SetString(PyExc_TypeError, "SpanScorer: entries must be complex");
        return -1;
    }
    Py_complex c = PyComplex_AsCComplex(v);
    *re = c.real;
    *im = c.imag;
    return 0;
}

static int32_t
word_id(SpanScorer *s, WordSlot *w)
{
    if (w->id < 0) {
        w->id = s->next_id++;
    }
    return w->id;
}

static void
SpanScorer_dealloc(SpanScorer *self)
{
    PyMem_Free(self->words);
    PyMem_Free(self->pairs);
    PyMem_Free(self->arena);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
SpanScorer_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"entries", "unfeatured", NULL};
    PyObject *entries, *unfeatured;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O!O:SpanScorer", kwlist, &PyDict_Type,
                                     &entries, &unfeatured)) {
        return NULL;
    }
    if (!PyAnySet_Check(unfeatured)) {
        PyErr_SetString(PyExc_TypeError, "SpanScorer: unfeatured must be a set or frozenset");
        return NULL;
    }
    SpanScorer *s = (SpanScorer *)type->tp_alloc(type, 0);
    if (s == NULL) {
        return NULL;
    }
    /* Every word of every key, and every unfeatured word, gets a slot; the tables
     * double as they fill. */
    s->words_mask = 1023;
    s->words = PyMem_Calloc(s->words_mask + 1, sizeof(WordSlot));
    s->pairs_mask = 1023;
    s->pairs = PyMem_Calloc(s->pairs_mask + 1, sizeof(PairSlot));
    if (s->words == NULL || s->pairs == NULL) {
        Py_DECREF(s);
        return PyErr_NoMemory();
    }
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(entries, &pos, &key, &value)) {
        double re, im;
        if (complex_parts(value, &re, &im) < 0) {
            goto fail;
        }
        if (PyTuple_Check(key)) {
            if (PyTuple_GET_SIZE(key) != 2) {
                PyErr_SetString(PyExc_ValueError, "SpanScorer: a pair key has two words");
                goto fail;
            }
            WordSlot *a = word_add(s, PyTuple_GET_ITEM(key, 0));
            if (a == NULL) {
                goto fail;
            }
            int32_t ia = word_id(s, a);
            WordSlot *b = word_add(s, PyTuple_GET_ITEM(key, 1));
            if (b == NULL) {
                goto fail;
            }
            int32_t ib = word_id(s, b);
            uint64_t pk = ((uint64_t)(ia + 1) << 32) | (uint64_t)(ib + 1);
            if (table_grow((void **)&s->pairs, &s->pairs_mask, s->n_pairs, sizeof(PairSlot),
                           pair_slot_key) < 0) {
                goto fail;
            }
            PairSlot *p = pair_find(s, pk);
            if (p->key == 0) {
                s->n_pairs++;
            }
            p->key = pk;
            p->re = re;
            p->im = im;
        }
        else {
            WordSlot *w = word_add(s, key);
            if (w == NULL) {
                goto fail;
            }
            w->re = re;
            w->im = im;
        }
    }
    PyObject *it = PyObject_GetIter(unfeatured);
    if (it == NULL) {
        goto fail;
    }
    PyObject *word;
    while ((word = PyIter_Next(it)) != NULL) {
        WordSlot *w = word_add(s, word);
        Py_DECREF(word);
        if (w == NULL) {
            Py_DECREF(it);
            goto fail;
        }
        w->unfeatured = 1;
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        goto fail;
    }
    return (PyObject *)s;

fail:
    Py_DECREF(s);
    return NULL;
}

/* ---- scoring ------------------------------------------------------------------ */

/* What the tokeniser asks of a character, by bit: re's [^\W_] (alphanumeric), re's
 * [\w'] (a word's continuation) and re's \d (a decimal digit). _sre tests
 * Py_UNICODE_ISALNUM and Py_UNICODE_ISDECIMAL; ASCII is answered from a table. */
enum { ALNUM = 1, CONT = 2, DECIMAL = 4 };
static unsigned char ascii_class[128];

static void
init_ascii_class(void)
{
    for (Py_UCS4 c = 0; c < 128; c++) {
        unsigned char k = 0;
        if (Py_UNICODE_ISALNUM(c)) {
            k |= ALNUM | CONT;
        }
        if (c == '_' || c == '\'') {
            k |= CONT;
        }
        if (Py_UNICODE_ISDECIMAL(c)) {
            k |= DECIMAL;
        }
        ascii_class[c] = k;
    }
}

static inline unsigned
char_class(Py_UCS4 c)
{
    if (c < 128) {
        return ascii_class[c];
    }
    unsigned k = 0;
    if (Py_UNICODE_ISALNUM(c)) {
        k |= ALNUM | CONT;
    }
    if (Py_UNICODE_ISDECIMAL(c)) {
        k |= DECIMAL;
    }
    return k; /* '_' and the apostrophe are ASCII */
}

/* re's \w for str patterns (_sre's SRE_UNI_IS_WORD: alphanumeric or '_'). */
static inline int
is_word(Py_UCS4 c)
{
    return c < 128 ? ((ascii_class[c] & ALNUM) || c == '_') : Py_UNICODE_ISALNUM(c);
}

PyDoc_STRVAR(span_sums_doc,
"span_sums(low, spans) -> list[complex]\n\n"
"For each (start, end) in spans, the sum over the words of low[start:end] (re's\n"
"[^\\W_][\\w']*, decimal digits folded to '0', unfeatured words skipped) of the\n"
"word's entry plus the entry of the pair it starts, as the difference of one running\n"
"sum over all spans: SecondOpinion.span_sums, bit for bit.");

static PyObject *
SpanScorer_span_sums(SpanScorer *self, PyObject *args)
{
    PyObject *low, *spans;
    if (!PyArg_ParseTuple(args, "UO:span_sums", &low, &spans)) {
        return NULL;
    }
    PyObject *seq = PySequence_Fast(spans, "span_sums: spans must be a sequence");
    if (seq == NULL) {
        return NULL;
    }
    Py_ssize_t nspans = PySequence_Fast_GET_SIZE(seq);
    Py_ssize_t length = PyUnicode_GET_LENGTH(low);
    int kind = PyUnicode_KIND(low);
    const void *data = PyUnicode_DATA(low);
    PyObject *out = PyList_New(nspans);
    Py_UCS4 small[64];
    Py_UCS4 *tok = small;
    Py_ssize_t tok_cap = 64;
    if (out == NULL) {
        Py_DECREF(seq);
        return NULL;
    }
    double run_r = 0.0, run_i = 0.0;
    for (Py_ssize_t k = 0; k < nspans; k++) {
        Py_ssize_t a, b;
        PyObject *span = PySequence_Fast_GET_ITEM(seq, k);
        if (!PyTuple_Check(span) || !PyArg_ParseTuple(span, "nn:span_sums", &a, &b)) {
            if (!PyErr_Occurred()) {
                PyErr_SetString(PyExc_TypeError, "span_sums: a span is a (start, end) tuple");
            }
            goto fail;
        }
        if (a < 0 || b > length || a > b) {
            PyErr_Format(PyExc_ValueError, "span_sums: span %zd (%zd, %zd) is outside the text",
                         k, a, b);
            goto fail;
        }
        double before_r = run_r, before_i = run_i;
        int have_prev = 0;
        int32_t prev_id = -1;
        double prev_re = 0.0, prev_im = 0.0;
        Py_ssize_t i = a;
        while (i < b) {
            Py_UCS4 c = PyUnicode_READ(kind, data, i);
            if (!(char_class(c) & ALNUM)) {
                i++;
                continue;
            }
            Py_ssize_t n = 0;
            uint64_t h = HASH_INIT;
            for (; i < b; i++) {
                c = PyUnicode_READ(kind, data, i);
                unsigned k = char_class(c);
                if (!(k & CONT)) {
                    break;
                }
                if (k & DECIMAL) {
                    c = '0';
                }
                if (n == tok_cap) {
                    Py_ssize_t cap = tok_cap * 4;
                    Py_UCS4 *grown = PyMem_Malloc((size_t)cap * sizeof(Py_UCS4));
                    if (grown == NULL) {
                        PyErr_NoMemory();
                        goto fail;
                    }
                    memcpy(grown, tok, (size_t)n * sizeof(Py_UCS4));
                    if (tok != small) {
                        PyMem_Free(tok);
                    }
                    tok = grown;
                    tok_cap = cap;
                }
                tok[n++] = c;
                h = hash_step(h, c);
            }
            WordSlot *w = word_find(self, tok, n, hash_final(h));
            double w_re = 0.0, w_im = 0.0;
            int32_t id = -1;
            if (w->hash != 0) {
                if (w->unfeatured) {
                    continue; /* as if the word were not there: pairs skip it */
                }
                w_re = w->re;
                w_im = w->im;
                id = w->id;
            }
            if (have_prev) {
                double p_re = 0.0, p_im = 0.0;
                if (prev_id >= 0 && id >= 0) {
                    PairSlot *p =
                        pair_find(self, ((uint64_t)(prev_id + 1) << 32) | (uint64_t)(id + 1));
                    if (p->key != 0) {
                        p_re = p->re;
                        p_im = p->im;
                    }
                }
                run_r += prev_re + p_re;
                run_i += prev_im + p_im;
            }
            have_prev = 1;
            prev_id = id;
            prev_re = w_re;
            prev_im = w_im;
        }
        if (have_prev) {
            /* The last word's pair crosses the sentence end: it weighs nothing. */
            run_r += prev_re + 0.0;
            run_i += prev_im + 0.0;
        }
        /* The mark between sentences: a token that weighs nothing. */
        run_r += 0.0 + 0.0;
        run_i += 0.0 + 0.0;
        PyObject *d = PyComplex_FromDoubles(run_r - before_r, run_i - before_i);
        if (d == NULL) {
            goto fail;
        }
        PyList_SET_ITEM(out, k, d);
    }
    if (tok != small) {
        PyMem_Free(tok);
    }
    Py_DECREF(seq);
    return out;

fail:
    if (tok != small) {
        PyMem_Free(tok);
    }
    Py_DECREF(seq);
    Py_DECREF(out);
    return NULL;
}

static PyObject *
SpanScorer_sizes(SpanScorer *self, PyObject *Py_UNUSED(ignored))
{
    return Py_BuildValue("(nn)", (Py_ssize_t)self->n_words, (Py_ssize_t)self->n_pairs);
}

/* ---- sentence spans ----------------------------------------------------------- */

static inline int
is_closer(Py_UCS4 c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']';
}

static inline int
is_word_or_dot(Py_UCS4 c)
{
    return c == '.' || Py_UNICODE_ISALNUM(c) || c == '_';
}

/* Append (start, end) of text trimmed of white space, unless nothing is left. */
static int
add_trimmed(PyObject *out, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    while (start < end && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, start))) {
        start++;
    }
    while (end > start && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, end - 1))) {
        end--;
    }
    if (start >= end) {
        return 0;
    }
    PyObject *span = Py_BuildValue("(nn)", start, end);
    if (span == NULL) {
        return -1;
    }
    int rc = PyList_Append(out, span);
    Py_DECREF(span);
    return rc;
}

/* Whether the full stop at stop - 1 ends an abbreviation or an initial: the word
 * before it (re's ([\w.]+)[.!?]*$ searched in text[lo:stop]), lower-cased and without
 * its dots, is in abbreviations or is one letter. 1, 0, or -1 on error. */
static int
after_abbreviation(PyObject *text, int kind, const void *data, Py_ssize_t lo,
                   Py_ssize_t stop, PyObject *abbreviations)
{
    for (Py_ssize_t i = lo; i < stop; i++) {
        if (!is_word_or_dot(PyUnicode_READ(kind, data, i))) {
            continue;
        }
        Py_ssize_t j = i;
        while (j < stop && is_word_or_dot(PyUnicode_READ(kind, data, j))) {
            j++;
        }
        Py_ssize_t t = j;
        while (t < stop) {
            Py_UCS4 c = PyUnicode_READ(kind, data, t);
            if (c != '.' && c != '!' && c != '?') {
                break;
            }
            t++;
        }
        if (t < stop) {
            continue; /* no match starting at i */
        }
        PyObject *raw = PyUnicode_Substring(text, i, j);
        if (raw == NULL) {
            return -1;
        }
        PyObject *lowered = PyObject_CallMethod(raw, "lower", NULL);
        Py_DECREF(raw);
        if (lowered == NULL) {
            return -1;
        }
        Py_ssize_t n = PyUnicode_GET_LENGTH(lowered);
        while (n > 0 && PyUnicode_READ_CHAR(lowered, n - 1) == '.') {
            n--;
        }
        PyObject *word = PyUnicode_Substring(lowered, 0, n);
        Py_DECREF(lowered);
        if (word == NULL) {
            return -1;
        }
        int found = PySet_Contains(abbreviations, word);
        if (found == 0 && n == 1) {
            found = Py_UNICODE_ISALPHA(PyUnicode_READ_CHAR(word, 0)) ? 1 : 0;
        }
        Py_DECREF(word);
        return found;
    }
    return 0;
}

PyDoc_STRVAR(sentence_spans_doc,
"sentence_spans(text, abbreviations) -> list[tuple[int, int]]\n\n"
"candor.language.classifier.sentence_spans, compiled: the (start, end) of each\n"
"non-blank sentence of text, trimmed.");

static PyObject *
sentence_spans(PyObject *module, PyObject *args)
{
    PyObject *text, *abbreviations;
    if (!PyArg_ParseTuple(args, "UO:sentence_spans", &text, &abbreviations)) {
        return NULL;
    }
    if (!PyAnySet_Check(abbreviations)) {
        PyErr_SetString(PyExc_TypeError, "sentence_spans: abbreviations must be a set");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    Py_ssize_t pos = 0, i = 0;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        Py_ssize_t end, after;
        if (c == '.' || c == '!' || c == '?') {
            /* [.!?] then closing quotes and brackets, then at least one space */
            Py_ssize_t q = i + 1;
            while (q < n && is_closer(PyUnicode_READ(kind, data, q))) {
                q++;
            }
            after = q;
            while (after < n && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, after))) {
                after++;
            }
            if (after == q) {
                i++;
                continue;
            }
            end = q;
            if (c == '.') {
                Py_ssize_t lo = i + 1 - 12 > pos ? i + 1 - 12 : pos;
                int abbr = after_abbreviation(text, kind, data, lo, i + 1, abbreviations);
                if (abbr < 0) {
                    goto fail;
                }
                if (abbr) {
                    i = after; /* "Ms. Patel", "J. Smith", "e.g. Excel": no sentence end */
                    continue;
                }
            }
        }
        else if (c == '\n') {
            end = i + 1;
            after = end;
            while (after < n && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, after))) {
                after++;
            }
        }
        else {
            i++;
            continue;
        }
        if (add_trimmed(out, kind, data, pos, end) < 0) {
            goto fail;
        }
        pos = after;
        i = after;
    }
    if (add_trimmed(out, kind, data, pos, n) < 0) {
        goto fail;
    }
    return out;

fail:
    Py_DECREF(out);
    return NULL;
}

/* ---- the rules' scan ----------------------------------------------------------- */

/* Scanner mirrors the scan of candor.language.prefilter.Prefilter.pattern, re's
 * \W(?=TRIE) over " " + text: every literal of every rule in one trie, each with the
 * rest of pattern that must follow it. It walks the trie in C at each word start and
 * asks re only about rests whose first two characters can follow (a table per
 * literal), so that of about 200,000 literal ends met in a megabyte of notes, about
 * 60,000 reach re and about 4,000 match. */

enum { REST_ALWAYS = 0, REST_BOUNDARY = 1, REST_REGEX = 2 };

typedef struct {
    int32_t first_edge;
    int32_t n_edges;
    int32_t lit; /* literal ending here, or -1 */
} ScanNode;

typedef struct {
    uint32_t ch;
    int32_t child;
} ScanEdge;

/* The characters that may follow a rest's first character (from its table). */
typedef struct {
    int32_t first;    /* ASCII code, or 128 for every non-ASCII character */
    int32_t any;      /* every character may follow */
    int32_t nonascii; /* a non-ASCII character may follow */
    uint64_t mask[2]; /* the ASCII ones that may */
} ScanSecond;

typedef struct {
    int32_t len;
    int32_t kind;
    int32_t any_first; /* no table: every rest is asked */
    int32_t nonascii;  /* the rest may start with a non-ASCII character */
    uint64_t first[2]; /* ASCII characters a rest may start with */
    int32_t second_at; /* its ScanSecond entries: seconds[second_at : second_at + n] */
    int32_t n_second;
    PyObject *source;  /* the rest's pattern source (REST_REGEX) */
    PyObject *match;   /* its compiled pattern's bound match, made on first use */
} ScanLit;

typedef struct {
    PyObject_HEAD
    ScanNode *nodes;
    Py_ssize_t n_nodes;
    ScanEdge *edges;
    Py_ssize_t n_edges;
    ScanLit *lits;
    Py_ssize_t n_lits;
    ScanSecond *seconds;
    Py_ssize_t n_seconds;
    PyObject *compile; /* source -> compiled pattern */
    /* Counts since construction, for the benchmark: word starts walked, literal ends
     * met, rests asked of re, rests re matched. */
    unsigned long long n_starts, n_ends, n_asked, n_matched;
} Scanner;

static void
Scanner_dealloc(Scanner *self)
{
    for (Py_ssize_t i = 0; i < self->n_lits; i++) {
        Py_XDECREF(self->lits[i].source);
        Py_XDECREF(self->lits[i].match);
    }
    PyMem_Free(self->nodes);
    PyMem_Free(self->edges);
    PyMem_Free(self->lits);
    PyMem_Free(self->seconds);
    Py_XDECREF(self->compile);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* Copy a buffer of int32 values (an array('i') or bytes) into a new C array. */
static int32_t *
int32_copy(PyObject *obj, Py_ssize_t *count, const char *what)
{
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) < 0) {
        return NULL;
    }
    if (view.len % (Py_ssize_t)sizeof(int32_t) != 0) {
        PyBuffer_Release(&view);
        PyErr_Format(PyExc_ValueError, "Scanner: %s is not a whole number of int32", what);
        return NULL;
    }
    int32_t *out = PyMem_Malloc(view.len ? (size_t)view.len : 1);
    if (out == NULL) {
        PyBuffer_Release(&view);
        PyErr_NoMemory();
        return NULL;
    }
    memcpy(out, view.buf, (size_t)view.len);
    *count = view.len / (Py_ssize_t)sizeof(int32_t);
    PyBuffer_Release(&view);
    return out;
}

static PyObject *
Scanner_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"nodes", "edges", "literals", "compile", NULL};
    PyObject *nodes_buf, *edges_buf, *literals, *compile;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OOO!O:Scanner", kwlist, &nodes_buf,
                                     &edges_buf, &PyList_Type, &literals, &compile)) {
        return NULL;
    }
    if (!PyCallable_Check(compile)) {
        PyErr_SetString(PyExc_TypeError, "Scanner: compile must be callable");
        return NULL;
    }
    Scanner *s = (Scanner *)type->tp_alloc(type, 0);
    if (s == NULL) {
        return NULL;
    }
    Py_INCREF(compile);
    s->compile = compile;
    Py_ssize_t n;
    int32_t *raw = int32_copy(nodes_buf, &n, "nodes");
    if (raw == NULL) {
        goto fail;
    }
    s->nodes = (ScanNode *)raw;
    s->n_nodes = n / 3;
    raw = int32_copy(edges_buf, &n, "edges");
    if (raw == NULL) {
        goto fail;
    }
    s->edges = (ScanEdge *)raw;
    s->n_edges = n / 2;
    s->n_lits = PyList_GET_SIZE(literals);
    s->lits = PyMem_Calloc(s->n_lits ? (size_t)s->n_lits : 1, sizeof(ScanLit));
    if (s->lits == NULL || s->n_nodes < 1) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_ValueError, "Scanner: no root node");
        }
        goto fail;
    }
    for (Py_ssize_t i = 0; i < s->n_lits; i++) {
        /* (length, kind, any_first, nonascii, first_lo, first_hi, source or None,
         *  [(first, any, nonascii, lo, hi), ...] sorted by first) */
        ScanLit *lit = &s->lits[i];
        PyObject *source, *seconds;
        unsigned long long lo, hi;
        if (!PyArg_ParseTuple(PyList_GET_ITEM(literals, i), "iiiiKKOO!:Scanner", &lit->len,
                              &lit->kind, &lit->any_first, &lit->nonascii, &lo, &hi, &source,
                              &PyList_Type, &seconds)) {
            goto fail;
        }
        lit->first[0] = lo;
        lit->first[1] = hi;
        Py_ssize_t n2 = PyList_GET_SIZE(seconds);
        if (n2 > 129) {
            PyErr_SetString(PyExc_ValueError, "Scanner: more than 129 first characters");
            goto fail;
        }
        if (n2 > 0) {
            ScanSecond *grown = PyMem_Realloc(s->seconds, (size_t)(s->n_seconds + n2) *
                                                              sizeof(ScanSecond));
            if (grown == NULL) {
                PyErr_NoMemory();
                goto fail;
            }
            s->seconds = grown;
        }
        lit->second_at = (int32_t)s->n_seconds;
        lit->n_second = (int32_t)n2;
        for (Py_ssize_t j = 0; j < n2; j++) {
            ScanSecond *sec = &s->seconds[s->n_seconds + j];
            unsigned long long lo2, hi2;
            if (!PyArg_ParseTuple(PyList_GET_ITEM(seconds, j), "iiiKK:Scanner", &sec->first,
                                  &sec->any, &sec->nonascii, &lo2, &hi2)) {
                goto fail;
            }
            sec->mask[0] = lo2;
            sec->mask[1] = hi2;
            if (sec->first < 0 || sec->first > 128 ||
                (j > 0 && sec->first <= s->seconds[s->n_seconds + j - 1].first)) {
                PyErr_SetString(PyExc_ValueError,
                                "Scanner: first characters must be 0-128, in order");
                goto fail;
            }
        }
        s->n_seconds += n2;
        if (lit->kind == REST_REGEX) {
            if (!PyUnicode_Check(source)) {
                PyErr_SetString(PyExc_TypeError, "Scanner: a regex rest needs its source");
                goto fail;
            }
            Py_INCREF(source);
            lit->source = source;
        }
        else if (lit->kind != REST_ALWAYS && lit->kind != REST_BOUNDARY) {
            PyErr_SetString(PyExc_ValueError, "Scanner: unknown rest kind");
            goto fail;
        }
        if (lit->len < 1 || lit->len > 256) {
            PyErr_SetString(PyExc_ValueError, "Scanner: a literal has 1 to 256 characters");
            goto fail;
        }
    }
    /* Every index must stay inside the tables: the scan trusts them. */
    for (Py_ssize_t i = 0; i < s->n_nodes; i++) {
        ScanNode *nd = &s->nodes[i];
        if (nd->first_edge < 0 || nd->n_edges < 0 ||
            (Py_ssize_t)nd->first_edge + nd->n_edges > s->n_edges || nd->lit < -1 ||
            nd->lit >= s->n_lits) {
            PyErr_Format(PyExc_ValueError, "Scanner: node %zd is out of range", i);
            goto fail;
        }
    }
    for (Py_ssize_t i = 0; i < s->n_edges; i++) {
        if (s->edges[i].child <= 0 || s->edges[i].child >= s->n_nodes) {
            PyErr_Format(PyExc_ValueError, "Scanner: edge %zd is out of range", i);
            goto fail;
        }
    }
    return (PyObject *)s;

fail:
    Py_DECREF(s);
    return NULL;
}

static inline int32_t
scan_child(const Scanner *s, const ScanNode *nd, Py_UCS4 c)
{
    const ScanEdge *e = s->edges + nd->first_edge;
    Py_ssize_t lo = 0, hi = nd->n_edges;
    while (lo < hi) { /* edges are sorted by character */
        Py_ssize_t mid = (lo + hi) / 2;
        if (e[mid].ch < c) {
            lo = mid + 1;
        }
        else {
            hi = mid;
        }
    }
    return (lo < nd->n_edges && e[lo].ch == c) ? e[lo].child : -1;
}

/* Whether literal `lit`'s rest matches text at `at` (1, 0, or -1 on error). */
static int
rest_matches(Scanner *s, ScanLit *lit, PyObject *text, int kind, const void *data,
             Py_ssize_t n, Py_ssize_t at)
{
    if (lit->kind == REST_ALWAYS) {
        return 1;
    }
    if (lit->kind == REST_BOUNDARY) {
        return at >= n || !is_word(PyUnicode_READ(kind, data, at));
    }
    if (!lit->any_first) {
        if (at >= n) {
            return 0; /* a rest that can match nothing has a table */
        }
        Py_UCS4 c = PyUnicode_READ(kind, data, at);
        if (c < 128 ? !((lit->first[c >> 6] >> (c & 63)) & 1) : !lit->nonascii) {
            return 0;
        }
        if (lit->n_second > 0 && at + 1 < n) {
            /* The second character, by the table of the first (sorted: a binary search). */
            int32_t code = c < 128 ? (int32_t)c : 128;
            const ScanSecond *sec = s->seconds + lit->second_at;
            Py_ssize_t lo = 0, hi = lit->n_second;
            while (lo < hi) {
                Py_ssize_t mid = (lo + hi) / 2;
                if (sec[mid].first < code) {
                    lo = mid + 1;
                }
                else {
                    hi = mid;
                }
            }
            if (lo == lit->n_second || sec[lo].first != code) {
                return 0;
            }
            if (!sec[lo].any) {
                Py_UCS4 c2 = PyUnicode_READ(kind, data, at + 1);
                if (c2 < 128 ? !((sec[lo].mask[c2 >> 6] >> (c2 & 63)) & 1) : !sec[lo].nonascii) {
                    return 0;
                }
            }
        }
    }
    if (lit->match == NULL) {
        /* Compiling runs Python code, during which another thread may scan (the web
         * app's workers share one engine) and store its own: keep the first stored. */
        PyObject *pattern = PyObject_CallOneArg(s->compile, lit->source);
        if (pattern == NULL) {
            return -1;
        }
        PyObject *match = PyObject_GetAttrString(pattern, "match");
        Py_DECREF(pattern);
        if (match == NULL) {
            return -1;
        }
        if (lit->match == NULL) {
            lit->match = match;
        }
        else {
            Py_DECREF(match);
        }
    }
    PyObject *pos = PyLong_FromSsize_t(at);
    if (pos == NULL) {
        return -1;
    }
    PyObject *argv[2] = {text, pos};
    PyObject *m = PyObject_Vectorcall(lit->match, argv, 2, NULL);
    Py_DECREF(pos);
    if (m == NULL) {
        return -1;
    }
    int found = m != Py_None;
    s->n_asked++;
    s->n_matched += (unsigned long long)found;
    Py_DECREF(m);
    return found;
}

PyDoc_STRVAR(scan_doc,
"scan(spaced) -> list[tuple[int, int]]\n\n"
"For spaced = ' ' + text: (position in text, length of the longest literal there) for\n"
"every word start where some literal and its rest match, as Prefilter.pattern's\n"
"finditer reports them.");

static PyObject *
Scanner_scan(Scanner *self, PyObject *args)
{
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U:scan", &text)) {
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    int32_t ends_lit[256];
    Py_ssize_t ends_at[256];
    const ScanNode *root = &self->nodes[0];
    for (Py_ssize_t k = 0; k + 1 < n; k++) {
        if (is_word(PyUnicode_READ(kind, data, k))) {
            continue;
        }
        const ScanNode *nd = root;
        int nends = 0;
        self->n_starts++;
        for (Py_ssize_t j = k + 1; j < n && nd->n_edges; j++) {
            int32_t child = scan_child(self, nd, PyUnicode_READ(kind, data, j));
            if (child < 0) {
                break;
            }
            nd = &self->nodes[child];
            if (nd->lit >= 0 && nends < 256) {
                ends_lit[nends] = nd->lit;
                ends_at[nends] = j + 1;
                nends++;
            }
        }
        if (nends == 0) {
            continue;
        }
        self->n_ends += (unsigned long long)nends;
        /* The cheap rests first, then re, deepest literal first as re tries them. */
        int found = 0;
        for (int e = 0; e < nends && !found; e++) {
            ScanLit *lit = &self->lits[ends_lit[e]];
            if (lit->kind != REST_REGEX) {
                found = rest_matches(self, lit, text, kind, data, n, ends_at[e]);
            }
        }
        for (int e = nends - 1; e >= 0 && !found; e--) {
            ScanLit *lit = &self->lits[ends_lit[e]];
            if (lit->kind == REST_REGEX) {
                found = rest_matches(self, lit, text, kind, data, n, ends_at[e]);
                if (found < 0) {
                    goto fail;
                }
            }
        }
        if (found) {
            PyObject *hit = Py_BuildValue("(ni)", k, self->lits[ends_lit[nends - 1]].len);
            if (hit == NULL || PyList_Append(out, hit) < 0) {
                Py_XDECREF(hit);
                goto fail;
            }
            Py_DECREF(hit);
        }
    }
    return out;

fail:
    Py_DECREF(out);
    return NULL;
}

static PyObject *
Scanner_counts(Scanner *self, PyObject *Py_UNUSED(ignored))
{
    return Py_BuildValue("{sKsKsKsK}", "word_starts", self->n_starts, "literal_ends",
                         self->n_ends, "asked_re", self->n_asked, "re_matched",
                         self->n_matched);
}

static PyMethodDef Scanner_methods[] = {
    {"scan", (PyCFunction)Scanner_scan, METH_VARARGS, scan_doc},
    {"counts", (PyCFunction)Scanner_counts, METH_NOARGS,
     "counts() -> dict: word starts walked, literal ends met, rests asked of re and\n"
     "matched by it, since the scanner was built."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject ScannerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "candor_speedups.Scanner",
    .tp_doc = PyDoc_STR("Scanner(nodes, edges, literals, compile): the rules' scan.\n\n"
                        "Built by candor.language.prefilter.Prefilter.scanner."),
    .tp_basicsize = sizeof(Scanner),
    .tp_itemsize = 0,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = Scanner_new,
    .tp_dealloc = (destructor)Scanner_dealloc,
    .tp_methods = Scanner_methods,
};

static PyMethodDef module_methods[] = {
    {"sentence_spans", sentence_spans, METH_VARARGS, sentence_spans_doc},
    {NULL, NULL, 0, NULL},
};

static PyMethodDef SpanScorer_methods[] = {
    {"span_sums", (PyCFunction)SpanScorer_span_sums, METH_VARARGS, span_sums_doc},
    {"sizes", (PyCFunction)SpanScorer_sizes, METH_NOARGS,
     "sizes() -> (words, pairs): how many entries the tables hold."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject SpanScorerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "candor_speedups.SpanScorer",
    .tp_doc = PyDoc_STR("SpanScorer(entries, unfeatured): the second opinion's sums.\n\n"
                        "entries maps a word (str) or a pair of words (tuple) to a complex\n"
                        "(idf * weight + idf ** 2 j); unfeatured words are skipped."),
    .tp_basicsize = sizeof(SpanScorer),
    .tp_itemsize = 0,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = SpanScorer_new,
    .tp_dealloc = (destructor)SpanScorer_dealloc,
    .tp_methods = SpanScorer_methods,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    "candor_speedups",
    "Compiled twins of candor.language's hottest loops (optional; docs/architecture.md).",
    -1,
    module_methods,
};

PyMODINIT_FUNC
PyInit_candor_speedups(void)
{
    init_ascii_class();
    if (PyType_Ready(&SpanScorerType) < 0 || PyType_Ready(&ScannerType) < 0) {
        return NULL;
    }
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) {
        return NULL;
    }
    Py_INCREF(&SpanScorerType);
    if (PyModule_AddObject(m, "SpanScorer", (PyObject *)&SpanScorerType) < 0) {
        Py_DECREF(&SpanScorerType);
        Py_DECREF(m);
        return NULL;
    }
    Py_INCREF(&ScannerType);
    if (PyModule_AddObject(m, "Scanner", (PyObject *)&ScannerType) < 0) {
        Py_DECREF(&ScannerType);
        Py_DECREF(m);
        return NULL;
    }
    if (PyModule_AddIntConstant(m, "VERSION", 3) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
