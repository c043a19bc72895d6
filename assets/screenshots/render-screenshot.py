#!/usr/bin/env python3
"""Renders a `tmux capture-pane -p -e` capture (text with SGR escapes) to a PNG, one cell per character.

Usage: render-screenshot.py CAPTURE.ansi OUT.png COLUMNS ROWS
Needs Pillow and the DejaVu Sans Mono, Noto Sans CJK and Noto Sans Arabic fonts (Debian: fonts-dejavu-core,
fonts-noto-cjk, fonts-noto-core). Colours are the xterm defaults on a dark background.
"""
import re
import sys
import unicodedata

from PIL import Image, ImageDraw, ImageFont

CELL_W, CELL_H, SIZE = 10, 20, 16
FG, BG = (220, 220, 220), (24, 26, 30)
PALETTE = [(0, 0, 0), (205, 49, 49), (13, 188, 121), (229, 229, 16), (36, 114, 200), (188, 63, 188), (17, 168, 205),
           (229, 229, 229), (102, 102, 102), (241, 76, 76), (35, 209, 139), (245, 245, 67), (59, 142, 234),
           (214, 112, 214), (41, 184, 219), (255, 255, 255)]
FONTS = {
    "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "cjk": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "arabic": "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
}


def load(name):
    try:
        return ImageFont.truetype(FONTS[name], SIZE)
    except OSError:
        return ImageFont.truetype(FONTS["mono"], SIZE)


def width(ch):
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def font_for(ch, bold, fonts):
    code = ord(ch)
    if 0x0600 <= code <= 0x06FF:
        return fonts["arabic"]
    if width(ch) == 2:
        return fonts["cjk"]
    return fonts["bold"] if bold else fonts["mono"]


def main():
    source, target, columns, rows = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    fonts = {name: load(name) for name in FONTS}
    image = Image.new("RGB", (columns * CELL_W + 16, rows * CELL_H + 16), BG)
    draw = ImageDraw.Draw(image)
    lines = open(source, encoding="utf-8").read().split("\n")[:rows]
    state = {"fg": None, "bg": None, "bold": False, "dim": False, "reverse": False, "underline": False}
    for y, line in enumerate(lines):
        x = 0
        for token in re.split(r"(\x1b\[[0-9;]*m)", line):
            if token.startswith("\x1b["):
                apply_sgr(token[2:-1], state)
                continue
            for ch in token:
                w = width(ch)
                if w == 0:
                    continue
                fg = PALETTE[state["fg"]] if state["fg"] is not None else FG
                bg = PALETTE[state["bg"]] if state["bg"] is not None else BG
                if state["dim"]:
                    fg = tuple(int(c * 0.6) for c in fg)
                if state["reverse"]:
                    fg, bg = bg, fg
                left, top = 8 + x * CELL_W, 8 + y * CELL_H
                draw.rectangle([left, top, left + w * CELL_W - 1, top + CELL_H - 1], fill=bg)
                if ch != " ":
                    draw.text((left, top + 15), ch, font=font_for(ch, state["bold"], fonts), fill=fg, anchor="ls")
                if state["underline"]:
                    draw.line([left, top + CELL_H - 3, left + w * CELL_W - 1, top + CELL_H - 3], fill=fg)
                x += w
    image.save(target)


def apply_sgr(params, state):
    codes = [int(p) if p else 0 for p in params.split(";")] if params else [0]
    i = 0
    while i < len(codes):
        code = codes[i]
        if code == 0:
            state.update(fg=None, bg=None, bold=False, dim=False, reverse=False, underline=False)
        elif code == 1:
            state["bold"] = True
        elif code == 2:
            state["dim"] = True
        elif code == 4:
            state["underline"] = True
        elif code == 7:
            state["reverse"] = True
        elif code == 22:
            state["bold"] = state["dim"] = False
        elif code == 24:
            state["underline"] = False
        elif code == 27:
            state["reverse"] = False
        elif 30 <= code <= 37:
            state["fg"] = code - 30
        elif code == 39:
            state["fg"] = None
        elif 40 <= code <= 47:
            state["bg"] = code - 40
        elif code == 49:
            state["bg"] = None
        elif 90 <= code <= 97:
            state["fg"] = code - 90 + 8
        elif 100 <= code <= 107:
            state["bg"] = code - 100 + 8
        elif code in (38, 48) and i + 2 < len(codes) and codes[i + 1] == 5:
            value = codes[i + 2]
            state["fg" if code == 38 else "bg"] = value if value < 16 else None
            i += 2
        i += 1


if __name__ == "__main__":
    main()
