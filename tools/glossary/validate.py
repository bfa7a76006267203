#!/usr/bin/env python3
"""Checks the reading glossaries in src/EntityScreen/Readings/Resources/*-glossary.tsv.

Rules: UTF-8, LF line endings; '#' lines are comments; every other line is term<TAB>renderings<TAB>kind;
no duplicate term in a file; renderings are '|'-separated alternatives, each lower-case ASCII words
(a-z, 0-9, apostrophe) separated by single spaces, or a lone '-'; kind is one of the known kinds;
terms use the file's script (Han, Hangul, lower-case Cyrillic, Arabic script).
Usage: python3 tools/glossary/validate.py [files...]   (exit code 1 on any error)
"""
import glob, os, re, sys, unicodedata

KINDS = {'place', 'org', 'drop', 'legal', 'person', 'ordinal'}
WORDS = re.compile(r"^[a-z0-9']+( [a-z0-9']+)*$")
SCRIPT = {
    # No middle dot: the Han reader reads it as a separator before looking terms up, so a term holding one never matches.
    'han': re.compile(r'^[\u3400-\u9fff]+$'),
    'hangul': re.compile(r'^[\uac00-\ud7a3]+$'),
    'cyrillic': re.compile(r'^[\u0430-\u044f\u0451\u0410-\u042f\u0401\- ]+\*?$'),
    'arabic': re.compile(r'^[\u0600-\u06ff\u0750-\u077f ]+$'),
    # Katakana (and the long-vowel mark) only: a word is segmented into these loanwords.
    'kana': re.compile(r'^[\u30a1-\u30fa\u30fc]+$'),
}

def check(path):
    errs, terms, kinds = [], {}, {}
    script = os.path.basename(path).split('-')[0]
    raw = open(path, 'rb').read()
    if b'\r' in raw: errs.append('CR found (must be LF)')
    text = raw.decode('utf-8')
    if not text.startswith('#'): errs.append('no header comment')
    for n, ln in enumerate(text.split('\n'), 1):
        if not ln or ln.startswith('#'): continue
        f = ln.split('\t')
        if len(f) != 3: errs.append(f'{n}: {len(f)} fields'); continue
        term, rend, kind = f
        if term != term.strip() or not term: errs.append(f'{n}: bad term {term!r}')
        if unicodedata.normalize('NFC', term) != term: errs.append(f'{n}: term not NFC')
        rx = SCRIPT.get(script)
        if rx and not rx.match(term): errs.append(f'{n}: term {term!r} not in {script} script')
        if script == 'cyrillic' and term.lower() != term:
            errs.append(f'{n}: cyrillic term not lower-case {term!r}')
        if term in terms: errs.append(f'{n}: duplicate term {term!r} (line {terms[term]})')
        terms[term] = n
        if kind not in KINDS: errs.append(f'{n}: bad kind {kind!r}')
        alts = rend.split('|')
        if len(set(alts)) != len(alts): errs.append(f'{n}: repeated rendering in {rend!r}')
        for a in alts:
            if a != '-' and not WORDS.match(a): errs.append(f'{n}: bad rendering {a!r}')
        kinds[kind] = kinds.get(kind, 0) + 1
    return errs, len(terms), kinds

def main(argv):
    root = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'EntityScreen', 'Readings', 'Resources')
    files = argv or sorted(glob.glob(os.path.join(root, '*-glossary.tsv')))
    bad = 0
    for p in files:
        errs, n, kinds = check(p)
        print(f'{os.path.basename(p)}: {n} terms', dict(sorted(kinds.items())))
        for e in errs[:50]: print('  ERROR', e)
        bad += len(errs)
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
