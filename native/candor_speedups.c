/* candor_speedups: compiled twins of the language engine's hottest pure-Python loops.
 *
 * Optional: candor.language uses this module when it is installed (the `speedups`
 * extra) and its pure-Python code otherwise. Each function here must give exactly what
 * its Python twin gives; tests/core/language/test_speedups.py compares them bit for bit
 * on the whole corpus and on generated text.
 *
 * SpanScorer mirrors candor.language.classifier.SecondOpinion.span_sums: per sentence,
 * the sums over its word and word-pair features; and its category logits (category_z)
 * and word counts (word_counts, behind knows). It keeps the model's entries in two
 * open-addressing tables of plain C structs (words by their characters, pairs by two
 * word numbers), so that a token costs one or two cache misses and no Python object.
 *
 * Rx answers re's pattern.match(text, pos, endpos) for the scan's rests (its twin is re
 * itself; tests/core/language/test_rxprog.py) and runs the engine's homonym test
 * (covers), and Scanner walks the trie of the rules' literals
 * (candor.language.prefilter.Prefilter.pattern's twin).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

/* ---- large tables -------------------------------------------------------------- */

/* The scan's tables and the scorer's (about 27 MB together) are read at random, a few
 * places per word. With the system's 4 KB pages each of those reads may also miss the
 * processor's table of page addresses (its TLB covers about 8 MB), and on a virtual
 * machine such a miss costs a walk of two sets of page tables. A table of a megabyte or
 * more is therefore mapped on its own, aligned to 2 MB, and the system is asked for
 * 2 MB pages there (madvise: Linux grants them where transparent huge pages are
 * enabled for the asking, and the table works the same where it does not). A header
 * before the table keeps the length of the mapping, or 0 for a block of the heap. */
#define BIG_HEADER 64
#define BIG_PAGE ((size_t)2 << 20)
#define BIG_MIN ((size_t)1 << 20)

/* A zeroed block of size bytes for a large table; NULL when memory runs out. */
static void *
big_calloc(size_t size)
{
    size_t total = size + BIG_HEADER;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (total >= BIG_MIN) {
        size_t len = (total + BIG_PAGE - 1) & ~(BIG_PAGE - 1);
        char *m = mmap(NULL, len + BIG_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                       -1, 0);
        if (m == MAP_FAILED) {
            goto heap; /* (a mapping refused: the heap may still have room) */
        }
        char *a = (char *)(((uintptr_t)m + BIG_PAGE - 1) & ~(uintptr_t)(BIG_PAGE - 1));
        if (a > m) {
            munmap(m, (size_t)(a - m));
        }
        if (m + len + BIG_PAGE > a + len) {
            munmap(a + len, (size_t)((m + len + BIG_PAGE) - (a + len)));
        }
        (void)madvise(a, len, MADV_HUGEPAGE); /* refused: small pages, the same table */
        memcpy(a, &len, sizeof(len));
        return a + BIG_HEADER;
    }
heap:; /* (an empty statement: a declaration follows) */
#endif
    char *p = PyMem_RawCalloc(1, total);
    if (p == NULL) {
        return NULL;
    }
    return p + BIG_HEADER; /* (a header of zeros: a block of the heap) */
}

static void
big_free(void *table)
{
    if (table == NULL) {
        return;
    }
    char *p = (char *)table - BIG_HEADER;
    size_t len;
    memcpy(&len, p, sizeof(len));
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (len) {
        munmap(p, len);
        return;
    }
#endif
    PyMem_RawFree(p);
}

/* Move each of the n tables *tables[i] (sizes[i] bytes from PyMem_Malloc, or NULL)
 * into a big_calloc block: 0, or -1 with MemoryError, every table then unchanged. */
static int
big_settle(void **tables[], const size_t sizes[], int n)
{
    void *moved[8] = {NULL};
    assert(n <= 8);
    for (int i = 0; i < n; i++) {
        if (*tables[i] != NULL && (moved[i] = big_calloc(sizes[i] ? sizes[i] : 1)) == NULL) {
            for (int j = 0; j < i; j++) {
                big_free(moved[j]);
            }
            PyErr_NoMemory();
            return -1;
        }
    }
    for (int i = 0; i < n; i++) {
        if (*tables[i] != NULL) {
            memcpy(moved[i], *tables[i], sizes[i]);
            PyMem_Free(*tables[i]);
            *tables[i] = moved[i];
        }
    }
    return 0;
}

/* ---- tables ------------------------------------------------------------------- */

typedef struct {
    uint64_t hash;      /* 0: empty slot */
    int32_t off;        /* the word's characters: arena[off : off + len] */
    int32_t len;
    int32_t id;         /* number used in pair keys; -1: in no pair */
    int32_t cat;        /* its row of the category weights + 1; 0: none */
    double re, im;      /* the word's own entry (0 when it has none) */
    uint8_t unfeatured; /* skipped like a word of UNFEATURED */
    uint8_t own;        /* it has an entry of its own (not only as part of a pair) */
    uint8_t cue;        /* it may be named as a cue (cue_sums) */
} WordSlot;

typedef struct {
    uint64_t key; /* ((first id + 1) << 32) | (second id + 1); 0: empty slot */
    double re, im;
    int32_t cat;  /* its row of the category weights + 1; 0: none */
    uint8_t own;  /* it has an entry (not only a row of the category weights) */
    uint8_t cue;  /* it may be named as a cue (cue_sums) */
} PairSlot;

typedef struct {
    PyObject_HEAD
    WordSlot *words;
    size_t words_mask;
    size_t n_words;
    PairSlot *pairs;
    size_t pairs_mask;
    size_t n_pairs;
    /* A bit per pair key's hash (PAIR_BITS of them): most word pairs of a text are not
     * in the table, and this 256 KB, which stays in the processor's cache, says so
     * without a probe of the 8 MB table (pair_get). */
    uint64_t *pair_bits;
    Py_UCS4 *arena;
    Py_ssize_t arena_len;
    Py_ssize_t arena_cap;
    int32_t next_id;
    /* The category models (SecondOpinion._cat): per row, idf ** 2 and then n_cat
     * weights (idf * weight of each category); rows are numbered from 0. */
    double *cat_rows;
    int32_t n_cat;
    Py_ssize_t n_rows; /* rows of cat_rows */
    int big;           /* the tables are big_calloc blocks (once built) */
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

/* Whether a[:n] == b[:n]: words are short, and a loop here is cheaper than a call to
 * memcmp (which was a third of the sums' table look-ups). */
static inline int
ucs4_equal(const Py_UCS4 *a, const Py_UCS4 *b, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        if (a[i] != b[i]) {
            return 0;
        }
    }
    return 1;
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
            ucs4_equal(s->arena + w->off, chars, len)) {
            return w;
        }
        i = (i + 1) & s->words_mask;
    }
}

#define PAIR_BITS_LOG 21

static inline size_t
pair_bit(uint64_t hash)
{
    return (size_t)(hash >> (64 - PAIR_BITS_LOG)); /* (the table's index takes the low bits) */
}

/* The pair's slot, or NULL when the table lacks it. */
static inline const PairSlot *
pair_get(const SpanScorer *s, uint64_t key)
{
    uint64_t h = mix64(key);
    size_t bit = pair_bit(h);
    if (!((s->pair_bits[bit >> 6] >> (bit & 63)) & 1)) {
        return NULL;
    }
    size_t i = (size_t)h & s->pairs_mask;
    for (;;) {
        const PairSlot *p = &s->pairs[i];
        if (p->key == key) {
            return p;
        }
        if (p->key == 0) {
            return NULL;
        }
        i = (i + 1) & s->pairs_mask;
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
        w->cat = 0;
        w->own = 0;
        w->cue = 0;
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
    void (*release)(void *) = self->big ? big_free : PyMem_Free;
    release(self->words);
    release(self->pairs);
    release(self->pair_bits);
    release(self->arena);
    release(self->cat_rows);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* The scorer's tables, built: moved into big_calloc blocks. 0, or -1 with an error. */
static int
scorer_settle(SpanScorer *s)
{
    void **tables[] = {(void **)&s->words, (void **)&s->pairs, (void **)&s->pair_bits,
                       (void **)&s->arena, (void **)&s->cat_rows};
    const size_t sizes[] = {
        (s->words_mask + 1) * sizeof(WordSlot),
        (s->pairs_mask + 1) * sizeof(PairSlot),
        ((size_t)1 << (PAIR_BITS_LOG - 6)) * sizeof(uint64_t),
        (size_t)s->arena_cap * sizeof(Py_UCS4),
        (size_t)s->n_rows * (size_t)(s->n_cat + 1) * sizeof(double),
    };
    if (big_settle(tables, sizes, 5) < 0) {
        return -1;
    }
    s->big = 1;
    return 0;
}

/* The slot of the pair (a, b), added (with no entry) if missing; NULL on error. */
static PairSlot *
pair_add(SpanScorer *s, PyObject *a_word, PyObject *b_word)
{
    WordSlot *a = word_add(s, a_word);
    if (a == NULL) {
        return NULL;
    }
    int32_t ia = word_id(s, a);
    WordSlot *b = word_add(s, b_word);
    if (b == NULL) {
        return NULL;
    }
    int32_t ib = word_id(s, b);
    uint64_t pk = ((uint64_t)(ia + 1) << 32) | (uint64_t)(ib + 1);
    if (table_grow((void **)&s->pairs, &s->pairs_mask, s->n_pairs, sizeof(PairSlot),
                   pair_slot_key) < 0) {
        return NULL;
    }
    PairSlot *p = pair_find(s, pk);
    if (p->key == 0) {
        size_t bit = pair_bit(mix64(pk));
        s->pair_bits[bit >> 6] |= (uint64_t)1 << (bit & 63);
        s->n_pairs++;
        p->key = pk;
        p->re = 0.0;
        p->im = 0.0;
        p->cat = 0;
        p->own = 0;
        p->cue = 0;
    }
    return p;
}

/* Add the category models: feature (word, or pair of words) -> (idf ** 2, (idf *
 * weight of each category, ...)), every tuple of weights as long as the first. */
static int
scorer_add_categories(SpanScorer *s, PyObject *categories)
{
    Py_ssize_t rows = PyDict_GET_SIZE(categories);
    PyObject *key, *value;
    Py_ssize_t pos = 0, row = 0;
    while (PyDict_Next(categories, &pos, &key, &value)) {
        PyObject *weights;
        double n2;
        if (!PyTuple_Check(value) || !PyArg_ParseTuple(value, "dO!:SpanScorer", &n2,
                                                        &PyTuple_Type, &weights)) {
            if (!PyErr_Occurred()) {
                PyErr_SetString(PyExc_TypeError,
                                "SpanScorer: a category entry is (float, tuple of floats)");
            }
            return -1;
        }
        Py_ssize_t m = PyTuple_GET_SIZE(weights);
        if (s->cat_rows == NULL) {
            if (m < 1 || m > 64) {
                PyErr_SetString(PyExc_ValueError, "SpanScorer: 1 to 64 categories");
                return -1;
            }
            s->n_cat = (int32_t)m;
            s->n_rows = rows;
            s->cat_rows = PyMem_Calloc((size_t)rows * (size_t)(m + 1), sizeof(double));
            if (s->cat_rows == NULL) {
                PyErr_NoMemory();
                return -1;
            }
        }
        else if (m != s->n_cat) {
            PyErr_SetString(PyExc_ValueError,
                            "SpanScorer: every category entry has as many weights");
            return -1;
        }
        double *r = s->cat_rows + row * (s->n_cat + 1);
        r[0] = n2;
        for (Py_ssize_t c = 0; c < m; c++) {
            r[1 + c] = PyFloat_AsDouble(PyTuple_GET_ITEM(weights, c));
            if (r[1 + c] == -1.0 && PyErr_Occurred()) {
                return -1;
            }
        }
        if (PyTuple_Check(key)) {
            if (PyTuple_GET_SIZE(key) != 2) {
                PyErr_SetString(PyExc_ValueError, "SpanScorer: a pair key has two words");
                return -1;
            }
            PairSlot *p = pair_add(s, PyTuple_GET_ITEM(key, 0), PyTuple_GET_ITEM(key, 1));
            if (p == NULL) {
                return -1;
            }
            p->cat = (int32_t)row + 1;
        }
        else {
            WordSlot *w = word_add(s, key);
            if (w == NULL) {
                return -1;
            }
            w->cat = (int32_t)row + 1;
        }
        row++;
    }
    return 0;
}

/* Mark the features that cue_sums may name: each a word or a pair with an entry. */
static int
scorer_mark_cues(SpanScorer *s, PyObject *cues)
{
    PyObject *it = PyObject_GetIter(cues);
    if (it == NULL) {
        return -1;
    }
    PyObject *key;
    while ((key = PyIter_Next(it)) != NULL) {
        int own;
        if (PyTuple_Check(key)) {
            PairSlot *p = PyTuple_GET_SIZE(key) != 2
                              ? NULL
                              : pair_add(s, PyTuple_GET_ITEM(key, 0), PyTuple_GET_ITEM(key, 1));
            if (p != NULL) {
                p->cue = 1;
            }
            own = p != NULL && p->own;
        }
        else {
            WordSlot *w = word_add(s, key);
            if (w != NULL) {
                w->cue = 1;
            }
            own = w != NULL && w->own;
        }
        if (!own) {
            if (!PyErr_Occurred()) {
                PyErr_Format(PyExc_ValueError, "SpanScorer: cue %R has no entry", key);
            }
            Py_DECREF(key);
            Py_DECREF(it);
            return -1;
        }
        Py_DECREF(key);
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
}

static PyObject *
SpanScorer_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"entries", "unfeatured", "categories", "cues", NULL};
    PyObject *entries, *unfeatured, *categories = NULL, *cues = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O!O|O!O:SpanScorer", kwlist, &PyDict_Type,
                                     &entries, &unfeatured, &PyDict_Type, &categories,
                                     &cues)) {
        return NULL;
    }
    if (!PyAnySet_Check(unfeatured) || (cues != NULL && !PyAnySet_Check(cues))) {
        PyErr_SetString(PyExc_TypeError,
                        "SpanScorer: unfeatured and cues must be sets or frozensets");
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
    s->pair_bits = PyMem_Calloc((size_t)1 << (PAIR_BITS_LOG - 6), sizeof(uint64_t));
    if (s->words == NULL || s->pairs == NULL || s->pair_bits == NULL) {
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
            PairSlot *p = pair_add(s, PyTuple_GET_ITEM(key, 0), PyTuple_GET_ITEM(key, 1));
            if (p == NULL) {
                goto fail;
            }
            p->re = re;
            p->im = im;
            p->own = 1;
        }
        else {
            WordSlot *w = word_add(s, key);
            if (w == NULL) {
                goto fail;
            }
            w->re = re;
            w->im = im;
            w->own = 1;
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
    if (categories != NULL && scorer_add_categories(s, categories) < 0) {
        goto fail;
    }
    if (cues != NULL && scorer_mark_cues(s, cues) < 0) {
        goto fail;
    }
    if (scorer_settle(s) < 0) {
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
/* The same for every Latin-1 character: a str of them only (most notes) is split with
 * one look-up a character (span_words_read). */
static unsigned char latin1_class[256];
/* Per Latin-1 character: re's \w (alphanumeric, or '_'), as is_word answers. */
static unsigned char latin1_word[256];

static void
init_ascii_class(void)
{
    for (Py_UCS4 c = 0; c < 256; c++) {
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
        if (c < 128) {
            ascii_class[c] = k;
        }
        latin1_class[c] = k;
        latin1_word[c] = (unsigned char)(Py_UNICODE_ISALNUM(c) || c == '_');
    }
}

static inline unsigned
char_class(Py_UCS4 c)
{
    if (c < 256) {
        return latin1_class[c];
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

/* Append a new reference to list (0), or give -1 when it is NULL or cannot be added. */
/* t (a new tuple, or NULL), no longer tracked by the garbage collector when none of its
 * items is: what the collector itself does to such a tuple at its first look
 * (_PyTuple_MaybeUntrack), done at once. The scan's and the sentence splitter's tuples of
 * numbers, which the engine holds for a batch, then never cost a collection anything. */
static PyObject *
untracked(PyObject *t)
{
    if (t == NULL || !PyTuple_CheckExact(t) || !PyObject_GC_IsTracked(t)) {
        return t;
    }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(t); i++) {
        PyObject *item = PyTuple_GET_ITEM(t, i);
        if (PyObject_IS_GC(item) && PyObject_GC_IsTracked(item)) {
            return t;
        }
    }
    PyObject_GC_UnTrack(t);
    return t;
}

/* settle(obj): what the collector does to a tuple of atoms at its first look, for an
 * object of an immutable type. The engine's findings and reports hold only strings,
 * numbers and tuples of findings, so they can never be part of a reference cycle; a
 * caller holding thousands of them (bulk screening's list) made each full collection
 * walk them all, and brought those collections on, as they piled up in the oldest
 * generation. Untracked, they cost the collector nothing. The object is untracked only
 * when nothing it refers to (its type aside) is tracked, so a tuple of findings is
 * settled after its findings. */
typedef struct {
    PyObject *type;
    int tracked;
} SettleVisit;

static int
settle_visit(PyObject *o, void *arg)
{
    SettleVisit *v = arg;
    if (o != v->type && PyObject_IS_GC(o) && PyObject_GC_IsTracked(o)) {
        v->tracked = 1;
        return 1; /* stop: it stays tracked */
    }
    return 0;
}

PyDoc_STRVAR(settle_doc,
"settle(obj) -> obj\n\n"
"Stop the garbage collector tracking obj when nothing it refers to (its type aside) is\n"
"tracked, as the collector does with a tuple of atoms. Only for objects that nothing\n"
"will ever make refer to a container (immutable ones): a cycle through an untracked\n"
"object is never collected.");

static PyObject *
settle(PyObject *Py_UNUSED(module), PyObject *obj)
{
    if (PyObject_IS_GC(obj) && PyObject_GC_IsTracked(obj)) {
        traverseproc traverse = Py_TYPE(obj)->tp_traverse;
        SettleVisit v = {(PyObject *)Py_TYPE(obj), 0};
        if (traverse != NULL && traverse(obj, settle_visit, &v) == 0 && !v.tracked) {
            PyObject_GC_UnTrack(obj);
        }
    }
    Py_INCREF(obj);
    return obj;
}

static int
list_append_new(PyObject *list, PyObject *item)
{
    if (item == NULL) {
        return -1;
    }
    int rc = PyList_Append(list, item);
    Py_DECREF(item);
    return rc;
}

PyDoc_STRVAR(span_sums_doc,
"span_sums(low, spans) -> list[complex]\n\n"
"For each (start, end) in spans, the sum over the words of low[start:end] (re's\n"
"[^\\W_][\\w']*, decimal digits folded to '0', unfeatured words skipped) of the\n"
"word's entry plus the entry of the pair it starts, as the difference of one running\n"
"sum over all spans: SecondOpinion.span_sums, bit for bit.\n\n"
"With bias (a float), each span's probability instead, as SecondOpinion.probabilities\n"
"computes it from the sum (bias + real / sqrt(imag), logistic), bit for bit.");

/* A growable buffer for one word's characters. */
typedef struct {
    Py_UCS4 small[64];
    Py_UCS4 *buf;
    Py_ssize_t cap;
} TokBuf;

static void
tokbuf_init(TokBuf *t)
{
    t->buf = t->small;
    t->cap = 64;
}

static void
tokbuf_free(TokBuf *t)
{
    if (t->buf != t->small) {
        PyMem_Free(t->buf);
    }
}

/* Where the next word of data[*j : end] starts (re's [^\W_][\w']*); *j moves past its
 * end. end when no word is left. Latin-1 text, most notes, by one table a character. */
static inline Py_ssize_t
word_bounds(int kind, const void *data, Py_ssize_t *j, Py_ssize_t end)
{
    Py_ssize_t i = *j, start;
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *latin1 = data;
        while (i < end && !(latin1_class[latin1[i]] & ALNUM)) {
            i++;
        }
        start = i;
        while (i < end && (latin1_class[latin1[i]] & CONT)) {
            i++;
        }
    }
    else {
        while (i < end && !(char_class(PyUnicode_READ(kind, data, i)) & ALNUM)) {
            i++;
        }
        start = i;
        while (i < end && (char_class(PyUnicode_READ(kind, data, i)) & CONT)) {
            i++;
        }
    }
    *j = i;
    return start;
}

/* Copy the word data[start : stop] to out, a decimal digit as '0'; return its hash. */
static inline uint64_t
word_copy(int kind, const void *data, Py_ssize_t start, Py_ssize_t stop, Py_UCS4 *out)
{
    uint64_t h = HASH_INIT;
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *latin1 = data; /* (the same, without PyUnicode_READ's switch) */
        for (Py_ssize_t q = start; q < stop; q++) {
            Py_UCS4 c = latin1_class[latin1[q]] & DECIMAL ? '0' : latin1[q];
            out[q - start] = c;
            h = hash_step(h, c);
        }
        return hash_final(h);
    }
    for (Py_ssize_t q = start; q < stop; q++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, q);
        if (char_class(c) & DECIMAL) {
            c = '0';
        }
        out[q - start] = c;
        h = hash_step(h, c);
    }
    return hash_final(h);
}

/* The slot of the next word of data[*i : end] (re's [^\W_][\w']*, a decimal digit read
 * as '0'), an empty slot if the tables lack it; *i moves past it. *out is NULL when no
 * word is left. Returns -1 (with an exception) when memory runs out. */
static int
next_word(SpanScorer *s, int kind, const void *data, Py_ssize_t *i, Py_ssize_t end, TokBuf *t,
          WordSlot **out)
{
    Py_ssize_t start = word_bounds(kind, data, i, end);
    if (start >= end) {
        *out = NULL;
        return 0;
    }
    Py_ssize_t n = *i - start;
    if (n > t->cap) {
        Py_ssize_t cap = t->cap * 4 > n ? t->cap * 4 : n;
        Py_UCS4 *grown = PyMem_Malloc((size_t)cap * sizeof(Py_UCS4));
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        tokbuf_free(t);
        t->buf = grown;
        t->cap = cap;
    }
    uint64_t h = word_copy(kind, data, start, *i, t->buf);
    *out = word_find(s, t->buf, n, h);
    return 0;
}

/* next_word, skipping the words of UNFEATURED: the words the risk model reads. */
static int
next_read_word(SpanScorer *s, int kind, const void *data, Py_ssize_t *i, Py_ssize_t end,
               TokBuf *t, WordSlot **out)
{
    do {
        if (next_word(s, kind, data, i, end, t, out) < 0) {
            return -1;
        }
    } while (*out != NULL && (*out)->hash != 0 && (*out)->unfeatured);
    return 0;
}

/* A span (start, end): a tuple of two ints, read directly (PyArg_ParseTuple parsed its
 * format string at every span); anything else by PyArg_ParseTuple, for its errors.
 * 0, or -1 with TypeError (OverflowError for an int past Py_ssize_t). */
static int
span_of(PyObject *span, const char *what, Py_ssize_t *a, Py_ssize_t *b)
{
    if (PyTuple_CheckExact(span) && PyTuple_GET_SIZE(span) == 2 &&
        PyLong_CheckExact(PyTuple_GET_ITEM(span, 0)) &&
        PyLong_CheckExact(PyTuple_GET_ITEM(span, 1))) {
        *a = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 0));
        *b = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 1));
        return (*a == -1 || *b == -1) && PyErr_Occurred() ? -1 : 0;
    }
    if (!PyTuple_Check(span) || !PyArg_ParseTuple(span, "nn", a, b)) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError, "%s: a span is a (start, end) tuple", what);
        return -1;
    }
    return 0;
}

/* The pair table's slot where pair_get will look for key, fetched into the cache ahead
 * of the look-up (the key's bit is tested first: most pairs stop there). */
static inline void
pair_prefetch(const SpanScorer *s, uint64_t key)
{
    uint64_t h = mix64(key);
    size_t bit = pair_bit(h);
    if ((s->pair_bits[bit >> 6] >> (bit & 63)) & 1) {
        __builtin_prefetch(&s->pairs[(size_t)h & s->pairs_mask]);
    }
}

/* The words of one span as span_sums reads them, looked up together: all of a
 * sentence's words are split first, then their slots fetched, then looked up, then
 * their pairs' slots fetched, so that the misses in the scorer's tables (a word's and a
 * pair's, each in a table of megabytes) overlap instead of coming one after another. */
typedef struct {
    Py_UCS4 *chars;   /* the words' characters (decimal digits read as '0') */
    Py_ssize_t n_chars, cap_chars;
    Py_ssize_t *off;  /* per word: where its characters start, and how many */
    Py_ssize_t *len;
    uint64_t *hash;
    WordSlot **slot;
    Py_ssize_t n, cap;
} SpanWords;

static void
span_words_free(SpanWords *sw)
{
    PyMem_Free(sw->chars);
    PyMem_Free(sw->off);
    PyMem_Free(sw->len);
    PyMem_Free(sw->hash);
    PyMem_Free(sw->slot);
}

/* Room for one more word of at most `more` characters; 0, or -1 with MemoryError. */
static int
span_words_room(SpanWords *sw, Py_ssize_t more)
{
    if (sw->n_chars + more > sw->cap_chars) {
        Py_ssize_t cap = sw->cap_chars ? sw->cap_chars : 256;
        while (cap < sw->n_chars + more) {
            cap *= 2;
        }
        Py_UCS4 *chars = PyMem_Realloc(sw->chars, (size_t)cap * sizeof(Py_UCS4));
        if (chars == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        sw->chars = chars;
        sw->cap_chars = cap;
    }
    if (sw->n == sw->cap) {
        Py_ssize_t cap = sw->cap ? sw->cap * 2 : 64;
        Py_ssize_t *off = PyMem_Realloc(sw->off, (size_t)cap * sizeof(Py_ssize_t));
        if (off != NULL) {
            sw->off = off;
        }
        Py_ssize_t *len = PyMem_Realloc(sw->len, (size_t)cap * sizeof(Py_ssize_t));
        if (len != NULL) {
            sw->len = len;
        }
        uint64_t *hash = PyMem_Realloc(sw->hash, (size_t)cap * sizeof(uint64_t));
        if (hash != NULL) {
            sw->hash = hash;
        }
        WordSlot **slot = PyMem_Realloc(sw->slot, (size_t)cap * sizeof(WordSlot *));
        if (slot != NULL) {
            sw->slot = slot;
        }
        if (off == NULL || len == NULL || hash == NULL || slot == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        sw->cap = cap;
    }
    return 0;
}

/* Fill sw with the words of data[a:b] that span_sums reads (next_read_word's, in
 * order): their slots, the unfeatured ones left out. 0, or -1 with an exception. */
static int
span_words_read(SpanScorer *s, int kind, const void *data, Py_ssize_t a, Py_ssize_t b,
                SpanWords *sw)
{
    sw->n = 0;
    sw->n_chars = 0;
    Py_ssize_t j = a;
    for (;;) {
        Py_ssize_t start = word_bounds(kind, data, &j, b);
        if (start >= b) {
            break;
        }
        if (span_words_room(sw, j - start) < 0) {
            return -1;
        }
        uint64_t h = word_copy(kind, data, start, j, sw->chars + sw->n_chars);
        sw->off[sw->n] = sw->n_chars;
        sw->len[sw->n] = j - start;
        sw->hash[sw->n] = h;
        sw->n_chars += j - start;
        sw->n++;
        __builtin_prefetch(&s->words[(size_t)mix64(h) & s->words_mask]);
    }
    Py_ssize_t kept = 0;
    for (Py_ssize_t t = 0; t < sw->n; t++) {
        WordSlot *w = word_find(s, sw->chars + sw->off[t], sw->len[t], sw->hash[t]);
        if (w->hash != 0 && w->unfeatured) {
            continue; /* pairs form as if it were not there */
        }
        sw->slot[kept++] = w;
    }
    sw->n = kept;
    return 0;
}

static PyObject *
SpanScorer_span_sums(SpanScorer *self, PyObject *args)
{
    PyObject *low, *spans, *bias_obj = Py_None;
    if (!PyArg_ParseTuple(args, "UO|O:span_sums", &low, &spans, &bias_obj)) {
        return NULL;
    }
    double bias = 0.0;
    int logistic = bias_obj != Py_None;
    if (logistic) {
        bias = PyFloat_AsDouble(bias_obj);
        if (bias == -1.0 && PyErr_Occurred()) {
            return NULL;
        }
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
    SpanWords sw = {0};
    if (out == NULL) {
        Py_DECREF(seq);
        return NULL;
    }
    double run_r = 0.0, run_i = 0.0;
    for (Py_ssize_t k = 0; k < nspans; k++) {
        Py_ssize_t a, b;
        if (span_of(PySequence_Fast_GET_ITEM(seq, k), "span_sums", &a, &b) < 0) {
            goto fail;
        }
        if (a < 0 || b > length || a > b) {
            PyErr_Format(PyExc_ValueError, "span_sums: span %zd (%zd, %zd) is outside the text",
                         k, a, b);
            goto fail;
        }
        double before_r = run_r, before_i = run_i;
        if (span_words_read(self, kind, data, a, b, &sw) < 0) {
            goto fail;
        }
        /* The pairs' slots fetched together, then the sums in the words' order: the
         * same additions in the same order as next_read_word's loop made them, so the
         * same sums bit for bit. */
        for (Py_ssize_t t = 1; t < sw.n; t++) {
            const WordSlot *u = sw.slot[t - 1], *v = sw.slot[t];
            if (u->hash != 0 && v->hash != 0 && u->id >= 0 && v->id >= 0) {
                pair_prefetch(self, ((uint64_t)(u->id + 1) << 32) | (uint64_t)(v->id + 1));
            }
        }
        int have_prev = 0;
        int32_t prev_id = -1;
        double prev_re = 0.0, prev_im = 0.0;
        for (Py_ssize_t t = 0; t < sw.n; t++) {
            const WordSlot *w = sw.slot[t];
            double w_re = 0.0, w_im = 0.0;
            int32_t id = -1;
            if (w->hash != 0) {
                w_re = w->re;
                w_im = w->im;
                id = w->id;
            }
            if (have_prev) {
                double p_re = 0.0, p_im = 0.0;
                if (prev_id >= 0 && id >= 0) {
                    const PairSlot *p =
                        pair_get(self, ((uint64_t)(prev_id + 1) << 32) | (uint64_t)(id + 1));
                    if (p != NULL) {
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
        PyObject *d;
        if (logistic) {
            /* SecondOpinion._logistic: the same operations in the same order (sqrt is
             * exact in IEEE arithmetic, exp is the C library's, as math.exp's). */
            double s = run_r - before_r, norm2 = run_i - before_i;
            double z = bias + (norm2 != 0.0 ? s / sqrt(norm2) : 0.0);
            d = PyFloat_FromDouble(z > -50 ? 1.0 / (1.0 + exp(-z)) : 0.0);
        }
        else {
            d = PyComplex_FromDoubles(run_r - before_r, run_i - before_i);
        }
        if (d == NULL) {
            goto fail;
        }
        PyList_SET_ITEM(out, k, d);
    }
    span_words_free(&sw);
    Py_DECREF(seq);
    return out;

fail:
    span_words_free(&sw);
    Py_DECREF(seq);
    Py_DECREF(out);
    return NULL;
}

/* Add category row r (idf ** 2, then m weights) to the running sums, in order. */
static inline void
cat_add(const double *r, int32_t m, double *n2, double *sums)
{
    *n2 += r[0];
    for (int32_t q = 0; q < m; q++) {
        sums[q] += r[1 + q];
    }
}

PyDoc_STRVAR(category_z_doc,
"category_z(low, bias) -> list[float]\n\n"
"Each category's logit for lower-cased low: bias plus the sum of the weights of its\n"
"features (every word, then every adjacent pair, as category_features reads them,\n"
"unfeatured words included) over the square root of the sum of their idf ** 2:\n"
"SecondOpinion._category_z, bit for bit (both sum in order, one by one).");

static PyObject *
SpanScorer_category_z(SpanScorer *self, PyObject *args)
{
    PyObject *low, *bias_obj;
    if (!PyArg_ParseTuple(args, "UO:category_z", &low, &bias_obj)) {
        return NULL;
    }
    int32_t m = self->n_cat;
    if (self->cat_rows == NULL) {
        PyErr_SetString(PyExc_ValueError, "category_z: the scorer was built without categories");
        return NULL;
    }
    PyObject *bias_seq = PySequence_Fast(bias_obj, "category_z: bias must be a sequence");
    if (bias_seq == NULL) {
        return NULL;
    }
    double bias[64], sums[64];
    if (PySequence_Fast_GET_SIZE(bias_seq) != m) {
        Py_DECREF(bias_seq);
        PyErr_Format(PyExc_ValueError, "category_z: bias must hold %d values", (int)m);
        return NULL;
    }
    for (int32_t c = 0; c < m; c++) {
        bias[c] = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(bias_seq, c));
        sums[c] = 0.0;
    }
    Py_DECREF(bias_seq);
    if (PyErr_Occurred()) {
        return NULL;
    }
    Py_ssize_t length = PyUnicode_GET_LENGTH(low);
    int kind = PyUnicode_KIND(low);
    const void *data = PyUnicode_DATA(low);
    TokBuf tok;
    tokbuf_init(&tok);
    /* The pairs' rows, summed after every word's as the feature list orders them. */
    int32_t small_rows[128];
    int32_t *pair_rows = small_rows;
    Py_ssize_t n_pair_rows = 0, rows_cap = 128;
    double n2 = 0.0;
    int known = 0, have_prev = 0;
    int32_t prev_id = -1;
    PyObject *out = NULL;
    Py_ssize_t i = 0;
    for (;;) {
        WordSlot *w;
        if (next_word(self, kind, data, &i, length, &tok, &w) < 0) {
            goto done;
        }
        if (w == NULL) {
            break;
        }
        int32_t id = -1;
        if (w->hash != 0) {
            id = w->id;
            if (w->cat > 0) {
                cat_add(self->cat_rows + (Py_ssize_t)(w->cat - 1) * (m + 1), m, &n2, sums);
                known++;
            }
        }
        if (have_prev && prev_id >= 0 && id >= 0) {
            const PairSlot *p =
                pair_get(self, ((uint64_t)(prev_id + 1) << 32) | (uint64_t)(id + 1));
            if (p != NULL && p->cat > 0) {
                if (n_pair_rows == rows_cap) {
                    Py_ssize_t cap = rows_cap * 4;
                    int32_t *grown = PyMem_Malloc((size_t)cap * sizeof(int32_t));
                    if (grown == NULL) {
                        PyErr_NoMemory();
                        goto done;
                    }
                    memcpy(grown, pair_rows, (size_t)n_pair_rows * sizeof(int32_t));
                    if (pair_rows != small_rows) {
                        PyMem_Free(pair_rows);
                    }
                    pair_rows = grown;
                    rows_cap = cap;
                }
                pair_rows[n_pair_rows++] = p->cat - 1;
            }
        }
        have_prev = 1;
        prev_id = id;
    }
    for (Py_ssize_t j = 0; j < n_pair_rows; j++) {
        cat_add(self->cat_rows + (Py_ssize_t)pair_rows[j] * (m + 1), m, &n2, sums);
        known++;
    }
    out = PyList_New(m);
    if (out == NULL) {
        goto done;
    }
    double norm = known ? sqrt(n2) : 0.0;
    for (int32_t q = 0; q < m; q++) {
        PyObject *z = PyFloat_FromDouble(known ? bias[q] + sums[q] / norm : bias[q]);
        if (z == NULL) {
            Py_CLEAR(out);
            goto done;
        }
        PyList_SET_ITEM(out, q, z);
    }
done:
    tokbuf_free(&tok);
    if (pair_rows != small_rows) {
        PyMem_Free(pair_rows);
    }
    return out;
}

/* A feature's name as the model file writes it: the word, or the two words and a
 * space between them. */
static PyObject *
feature_name(const SpanScorer *s, int32_t off, int32_t len, int32_t off2, int32_t len2)
{
    if (off2 < 0) {
        return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, s->arena + off, len);
    }
    Py_UCS4 small[128];
    Py_ssize_t total = (Py_ssize_t)len + 1 + len2;
    Py_UCS4 *buf = total <= 128 ? small : PyMem_Malloc((size_t)total * sizeof(Py_UCS4));
    if (buf == NULL) {
        return PyErr_NoMemory();
    }
    memcpy(buf, s->arena + off, (size_t)len * sizeof(Py_UCS4));
    buf[len] = ' ';
    memcpy(buf + len + 1, s->arena + off2, (size_t)len2 * sizeof(Py_UCS4));
    PyObject *name = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, total);
    if (buf != small) {
        PyMem_Free(buf);
    }
    return name;
}

/* Append (value, name) for a cue feature: its entry's real part (idf * weight) plus, when
 * it has a row of the category weights, that row's weight of category `best`. */
static int
cue_append(const SpanScorer *s, PyObject *out, double re, int32_t cat, int32_t best,
           int32_t off, int32_t len, int32_t off2, int32_t len2)
{
    double value =
        re + (cat > 0 ? s->cat_rows[(Py_ssize_t)(cat - 1) * (s->n_cat + 1) + 1 + best] : 0.0);
    PyObject *name = feature_name(s, off, len, off2, len2);
    if (name == NULL) {
        return -1;
    }
    return list_append_new(out, Py_BuildValue("(dN)", value, name));
}

PyDoc_STRVAR(cue_sums_doc,
"cue_sums(low, start, end, best) -> (float, float, list[tuple[float, str]])\n\n"
"Over the features of low[start:end] as features() lists them (every word the model\n"
"reads, then every adjacent pair) that have an entry: the sum of idf * weight and the\n"
"sum of idf ** 2, each summed in that order one by one, and for each one marked as a\n"
"cue, in that order, (idf * weight + its weight of category number best, or 0.0\n"
"without a row, its name): SecondOpinion.cue_sums_py, bit for bit.");

static PyObject *
SpanScorer_cue_sums(SpanScorer *self, PyObject *args)
{
    PyObject *low;
    Py_ssize_t a, b;
    int best;
    if (!PyArg_ParseTuple(args, "Unni:cue_sums", &low, &a, &b, &best)) {
        return NULL;
    }
    if (a < 0 || b > PyUnicode_GET_LENGTH(low) || a > b) {
        PyErr_Format(PyExc_ValueError, "cue_sums: (%zd, %zd) is outside the text", a, b);
        return NULL;
    }
    if (best < 0 || (self->cat_rows == NULL ? best != 0 : best >= self->n_cat)) {
        PyErr_Format(PyExc_ValueError, "cue_sums: no category number %d", best);
        return NULL;
    }
    int kind = PyUnicode_KIND(low);
    const void *data = PyUnicode_DATA(low);
    PyObject *cands = PyList_New(0);
    if (cands == NULL) {
        return NULL;
    }
    TokBuf tok;
    tokbuf_init(&tok);
    double s = 0.0, n2 = 0.0;
    /* Two passes over the words: the words' entries first, then the pairs', as the
     * feature list orders them (a float sum depends on the order). */
    for (int pass = 0; pass < 2; pass++) {
        Py_ssize_t i = a;
        int32_t prev_id = -1, prev_off = 0, prev_len = 0;
        for (;;) {
            WordSlot *w; /* unfeatured words are skipped: pairs form as if they were not there */
            if (next_read_word(self, kind, data, &i, b, &tok, &w) < 0) {
                goto fail;
            }
            if (w == NULL) {
                break;
            }
            int32_t id = w->hash != 0 ? w->id : -1;
            if (pass == 0 && w->hash != 0 && w->own) {
                s += w->re;
                n2 += w->im;
                if (w->cue && cue_append(self, cands, w->re, w->cat, best, w->off, w->len, -1,
                                         0) < 0) {
                    goto fail;
                }
            }
            else if (pass == 1 && prev_id >= 0 && id >= 0) {
                const PairSlot *p =
                    pair_get(self, ((uint64_t)(prev_id + 1) << 32) | (uint64_t)(id + 1));
                if (p != NULL && p->own) {
                    s += p->re;
                    n2 += p->im;
                    if (p->cue && cue_append(self, cands, p->re, p->cat, best, prev_off,
                                             prev_len, w->off, w->len) < 0) {
                        goto fail;
                    }
                }
            }
            prev_id = id;
            if (id >= 0) {
                prev_off = w->off;
                prev_len = w->len;
            }
        }
    }
    tokbuf_free(&tok);
    return Py_BuildValue("(ddN)", s, n2, cands);

fail:
    tokbuf_free(&tok);
    Py_DECREF(cands);
    return NULL;
}

PyDoc_STRVAR(word_counts_doc,
"word_counts(low, start, end) -> (int, int)\n\n"
"The words of low[start:end] the model reads (unfeatured ones left out) and how many\n"
"of them have an entry of their own: SecondOpinion.knows and knows_all, compiled.");

static PyObject *
SpanScorer_word_counts(SpanScorer *self, PyObject *args)
{
    PyObject *low;
    Py_ssize_t a, b;
    if (!PyArg_ParseTuple(args, "Unn:word_counts", &low, &a, &b)) {
        return NULL;
    }
    if (a < 0 || b > PyUnicode_GET_LENGTH(low) || a > b) {
        PyErr_Format(PyExc_ValueError, "word_counts: (%zd, %zd) is outside the text", a, b);
        return NULL;
    }
    int kind = PyUnicode_KIND(low);
    const void *data = PyUnicode_DATA(low);
    TokBuf tok;
    tokbuf_init(&tok);
    Py_ssize_t words = 0, known = 0, i = a;
    for (;;) {
        WordSlot *w;
        if (next_read_word(self, kind, data, &i, b, &tok, &w) < 0) {
            tokbuf_free(&tok);
            return NULL;
        }
        if (w == NULL) {
            break;
        }
        words++;
        known += w->hash != 0 && w->own;
    }
    tokbuf_free(&tok);
    return Py_BuildValue("(nn)", words, known);
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
    return c == '.' || is_word(c);
}

/* The length of the longest str in set (computed once per sentence_spans call, on the
 * first full stop: *cached is -1 until then), or -1 on error. */
static Py_ssize_t
longest_str(PyObject *set, Py_ssize_t *cached)
{
    /* The frozenset last read (held), and its longest str: the classifier passes the
     * same one at every call, and reading its 42 items each time was a fifth of the
     * splitter's time on typical notes. A set may change between calls: read anew. */
    static PyObject *last_frozen = NULL;
    static Py_ssize_t last_longest = -1;
    if (*cached >= 0) {
        return *cached;
    }
    if (set == last_frozen) {
        return *cached = last_longest;
    }
    PyObject *it = PyObject_GetIter(set);
    if (it == NULL) {
        return -1;
    }
    Py_ssize_t longest = 0;
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        if (PyUnicode_Check(item) && PyUnicode_GET_LENGTH(item) > longest) {
            longest = PyUnicode_GET_LENGTH(item);
        }
        Py_DECREF(item);
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        return -1;
    }
    if (PyFrozenSet_CheckExact(set)) {
        Py_INCREF(set);
        Py_XSETREF(last_frozen, set);
        last_longest = longest;
    }
    return *cached = longest;
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
    return list_append_new(out, untracked(Py_BuildValue("(nn)", start, end)));
}

/* Whether the full stop at stop - 1 ends an abbreviation or an initial: the word
 * before it (re's ([\w.]+)[.!?]*$ searched in text[lo:stop]), lower-cased and without
 * its dots, is in abbreviations or is one letter. 1, 0, or -1 on error. */
static int
after_abbreviation(PyObject *text, int kind, const void *data, Py_ssize_t lo,
                   Py_ssize_t stop, PyObject *abbreviations, Py_ssize_t *longest)
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
        /* Most words are ASCII, whose lower case is as long: one longer than every
         * abbreviation is none, and one letter is an initial, with no str made. */
        Py_ssize_t m = j - i;
        int ascii = 1;
        for (Py_ssize_t k = i; k < j && ascii; k++) {
            ascii = PyUnicode_READ(kind, data, k) < 128;
        }
        if (ascii) {
            while (m > 0 && PyUnicode_READ(kind, data, i + m - 1) == '.') {
                m--;
            }
            if (m == 1 && Py_UNICODE_ISALPHA(PyUnicode_READ(kind, data, i))) {
                return 1;
            }
            Py_ssize_t most = longest_str(abbreviations, longest);
            if (most < 0) {
                return -1;
            }
            if (m > most) {
                return 0;
            }
            char low[64];
            if (m <= (Py_ssize_t)sizeof(low)) {
                for (Py_ssize_t k = 0; k < m; k++) {
                    Py_UCS4 c = PyUnicode_READ(kind, data, i + k);
                    low[k] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
                }
                PyObject *word = PyUnicode_FromStringAndSize(low, m);
                if (word == NULL) {
                    return -1;
                }
                int found = PySet_Contains(abbreviations, word);
                Py_DECREF(word);
                return found;
            }
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

/* Whether the full stop at i ends a title the engine's boundaries pass over: "mr.",
 * "mrs.", "ms.", "mx.", "dr." or "vs." starting at a word boundary. */
static int
title_stop(int kind, const void *data, Py_ssize_t i)
{
    static const char *titles[] = {"mr.", "mrs.", "ms.", "mx.", "dr.", "vs."};
    for (size_t t = 0; t < sizeof(titles) / sizeof(titles[0]); t++) {
        Py_ssize_t len = (Py_ssize_t)strlen(titles[t]);
        Py_ssize_t start = i + 1 - len;
        if (start < 0) {
            continue;
        }
        int same = 1;
        for (Py_ssize_t j = 0; j < len && same; j++) {
            same = PyUnicode_READ(kind, data, start + j) == (Py_UCS4)titles[t][j];
        }
        /* \b before the title's first letter (a word character): none before it. */
        if (same && (start == 0 || !is_word(PyUnicode_READ(kind, data, start - 1)))) {
            return 1;
        }
    }
    return 0;
}

/* The Latin-1 characters a boundary may be: . ! ? ; line ends and the hyphen (one
 * look-up a character, where seven comparisons took four times as long). */
static const unsigned char boundary_char[256] = {
    ['.'] = 1, ['!'] = 1, ['?'] = 1, [';'] = 1, ['\n'] = 1, ['\r'] = 1, ['-'] = 1,
};

PyDoc_STRVAR(sentence_ends_doc,
"sentence_ends(low) -> list[int]\n\n"
"The ends of candor.language.engine._BOUNDARY's matches in low, as\n"
"[m.end() for m in _BOUNDARY.finditer(low)] gives them: a sentence's last . ! ? or ;\n"
"before white space, a quote, a closing bracket or the end (not the full stop of\n"
"mr. mrs. ms. mx. dr. vs.), a line end, and a dash between spaces.");

static PyObject *
sentence_ends(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *low;
    if (!PyArg_ParseTuple(args, "U:sentence_ends", &low)) {
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(low);
    int kind = PyUnicode_KIND(low);
    const void *data = PyUnicode_DATA(low);
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (kind == PyUnicode_1BYTE_KIND) {
            /* Most notes: skip to the next character that may end a sentence. */
            const Py_UCS1 *bytes = data;
            while (i < n && !boundary_char[bytes[i]]) {
                i++;
            }
            if (i >= n) {
                break;
            }
        }
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        int ends = 0;
        if (c == '.' || c == '!' || c == '?' || c == ';') {
            if (i + 1 >= n) {
                ends = 1;
            }
            else {
                Py_UCS4 next = PyUnicode_READ(kind, data, i + 1);
                ends = Py_UNICODE_ISSPACE(next) || next == '"' || next == '\'' || next == ')' ||
                       next == ']';
            }
            if (ends && c == '.' && title_stop(kind, data, i)) {
                ends = 0;
            }
        }
        else if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
            ends = 1;
        }
        else if (c == '-' || c == 0x2014 || c == 0x2013) {
            ends = i > 0 && i + 1 < n && PyUnicode_READ(kind, data, i - 1) == ' ' &&
                   PyUnicode_READ(kind, data, i + 1) == ' ';
        }
        if (ends && list_append_new(out, PyLong_FromSsize_t(i + 1)) < 0) {
            Py_DECREF(out);
            return NULL;
        }
    }
    return out;
}

/* The Latin-1 characters that may end a sentence: . ! ? and the line end. */
static const unsigned char sentence_char[256] = {['.'] = 1, ['!'] = 1, ['?'] = 1, ['\n'] = 1};

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
    Py_ssize_t longest = -1; /* the longest abbreviation, once needed */
    Py_ssize_t pos = 0, i = 0;
    while (i < n) {
        if (kind == PyUnicode_1BYTE_KIND) {
            /* Most notes: skip to the next character that may end a sentence without
             * the per-character switch of PyUnicode_READ (half of this function's time). */
            const Py_UCS1 *bytes = data;
            while (i < n && !sentence_char[bytes[i]]) {
                i++;
            }
            if (i >= n) {
                break;
            }
        }
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
                int abbr =
                    after_abbreviation(text, kind, data, lo, i + 1, abbreviations, &longest);
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
        PyErr_Format(PyExc_ValueError, "%s is not a whole number of int32", what);
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

/* ---- a small matcher for the scan's rests --------------------------------------- */

/* Rx answers re's pattern.match(text, pos) for the rests of the rules' literals: what
 * end re reports, or none. The scan asks about 60,000 rests per megabyte of notes, 3 %
 * of which match; most rests are alternations of many words, which a table by first
 * character (below) mostly skips. candor.language.rxprog flattens re's parse of a rest
 * into the nodes below and gives back None for anything it does not know (flags,
 * groups referred to, atomic groups), which then stays with re.
 *
 * The matcher backtracks in re's order (alternatives first to last, greedy repeats
 * longest first, lazy ones shortest first), and repeats of a group follow _sre's
 * MAX_UNTIL / MIN_UNTIL, zero-width protection included, so that it finds the match re
 * finds, not just some match. A step budget and a depth limit hand a pathological case
 * back to re (abort), so that it never costs more than re plus the budget. */

enum { RX_STR, RX_SET, RX_NOTCHAR, RX_ANY, RX_BRANCH, RX_REPEAT, RX_LAZY, RX_ASSERT,
       RX_ASSERT_NOT, RX_AT, RX_NOPS };
enum { RX_AT_BEGINNING, RX_AT_BOUNDARY, RX_AT_NON_BOUNDARY, RX_AT_END, RX_AT_END_STRING,
       RX_NATS };
enum { RX_SET_LITERAL, RX_SET_RANGE, RX_SET_CATEGORY };
enum { RX_CAT_DIGIT, RX_CAT_NOT_DIGIT, RX_CAT_SPACE, RX_CAT_NOT_SPACE, RX_CAT_WORD,
       RX_CAT_NOT_WORD, RX_NCATS };
enum { RX_FAIL = -1, RX_ABORT = -2, RX_ERROR = -3 };
/* Steps per question and nesting of the recursion: past either, re answers. The rests
 * of the rules nest a few tens deep; 200 keeps the C stack under about 100 KB, which
 * fits the smallest thread stacks (musl's 128 KB). */
#define RX_BUDGET 200000
#define RX_MAX_DEPTH 200
#define RX_DISPATCH_MIN 6
#define RX_KEYS 130
#define RX_SINGLE 1
#define RX_GUARD_ANY 2
#define RX_GUARD_NONASCII 4

typedef struct {
    int32_t op, a, b, c, d;
} RxNode;
/* RX_STR: pool[a : a + b]. RX_SET: sets[a] = negate, sets[a + 1] = n, then n items of
 * (kind, lo, hi). RX_NOTCHAR: any character but a. RX_ANY: any but '\n'. RX_BRANCH:
 * alternatives alts[2a : 2a + 2b] as (start, length) of node sequences. RX_REPEAT,
 * RX_LAZY: a to b times (b = -1: no limit) the sequence nodes[c : c + d]. RX_ASSERT,
 * RX_ASSERT_NOT: the sequence nodes[c : c + d] matches from b characters back (0:
 * a look-ahead). RX_AT: position kind a. */

/* Characters that may come at a place, a superset: the ASCII ones, whether a non-ASCII
 * one may, or any. What may start a match of a sequence (rx_first: zero-width nodes
 * are stepped over, a sequence that may match nothing may start with anything), follow
 * a first character (rx_first2), or start an alternative or a repeat's body. */
typedef struct {
    uint64_t mask[2];
    int nonascii;
    int any;
} RxFirst;

/* Whether character c may come where `f` tells which may. */
static inline int
rx_may(const RxFirst *f, Py_UCS4 c)
{
    return f->any || (c < 128 ? (int)((f->mask[c >> 6] >> (c & 63)) & 1) : f->nonascii);
}

/* Add the characters of `from` to `to`. */
static inline void
rx_first_union(RxFirst *to, const RxFirst *from)
{
    to->mask[0] |= from->mask[0];
    to->mask[1] |= from->mask[1];
    to->nonascii |= from->nonascii;
    to->any |= from->any;
}

typedef struct {
    PyObject_HEAD
    RxNode *nodes;
    Py_ssize_t n_nodes;
    int32_t *alts;
    Py_ssize_t n_alts;
    Py_UCS4 *pool;
    Py_ssize_t n_pool;
    int32_t *sets;
    Py_ssize_t n_sets;
    uint64_t (*ascii)[2]; /* per node: RX_SET's answer for each ASCII character */
    /* per node: RX_SINGLE for a repeat of one character; for a repeat of more, what its
     * body may start with: its ASCII characters in ascii[node], and RX_GUARD_ANY,
     * RX_GUARD_NONASCII */
    unsigned char *repeat_flags;
    /* The character sets below, each kept once (masks[k]): the tables index them. */
    RxFirst *masks;
    Py_ssize_t n_masks;
    /* What each alternative may start with (alts order; an index into masks), and for a
     * repeat of more than one character what its body may start with (above): a branch
     * too small for a table, or a repeat, skips without a call what cannot start at the
     * text's next character ("(?:a |an |their )?" before "the team"; a quarter of the
     * matcher's calls). */
    int32_t *afirst;
    /* Alternatives by first character, for a branch of RX_DISPATCH_MIN or more: node i's
     * table is doff[dispatch[i] : dispatch[i] + RX_KEYS + 1] (-1: none), offsets into
     * dlist of the alternatives (in order) that may start with ASCII character c (key
     * c), a non-ASCII one (key 128), or match at the end of the text (key 129). */
    int32_t *dispatch;
    int32_t *doff;
    int32_t *dlist;
    /* Per dlist entry: the characters that may follow the key character in a match of
     * that alternative (a superset; an index into masks). Most alternatives the first
     * character lets through fail at the second ("with " + "the": "tasbih", "their",
     * "tiny"...), and this test spares them a call of the matcher each. */
    int32_t *dsecond;
    /* What a match may start with (ends() skips other characters without matching). */
    uint64_t start_mask[2];
    int start_nonascii, start_any;
    int32_t root_start, root_len;
    PyObject *source;  /* the pattern, for re when the matcher gives up */
    PyObject *compile; /* source -> compiled pattern */
    PyObject *match;   /* its bound match, made on first need */
    /* The automata that may rule a match out, made on first need: [0] for a match at
     * one position, [1] for one anywhere in a stretch (rx_may_occur).
     * auto_state 0 not yet, 1 made, 2 none (the pattern may match nothing, or is too
     * big). */
    struct RxAuto *automaton[2];
    int auto_state[2];
} Rx;

static PyTypeObject RxType;

static inline int
rx_category(int32_t cat, Py_UCS4 c)
{
    switch (cat) {
    case RX_CAT_DIGIT:
        return Py_UNICODE_ISDECIMAL(c);
    case RX_CAT_NOT_DIGIT:
        return !Py_UNICODE_ISDECIMAL(c);
    case RX_CAT_SPACE:
        return Py_UNICODE_ISSPACE(c);
    case RX_CAT_NOT_SPACE:
        return !Py_UNICODE_ISSPACE(c);
    case RX_CAT_WORD:
        return is_word(c);
    default:
        return !is_word(c);
    }
}

/* _sre's charset(): the items in order, NEGATE flipping the answer. */
static int
rx_set_slow(const Rx *rx, int32_t at, Py_UCS4 c)
{
    const int32_t *s = rx->sets + at;
    int32_t n = s[1];
    int ok = 0;
    for (int32_t i = 0; i < n && !ok; i++) {
        const int32_t *it = s + 2 + 3 * i;
        switch (it[0]) {
        case RX_SET_LITERAL:
            ok = c == (Py_UCS4)it[1];
            break;
        case RX_SET_RANGE:
            ok = (Py_UCS4)it[1] <= c && c <= (Py_UCS4)it[2];
            break;
        default:
            ok = rx_category(it[1], c);
        }
    }
    return s[0] ? !ok : ok;
}

static inline int
rx_one(const Rx *rx, Py_ssize_t i, const RxNode *nd, Py_UCS4 c)
{
    switch (nd->op) {
    case RX_STR:
        return c == rx->pool[nd->a];
    case RX_SET:
        return c < 128 ? (int)((rx->ascii[i][c >> 6] >> (c & 63)) & 1) : rx_set_slow(rx, nd->a, c);
    case RX_NOTCHAR:
        return c != (Py_UCS4)nd->a;
    default: /* RX_ANY */
        return c != '\n';
    }
}

typedef struct RxCont {
    const RxNode *rep; /* NULL: go on with the sequence at..end */
    int32_t at, end;
    Py_ssize_t count, last; /* a repeat: iterations done, where the last one began */
    const struct RxCont *next;
} RxCont;

typedef struct {
    const Rx *rx;
    int kind;
    const void *data;
    Py_ssize_t n;
    long budget;
    int depth;
} RxRun;

static Py_ssize_t rx_seq(RxRun *r, int32_t i, int32_t end, Py_ssize_t pos, const RxCont *k);

static Py_ssize_t rx_until(RxRun *r, const RxNode *nd, Py_ssize_t count, Py_ssize_t last,
                           Py_ssize_t pos, const RxCont *tail);

static inline Py_ssize_t
rx_cont(RxRun *r, Py_ssize_t pos, const RxCont *k)
{
    if (k == NULL) {
        return pos;
    }
    if (k->rep == NULL) {
        return rx_seq(r, k->at, k->end, pos, k->next);
    }
    return rx_until(r, k->rep, k->count, k->last, pos, k->next);
}

static int
rx_at(const RxRun *r, int32_t kind, Py_ssize_t pos)
{
    Py_ssize_t n = r->n;
    switch (kind) {
    case RX_AT_BEGINNING:
        return pos == 0;
    case RX_AT_BOUNDARY:
    case RX_AT_NON_BOUNDARY: {
        if (n == 0) {
            return 0;
        }
        int before = pos > 0 && is_word(PyUnicode_READ(r->kind, r->data, pos - 1));
        int after = pos < n && is_word(PyUnicode_READ(r->kind, r->data, pos));
        return kind == RX_AT_BOUNDARY ? before != after : before == after;
    }
    case RX_AT_END:
        return pos == n || (pos + 1 == n && PyUnicode_READ(r->kind, r->data, pos) == '\n');
    default: /* RX_AT_END_STRING */
        return pos == n;
    }
}

/* Whether the text at `at` can begin the literal whose first character is `lead`
 * (always, for lead -1: no literal follows). */
static inline int
rx_lead_ok(const RxRun *r, int32_t lead, Py_ssize_t at)
{
    return lead < 0 || (at < r->n && PyUnicode_READ(r->kind, r->data, at) == (Py_UCS4)lead);
}

/* _sre's MAX_UNTIL (greedy) and MIN_UNTIL (lazy) after `count` iterations of nd. */
static Py_ssize_t
rx_until(RxRun *r, const RxNode *nd, Py_ssize_t count, Py_ssize_t last, Py_ssize_t pos,
         const RxCont *tail)
{
    if (--r->budget < 0 || r->depth >= RX_MAX_DEPTH) {
        return RX_ABORT;
    }
    Py_ssize_t got;
    r->depth++;
    if (count < nd->a) {
        RxCont again = {nd, 0, 0, count + 1, last, tail};
        got = rx_seq(r, nd->c, nd->c + nd->d, pos, &again);
    }
    else if (nd->op == RX_REPEAT) {
        got = RX_FAIL;
        if ((nd->b < 0 || count < nd->b) && pos != last) {
            RxCont again = {nd, 0, 0, count + 1, pos, tail};
            got = rx_seq(r, nd->c, nd->c + nd->d, pos, &again);
        }
        if (got == RX_FAIL) {
            got = rx_cont(r, pos, tail);
        }
    }
    else {
        got = rx_cont(r, pos, tail);
        if (got == RX_FAIL && !(nd->b >= 0 && count >= nd->b) && pos != last) {
            RxCont again = {nd, 0, 0, count + 1, pos, tail};
            got = rx_seq(r, nd->c, nd->c + nd->d, pos, &again);
        }
    }
    r->depth--;
    return got;
}

static Py_ssize_t
rx_seq(RxRun *r, int32_t i, int32_t end, Py_ssize_t pos, const RxCont *k)
{
    const Rx *rx = r->rx;
    const Py_ssize_t n = r->n;
    for (; i < end; i++) {
        if (--r->budget < 0) {
            return RX_ABORT;
        }
        const RxNode *nd = &rx->nodes[i];
        switch (nd->op) {
        case RX_STR: {
            if (pos + nd->b > n) {
                return RX_FAIL;
            }
            const Py_UCS4 *s = rx->pool + nd->a;
            for (int32_t j = 0; j < nd->b; j++) {
                if (PyUnicode_READ(r->kind, r->data, pos + j) != s[j]) {
                    return RX_FAIL;
                }
            }
            pos += nd->b;
            break;
        }
        case RX_SET:
        case RX_NOTCHAR:
        case RX_ANY:
            if (pos >= n || !rx_one(rx, i, nd, PyUnicode_READ(r->kind, r->data, pos))) {
                return RX_FAIL;
            }
            pos++;
            break;
        case RX_AT:
            if (!rx_at(r, nd->a, pos)) {
                return RX_FAIL;
            }
            break;
        case RX_ASSERT:
        case RX_ASSERT_NOT: {
            Py_ssize_t got = RX_FAIL;
            if (pos >= nd->b) {
                if (r->depth >= RX_MAX_DEPTH) {
                    return RX_ABORT;
                }
                r->depth++;
                got = rx_seq(r, nd->c, nd->c + nd->d, pos - nd->b, NULL);
                r->depth--;
                if (got == RX_ABORT) {
                    return RX_ABORT;
                }
            }
            if ((got >= 0) != (nd->op == RX_ASSERT)) {
                return RX_FAIL;
            }
            break;
        }
        case RX_BRANCH: {
            if (r->depth >= RX_MAX_DEPTH) {
                return RX_ABORT;
            }
            RxCont after = {NULL, i + 1, end, 0, 0, k};
            const int32_t *alt = rx->alts + 2 * (Py_ssize_t)nd->a;
            r->depth++;
            Py_ssize_t got = RX_FAIL;
            if (rx->dispatch[i] >= 0) {
                /* Only the alternatives that may start with the character at pos, in
                 * their order: the others cannot match there. */
                int key = 129;
                if (pos < n) {
                    Py_UCS4 c = PyUnicode_READ(r->kind, r->data, pos);
                    key = c < 128 ? (int)c : 128;
                }
                /* And of those, only the ones whose second character may be the next. */
                int second = pos + 1 < n;
                Py_UCS4 c2 = second ? PyUnicode_READ(r->kind, r->data, pos + 1) : 0;
                const int32_t *off = rx->doff + rx->dispatch[i];
                for (int32_t q = off[key]; q < off[key + 1] && got == RX_FAIL; q++) {
                    if (second && !rx_may(&rx->masks[rx->dsecond[q]], c2)) {
                        continue;
                    }
                    int32_t j = rx->dlist[q];
                    got = rx_seq(r, alt[2 * j], alt[2 * j] + alt[2 * j + 1], pos, &after);
                }
            }
            else {
                const int32_t *af = rx->afirst + nd->a;
                Py_UCS4 c = pos < n ? PyUnicode_READ(r->kind, r->data, pos) : 0;
                for (int32_t j = 0; j < nd->b && got == RX_FAIL; j++) {
                    const RxFirst *may = &rx->masks[af[j]];
                    if (pos < n ? !rx_may(may, c) : !may->any) {
                        continue; /* it cannot start here (nor match nothing at the end) */
                    }
                    got = rx_seq(r, alt[2 * j], alt[2 * j] + alt[2 * j + 1], pos, &after);
                }
            }
            r->depth--;
            return got;
        }
        default: { /* RX_REPEAT, RX_LAZY */
            if (r->depth >= RX_MAX_DEPTH) {
                return RX_ABORT;
            }
            unsigned char flags = rx->repeat_flags[i];
            if (!(flags & RX_SINGLE)) {
                int can = flags & RX_GUARD_ANY;
                if (!can && pos < n) {
                    Py_UCS4 c = PyUnicode_READ(r->kind, r->data, pos);
                    can = c < 128 ? (int)((rx->ascii[i][c >> 6] >> (c & 63)) & 1)
                                  : flags & RX_GUARD_NONASCII;
                }
                if (!can) {
                    /* No iteration can start here: none, or no match. */
                    if (nd->a > 0) {
                        return RX_FAIL;
                    }
                    break;
                }
                RxCont after = {NULL, i + 1, end, 0, 0, k};
                return rx_until(r, nd, 0, -1, pos, &after);
            }
            /* One character at a time (_sre's REPEAT_ONE, MIN_REPEAT_ONE). */
            const RxNode *item = &rx->nodes[nd->c];
            Py_ssize_t room = n - pos;
            Py_ssize_t most = (nd->b >= 0 && nd->b < room) ? nd->b : room;
            Py_ssize_t count = 0;
            while (count < most &&
                   rx_one(rx, nd->c, item, PyUnicode_READ(r->kind, r->data, pos + count))) {
                count++;
            }
            if (count < nd->a) {
                return RX_FAIL;
            }
            r->budget -= count;
            Py_ssize_t got = RX_FAIL;
            r->depth++;
            /* A literal next in the sequence ("\w+ fit"): only the counts that leave
             * its first character next can match, and the others are skipped without a
             * call (as _sre does), where "(?:\w+ )?" would try every shorter word. */
            int32_t lead = -1;
            if (i + 1 < end && rx->nodes[i + 1].op == RX_STR && rx->nodes[i + 1].b > 0) {
                lead = (int32_t)rx->pool[rx->nodes[i + 1].a];
            }
            if (nd->op == RX_REPEAT) {
                for (Py_ssize_t c = count; c >= nd->a && got == RX_FAIL; c--) {
                    if (!rx_lead_ok(r, lead, pos + c)) {
                        continue;
                    }
                    got = --r->budget < 0 ? RX_ABORT : rx_seq(r, i + 1, end, pos + c, k);
                }
            }
            else {
                for (Py_ssize_t c = nd->a; c <= count && got == RX_FAIL; c++) {
                    if (!rx_lead_ok(r, lead, pos + c)) {
                        continue;
                    }
                    got = --r->budget < 0 ? RX_ABORT : rx_seq(r, i + 1, end, pos + c, k);
                }
            }
            r->depth--;
            return got;
        }
        }
    }
    return rx_cont(r, pos, k);
}

/* The end of re's match of rx at pos (>= 0), RX_FAIL, or RX_ERROR with an exception. */
static Py_ssize_t
rx_exec(Rx *rx, PyObject *text, int kind, const void *data, Py_ssize_t n, Py_ssize_t pos)
{
    pos = pos < 0 ? 0 : (pos > n ? n : pos); /* as re clamps pos */
    RxRun r = {rx, kind, data, n, RX_BUDGET, 0};
    Py_ssize_t got = rx_seq(&r, rx->root_start, rx->root_start + rx->root_len, pos, NULL);
    if (got != RX_ABORT) {
        return got;
    }
    /* Too deep or too long for the budget: re answers. */
    if (rx->match == NULL) {
        PyObject *pattern = PyObject_CallOneArg(rx->compile, rx->source);
        if (pattern == NULL) {
            return RX_ERROR;
        }
        PyObject *match = PyObject_GetAttrString(pattern, "match");
        Py_DECREF(pattern);
        if (match == NULL) {
            return RX_ERROR;
        }
        if (rx->match == NULL) { /* another thread may have stored one meanwhile */
            rx->match = match;
        }
        else {
            Py_DECREF(match);
        }
    }
    PyObject *at = PyLong_FromSsize_t(pos);
    if (at == NULL) {
        return RX_ERROR;
    }
    /* n is the text's length, or the endpos a caller gave: re must stop there too. */
    int cut = n < PyUnicode_GET_LENGTH(text);
    PyObject *endpos = cut ? PyLong_FromSsize_t(n) : NULL;
    if (cut && endpos == NULL) {
        Py_DECREF(at);
        return RX_ERROR;
    }
    PyObject *argv[3] = {text, at, endpos};
    PyObject *m = PyObject_Vectorcall(rx->match, argv, cut ? 3 : 2, NULL);
    Py_DECREF(at);
    Py_XDECREF(endpos);
    if (m == NULL) {
        return RX_ERROR;
    }
    if (m == Py_None) {
        Py_DECREF(m);
        return RX_FAIL;
    }
    PyObject *e = PyObject_CallMethod(m, "end", NULL);
    Py_DECREF(m);
    if (e == NULL) {
        return RX_ERROR;
    }
    Py_ssize_t end = PyLong_AsSsize_t(e);
    Py_DECREF(e);
    return (end == -1 && PyErr_Occurred()) ? RX_ERROR : end;
}

static void rx_auto_free(struct RxAuto *a);

static void
Rx_dealloc(Rx *self)
{
    PyMem_Free(self->nodes);
    PyMem_Free(self->alts);
    PyMem_Free(self->pool);
    PyMem_Free(self->sets);
    PyMem_Free(self->ascii);
    PyMem_Free(self->repeat_flags);
    PyMem_Free(self->dispatch);
    PyMem_Free(self->doff);
    PyMem_Free(self->dlist);
    PyMem_Free(self->dsecond);
    PyMem_Free(self->afirst);
    PyMem_Free(self->masks);
    rx_auto_free(self->automaton[0]);
    rx_auto_free(self->automaton[1]);
    Py_XDECREF(self->source);
    Py_XDECREF(self->compile);
    Py_XDECREF(self->match);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int
rx_seq_ok(const Rx *rx, int32_t start, int32_t len)
{
    return start >= 0 && len >= 0 && (Py_ssize_t)start + len <= rx->n_nodes;
}

static int
rx_set_nonascii(const Rx *rx, int32_t at)
{
    const int32_t *s = rx->sets + at;
    if (s[0]) {
        return 1;
    }
    for (int32_t i = 0; i < s[1]; i++) {
        const int32_t *it = s + 2 + 3 * i;
        if (it[0] == RX_SET_CATEGORY || (it[0] == RX_SET_LITERAL && it[1] >= 128) ||
            (it[0] == RX_SET_RANGE && it[2] >= 128)) {
            return 1;
        }
    }
    return 0;
}

/* Add the first characters of nodes[start : start + len] to f; return whether the
 * sequence may match the empty string (then f must also allow anything after it). */
static int
rx_first(const Rx *rx, int32_t start, int32_t len, RxFirst *f, int depth)
{
    if (depth > 64) {
        f->any = 1;
        return 1;
    }
    for (int32_t i = start; i < start + len; i++) {
        const RxNode *nd = &rx->nodes[i];
        switch (nd->op) {
        case RX_STR: {
            Py_UCS4 c = rx->pool[nd->a];
            if (c < 128) {
                f->mask[c >> 6] |= (uint64_t)1 << (c & 63);
            }
            else {
                f->nonascii = 1;
            }
            return 0;
        }
        case RX_SET:
            f->mask[0] |= rx->ascii[i][0];
            f->mask[1] |= rx->ascii[i][1];
            f->nonascii |= rx_set_nonascii(rx, nd->a);
            return 0;
        case RX_NOTCHAR:
        case RX_ANY:
            f->any = 1;
            return 0;
        case RX_BRANCH: {
            int empty = 0;
            const int32_t *alt = rx->alts + 2 * (Py_ssize_t)nd->a;
            for (int32_t j = 0; j < nd->b; j++) {
                empty |= rx_first(rx, alt[2 * j], alt[2 * j + 1], f, depth + 1);
            }
            if (!empty) {
                return 0;
            }
            break;
        }
        case RX_REPEAT:
        case RX_LAZY:
            if (!rx_first(rx, nd->c, nd->d, f, depth + 1) && nd->a > 0) {
                return 0;
            }
            break;
        default: /* zero width: RX_AT, RX_ASSERT, RX_ASSERT_NOT */
            break;
        }
    }
    return 1;
}

/* What may start nodes[start : start + len] followed by something that may start with
 * `after`: rx_first, and `after` where the sequence may match nothing. */
static void
rx_first_then(const Rx *rx, int32_t start, int32_t len, const RxFirst *after, RxFirst *f)
{
    memset(f, 0, sizeof(*f));
    if (rx_first(rx, start, len, f, 0)) {
        rx_first_union(f, after);
    }
}

/* Add to m[key] (ASCII first character, 128 for a non-ASCII one) the characters that may
 * follow it in a match of nodes[start : start + len], itself followed by something that
 * may start with `after`: a superset, as rx_first (zero-width nodes are stepped over;
 * "any" where the analysis goes too deep). Return whether the sequence may match
 * nothing. */
static int
rx_first2(const Rx *rx, int32_t start, int32_t len, const RxFirst *after,
          RxFirst *m, int depth)
{
    if (depth > 64) {
        for (int key = 0; key <= 128; key++) {
            m[key].any = 1;
        }
        return 1;
    }
    int32_t end = start + len;
    for (int32_t i = start; i < end; i++) {
        const RxNode *nd = &rx->nodes[i];
        RxFirst next; /* what may start the match after this node */
        rx_first_then(rx, i + 1, end - (i + 1), after, &next);
        switch (nd->op) {
        case RX_STR: {
            Py_UCS4 c = rx->pool[nd->a];
            RxFirst *to = &m[c < 128 ? c : 128];
            if (nd->b >= 2) {
                Py_UCS4 c2 = rx->pool[nd->a + 1];
                if (c2 < 128) {
                    to->mask[c2 >> 6] |= (uint64_t)1 << (c2 & 63);
                }
                else {
                    to->nonascii = 1;
                }
            }
            else {
                rx_first_union(to, &next);
            }
            return 0;
        }
        case RX_SET:
        case RX_NOTCHAR:
        case RX_ANY:
            for (int key = 0; key <= 128; key++) {
                int may = nd->op != RX_SET ||
                          (key < 128 ? (int)((rx->ascii[i][key >> 6] >> (key & 63)) & 1)
                                     : rx_set_nonascii(rx, nd->a));
                if (may) {
                    rx_first_union(&m[key], &next);
                }
            }
            return 0;
        case RX_BRANCH: {
            int empty = 0;
            const int32_t *alt = rx->alts + 2 * (Py_ssize_t)nd->a;
            for (int32_t j = 0; j < nd->b; j++) {
                empty |= rx_first2(rx, alt[2 * j], alt[2 * j + 1], &next, m, depth + 1);
            }
            if (!empty) {
                return 0;
            }
            break;
        }
        case RX_REPEAT:
        case RX_LAZY: {
            /* After an iteration: another one (where more are allowed), or what follows. */
            RxFirst again = next;
            if (nd->b != 1) {
                RxFirst body;
                memset(&body, 0, sizeof(body));
                if (rx_first(rx, nd->c, nd->d, &body, 0)) {
                    body.any = 1;
                }
                rx_first_union(&again, &body);
            }
            int empty = rx_first2(rx, nd->c, nd->d, &again, m, depth + 1);
            if (!empty && nd->a > 0) {
                return 0;
            }
            break;
        }
        default: /* zero width: RX_AT, RX_ASSERT, RX_ASSERT_NOT */
            break;
        }
    }
    return 1;
}

/* The distinct character sets of an Rx's tables while it is built: each set once in
 * rx->masks (the tables hold indices; most sets recur, and the tables would otherwise
 * be six times larger), found again through a hash table of their indices. */
typedef struct {
    int32_t *slots; /* index + 1; 0: empty */
    size_t mask;
    Py_ssize_t cap; /* of rx->masks */
} MaskPool;

static uint64_t
mask_hash(const RxFirst *m)
{
    return mix64(m->mask[0] ^ (m->mask[1] * 0x9e3779b97f4a7c15ULL) ^
                 ((uint64_t)m->nonascii << 1) ^ (uint64_t)m->any);
}

/* The index of the set m in rx->masks, added if new; -1 on error. */
static int32_t
mask_intern(Rx *rx, MaskPool *p, RxFirst m)
{
    if (m.any) { /* every character: one set, whatever else was added to it */
        m.mask[0] = m.mask[1] = 0;
        m.nonascii = 0;
        m.any = 1;
    }
    else {
        m.nonascii = m.nonascii != 0;
    }
    if (p->slots == NULL || 2 * (size_t)(rx->n_masks + 1) > p->mask + 1) {
        size_t n = p->slots == NULL ? 64 : (p->mask + 1) * 2;
        int32_t *slots = PyMem_Calloc(n, sizeof(int32_t));
        if (slots == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        for (Py_ssize_t k = 0; k < rx->n_masks; k++) {
            size_t i = (size_t)mask_hash(&rx->masks[k]) & (n - 1);
            while (slots[i] != 0) {
                i = (i + 1) & (n - 1);
            }
            slots[i] = (int32_t)k + 1;
        }
        PyMem_Free(p->slots);
        p->slots = slots;
        p->mask = n - 1;
    }
    size_t i = (size_t)mask_hash(&m) & p->mask;
    while (p->slots[i] != 0) {
        const RxFirst *k = &rx->masks[p->slots[i] - 1];
        if (k->mask[0] == m.mask[0] && k->mask[1] == m.mask[1] && k->nonascii == m.nonascii &&
            k->any == m.any) {
            return p->slots[i] - 1;
        }
        i = (i + 1) & p->mask;
    }
    if (rx->n_masks == p->cap) {
        Py_ssize_t cap = p->cap ? p->cap * 2 : 16;
        RxFirst *grown = PyMem_Realloc(rx->masks, (size_t)cap * sizeof(RxFirst));
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        rx->masks = grown;
        p->cap = cap;
    }
    rx->masks[rx->n_masks] = m;
    p->slots[i] = (int32_t)rx->n_masks + 1;
    return (int32_t)rx->n_masks++;
}

/* Build the first-character tables of the larger branches. */
static int
rx_build_dispatch(Rx *rx, MaskPool *pool)
{
    Py_ssize_t n_tables = 0, n_entries = 0;
    rx->dispatch = PyMem_Malloc((rx->n_nodes ? (size_t)rx->n_nodes : 1) * sizeof(int32_t));
    if (rx->dispatch == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < rx->n_nodes; i++) {
        rx->dispatch[i] = -1;
        if (rx->nodes[i].op == RX_BRANCH && rx->nodes[i].b >= RX_DISPATCH_MIN) {
            n_tables++;
            n_entries += (Py_ssize_t)rx->nodes[i].b * RX_KEYS;
        }
    }
    if (n_tables == 0) {
        return 0;
    }
    rx->doff = PyMem_Malloc((size_t)n_tables * (RX_KEYS + 1) * sizeof(int32_t));
    rx->dlist = PyMem_Malloc((size_t)n_entries * sizeof(int32_t));
    rx->dsecond = PyMem_Malloc((size_t)n_entries * sizeof(int32_t));
    RxFirst *firsts = NULL;
    RxFirst *seconds = NULL;
    /* What follows an alternative is not known here, nor at the end of the text. */
    const RxFirst anything = {{0, 0}, 0, 1};
    if (rx->doff == NULL || rx->dlist == NULL || rx->dsecond == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t t = 0, used = 0;
    for (Py_ssize_t i = 0; i < rx->n_nodes; i++) {
        const RxNode *nd = &rx->nodes[i];
        if (nd->op != RX_BRANCH || nd->b < RX_DISPATCH_MIN) {
            continue;
        }
        RxFirst *grown = PyMem_Realloc(firsts, (size_t)nd->b * sizeof(RxFirst));
        RxFirst *grown2 =
            grown == NULL ? NULL
                          : PyMem_Realloc(seconds, (size_t)nd->b * 129 * sizeof(RxFirst));
        if (grown == NULL || grown2 == NULL) {
            PyMem_Free(grown == NULL ? firsts : grown);
            PyMem_Free(seconds);
            PyErr_NoMemory();
            return -1;
        }
        firsts = grown;
        seconds = grown2;
        memset(seconds, 0, (size_t)nd->b * 129 * sizeof(RxFirst));
        const int32_t *alt = rx->alts + 2 * (Py_ssize_t)nd->a;
        for (int32_t j = 0; j < nd->b; j++) {
            memset(&firsts[j], 0, sizeof(RxFirst));
            if (rx_first(rx, alt[2 * j], alt[2 * j + 1], &firsts[j], 0)) {
                firsts[j].any = 1; /* may match nothing: anything may follow */
            }
            RxFirst *m = seconds + (size_t)j * 129;
            if (rx_first2(rx, alt[2 * j], alt[2 * j + 1], &anything, m, 0)) {
                for (int key = 0; key <= 128; key++) {
                    m[key].any = 1; /* may match nothing: the next character is another's */
                }
            }
        }
        int32_t *off = rx->doff + t * (RX_KEYS + 1);
        rx->dispatch[i] = (int32_t)(t * (RX_KEYS + 1));
        for (int key = 0; key < RX_KEYS; key++) {
            off[key] = (int32_t)used;
            for (int32_t j = 0; j < nd->b; j++) {
                const RxFirst *f = &firsts[j];
                int may = f->any || (key < 128 ? (int)((f->mask[key >> 6] >> (key & 63)) & 1)
                                               : key == 128 && f->nonascii);
                if (may) {
                    /* At the end of the text (key 129) there is no second character. */
                    int32_t k = mask_intern(rx, pool,
                                            key < 129 ? seconds[(size_t)j * 129 + (size_t)key]
                                                      : anything);
                    if (k < 0) {
                        PyMem_Free(firsts);
                        PyMem_Free(seconds);
                        return -1;
                    }
                    rx->dsecond[used] = k;
                    rx->dlist[used++] = j;
                }
            }
        }
        off[RX_KEYS] = (int32_t)used;
        t++;
    }
    PyMem_Free(firsts);
    PyMem_Free(seconds);
    /* The tables were sized for every alternative under every key; keep what is used. */
    size_t keep = used ? (size_t)used : 1;
    int32_t *dlist = PyMem_Realloc(rx->dlist, keep * sizeof(int32_t));
    if (dlist != NULL) {
        rx->dlist = dlist;
    }
    int32_t *dsecond = PyMem_Realloc(rx->dsecond, keep * sizeof(int32_t));
    if (dsecond != NULL) {
        rx->dsecond = dsecond;
    }
    return 0;
}

/* The tables of what may start each alternative, each repeat's body and, for the
 * larger branches, each alternative under each first character (rx_build_dispatch). */
static int
rx_build_tables(Rx *rx, MaskPool *pool)
{
    if (rx_build_dispatch(rx, pool) < 0) {
        return -1;
    }
    Py_ssize_t n_alt = rx->n_alts / 2;
    rx->afirst = PyMem_Malloc(n_alt ? (size_t)n_alt * sizeof(int32_t) : sizeof(int32_t));
    if (rx->afirst == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t a = 0; a < n_alt; a++) {
        RxFirst g = {{0, 0}, 0, 0};
        if (rx_first(rx, rx->alts[2 * a], rx->alts[2 * a + 1], &g, 0)) {
            g.any = 1; /* may match nothing */
        }
        if ((rx->afirst[a] = mask_intern(rx, pool, g)) < 0) {
            return -1;
        }
    }
    for (Py_ssize_t i = 0; i < rx->n_nodes; i++) {
        const RxNode *nd = &rx->nodes[i];
        if ((nd->op == RX_REPEAT || nd->op == RX_LAZY) && !(rx->repeat_flags[i] & RX_SINGLE)) {
            RxFirst g = {{0, 0}, 0, 0};
            if (rx_first(rx, nd->c, nd->d, &g, 0) || g.any) {
                rx->repeat_flags[i] |= RX_GUARD_ANY; /* the body may match nothing, or anything */
            }
            rx->ascii[i][0] = g.mask[0];
            rx->ascii[i][1] = g.mask[1];
            if (g.nonascii) {
                rx->repeat_flags[i] |= RX_GUARD_NONASCII;
            }
        }
    }
    /* Keep only the sets used. */
    if (rx->n_masks > 0) {
        RxFirst *masks =
            PyMem_Realloc(rx->masks, (size_t)rx->n_masks * sizeof(RxFirst));
        if (masks != NULL) {
            rx->masks = masks;
        }
    }
    return 0;
}

/* Check every index of the program (the matcher trusts them) and fill the tables. */
static int
rx_prepare(Rx *rx)
{
    if (!rx_seq_ok(rx, rx->root_start, rx->root_len)) {
        PyErr_SetString(PyExc_ValueError, "Rx: the root sequence is out of range");
        return -1;
    }
    for (Py_ssize_t a = 0; a < rx->n_alts; a += 2) {
        if (!rx_seq_ok(rx, rx->alts[a], rx->alts[a + 1])) {
            PyErr_Format(PyExc_ValueError, "Rx: alternative %zd is out of range", a / 2);
            return -1;
        }
    }
    rx->ascii = PyMem_Calloc(rx->n_nodes ? (size_t)rx->n_nodes : 1, sizeof(uint64_t[2]));
    rx->repeat_flags = PyMem_Calloc(rx->n_nodes ? (size_t)rx->n_nodes : 1, 1);
    if (rx->ascii == NULL || rx->repeat_flags == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < rx->n_nodes; i++) {
        const RxNode *nd = &rx->nodes[i];
        int ok = 1;
        switch (nd->op) {
        case RX_STR:
            ok = nd->a >= 0 && nd->b >= 1 && (Py_ssize_t)nd->a + nd->b <= rx->n_pool;
            break;
        case RX_SET: {
            ok = nd->a >= 0 && (Py_ssize_t)nd->a + 2 <= rx->n_sets;
            if (ok) {
                int32_t items = rx->sets[nd->a + 1];
                ok = items >= 0 && (Py_ssize_t)nd->a + 2 + 3 * (Py_ssize_t)items <= rx->n_sets;
                for (int32_t j = 0; ok && j < items; j++) {
                    const int32_t *it = rx->sets + nd->a + 2 + 3 * j;
                    ok = (it[0] == RX_SET_LITERAL && it[1] >= 0) ||
                         (it[0] == RX_SET_RANGE && it[1] >= 0 && it[2] >= it[1]) ||
                         (it[0] == RX_SET_CATEGORY && it[1] >= 0 && it[1] < RX_NCATS);
                }
            }
            if (ok) {
                for (Py_UCS4 c = 0; c < 128; c++) {
                    if (rx_set_slow(rx, nd->a, c)) {
                        rx->ascii[i][c >> 6] |= (uint64_t)1 << (c & 63);
                    }
                }
            }
            break;
        }
        case RX_NOTCHAR:
        case RX_ANY:
            break;
        case RX_BRANCH:
            ok = nd->a >= 0 && nd->b >= 0 && 2 * ((Py_ssize_t)nd->a + nd->b) <= rx->n_alts;
            break;
        case RX_REPEAT:
        case RX_LAZY:
            ok = nd->a >= 0 && (nd->b == -1 || nd->b >= nd->a) && nd->d >= 1 &&
                 rx_seq_ok(rx, nd->c, nd->d);
            if (ok && nd->d == 1) {
                const RxNode *item = &rx->nodes[nd->c];
                rx->repeat_flags[i] = item->op == RX_SET || item->op == RX_NOTCHAR ||
                                item->op == RX_ANY || (item->op == RX_STR && item->b == 1);
            }
            break;
        case RX_ASSERT:
        case RX_ASSERT_NOT:
            ok = nd->b >= 0 && rx_seq_ok(rx, nd->c, nd->d);
            break;
        case RX_AT:
            ok = nd->a >= 0 && nd->a < RX_NATS;
            break;
        default:
            ok = 0;
        }
        if (!ok) {
            PyErr_Format(PyExc_ValueError, "Rx: node %zd is malformed", i);
            return -1;
        }
    }
    MaskPool pool = {NULL, 0, 0};
    int rc = rx_build_tables(rx, &pool);
    PyMem_Free(pool.slots);
    if (rc < 0) {
        return -1;
    }
    RxFirst f = {{0, 0}, 0, 0};
    if (rx_first(rx, rx->root_start, rx->root_len, &f, 0)) {
        f.any = 1; /* may match nothing */
    }
    rx->start_mask[0] = f.mask[0];
    rx->start_mask[1] = f.mask[1];
    rx->start_nonascii = f.nonascii;
    rx->start_any = f.any;
    return 0;
}

static PyObject *
Rx_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"nodes", "alts", "pool", "sets", "root", "source", "compile", NULL};
    PyObject *nodes, *alts, *pool, *sets, *source, *compile;
    int root_start, root_len;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OOOO(ii)UO:Rx", kwlist, &nodes, &alts, &pool,
                                     &sets, &root_start, &root_len, &source, &compile)) {
        return NULL;
    }
    if (!PyCallable_Check(compile)) {
        PyErr_SetString(PyExc_TypeError, "Rx: compile must be callable");
        return NULL;
    }
    Rx *rx = (Rx *)type->tp_alloc(type, 0);
    if (rx == NULL) {
        return NULL;
    }
    Py_INCREF(source);
    rx->source = source;
    Py_INCREF(compile);
    rx->compile = compile;
    rx->root_start = root_start;
    rx->root_len = root_len;
    Py_ssize_t count;
    int32_t *raw = int32_copy(nodes, &count, "Rx: nodes");
    if (raw == NULL) {
        goto fail;
    }
    rx->nodes = (RxNode *)raw;
    if (count % 5 != 0) {
        PyErr_SetString(PyExc_ValueError, "Rx: nodes are five int32 each");
        goto fail;
    }
    rx->n_nodes = count / 5;
    if ((rx->alts = int32_copy(alts, &rx->n_alts, "Rx: alts")) == NULL ||
        (rx->sets = int32_copy(sets, &rx->n_sets, "Rx: sets")) == NULL) {
        goto fail;
    }
    if (rx->n_alts % 2 != 0) {
        PyErr_SetString(PyExc_ValueError, "Rx: alts are pairs");
        goto fail;
    }
    raw = int32_copy(pool, &rx->n_pool, "Rx: pool");
    if (raw == NULL) {
        goto fail;
    }
    rx->pool = (Py_UCS4 *)raw;
    for (Py_ssize_t i = 0; i < rx->n_pool; i++) {
        if (rx->pool[i] > 0x10FFFF) {
            PyErr_SetString(PyExc_ValueError, "Rx: the pool holds a non-character");
            goto fail;
        }
    }
    if (rx_prepare(rx) < 0) {
        goto fail;
    }
    return (PyObject *)rx;

fail:
    Py_DECREF(rx);
    return NULL;
}

/* ---- an automaton that may rule a rest out ------------------------------------- */

/* Of the scan's questions about rests (rest_matches), 96 % are answered no, and the
 * matcher above spends about 500 ns on each: it backtracks through the alternatives in
 * re's order to find re's match end. The scan needs only whether some match exists, and
 * a deterministic automaton answers that in one table step per character.
 *
 * The automaton reads a superset of the rest: look-arounds, \b, ^ and $ are read as
 * matching always, every non-ASCII character as one character class, and a repeat of
 * more than RXA_UNROLL (or of at least more than RXA_UNROLL) as a repeat of any count.
 * Wherever the rest matches, the automaton reaches an accepting state, so its "no" is
 * certain; its "maybe" goes on to the matcher. It is built from the matcher's own
 * program: a Glushkov automaton (a position per character the rest reads, and which
 * positions may follow which), whose deterministic states are made as the text needs
 * them and kept (RXA_MAX_STATES at most; past that, an unknown step answers "maybe").
 * A rest that may match the empty string gets none: it matches everywhere. */

#define RXA_UNROLL 4
#define RXA_MAX_POSITIONS 100000
#define RXA_MAX_FOLLOW 2000000
#define RXA_MAX_STATES 20000 /* (below 32,768: a state's number fits trans' int16) */
#define RXA_MAX_POOL 1000000 /* positions held by all states together */
#define RXA_MAX_SETS 1024
/* The limits bound one rest's automaton to under 20 MB however adversarial the text
 * (steps: 20,000 x 128 classes x 2 bytes, 5 MB; the states' positions, 4 MB; the
 * followers, 8 MB); the rules' rests take about 8 KB each on average, 34 MB for the
 * 4,388 that the whole corpus meets (docs/performance.md). */
/* trans entries besides a state: not made yet, and past the limits (ask the matcher);
 * and an error from the functions that make states. */
#define RXA_UNKNOWN (-1)
#define RXA_GIVE_UP (-2)
#define RXA_ERROR (-3)

typedef struct {
    int32_t *v;
    int32_t n, cap;
} IVec;

static int
ivec_push(IVec *a, int32_t x)
{
    if (a->n == a->cap) {
        int32_t cap = a->cap ? a->cap * 2 : 4;
        int32_t *grown = PyMem_Realloc(a->v, (size_t)cap * sizeof(int32_t));
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        a->v = grown;
        a->cap = cap;
    }
    a->v[a->n++] = x;
    return 0;
}

static int
ivec_extend(IVec *a, const IVec *b)
{
    for (int32_t i = 0; i < b->n; i++) {
        if (ivec_push(a, b->v[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static void
ivec_free(IVec *a)
{
    PyMem_Free(a->v);
    a->v = NULL;
    a->n = a->cap = 0;
}

typedef struct RxAuto {
    int32_t n_pos;      /* positions 1..n_pos; 0 is the start, before any character */
    uint16_t *pset;     /* per position: its character set, an index into smask */
    int32_t *foff;      /* what may follow position p: fol[foff[p] : foff[p + 1]] */
    int32_t *fol;
    uint8_t *final;     /* per position: a match may end after it */
    int32_t n_cls;      /* character classes: cls[c] for ASCII c, cls[128] non-ASCII */
    uint8_t cls[129];
    uint64_t (*smask)[2]; /* per character set: the classes it admits */
    int32_t n_sets;
    /* The deterministic states: state s is the set of positions
     * pool[soff[s] : soff[s] + slen[s]] (sorted); 0 is the dead state, 1 the start. */
    int32_t n_states, cap_states;
    int32_t *soff, *slen;
    uint8_t *sacc;
    uint64_t *shash;
    int16_t *trans;     /* trans[s * n_cls + k]: the next state, or RXA_UNKNOWN, RXA_GIVE_UP */
    int32_t *pool;
    size_t n_pool, cap_pool;
    int search;         /* every state holds position 0: a match may start at any character */
    int32_t *slots;     /* states by hash of their set, -1 empty */
    size_t slot_mask;
    int full;           /* no more states are made */
} RxAuto;

static void
rx_auto_free(RxAuto *a)
{
    if (a == NULL) {
        return;
    }
    PyMem_Free(a->pset);
    PyMem_Free(a->foff);
    PyMem_Free(a->fol);
    PyMem_Free(a->final);
    PyMem_Free(a->smask);
    PyMem_Free(a->soff);
    PyMem_Free(a->slen);
    PyMem_Free(a->sacc);
    PyMem_Free(a->shash);
    PyMem_Free(a->trans);
    PyMem_Free(a->pool);
    PyMem_Free(a->slots);
    PyMem_Free(a);
}

/* The Glushkov construction over the matcher's nodes. */
typedef struct {
    const Rx *rx;
    IVec pset;      /* per position (from 1; entry 0 unused) */
    IVec *follow;   /* per position */
    int32_t cap_follow;
    size_t n_follow;
    RxFirst *sets;  /* the distinct character sets */
    int32_t n_sets;
    int too_big;
} RxaBuild;

typedef struct {
    int nullable;
    IVec first, last;
} RxaPart;

static void
rxa_part_free(RxaPart *p)
{
    ivec_free(&p->first);
    ivec_free(&p->last);
}

/* A new position reading character set m; its number, or -1. */
static int32_t
rxa_position(RxaBuild *b, const RxFirst *m)
{
    int32_t k = 0;
    while (k < b->n_sets && memcmp(&b->sets[k], m, sizeof(RxFirst)) != 0) {
        k++;
    }
    if (k == b->n_sets) {
        if (b->n_sets == RXA_MAX_SETS) {
            b->too_big = 1;
            return -1;
        }
        RxFirst *grown = PyMem_Realloc(b->sets, (size_t)(b->n_sets + 1) * sizeof(RxFirst));
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        b->sets = grown;
        b->sets[b->n_sets++] = *m;
    }
    int32_t p = b->pset.n;
    if (p > RXA_MAX_POSITIONS) {
        b->too_big = 1;
        return -1;
    }
    if (p >= b->cap_follow) {
        int32_t cap = b->cap_follow ? b->cap_follow * 2 : 64;
        IVec *grown = PyMem_Realloc(b->follow, (size_t)cap * sizeof(IVec));
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        memset(grown + b->cap_follow, 0, (size_t)(cap - b->cap_follow) * sizeof(IVec));
        b->follow = grown;
        b->cap_follow = cap;
    }
    if (ivec_push(&b->pset, k) < 0) {
        return -1;
    }
    return p;
}

/* follow[p] gets `to`, for every p in `from`. */
static int
rxa_link(RxaBuild *b, const IVec *from, const IVec *to)
{
    for (int32_t i = 0; i < from->n; i++) {
        if (ivec_extend(&b->follow[from->v[i]], to) < 0) {
            return -1;
        }
    }
    b->n_follow += (size_t)from->n * (size_t)to->n;
    if (b->n_follow > RXA_MAX_FOLLOW) {
        b->too_big = 1;
        return -1;
    }
    return 0;
}

/* acc := acc followed by next (next is consumed). */
static int
rxa_concat(RxaBuild *b, RxaPart *acc, RxaPart *next)
{
    if (rxa_link(b, &acc->last, &next->first) < 0) {
        return -1;
    }
    if (acc->nullable && ivec_extend(&acc->first, &next->first) < 0) {
        return -1;
    }
    if (next->nullable) {
        if (ivec_extend(&acc->last, &next->last) < 0) {
            return -1;
        }
    }
    else {
        IVec t = acc->last;
        acc->last = next->last;
        next->last = t;
    }
    acc->nullable = acc->nullable && next->nullable;
    rxa_part_free(next);
    return 0;
}

static int rxa_seq(RxaBuild *b, int32_t start, int32_t len, RxaPart *out, int depth);

/* One character position as a part. */
static int
rxa_char(RxaBuild *b, const RxFirst *m, RxaPart *out)
{
    int32_t p = rxa_position(b, m);
    if (p < 0) {
        return -1;
    }
    out->nullable = 0;
    if (ivec_push(&out->first, p) < 0 || ivec_push(&out->last, p) < 0) {
        return -1;
    }
    return 0;
}

static int
rxa_node(RxaBuild *b, int32_t i, RxaPart *out, int depth)
{
    const Rx *rx = b->rx;
    const RxNode *nd = &rx->nodes[i];
    memset(out, 0, sizeof(*out));
    if (depth > RX_MAX_DEPTH) {
        b->too_big = 1;
        return -1;
    }
    switch (nd->op) {
    case RX_STR: {
        out->nullable = 1;
        for (int32_t j = 0; j < nd->b; j++) {
            Py_UCS4 c = rx->pool[nd->a + j];
            RxFirst m = {{0, 0}, 0, 0};
            if (c < 128) {
                m.mask[c >> 6] |= (uint64_t)1 << (c & 63);
            }
            else {
                m.nonascii = 1;
            }
            RxaPart one = {0};
            if (rxa_char(b, &m, &one) < 0 || rxa_concat(b, out, &one) < 0) {
                rxa_part_free(&one);
                return -1;
            }
        }
        return 0;
    }
    case RX_SET:
    case RX_NOTCHAR:
    case RX_ANY: {
        RxFirst m = {{0, 0}, 1, 0};
        for (Py_UCS4 c = 0; c < 128; c++) {
            if (rx_one(rx, i, nd, c)) {
                m.mask[c >> 6] |= (uint64_t)1 << (c & 63);
            }
        }
        if (nd->op == RX_SET) {
            m.nonascii = rx_set_nonascii(rx, nd->a);
        }
        return rxa_char(b, &m, out);
    }
    case RX_BRANCH: {
        const int32_t *alt = rx->alts + 2 * (Py_ssize_t)nd->a;
        for (int32_t j = 0; j < nd->b; j++) {
            RxaPart one = {0};
            if (rxa_seq(b, alt[2 * j], alt[2 * j + 1], &one, depth + 1) < 0 ||
                ivec_extend(&out->first, &one.first) < 0 ||
                ivec_extend(&out->last, &one.last) < 0) {
                rxa_part_free(&one);
                return -1;
            }
            out->nullable |= one.nullable;
            rxa_part_free(&one);
        }
        return 0;
    }
    case RX_REPEAT:
    case RX_LAZY: {
        int32_t lo = nd->a, hi = nd->b;
        if (hi < 0 || hi > RXA_UNROLL || lo > RXA_UNROLL) {
            /* Any count (at least one where lo is): a superset of lo to hi. */
            if (rxa_seq(b, nd->c, nd->d, out, depth + 1) < 0 ||
                rxa_link(b, &out->last, &out->first) < 0) {
                return -1;
            }
            out->nullable = out->nullable || lo == 0;
            return 0;
        }
        out->nullable = 1;
        for (int32_t k = 0; k < hi; k++) {
            RxaPart one = {0};
            if (rxa_seq(b, nd->c, nd->d, &one, depth + 1) < 0) {
                rxa_part_free(&one);
                return -1;
            }
            one.nullable = one.nullable || k >= lo;
            if (rxa_concat(b, out, &one) < 0) {
                rxa_part_free(&one);
                return -1;
            }
        }
        return 0;
    }
    default: /* RX_AT, RX_ASSERT, RX_ASSERT_NOT: read as always true */
        out->nullable = 1;
        return 0;
    }
}

static int
rxa_seq(RxaBuild *b, int32_t start, int32_t len, RxaPart *out, int depth)
{
    memset(out, 0, sizeof(*out));
    out->nullable = 1;
    for (int32_t i = start; i < start + len; i++) {
        RxaPart one;
        if (rxa_node(b, i, &one, depth) < 0 || rxa_concat(b, out, &one) < 0) {
            rxa_part_free(&one);
            return -1;
        }
    }
    return 0;
}

static int
int32_order(const void *x, const void *y)
{
    int32_t a = *(const int32_t *)x, b = *(const int32_t *)y;
    return (a > b) - (a < b);
}

static uint64_t
rxa_hash(const int32_t *v, int32_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t)n;
    for (int32_t i = 0; i < n; i++) {
        h = (h ^ (uint64_t)(uint32_t)v[i]) * 0x100000001B3ull;
    }
    return mix64(h) | 1;
}

/* The state for positions v[0:n] (sorted), made if new: its number, RXA_GIVE_UP when
 * the limits are reached, RXA_ERROR with an exception. */
static int32_t
rxa_state(RxAuto *a, const int32_t *v, int32_t n)
{
    uint64_t h = rxa_hash(v, n);
    size_t i = (size_t)h & a->slot_mask;
    for (;;) {
        int32_t s = a->slots[i];
        if (s < 0) {
            break;
        }
        if (a->shash[s] == h && a->slen[s] == n &&
            (n == 0 || memcmp(a->pool + a->soff[s], v, (size_t)n * sizeof(int32_t)) == 0)) {
            return s;
        }
        i = (i + 1) & a->slot_mask;
    }
    if (a->full || a->n_states >= RXA_MAX_STATES || a->n_pool + (size_t)n > RXA_MAX_POOL) {
        a->full = 1;
        return RXA_GIVE_UP;
    }
    if (a->n_states == a->cap_states) {
        int32_t cap = a->cap_states ? a->cap_states * 2 : 16;
        int32_t *soff = PyMem_Realloc(a->soff, (size_t)cap * sizeof(int32_t));
        if (soff != NULL) {
            a->soff = soff;
        }
        int32_t *slen = PyMem_Realloc(a->slen, (size_t)cap * sizeof(int32_t));
        if (slen != NULL) {
            a->slen = slen;
        }
        uint8_t *sacc = PyMem_Realloc(a->sacc, (size_t)cap);
        if (sacc != NULL) {
            a->sacc = sacc;
        }
        uint64_t *shash = PyMem_Realloc(a->shash, (size_t)cap * sizeof(uint64_t));
        if (shash != NULL) {
            a->shash = shash;
        }
        int16_t *trans = PyMem_Realloc(a->trans, (size_t)cap * (size_t)a->n_cls * sizeof(int16_t));
        if (trans != NULL) {
            a->trans = trans;
        }
        if (soff == NULL || slen == NULL || sacc == NULL || shash == NULL || trans == NULL) {
            PyErr_NoMemory();
            return RXA_ERROR;
        }
        a->cap_states = cap;
        /* Keep the table of states at most half full. */
        size_t want = 1;
        while (want < 2 * (size_t)cap) {
            want <<= 1;
        }
        if (want - 1 > a->slot_mask) {
            int32_t *slots = PyMem_Malloc(want * sizeof(int32_t));
            if (slots == NULL) {
                PyErr_NoMemory();
                return RXA_ERROR;
            }
            memset(slots, 0xff, want * sizeof(int32_t));
            for (int32_t s = 0; s < a->n_states; s++) {
                size_t j = (size_t)a->shash[s] & (want - 1);
                while (slots[j] >= 0) {
                    j = (j + 1) & (want - 1);
                }
                slots[j] = s;
            }
            PyMem_Free(a->slots);
            a->slots = slots;
            a->slot_mask = want - 1;
            i = (size_t)h & a->slot_mask;
            while (a->slots[i] >= 0) {
                i = (i + 1) & a->slot_mask;
            }
        }
    }
    if (a->pool == NULL || a->n_pool + (size_t)n > a->cap_pool) {
        size_t cap = a->cap_pool ? a->cap_pool : 64;
        while (cap < a->n_pool + (size_t)n) {
            cap *= 2;
        }
        int32_t *pool = PyMem_Realloc(a->pool, cap * sizeof(int32_t));
        if (pool == NULL) {
            PyErr_NoMemory();
            return RXA_ERROR;
        }
        a->pool = pool;
        a->cap_pool = cap;
    }
    int32_t s = a->n_states++;
    a->soff[s] = (int32_t)a->n_pool;
    a->slen[s] = n;
    if (n > 0) {
        memcpy(a->pool + a->n_pool, v, (size_t)n * sizeof(int32_t));
    }
    a->n_pool += (size_t)n;
    a->shash[s] = h;
    uint8_t acc = 0;
    for (int32_t j = 0; j < n && !acc; j++) {
        acc = a->final[v[j]];
    }
    a->sacc[s] = acc;
    for (int32_t k = 0; k < a->n_cls; k++) {
        a->trans[(size_t)s * (size_t)a->n_cls + (size_t)k] = RXA_UNKNOWN;
    }
    a->slots[i] = s;
    return s;
}

/* Build rx's automaton (`search`: the one for a match anywhere): 0 made, 1 none (it
 * may match nothing, or is too big), -1 error. */
static int
rxa_build(Rx *rx, int search)
{
    RxaBuild b = {rx, {0}, NULL, 0, 0, NULL, 0, 0};
    RxaPart root = {0};
    RxAuto *a = NULL;
    int result = -1;
    RxFirst start = {{0, 0}, 0, 0}; /* position 0: reads nothing */
    if (rxa_position(&b, &start) < 0) {
        goto done;
    }
    if (rxa_seq(&b, rx->root_start, rx->root_len, &root, 0) < 0) {
        result = b.too_big && !PyErr_Occurred() ? 1 : -1;
        goto done;
    }
    if (root.nullable) {
        result = 1;
        goto done;
    }
    if (ivec_extend(&b.follow[0], &root.first) < 0) {
        goto done;
    }
    /* Character classes: characters that every set admits alike. */
    uint8_t cls[129];
    int32_t n_cls = 0;
    int32_t rep[129]; /* a character of each class */
    for (int32_t c = 0; c <= 128; c++) {
        int32_t k = 0;
        for (; k < n_cls; k++) {
            int same = 1;
            for (int32_t q = 0; q < b.n_sets && same; q++) {
                const RxFirst *m = &b.sets[q];
                int in_c = c < 128 ? (int)((m->mask[c >> 6] >> (c & 63)) & 1) : m->nonascii;
                int r = rep[k];
                int in_r = r < 128 ? (int)((m->mask[r >> 6] >> (r & 63)) & 1) : m->nonascii;
                same = in_c == in_r;
            }
            if (same) {
                break;
            }
        }
        if (k == n_cls) {
            rep[n_cls++] = c;
        }
        cls[c] = (uint8_t)k;
    }
    if (n_cls > 128) {
        result = 1;
        goto done;
    }
    a = PyMem_Calloc(1, sizeof(RxAuto));
    if (a == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    a->n_cls = n_cls;
    memcpy(a->cls, cls, sizeof(cls));
    a->slots = PyMem_Malloc(32 * sizeof(int32_t));
    if (a->slots == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    memset(a->slots, 0xff, 32 * sizeof(int32_t));
    a->slot_mask = 31;
    a->n_pos = b.pset.n - 1;
    int32_t np = b.pset.n;
    a->n_sets = b.n_sets;
    a->smask = PyMem_Calloc((size_t)b.n_sets, sizeof(*a->smask));
    a->foff = PyMem_Malloc((size_t)(np + 1) * sizeof(int32_t));
    a->final = PyMem_Calloc((size_t)np, 1);
    a->pset = PyMem_Malloc((size_t)np * sizeof(uint16_t));
    if (a->smask == NULL || a->foff == NULL || a->final == NULL || a->pset == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (int32_t p = 0; p < np; p++) {
        a->pset[p] = (uint16_t)b.pset.v[p]; /* (fewer than RXA_MAX_SETS) */
    }
    for (int32_t q = 0; q < b.n_sets; q++) {
        const RxFirst *m = &b.sets[q];
        for (int32_t c = 0; c <= 128; c++) {
            int in = c < 128 ? (int)((m->mask[c >> 6] >> (c & 63)) & 1) : m->nonascii;
            if (in) {
                a->smask[q][cls[c] >> 6] |= (uint64_t)1 << (cls[c] & 63);
            }
        }
    }
    for (int32_t j = 0; j < root.last.n; j++) {
        a->final[root.last.v[j]] = 1;
    }
    /* Each position's followers, sorted and once each. */
    size_t total = 0;
    for (int32_t p = 0; p < np; p++) {
        IVec *f = &b.follow[p];
        if (f->n > 1) {
            qsort(f->v, (size_t)f->n, sizeof(int32_t), int32_order);
            int32_t w = 1;
            for (int32_t j = 1; j < f->n; j++) {
                if (f->v[j] != f->v[w - 1]) {
                    f->v[w++] = f->v[j];
                }
            }
            f->n = w;
        }
        total += (size_t)f->n;
    }
    a->fol = PyMem_Malloc((total ? total : 1) * sizeof(int32_t));
    if (a->fol == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    size_t at = 0;
    for (int32_t p = 0; p < np; p++) {
        a->foff[p] = (int32_t)at;
        if (b.follow[p].n > 0) {
            memcpy(a->fol + at, b.follow[p].v, (size_t)b.follow[p].n * sizeof(int32_t));
        }
        at += (size_t)b.follow[p].n;
    }
    a->foff[np] = (int32_t)at;
    int32_t zero = 0;
    if (rxa_state(a, &zero, 0) != 0 || rxa_state(a, &zero, 1) != 1) {
        goto done; /* (memory: the first two states are within every limit) */
    }
    a->search = search;
    rx->automaton[search] = a;
    a = NULL;
    result = 0;

done:
    rx_auto_free(a);
    rxa_part_free(&root);
    for (int32_t p = 0; p < b.cap_follow; p++) {
        ivec_free(&b.follow[p]);
    }
    PyMem_Free(b.follow);
    ivec_free(&b.pset);
    PyMem_Free(b.sets);
    return result;
}

/* Scratch for rxa_step, shared by every automaton (the GIL is held throughout): per
 * position, the last step that collected it (rxa_stamp), and the step's positions. */
static int32_t *rxa_mark, *rxa_buf;
static size_t rxa_scratch;
static int32_t rxa_stamp;

static int
rxa_scratch_fit(size_t positions)
{
    if (positions <= rxa_scratch) {
        return 0;
    }
    int32_t *mark = PyMem_Calloc(positions, sizeof(int32_t));
    int32_t *buf = PyMem_Malloc(positions * sizeof(int32_t));
    if (mark == NULL || buf == NULL) {
        PyMem_Free(mark);
        PyMem_Free(buf);
        PyErr_NoMemory();
        return -1;
    }
    PyMem_Free(rxa_mark);
    PyMem_Free(rxa_buf);
    rxa_mark = mark;
    rxa_buf = buf;
    rxa_scratch = positions;
    rxa_stamp = 0;
    return 0;
}

/* The state after state s reads a character of class k (kept in trans): its number,
 * RXA_GIVE_UP when the limits are reached, RXA_ERROR with an exception. */
static int32_t
rxa_step(RxAuto *a, int32_t s, int k)
{
    if (rxa_scratch_fit((size_t)a->n_pos + 1) < 0) {
        return RXA_ERROR;
    }
    int32_t *mark = rxa_mark, *buf = rxa_buf;
    int32_t stamp = ++rxa_stamp;
    if (stamp == INT32_MAX) {
        memset(mark, 0, rxa_scratch * sizeof(int32_t));
        rxa_stamp = stamp = 1;
    }
    uint64_t bit = (uint64_t)1 << (k & 63);
    int word = k >> 6;
    int32_t n = 0;
    const int32_t *set = a->pool + a->soff[s];
    int32_t len = a->slen[s];
    for (int32_t j = 0; j < len; j++) {
        int32_t p = set[j];
        for (int32_t f = a->foff[p]; f < a->foff[p + 1]; f++) {
            int32_t q = a->fol[f];
            if (mark[q] != stamp && (a->smask[a->pset[q]][word] & bit)) {
                mark[q] = stamp;
                buf[n++] = q;
            }
        }
    }
    if (a->search && mark[0] != stamp) {
        buf[n++] = 0; /* a match may also start at the next character */
    }
    if (n > 1) {
        qsort(buf, (size_t)n, sizeof(int32_t), int32_order);
    }
    int32_t t = rxa_state(a, buf, n);
    if (t != RXA_ERROR) {
        /* (after rxa_state, which may have moved trans) */
        a->trans[(size_t)s * (size_t)a->n_cls + (size_t)k] = (int16_t)t;
    }
    return t;
}

/* The state after state s reads a character of class k: from trans, made by rxa_step
 * the first time (RXA_GIVE_UP, RXA_ERROR as rxa_step gives them). */
static inline int32_t
rxa_next(RxAuto *a, int32_t s, int k)
{
    int32_t t = a->trans[(size_t)s * (size_t)a->n_cls + (size_t)k];
    return t == RXA_UNKNOWN ? rxa_step(a, s, k) : t;
}

/* rx's automaton of kind `search`, built on first need; NULL where it has none (or on
 * an error: *error is then set, with an exception). */
static RxAuto *
rx_auto(Rx *rx, int search, int *error)
{
    if (rx->auto_state[search] == 0) {
        int got = rxa_build(rx, search);
        if (got < 0) {
            *error = 1;
            return NULL;
        }
        rx->auto_state[search] = got == 0 ? 1 : 2;
    }
    return rx->auto_state[search] == 1 ? rx->automaton[search] : NULL;
}

/* Run automaton a over data[at : end] from its start state: 1 if it accepts on the way
 * (a match may exist), 0 if it dies or the stretch ends first, -1 on an error. */
static int
rxa_run(RxAuto *a, int kind, const void *data, Py_ssize_t at, Py_ssize_t end)
{
    int32_t s = 1;
    for (Py_ssize_t i = at;; i++) {
        if (a->sacc[s]) {
            return 1;
        }
        if (i >= end) {
            return 0;
        }
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        int32_t t = rxa_next(a, s, a->cls[c < 128 ? c : 128]);
        if (t == RXA_ERROR) {
            return -1;
        }
        if (t == RXA_GIVE_UP) {
            return 1; /* too many states: the matcher answers */
        }
        if (t == 0) {
            return 0;
        }
        s = t;
    }
}

/* Whether rx may match in text[at : end] (1), certainly does not (0), or -1 on an error:
 * a match starting at `at` (search 0, the scan's question, with end the text's
 * length) or one anywhere in the stretch (search 1). */
static int
rx_may_occur(Rx *rx, int search, int kind, const void *data, Py_ssize_t at, Py_ssize_t end)
{
    int error = 0;
    RxAuto *a = rx_auto(rx, search, &error);
    if (a == NULL) {
        return error ? -1 : 1;
    }
    return rxa_run(a, kind, data, at, end);
}

PyDoc_STRVAR(rx_may_doc,
"may(text, pos) -> bool\n\n"
"False only where no match starts at pos: the scan's quick test before match.\n"
"True where match may find one (a superset of the positions where it does).");

static PyObject *
Rx_may(Rx *self, PyObject *args)
{
    PyObject *text;
    Py_ssize_t pos;
    if (!PyArg_ParseTuple(args, "Un:may", &text, &pos)) {
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    pos = pos < 0 ? 0 : (pos > n ? n : pos);
    int got = rx_may_occur(self, 0, PyUnicode_KIND(text), PyUnicode_DATA(text), pos, n);
    if (got < 0) {
        return NULL;
    }
    return PyBool_FromLong(got);
}

/* Parse (text, pos=0, endpos=len(text)), both clamped into the text as re clamps them;
 * -1 with ValueError where endpos is before pos. `format` names the method. */
static int
rx_stretch_args(PyObject *args, const char *format, const char *what, PyObject **text,
                Py_ssize_t *pos, Py_ssize_t *endpos)
{
    *pos = 0;
    *endpos = PY_SSIZE_T_MAX;
    if (!PyArg_ParseTuple(args, format, text, pos, endpos)) {
        return -1;
    }
    Py_ssize_t length = PyUnicode_GET_LENGTH(*text);
    *endpos = *endpos < 0 ? 0 : (*endpos > length ? length : *endpos);
    *pos = *pos < 0 ? 0 : (*pos > length ? length : *pos);
    if (*pos > *endpos) {
        PyErr_Format(PyExc_ValueError, "%s: endpos is before pos", what);
        return -1;
    }
    return 0;
}

PyDoc_STRVAR(rx_may_search_doc,
"may_search(text, pos=0, endpos=len(text)) -> bool\n\n"
"False only where search(text, pos, endpos) finds nothing: True where a match may\n"
"exist in text[pos:endpos] (a superset; ValueError if endpos is before pos).");

static PyObject *
Rx_may_search(Rx *self, PyObject *args)
{
    PyObject *text;
    Py_ssize_t pos, endpos;
    if (rx_stretch_args(args, "U|nn:may_search", "may_search", &text, &pos, &endpos) < 0) {
        return NULL;
    }
    int got = rx_may_occur(self, 1, PyUnicode_KIND(text), PyUnicode_DATA(text), pos, endpos);
    if (got < 0) {
        return NULL;
    }
    return PyBool_FromLong(got);
}

PyDoc_STRVAR(rx_automaton_doc,
"automaton(search=False) -> tuple[int, int, int, int] | None\n\n"
"(positions, character classes, states made so far, bytes held) of the automaton that\n"
"may() and the scan use (search: that may_search() uses); None where there is none (a\n"
"pattern that may match the empty string, or one past the size limits). Builds it if\n"
"not yet built.");

static PyObject *
Rx_automaton(Rx *self, PyObject *args)
{
    int search = 0;
    if (!PyArg_ParseTuple(args, "|p:automaton", &search)) {
        return NULL;
    }
    int error = 0;
    RxAuto *a = rx_auto(self, search, &error);
    if (a == NULL) {
        if (error) {
            return NULL;
        }
        Py_RETURN_NONE;
    }
    size_t np = (size_t)a->n_pos + 1;
    size_t bytes = sizeof(RxAuto) + np * (sizeof(uint16_t) + 1) + (np + 1) * sizeof(int32_t) +
                   (size_t)a->foff[np] * sizeof(int32_t) + (size_t)a->n_sets * sizeof(*a->smask) +
                   (size_t)a->cap_states * (2 * sizeof(int32_t) + 1 + sizeof(uint64_t) +
                                            (size_t)a->n_cls * sizeof(*a->trans)) +
                   a->cap_pool * sizeof(int32_t) + (a->slot_mask + 1) * sizeof(int32_t);
    return Py_BuildValue("(iiin)", a->n_pos, a->n_cls, a->n_states, (Py_ssize_t)bytes);
}

PyDoc_STRVAR(rx_match_doc,
"match(text, pos, endpos=len(text)) -> int | None\n\n"
"The end of re.compile(source).match(text, pos, endpos), or None where it does not\n"
"match (ValueError if endpos is before pos).");

static PyObject *
Rx_match(Rx *self, PyObject *args)
{
    PyObject *text;
    Py_ssize_t pos, endpos = PY_SSIZE_T_MAX;
    if (!PyArg_ParseTuple(args, "Un|n:match", &text, &pos, &endpos)) {
        return NULL;
    }
    /* Both clamped into the text, as re clamps them. Where endpos < pos, _sre answers
     * by quirks of its own (a repeat of at least nothing fails there): refused. */
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    endpos = endpos < 0 ? 0 : (endpos > length ? length : endpos);
    if ((pos < 0 ? 0 : (pos > length ? length : pos)) > endpos) {
        PyErr_SetString(PyExc_ValueError, "match: endpos is before pos");
        return NULL;
    }
    Py_ssize_t got =
        rx_exec(self, text, PyUnicode_KIND(text), PyUnicode_DATA(text), endpos, pos);
    if (got == RX_ERROR) {
        return NULL;
    }
    if (got < 0) {
        Py_RETURN_NONE;
    }
    return PyLong_FromSsize_t(got);
}

/* Whether a match of rx may start with character c (its table of first characters). */
static inline int
rx_may_start(const Rx *rx, Py_UCS4 c)
{
    return rx->start_any ||
           (c < 128 ? (int)((rx->start_mask[c >> 6] >> (c & 63)) & 1) : rx->start_nonascii);
}

PyDoc_STRVAR(rx_search_doc,
"search(text, pos=0, endpos=len(text)) -> tuple[int, int] | None\n\n"
"The span of re.compile(source).search(text, pos, endpos), or None where it finds\n"
"nothing: the leftmost start where the pattern matches, skipping the characters no\n"
"match can start with (ValueError if endpos is before pos).");

static PyObject *
Rx_search(Rx *self, PyObject *args)
{
    PyObject *text;
    Py_ssize_t pos, endpos;
    if (rx_stretch_args(args, "U|nn:search", "search", &text, &pos, &endpos) < 0) {
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t i = pos; i <= endpos; i++) {
        if (!self->start_any) {
            if (i == endpos) {
                break; /* only a pattern that may match nothing matches here */
            }
            Py_UCS4 c = PyUnicode_READ(kind, data, i);
            if (!rx_may_start(self, c)) {
                continue; /* no match starts with this character */
            }
        }
        Py_ssize_t end = rx_exec(self, text, kind, data, endpos, i);
        if (end == RX_ERROR) {
            return NULL;
        }
        if (end >= 0) {
            return Py_BuildValue("(nn)", i, end);
        }
    }
    Py_RETURN_NONE;
}

PyDoc_STRVAR(rx_covers_doc,
"covers(text, lo, start, end, hi) -> bool\n\n"
"Whether a match that starts at a word start in text[lo : start + 1] (a \\w character\n"
"after none), with the text ending at hi, reaches end: the homonym test of\n"
"candor.language.engine, _homonym_search.");

static PyObject *
Rx_covers(Rx *self, PyObject *args)
{
    PyObject *text;
    Py_ssize_t lo, start, end, hi;
    if (!PyArg_ParseTuple(args, "Unnnn:covers", &text, &lo, &start, &end, &hi)) {
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (lo < 0 || lo > start || start > end || end > hi || hi > n) {
        PyErr_Format(PyExc_ValueError,
                     "covers: need 0 <= lo <= start <= end <= hi <= len(text), got %zd, %zd, "
                     "%zd, %zd",
                     lo, start, end, hi);
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    int before = lo > 0 && is_word(PyUnicode_READ(kind, data, lo - 1));
    for (Py_ssize_t p = lo; p <= start && p < hi; p++) {
        int here = is_word(PyUnicode_READ(kind, data, p));
        if (here && !before) {
            Py_ssize_t got = rx_exec(self, text, kind, data, hi, p);
            if (got == RX_ERROR) {
                return NULL;
            }
            if (got >= end) {
                Py_RETURN_TRUE;
            }
        }
        before = here;
    }
    Py_RETURN_FALSE;
}

PyDoc_STRVAR(rx_ends_doc,
"ends(text) -> list[int]\n\n"
"[m.end() for m in re.compile(source).finditer(text)], for a pattern that never matches\n"
"the empty string (ValueError if it does).");

static PyObject *
Rx_ends(Rx *self, PyObject *args)
{
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U:ends", &text)) {
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    Py_ssize_t i = 0;
    while (i < n) {
        if (kind == PyUnicode_1BYTE_KIND && !self->start_any) {
            /* Most text is Latin-1: skip to the next character a match can start with
             * without the per-character switch on the kind (half the time per note). */
            const Py_UCS1 *bytes = (const Py_UCS1 *)data;
            while (i < n && !rx_may_start(self, bytes[i])) {
                i++;
            }
            if (i >= n) {
                break;
            }
        }
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (!rx_may_start(self, c)) {
            i++; /* no match starts with this character */
            continue;
        }
        Py_ssize_t end = rx_exec(self, text, kind, data, n, i);
        if (end == RX_ERROR) {
            goto fail;
        }
        if (end == i) {
            PyErr_SetString(PyExc_ValueError, "Rx.ends: the pattern matched the empty string");
            goto fail;
        }
        if (end < 0) {
            i++;
            continue;
        }
        PyObject *e = PyLong_FromSsize_t(end);
        if (e == NULL || PyList_Append(out, e) < 0) {
            Py_XDECREF(e);
            goto fail;
        }
        Py_DECREF(e);
        i = end; /* finditer goes on after the match */
    }
    return out;

fail:
    Py_DECREF(out);
    return NULL;
}

static PyMethodDef Rx_methods[] = {
    {"match", (PyCFunction)Rx_match, METH_VARARGS, rx_match_doc},
    {"ends", (PyCFunction)Rx_ends, METH_VARARGS, rx_ends_doc},
    {"covers", (PyCFunction)Rx_covers, METH_VARARGS, rx_covers_doc},
    {"search", (PyCFunction)Rx_search, METH_VARARGS, rx_search_doc},
    {"may", (PyCFunction)Rx_may, METH_VARARGS, rx_may_doc},
    {"may_search", (PyCFunction)Rx_may_search, METH_VARARGS, rx_may_search_doc},
    {"automaton", (PyCFunction)Rx_automaton, METH_VARARGS, rx_automaton_doc},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject RxType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "candor_speedups.Rx",
    .tp_doc = PyDoc_STR("Rx(nodes, alts, pool, sets, root, source, compile): a rest's matcher.\n\n"
                        "Built by candor.language.rxprog.compile_rest."),
    .tp_basicsize = sizeof(Rx),
    .tp_itemsize = 0,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = Rx_new,
    .tp_dealloc = (destructor)Rx_dealloc,
    .tp_methods = Rx_methods,
};


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

/* The bits set in x. __builtin_popcountll is a call into libgcc unless the compiler may
 * assume the popcnt instruction, which the extension's portable build does not: the
 * scan took 0.967 of its time with this inline count (bench/ab_scan.py). gcc turns it
 * into popcnt where that instruction is allowed (SCAN_CLONES). */
static inline int32_t
bit_count(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (int32_t)((x * 0x0101010101010101ULL) >> 56);
}

/* How many of the 128 bits of mask (bit c for ASCII character c) stand below c; all of
 * them for c beyond ASCII. The rank of c's entry where entries follow the set bits. */
static inline int32_t
bits_below(const uint64_t mask[2], Py_UCS4 c)
{
    if (c >= 128) {
        return bit_count(mask[0]) + bit_count(mask[1]);
    }
    uint64_t below = ((uint64_t)1 << (c & 63)) - 1;
    return c >= 64 ? bit_count(mask[0]) + bit_count(mask[1] & below) : bit_count(mask[0] & below);
}

/* Two builds of the scan's loops, chosen when the extension loads: with the processor's
 * popcnt instruction where it has one (every x86-64 since about 2008) and the portable
 * one. With the bitmaps' counts as popcnt the scan took 0.736 of its former time, with
 * gcc's library call 0.882 (docs/performance.md, 0.18). */
#if defined(__GNUC__) && defined(__x86_64__) && defined(__linux__)
#define SCAN_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define SCAN_CLONES
#endif

/* An edge with its child node's fields, which the walk reads next: one load where an
 * edge and then a node cost two cache misses (they were half of the walk's time). The
 * steps of one node are contiguous, in order of character. The child's ASCII children
 * are a bitmap: whether the walk goes on is one bit of the step it stands on, and
 * where is that step's first plus the bits below, so a character that ends the walk
 * (one at every word start) reads no other step, and none is searched for. */
typedef struct {
    uint64_t mask[2]; /* the child's ASCII children: bit c for character c */
    int32_t first;    /* the child's steps: the ASCII ones, then the others */
    int32_t lit;      /* literal ending at the child, or -1 */
} ScanStep;

/* The characters that may follow a rest's first character (from its table). */
typedef struct {
    int32_t first;    /* ASCII code, or 128 for every non-ASCII character */
    int32_t any;      /* every character may follow */
    int32_t nonascii; /* a non-ASCII character may follow */
    uint64_t mask[2]; /* the ASCII ones that may */
    int32_t third_at; /* what may follow each second character: thirds[third_at : +n] */
    int32_t n_third;  /* 0: any third character */
} ScanSecond;

/* The characters that may follow a rest's first two (the first's ScanSecond, then this
 * second character's): a rest's third character turns away about half of the rests
 * that the first two let through, and the costlier half. */
typedef struct {
    int32_t second;   /* ASCII code, or 128 for every non-ASCII character */
    int32_t any;
    int32_t nonascii;
    uint64_t mask[2];
} ScanThird;

typedef struct {
    int32_t len;
    int32_t kind;
    int32_t any_first; /* no table: every rest is asked */
    int32_t nonascii;  /* the rest may start with a non-ASCII character */
    uint64_t first[2]; /* ASCII characters a rest may start with */
    int32_t second_at; /* its ScanSecond entries: seconds[second_at : second_at + n] */
    int32_t n_second;
    int32_t second_rank; /* one entry per first character: a character's is its rank */
    PyObject *source;  /* the rest's pattern source (REST_REGEX) */
    PyObject *match;   /* its compiled pattern's bound match, made on first use */
    Rx *rx;            /* or its Rx, when compile gave one */
    /* scan_rules: per boundary (0: a word character follows the literal, 1: none), the
     * engine's bucket, its rules' matchers (a tuple of Rx, or NULL), and whether a
     * position is listed even where no rule matches; made on first use. */
    PyObject *bucket[2];
    PyObject *matchers[2];
    unsigned char always[2];
    /* Per boundary, per matcher: the characters that may follow the literal in a match
     * (MatchGate), made with the matchers. */
    struct MatchGate *gates[2];
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
    ScanThird *thirds;
    Py_ssize_t n_thirds;
    ScanStep *steps;        /* the trie as the walk reads it, built from nodes and edges */
    ScanStep root;          /* the step into the root, where every walk starts */
    /* Per step, read only for a character beyond ASCII: its character, and how many
     * of its child's steps are for such characters (they follow the ASCII ones). */
    uint32_t *step_ch;
    int32_t *n_other;
    int32_t root_other;
    PyObject *compile; /* source -> compiled pattern */
    int big;           /* lits, steps, seconds and thirds are big_calloc blocks */
    /* Counts since construction, for the benchmark: word starts walked, literal ends
     * met, rests asked (of Rx or re), rests that matched. */
    unsigned long long n_starts, n_ends, n_asked, n_matched, n_ruled_out;
} Scanner;

static void
Scanner_dealloc(Scanner *self)
{
    for (Py_ssize_t i = 0; self->lits != NULL && i < self->n_lits; i++) {
        Py_XDECREF(self->lits[i].source);
        Py_XDECREF(self->lits[i].match);
        Py_XDECREF(self->lits[i].rx);
        for (int b = 0; b < 2; b++) {
            Py_XDECREF(self->lits[i].bucket[b]);
            Py_XDECREF(self->lits[i].matchers[b]);
            PyMem_Free(self->lits[i].gates[b]);
        }
    }
    void (*release)(void *) = self->big ? big_free : PyMem_Free;
    PyMem_Free(self->nodes);
    PyMem_Free(self->edges);
    release(self->steps);
    PyMem_Free(self->step_ch);
    PyMem_Free(self->n_other);
    release(self->lits);
    release(self->seconds);
    release(self->thirds);
    Py_XDECREF(self->compile);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* Read a second character's list of thirds (NULL or empty: any third character). */
static int
scanner_add_thirds(Scanner *s, ScanSecond *sec, PyObject *thirds)
{
    Py_ssize_t n3 = thirds == NULL ? 0 : PyList_GET_SIZE(thirds);
    sec->third_at = (int32_t)s->n_thirds;
    sec->n_third = (int32_t)n3;
    if (n3 == 0) {
        return 0;
    }
    if (n3 > 129) {
        PyErr_SetString(PyExc_ValueError, "Scanner: more than 129 second characters");
        return -1;
    }
    ScanThird *grown = PyMem_Realloc(s->thirds, (size_t)(s->n_thirds + n3) * sizeof(ScanThird));
    if (grown == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    s->thirds = grown;
    for (Py_ssize_t j = 0; j < n3; j++) {
        ScanThird *t = &s->thirds[s->n_thirds + j];
        unsigned long long lo, hi;
        if (!PyArg_ParseTuple(PyList_GET_ITEM(thirds, j), "iiiKK:Scanner", &t->second, &t->any,
                              &t->nonascii, &lo, &hi)) {
            return -1;
        }
        t->mask[0] = lo;
        t->mask[1] = hi;
        if (t->second < 0 || t->second > 128 ||
            (j > 0 && t->second <= s->thirds[s->n_thirds + j - 1].second)) {
            PyErr_SetString(PyExc_ValueError,
                            "Scanner: second characters must be 0-128, in order");
            return -1;
        }
    }
    s->n_thirds += n3;
    return 0;
}

/* The step into `node`: its ASCII children's bitmap, its first step and literal, and
 * (into *other) how many of its steps are for characters beyond ASCII. */
static void
scan_step_of(const Scanner *s, const ScanNode *node, ScanStep *step, int32_t *other)
{
    step->mask[0] = step->mask[1] = 0;
    step->first = node->first_edge;
    step->lit = node->lit;
    *other = 0;
    for (int32_t e = node->first_edge; e < node->first_edge + node->n_edges; e++) {
        uint32_t ch = s->edges[e].ch;
        if (ch < 128) {
            step->mask[ch >> 6] |= (uint64_t)1 << (ch & 63);
        }
        else {
            (*other)++;
        }
    }
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
    int32_t *raw = int32_copy(nodes_buf, &n, "Scanner: nodes");
    if (raw == NULL) {
        goto fail;
    }
    s->nodes = (ScanNode *)raw;
    s->n_nodes = n / 3;
    raw = int32_copy(edges_buf, &n, "Scanner: edges");
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
         *  [(first, any, nonascii, lo, hi[, [(second, any, nonascii, lo, hi), ...]]), ...]
         *  sorted by first, the thirds by second) */
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
            PyObject *thirds = NULL;
            if (!PyArg_ParseTuple(PyList_GET_ITEM(seconds, j), "iiiKK|O!:Scanner", &sec->first,
                                  &sec->any, &sec->nonascii, &lo2, &hi2, &PyList_Type,
                                  &thirds)) {
                goto fail;
            }
            sec->mask[0] = lo2;
            sec->mask[1] = hi2;
            if (scanner_add_thirds(s, sec, thirds) < 0) {
                goto fail;
            }
            if (sec->first < 0 || sec->first > 128 ||
                (j > 0 && sec->first <= s->seconds[s->n_seconds + j - 1].first)) {
                PyErr_SetString(PyExc_ValueError,
                                "Scanner: first characters must be 0-128, in order");
                goto fail;
            }
        }
        /* Where the entries are exactly the first characters (as the prefilter makes
         * them), a character's entry is found by counting the first characters below it,
         * not by a search (which was a sixth of the rests' time). */
        int32_t codes = bit_count(lit->first[0]) + bit_count(lit->first[1]) + (lit->nonascii != 0);
        lit->second_rank = n2 > 0 && n2 == codes;
        for (Py_ssize_t j = 0; j < n2 && lit->second_rank; j++) {
            int32_t code = s->seconds[s->n_seconds + j].first;
            lit->second_rank = code < 128 ? (int)((lit->first[code >> 6] >> (code & 63)) & 1)
                                          : lit->nonascii != 0;
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
    for (Py_ssize_t i = 0; i < s->n_nodes; i++) {
        /* A node's edges are in order of character: the walk searches them. */
        const ScanNode *nd = &s->nodes[i];
        for (int32_t e = 1; e < nd->n_edges; e++) {
            if (s->edges[nd->first_edge + e].ch <= s->edges[nd->first_edge + e - 1].ch) {
                PyErr_Format(PyExc_ValueError, "Scanner: node %zd's edges are out of order", i);
                goto fail;
            }
        }
    }
    size_t n_steps = s->n_edges ? (size_t)s->n_edges : 1;
    s->steps = PyMem_Calloc(n_steps, sizeof(ScanStep));
    s->step_ch = PyMem_Calloc(n_steps, sizeof(uint32_t));
    s->n_other = PyMem_Calloc(n_steps, sizeof(int32_t));
    if (s->steps == NULL || s->step_ch == NULL || s->n_other == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    for (Py_ssize_t i = 0; i < s->n_edges; i++) {
        scan_step_of(s, &s->nodes[s->edges[i].child], &s->steps[i], &s->n_other[i]);
        s->step_ch[i] = s->edges[i].ch;
    }
    scan_step_of(s, &s->nodes[0], &s->root, &s->root_other);
    /* The walk needs only the steps: the nodes and edges they came from can go. */
    PyMem_Free(s->nodes);
    PyMem_Free(s->edges);
    s->nodes = NULL;
    s->edges = NULL;
    void **tables[] = {(void **)&s->lits, (void **)&s->steps, (void **)&s->seconds,
                       (void **)&s->thirds};
    const size_t sizes[] = {
        (size_t)(s->n_lits ? s->n_lits : 1) * sizeof(ScanLit),
        n_steps * sizeof(ScanStep),
        (size_t)s->n_seconds * sizeof(ScanSecond),
        (size_t)s->n_thirds * sizeof(ScanThird),
    };
    if (big_settle(tables, sizes, 4) < 0) {
        goto fail;
    }
    s->big = 1;
    return (PyObject *)s;

fail:
    Py_DECREF(s);
    return NULL;
}

/* The step from `at` (the step into a node; its index, or -1 for the root) for
 * character c, or -1 where the node has none. */
static inline int32_t
scan_next(const Scanner *s, const ScanStep *at, int32_t index, Py_UCS4 c)
{
    if (c < 128) {
        uint64_t word = at->mask[c >> 6];
        uint64_t bit = (uint64_t)1 << (c & 63);
        if (!(word & bit)) {
            return -1;
        }
        return at->first + bits_below(at->mask, c);
    }
    /* Beyond ASCII: a search among the steps that follow the ASCII ones (sorted). */
    int32_t lo = at->first + bits_below(at->mask, c);
    int32_t end = lo + (index < 0 ? s->root_other : s->n_other[index]);
    int32_t hi = end;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (s->step_ch[mid] < c) {
            lo = mid + 1;
        }
        else {
            hi = mid;
        }
    }
    return (lo < end && s->step_ch[lo] == c) ? lo : -1;
}

/* The entry for character c (its code: ASCII, or 128 for every non-ASCII character)
 * among n entries of `size` bytes sorted by the int32 code each begins with (ScanSecond,
 * ScanThird): a binary search; -1 when there is none. */
static Py_ssize_t
table_find(const void *entries, size_t size, Py_ssize_t n, Py_UCS4 c)
{
    int32_t code = c < 128 ? (int32_t)c : 128;
    const char *base = entries;
    Py_ssize_t lo = 0, hi = n;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        int32_t key;
        memcpy(&key, base + (size_t)mid * size, sizeof(key));
        if (key < code) {
            lo = mid + 1;
        }
        else {
            hi = mid;
        }
    }
    int32_t key = 0;
    if (lo < n) {
        memcpy(&key, base + (size_t)lo * size, sizeof(key));
    }
    return lo < n && key == code ? lo : -1;
}

/* Whether the character at `at` may follow second character c2 (by the second's table
 * of thirds, sorted: a binary search; a second character it lacks admits none). */
static int
third_fits(const Scanner *s, const ScanSecond *sec, Py_UCS4 c2, int kind, const void *data,
           Py_ssize_t at)
{
    const ScanThird *t = s->thirds + sec->third_at;
    Py_ssize_t lo = table_find(t, sizeof(ScanThird), sec->n_third, c2);
    if (lo < 0) {
        return 0;
    }
    if (t[lo].any) {
        return 1;
    }
    Py_UCS4 c3 = PyUnicode_READ(kind, data, at);
    return c3 < 128 ? (int)((t[lo].mask[c3 >> 6] >> (c3 & 63)) & 1) : t[lo].nonascii;
}

/* Whether literal `lit`'s rest matches text at `at` (1, 0, or -1 on error). */
SCAN_CLONES static int
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
            /* The second character, by the table of the first. */
            const ScanSecond *sec = s->seconds + lit->second_at;
            Py_ssize_t lo;
            if (lit->second_rank) {
                lo = bits_below(lit->first, c); /* c is a first character (above) */
            }
            else {
                lo = table_find(sec, sizeof(ScanSecond), lit->n_second, c);
            }
            if (lo < 0) {
                return 0;
            }
            if (!sec[lo].any) {
                Py_UCS4 c2 = PyUnicode_READ(kind, data, at + 1);
                if (c2 < 128 ? !((sec[lo].mask[c2 >> 6] >> (c2 & 63)) & 1) : !sec[lo].nonascii) {
                    return 0;
                }
                if (sec[lo].n_third > 0 && at + 2 < n &&
                    !third_fits(s, &sec[lo], c2, kind, data, at + 2)) {
                    return 0;
                }
            }
        }
    }
    if (lit->match == NULL && lit->rx == NULL) {
        /* Compiling runs Python code, during which another thread may scan (the web
         * app's workers share one engine) and store its own: keep the first stored. */
        PyObject *pattern = PyObject_CallOneArg(s->compile, lit->source);
        if (pattern == NULL) {
            return -1;
        }
        if (PyObject_TypeCheck(pattern, &RxType)) {
            if (lit->match == NULL && lit->rx == NULL) {
                lit->rx = (Rx *)pattern;
            }
            else {
                Py_DECREF(pattern);
            }
        }
        else {
            PyObject *match = PyObject_GetAttrString(pattern, "match");
            Py_DECREF(pattern);
            if (match == NULL) {
                return -1;
            }
            if (lit->match == NULL && lit->rx == NULL) {
                lit->match = match;
            }
            else {
                Py_DECREF(match);
            }
        }
    }
    int found;
    if (lit->rx != NULL) {
        int may = rx_may_occur(lit->rx, 0, kind, data, at, n);
        if (may < 0) {
            return -1;
        }
        if (!may) {
            s->n_ruled_out++;
            return 0;
        }
        Py_ssize_t end = rx_exec(lit->rx, text, kind, data, n, at);
        if (end == RX_ERROR) {
            return -1;
        }
        found = end >= 0;
    }
    else {
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
        found = m != Py_None;
        Py_DECREF(m);
    }
    s->n_asked++;
    s->n_matched += (unsigned long long)found;
    return found;
}

/* What scan_core does at each position it reports: k (in text without its leading
 * space) and the longest literal found there; 0, or -1 on error. */
typedef int (*ScanReport)(Scanner *s, void *ctx, Py_ssize_t k, const ScanLit *lit);

/* Walk the trie at every word start of spaced = " " + text and report each position
 * where a literal and its rest match. */
SCAN_CLONES static int
scan_core(Scanner *self, PyObject *text, ScanReport report, void *ctx)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    int32_t ends_lit[256];
    Py_ssize_t ends_at[256];
    const ScanStep *steps = self->steps;
    const Py_UCS1 *latin1 = kind == PyUnicode_1BYTE_KIND ? data : NULL;
    for (Py_ssize_t k = 0; k + 1 < n; k++) {
        if (latin1 != NULL) {
            /* Most notes: to the next character that is not a word's, one look-up each. */
            while (k + 1 < n && latin1_word[latin1[k]]) {
                k++;
            }
            if (k + 1 >= n) {
                break;
            }
        }
        else if (is_word(PyUnicode_READ(kind, data, k))) {
            continue;
        }
        int nends = 0;
        self->n_starts++;
        const ScanStep *at = &self->root;
        int32_t index = -1;
        for (Py_ssize_t j = k + 1; j < n; j++) {
            int32_t e = scan_next(self, at, index, PyUnicode_READ(kind, data, j));
            if (e < 0) {
                break;
            }
            at = &steps[e];
            index = e;
            if (at->lit >= 0 && nends < 256) {
                ends_lit[nends] = at->lit;
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
                    return -1;
                }
            }
        }
        if (found && report(self, ctx, k, &self->lits[ends_lit[nends - 1]]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
report_position(Scanner *Py_UNUSED(s), void *ctx, Py_ssize_t k, const ScanLit *lit)
{
    return list_append_new((PyObject *)ctx, Py_BuildValue("(ni)", k, lit->len));
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
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    if (scan_core(self, text, report_position, out) < 0) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

/* What one of a bucket's matchers may read right after the bucket's literal, which
 * every match of it at a position the scan reports begins with: its automaton's state
 * after the literal, and that state's way out for each character. A position whose
 * next character has none is one where Rx.may says no: the matcher is not asked, and
 * its automaton, cold in the processor's caches for most of them, is not read (most of
 * a bucket's matchers fail there: "last" has 13, of which "last job" leaves one). */
typedef struct MatchGate {
    uint64_t mask[2]; /* ASCII characters that may follow */
    unsigned char nonascii; /* a character beyond ASCII may */
    unsigned char all;      /* anything may (no automaton, or it accepts already) */
    unsigned char none;     /* nothing may: the matcher never matches here */
} MatchGate;

/* Fill gate for rx after the literal low[k : k + len]; 0, or -1 on error. */
static int
match_gate(Rx *rx, int kind, const void *data, Py_ssize_t k, Py_ssize_t len, MatchGate *gate)
{
    memset(gate, 0, sizeof(*gate));
    int error = 0;
    RxAuto *a = rx_auto(rx, 0, &error);
    if (a == NULL) {
        if (error) {
            return -1;
        }
        gate->all = 1;
        return 0;
    }
    int32_t st = 1;
    for (Py_ssize_t i = k; i < k + len; i++) {
        if (a->sacc[st]) {
            gate->all = 1;
            return 0;
        }
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        int32_t t = rxa_next(a, st, a->cls[c < 128 ? c : 128]);
        if (t == RXA_ERROR) {
            return -1;
        }
        if (t == RXA_GIVE_UP) {
            gate->all = 1;
            return 0;
        }
        if (t == 0) {
            gate->none = 1;
            return 0;
        }
        st = t;
    }
    if (a->sacc[st]) {
        gate->all = 1;
        return 0;
    }
    /* The classes' ways out of st, then the characters of each class. */
    int32_t out[129];
    for (int cl = 0; cl < a->n_cls; cl++) {
        out[cl] = rxa_next(a, st, cl); /* RXA_GIVE_UP counts as a way out */
        if (out[cl] == RXA_ERROR) {
            return -1;
        }
    }
    for (int c = 0; c < 128; c++) {
        if (out[a->cls[c]] != 0) {
            gate->mask[c >> 6] |= (uint64_t)1 << (c & 63);
        }
    }
    gate->nonascii = out[a->cls[128]] != 0;
    return 0;
}

/* The gates of matchers (a tuple of Rx) after the literal low[k : k + len]: a new
 * array, or NULL with an exception. */
static MatchGate *
match_gates(PyObject *matchers, PyObject *low, Py_ssize_t k, Py_ssize_t len)
{
    Py_ssize_t count = PyTuple_GET_SIZE(matchers);
    MatchGate *gates = PyMem_Calloc(count ? (size_t)count : 1, sizeof(MatchGate));
    if (gates == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    int kind = PyUnicode_KIND(low);
    const void *data = PyUnicode_DATA(low);
    for (Py_ssize_t i = 0; i < count; i++) {
        if (match_gate((Rx *)PyTuple_GET_ITEM(matchers, i), kind, data, k, len, &gates[i]) < 0) {
            PyMem_Free(gates);
            return NULL;
        }
    }
    return gates;
}

/* The rules' matches at pos (match_each's answer): a new list of (i, end), or NULL.
 * With gates (a bucket whose matches all begin with a literal of `len` characters), a
 * matcher whose gate shuts on the character after the literal is not asked: the same
 * answer, as its automaton would rule it out at that character. */
static PyObject *
match_each_at(PyObject *matchers, const MatchGate *gates, PyObject *text, Py_ssize_t pos,
              Py_ssize_t len)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t after = pos + len;
    Py_UCS4 c = after < n ? PyUnicode_READ(kind, data, after) : 0;
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    Py_ssize_t count = PyTuple_GET_SIZE(matchers);
    for (Py_ssize_t i = 0; i < count; i++) {
        const MatchGate *g = gates != NULL ? &gates[i] : NULL;
        if (g != NULL && g->none) {
            continue;
        }
        if (g != NULL && !g->all) {
            if (after >= n) {
                continue; /* the automaton reaches the end without accepting */
            }
            if (c < 128 ? !((g->mask[c >> 6] >> (c & 63)) & 1) : !g->nonascii) {
                continue;
            }
        }
        Rx *rx = (Rx *)PyTuple_GET_ITEM(matchers, i);
        int may = rx_may_occur(rx, 0, kind, data, pos, n);
        if (may < 0) {
            goto fail;
        }
        if (!may) {
            continue;
        }
        Py_ssize_t end = rx_exec(rx, text, kind, data, n, pos);
        if (end == RX_ERROR) {
            goto fail;
        }
        if (end < 0) {
            continue;
        }
        if (list_append_new(out, untracked(Py_BuildValue("(nn)", i, end))) < 0) {
            goto fail;
        }
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* Whether every item of the tuple is an Rx (else TypeError naming `what`). */
static int
all_rx(PyObject *matchers, const char *what)
{
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(matchers); i++) {
        if (!PyObject_TypeCheck(PyTuple_GET_ITEM(matchers, i), &RxType)) {
            PyErr_Format(PyExc_TypeError, "%s: matchers[%zd] is not an Rx", what, i);
            return 0;
        }
    }
    return 1;
}

typedef struct {
    PyObject *low;   /* the text the rules match in (spaced without its space) */
    PyObject *entry; /* (literal, boundary) -> (bucket, matchers or None, always) */
    PyObject *out;
} RulesCtx;

/* Fill lit's entry for `boundary` by calling entry(literal, boundary). */
static int
scan_entry(ScanLit *lit, int boundary, RulesCtx *c, Py_ssize_t k)
{
    PyObject *literal = PyUnicode_Substring(c->low, k, k + lit->len);
    if (literal == NULL) {
        return -1;
    }
    PyObject *got = PyObject_CallFunction(c->entry, "OO", literal, boundary ? Py_True : Py_False);
    Py_DECREF(literal);
    if (got == NULL) {
        return -1;
    }
    PyObject *bucket, *matchers;
    int always;
    if (!PyTuple_Check(got) || !PyArg_ParseTuple(got, "OOp:scan_rules", &bucket, &matchers,
                                                 &always)) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_TypeError,
                            "scan_rules: entry must give (bucket, matchers or None, always)");
        }
        Py_DECREF(got);
        return -1;
    }
    if (matchers != Py_None && (!PyTuple_Check(matchers) || !all_rx(matchers, "scan_rules"))) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_TypeError, "scan_rules: matchers must be a tuple of Rx");
        }
        Py_DECREF(got);
        return -1;
    }
    /* entry() runs Python, during which another thread may have filled the slot (the
     * web app's workers share one engine): keep the first. */
    if (lit->bucket[boundary] == NULL) {
        MatchGate *gates = NULL;
        if (matchers != Py_None) {
            /* Building the automata runs no Python code: no other thread fills the slot
             * meanwhile. */
            gates = match_gates(matchers, c->low, k, lit->len);
            if (gates == NULL) {
                Py_DECREF(got);
                return -1;
            }
        }
        Py_INCREF(bucket);
        lit->bucket[boundary] = bucket;
        if (matchers != Py_None) {
            Py_INCREF(matchers);
            lit->matchers[boundary] = matchers;
            lit->gates[boundary] = gates;
        }
        lit->always[boundary] = (unsigned char)always;
    }
    Py_DECREF(got);
    return 0;
}

static int
report_rules(Scanner *Py_UNUSED(s), void *ctx, Py_ssize_t k, const ScanLit *clit)
{
    RulesCtx *c = ctx;
    ScanLit *lit = (ScanLit *)clit;
    Py_ssize_t n = PyUnicode_GET_LENGTH(c->low);
    Py_ssize_t after = k + lit->len;
    /* As the engine keys its buckets: the literal, and whether a word character
     * (str.isalnum() or "_") follows it. */
    int boundary = after >= n ||
                   !is_word(PyUnicode_READ(PyUnicode_KIND(c->low), PyUnicode_DATA(c->low), after));
    if (lit->bucket[boundary] == NULL && scan_entry(lit, boundary, c, k) < 0) {
        return -1;
    }
    if (lit->matchers[boundary] == NULL && !lit->always[boundary]) {
        return 0; /* no rule starts here and none is searched around it */
    }
    PyObject *ends = Py_None;
    Py_INCREF(ends);
    if (lit->matchers[boundary] != NULL) {
        Py_DECREF(ends);
        ends = match_each_at(lit->matchers[boundary], lit->gates[boundary], c->low, k,
                             lit->len);
        if (ends == NULL) {
            return -1;
        }
        if (PyList_GET_SIZE(ends) == 0 && !lit->always[boundary]) {
            Py_DECREF(ends);
            return 0;
        }
        /* A tuple of number pairs: the collector stops tracking it at its first look
         * (the engine holds a batch's scans while the rules run). */
        PyObject *fixed = PyList_AsTuple(ends);
        Py_DECREF(ends);
        if (fixed == NULL) {
            return -1;
        }
        ends = untracked(fixed);
    }
    return list_append_new(c->out, untracked(Py_BuildValue("(nON)", k, lit->bucket[boundary], ends)));
}

PyDoc_STRVAR(scan_rules_doc,
"scan_rules(spaced, low, entry) -> list[tuple[int, object, tuple | None]]\n\n"
"scan(spaced) for spaced = ' ' + low, with each position's bucket and its rules'\n"
"matches there. entry(literal, boundary) gives (bucket, matchers, always) once per\n"
"literal and boundary (kept by the scanner): boundary is whether no word character\n"
"follows the literal, matchers a tuple of Rx or None; bucket may be any object (the\n"
"engine gives a number). Each item is (position, bucket, ends): ends is\n"
"tuple(match_each(matchers, low, position)), or None without matchers. A position\n"
"whose matchers all fail is left out unless always is true.");

static PyObject *
Scanner_scan_rules(Scanner *self, PyObject *args)
{
    PyObject *spaced, *low, *entry;
    if (!PyArg_ParseTuple(args, "UUO:scan_rules", &spaced, &low, &entry)) {
        return NULL;
    }
    if (PyUnicode_GET_LENGTH(spaced) != PyUnicode_GET_LENGTH(low) + 1) {
        PyErr_SetString(PyExc_ValueError, "scan_rules: spaced must be ' ' + low");
        return NULL;
    }
    RulesCtx c = {low, entry, PyList_New(0)};
    if (c.out == NULL) {
        return NULL;
    }
    if (scan_core(self, spaced, report_rules, &c) < 0) {
        Py_DECREF(c.out);
        return NULL;
    }
    return c.out;
}

static PyObject *
Scanner_counts(Scanner *self, PyObject *Py_UNUSED(ignored))
{
    return Py_BuildValue("{sKsKsKsKsK}", "word_starts", self->n_starts, "literal_ends",
                         self->n_ends, "rests_ruled_out", self->n_ruled_out, "rests_asked",
                         self->n_asked, "rests_matched", self->n_matched);
}

static PyMethodDef Scanner_methods[] = {
    {"scan", (PyCFunction)Scanner_scan, METH_VARARGS, scan_doc},
    {"scan_rules", (PyCFunction)Scanner_scan_rules, METH_VARARGS, scan_rules_doc},
    {"counts", (PyCFunction)Scanner_counts, METH_NOARGS,
     "counts() -> dict: word starts walked, literal ends met, rests that the automaton\n"
     "ruled out, rests asked (of Rx, or re) and rests that matched, since the scanner\n"
     "was built."},
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

PyDoc_STRVAR(match_each_doc,
"match_each(matchers, text, pos) -> list[tuple[int, int]]\n\n"
"[(i, end), ...]: for each Rx matchers[i] (a tuple) that matches text at pos, the end\n"
"of its match, as matchers[i].match(text, pos) gives it; in the order of matchers.\n"
"Each is first asked of its automaton (Rx.may), which rules most of them out.");

static PyObject *
match_each(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *matchers, *text;
    Py_ssize_t pos;
    if (!PyArg_ParseTuple(args, "O!Un:match_each", &PyTuple_Type, &matchers, &text, &pos)) {
        return NULL;
    }
    if (!all_rx(matchers, "match_each")) {
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    return match_each_at(matchers, NULL, text, pos < 0 ? 0 : (pos > n ? n : pos), 0);
}

static PyMethodDef module_methods[] = {
    {"match_each", match_each, METH_VARARGS, match_each_doc},
    {"sentence_spans", sentence_spans, METH_VARARGS, sentence_spans_doc},
    {"sentence_ends", sentence_ends, METH_VARARGS, sentence_ends_doc},
    {"settle", settle, METH_O, settle_doc},
    {NULL, NULL, 0, NULL},
};

/* ---- the tables as bytes ------------------------------------------------------ */

/* A scorer's tables hold no pointers (words point into the arena by offset, pairs name
 * words by number), so dump() copies them as they are and load() copies them back:
 * about 20 ms, where building them from the model's dictionaries takes about 0.3 s at
 * every start of a process (candor.language.classifier keeps the bytes in its cache).
 * load() checks every offset and number it will follow, so that damaged bytes raise
 * ValueError instead of reading out of bounds. The layout is this build's own: the
 * header names the sizes it was made with. */
#define SCORER_MAGIC 0x31535343u /* "CSS1" */

typedef struct {
    uint32_t magic;
    uint32_t word_size, pair_size, pair_bits_log;
    uint64_t words_mask, n_words, pairs_mask, n_pairs, arena_len, n_rows;
    int64_t next_id, n_cat;
} ScorerHead;

static size_t
scorer_bits_words(void)
{
    return (size_t)1 << (PAIR_BITS_LOG - 6);
}

PyDoc_STRVAR(scorer_dump_doc,
"dump() -> bytes\n\n"
"The scorer's tables, for SpanScorer.load (the same scorer, in this build).");

static PyObject *
SpanScorer_dump(SpanScorer *self, PyObject *Py_UNUSED(ignored))
{
    ScorerHead h = {SCORER_MAGIC, (uint32_t)sizeof(WordSlot), (uint32_t)sizeof(PairSlot),
                    PAIR_BITS_LOG, self->words_mask, self->n_words, self->pairs_mask,
                    self->n_pairs, (uint64_t)self->arena_len,
                    self->cat_rows == NULL ? 0 : (uint64_t)self->n_rows,
                    self->next_id, self->cat_rows == NULL ? 0 : self->n_cat};
    size_t words = (self->words_mask + 1) * sizeof(WordSlot);
    size_t pairs = (self->pairs_mask + 1) * sizeof(PairSlot);
    size_t bits = scorer_bits_words() * sizeof(uint64_t);
    size_t arena = (size_t)self->arena_len * sizeof(Py_UCS4);
    size_t rows = (size_t)h.n_rows * (size_t)(h.n_cat + 1) * sizeof(double);
    PyObject *out = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)(sizeof h + words + pairs + bits +
                                                                 arena + rows));
    if (out == NULL) {
        return NULL;
    }
    char *p = PyBytes_AS_STRING(out);
    memcpy(p, &h, sizeof h);
    p += sizeof h;
    memcpy(p, self->words, words);
    p += words;
    memcpy(p, self->pairs, pairs);
    p += pairs;
    memcpy(p, self->pair_bits, bits);
    p += bits;
    if (arena) {
        memcpy(p, self->arena, arena);
        p += arena;
    }
    if (rows) {
        memcpy(p, self->cat_rows, rows);
    }
    return out;
}

/* Whether a table of mask + 1 slots is one load() can take: a power of two, at most
 * 2 ** 32 slots, with at least one empty slot (a search stops at one). */
static int
scorer_mask_ok(uint64_t mask, uint64_t count)
{
    return mask < ((uint64_t)1 << 32) && ((mask + 1) & mask) == 0 && count <= mask;
}

static PyObject *
scorer_bad(const char *what)
{
    PyErr_Format(PyExc_ValueError, "SpanScorer.load: %s", what);
    return NULL;
}

PyDoc_STRVAR(scorer_load_doc,
"load(data) -> SpanScorer\n\n"
"A scorer from the bytes of dump() (ValueError where they are not a whole, valid\n"
"dump of this build).");

static PyObject *
SpanScorer_load(PyTypeObject *type, PyObject *arg)
{
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0) {
        return NULL;
    }
    PyObject *result = NULL;
    SpanScorer *s = NULL;
    const char *p = view.buf;
    size_t left = (size_t)view.len;
    ScorerHead h;
    if (left < sizeof h) {
        scorer_bad("too short");
        goto done;
    }
    memcpy(&h, p, sizeof h);
    p += sizeof h;
    left -= sizeof h;
    if (h.magic != SCORER_MAGIC || h.word_size != sizeof(WordSlot) ||
        h.pair_size != sizeof(PairSlot) || h.pair_bits_log != PAIR_BITS_LOG) {
        scorer_bad("not a dump of this build");
        goto done;
    }
    if (!scorer_mask_ok(h.words_mask, h.n_words) || !scorer_mask_ok(h.pairs_mask, h.n_pairs) ||
        h.arena_len > INT32_MAX || h.next_id < 0 || h.next_id > INT32_MAX || h.n_cat < 0 ||
        h.n_cat > 64 || h.n_rows > INT32_MAX || (h.n_cat == 0) != (h.n_rows == 0)) {
        scorer_bad("sizes out of range");
        goto done;
    }
    /* Each size is below 2 ** 40 bytes (the bounds above): no sum overflows. */
    size_t words = (size_t)(h.words_mask + 1) * sizeof(WordSlot);
    size_t pairs = (size_t)(h.pairs_mask + 1) * sizeof(PairSlot);
    size_t bits = scorer_bits_words() * sizeof(uint64_t);
    size_t arena = (size_t)h.arena_len * sizeof(Py_UCS4);
    size_t rows = (size_t)h.n_rows * (size_t)(h.n_cat + 1) * sizeof(double);
    if (left != words + pairs + bits + arena + rows) {
        scorer_bad("wrong length");
        goto done;
    }
    s = (SpanScorer *)type->tp_alloc(type, 0);
    if (s == NULL) {
        goto done;
    }
    s->big = 1;
    s->words = big_calloc(words);
    s->pairs = big_calloc(pairs);
    s->pair_bits = big_calloc(bits);
    s->arena = big_calloc(arena ? arena : sizeof(Py_UCS4));
    s->cat_rows = rows ? big_calloc(rows) : NULL;
    if (s->words == NULL || s->pairs == NULL || s->pair_bits == NULL || s->arena == NULL ||
        (rows && s->cat_rows == NULL)) {
        PyErr_NoMemory();
        goto done;
    }
    memcpy(s->words, p, words);
    p += words;
    memcpy(s->pairs, p, pairs);
    p += pairs;
    memcpy(s->pair_bits, p, bits);
    p += bits;
    if (arena) {
        memcpy(s->arena, p, arena);
        p += arena;
    }
    if (rows) {
        memcpy(s->cat_rows, p, rows);
    }
    s->words_mask = (size_t)h.words_mask;
    s->n_words = (size_t)h.n_words;
    s->pairs_mask = (size_t)h.pairs_mask;
    s->n_pairs = (size_t)h.n_pairs;
    s->arena_len = s->arena_cap = (Py_ssize_t)h.arena_len;
    s->next_id = (int32_t)h.next_id;
    s->n_cat = (int32_t)h.n_cat;
    s->n_rows = (Py_ssize_t)h.n_rows;
    /* Everything the scorer follows: a word's characters, a category row, a count of
     * the slots in use that leaves an empty one to end each search. */
    size_t used = 0;
    for (size_t i = 0; i <= s->words_mask; i++) {
        const WordSlot *w = &s->words[i];
        if (w->hash == 0) {
            continue;
        }
        used++;
        if (w->off < 0 || w->len < 0 || (int64_t)w->off + w->len > (int64_t)h.arena_len ||
            w->cat < 0 || (int64_t)w->cat > (int64_t)h.n_rows || w->id < -1 ||
            w->id >= s->next_id) {
            scorer_bad("a word out of range");
            goto done;
        }
    }
    if (used != s->n_words) {
        scorer_bad("word count");
        goto done;
    }
    used = 0;
    for (size_t i = 0; i <= s->pairs_mask; i++) {
        const PairSlot *q = &s->pairs[i];
        if (q->key == 0) {
            continue;
        }
        used++;
        if (q->cat < 0 || (int64_t)q->cat > (int64_t)h.n_rows) {
            scorer_bad("a pair out of range");
            goto done;
        }
    }
    if (used != s->n_pairs) {
        scorer_bad("pair count");
        goto done;
    }
    result = (PyObject *)s;
    s = NULL;
done:
    Py_XDECREF(s);
    PyBuffer_Release(&view);
    return result;
}

static PyMethodDef SpanScorer_methods[] = {
    {"span_sums", (PyCFunction)SpanScorer_span_sums, METH_VARARGS, span_sums_doc},
    {"category_z", (PyCFunction)SpanScorer_category_z, METH_VARARGS, category_z_doc},
    {"word_counts", (PyCFunction)SpanScorer_word_counts, METH_VARARGS, word_counts_doc},
    {"cue_sums", (PyCFunction)SpanScorer_cue_sums, METH_VARARGS, cue_sums_doc},
    {"sizes", (PyCFunction)SpanScorer_sizes, METH_NOARGS,
     "sizes() -> (words, pairs): how many entries the tables hold."},
    {"dump", (PyCFunction)SpanScorer_dump, METH_NOARGS, scorer_dump_doc},
    {"load", (PyCFunction)SpanScorer_load, METH_O | METH_CLASS, scorer_load_doc},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject SpanScorerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "candor_speedups.SpanScorer",
    .tp_doc = PyDoc_STR("SpanScorer(entries, unfeatured, categories=None): the second\n"
                        "opinion's sums.\n\n"
                        "entries maps a word (str) or a pair of words (tuple) to a complex\n"
                        "(idf * weight + idf ** 2 j); unfeatured words are skipped.\n"
                        "categories maps a word or pair to (idf ** 2, (idf * weight of\n"
                        "each category, ...)), for category_z; cues is the set of\n"
                        "entries cue_sums may name."),
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
    if (PyType_Ready(&SpanScorerType) < 0 || PyType_Ready(&ScannerType) < 0 ||
        PyType_Ready(&RxType) < 0) {
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
    Py_INCREF(&RxType);
    if (PyModule_AddObject(m, "Rx", (PyObject *)&RxType) < 0) {
        Py_DECREF(&RxType);
        Py_DECREF(m);
        return NULL;
    }
    if (PyModule_AddIntConstant(m, "VERSION", 15) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
