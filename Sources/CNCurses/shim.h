#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
/* Asks curses.h for its wide-character API (cchar_t, wget_wch, setcchar), which X/Open puts behind this macro. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#if __has_include(<ncursesw/curses.h>)
/* Linux's libncurses-dev, and Homebrew's ncurses through the include path its pkg-config file gives. */
#include <ncursesw/curses.h>
#else
/* macOS's own ncurses: one library, wide functions included, header in the SDK. */
#include <curses.h>
#endif
#include "CNCursesShims.h"
#endif
