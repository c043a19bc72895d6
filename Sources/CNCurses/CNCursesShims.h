#ifndef CNCURSES_SHIMS_H
#define CNCURSES_SHIMS_H
/* Static inline wrappers for what Swift cannot import from curses.h: function-like macros (COLOR_PAIR, getmaxyx,
   A_* attributes built with NCURSES_BITS), mutable globals (stdscr, stdin, stdout) that Swift 6 rejects as
   concurrency-unsafe, and cchar_t construction. Only the ncurses backend calls these. */
#include <stdio.h>
#include <string.h>
#include <langinfo.h>

/* Starts curses on the process's stdin/stdout; NULL when the terminal cannot be initialised (unlike initscr,
   which exits the process). */
static inline SCREEN *cn_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }

/* From <term.h>, declared here because that header's capability macros (`lines`, `columns`, `tab`, …) would
   collide with ordinary names in every file that imports this module. */
struct term;
extern int setupterm(NCURSES_CONST char *term, int filedes, int *errret);
extern struct term *set_curterm(struct term *terminal);
extern int del_curterm(struct term *terminal);

/* Whether terminfo can drive `term` (NULL: $TERM) full-screen, asked before curses starts and without writing to
   the terminal: 0 yes; 1 no terminfo entry for it; 2 the entry has no cursor addressing (`cup`) or is a hardcopy or
   generic type (dumb, unknown). The description loaded for the question is freed again. */
static inline int cn_terminal_support(const char *term) {
    int status = 0;
    struct term *previous = set_curterm(NULL);
    if (setupterm(term, 1, &status) != OK) {
        set_curterm(previous);
        return 1;
    }
    /* ncurses 5 (macOS's) takes these names as non-const char *. */
    char cup_name[] = "cup", hardcopy_name[] = "hc", generic_name[] = "gn";
    const char *cup = tigetstr(cup_name);
    int usable = cup != NULL && cup != (const char *)-1 && tigetflag(hardcopy_name) <= 0 && tigetflag(generic_name) <= 0;
    struct term *loaded = set_curterm(previous);
    del_curterm(loaded);
    return usable ? 0 : 2;
}

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_rows(void) { int y, x; getmaxyx(stdscr, y, x); (void)x; return y; }
static inline int cn_cols(void) { int y, x; getmaxyx(stdscr, y, x); (void)y; return x; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline int cn_colors(void) { return COLORS; }

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }

/* ncurses 5 leaves these extensions out of some configurations; the values are fixed by ncurses' key table. */
#ifndef KEY_CODE_YES
#define KEY_CODE_YES 0400
#endif
#ifndef KEY_RESIZE
#define KEY_RESIZE 0632
#endif

static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cn_key_resize(void) { return KEY_RESIZE; }
static inline int cn_key_f0(void) { return KEY_F0; }

#ifndef CCHARW_MAX
/* curses.h came without its wide-character part: macOS's SDK header is read as part of the Darwin module, built
   without _XOPEN_SOURCE_EXTENDED, although libncurses has the functions. Declare the two used here by their X/Open
   signatures, which need no structure layout, and draw a cell without cchar_t. */
extern int wget_wch(WINDOW *window, wint_t *character);
extern int mvwaddnwstr(WINDOW *window, int y, int x, const wchar_t *text, int count);
#endif

/* Reads one key from stdscr: OK with a character, KEY_CODE_YES with a key code, ERR on timeout. */
static inline int cn_get_wch(unsigned int *out) {
    wint_t wch = 0;
    int result = wget_wch(stdscr, &wch);
    *out = (unsigned int)wch;
    return result;
}

/* Draws one cell: `text` is a spacing character followed by up to four combining characters, NUL-terminated. */
static inline int cn_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
#ifdef CCHARW_MAX
    cchar_t cell;
    memset(&cell, 0, sizeof cell);
    if (setcchar(&cell, text, attrs, pair, NULL) == ERR) {
        wchar_t fallback[2] = { text[0], L'\0' };
        if (setcchar(&cell, fallback, attrs, pair, NULL) == ERR) {
            return ERR;
        }
    }
    return mvwadd_wch(stdscr, y, x, &cell);
#else
    wattr_set(stdscr, attrs, pair, NULL);
    return mvwaddnwstr(stdscr, y, x, text, -1);
#endif
}

/* The C library's column width of a character in the current locale (declared here because glibc hides it
   unless _XOPEN_SOURCE is set before <wchar.h> is first included). */
extern int wcwidth(wchar_t c);
static inline int cn_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/* Whether the current LC_CTYPE encodes UTF-8. */
static inline int cn_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

#endif
