#!/usr/bin/env python3
"""Checks the hand-written TimeML files of eval/timex for slips an annotator
makes: a DCT that is not YYYY-MM-DD, tids that repeat or skip, a type outside
DATE/TIME/DURATION/SET, a value of the wrong shape for its type, and a
weekday or month name that disagrees with the value it was given.

  python3 eval/timex/check_gold.py [DIR]      (default: the folder of this file)

Prints one line per problem as FILE: tid "text": message, and exits 1 if any.
"""

import datetime
import glob
import os
import re
import sys

TIMEX = re.compile(r'<TIMEX3\b([^>]*)>([^<]*)</TIMEX3>')
ATTR = re.compile(r'(\w+)="([^"]*)"')
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
# Month words as they appear in news, with the month they name. "may" is left
# out on purpose: the verb and the surname are too common to check by word.
MONTHS = {'jan': 1, 'january': 1, 'feb': 2, 'february': 2, 'march': 3, 'april': 4,
          'june': 6, 'july': 7, 'aug': 8, 'august': 8, 'sept': 9, 'september': 9,
          'oct': 10, 'october': 10, 'nov': 11, 'november': 11, 'dec': 12, 'december': 12}
POINT = re.compile(r'^(\d{2,4}|\d{4}-(\d\d(-\d\d)?|W\d\d(-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))'
                   r'(T(\d\d:\d\d|MO|AF|EV|NI|24:00))?$|^(PAST|PRESENT|FUTURE)_REF$')
LENGTH = re.compile(r'^P((\d+|X)[YMWDQEX])*(T((\d+|X)[HMS])+)?$')
RECUR = re.compile(r'^(P(\d+|X)[YMWDQ]|PT(\d+|X)[HM]|XXXX(-\d\d|-SU|-SP|-FA|-WI|-WXX-\d|-XX-XX)(T\w+)?)$')


def Check(path):
    problems = []
    content = open(path, encoding='utf-8').read()
    name = os.path.basename(path)
    dct = re.search(r'functionInDocument="CREATION_TIME"', content) and \
        re.search(r'<DCT>\s*<TIMEX3\b[^>]*value="([^"]*)"', content)
    if not dct or not re.match(r'^\d{4}-\d\d-\d\d$', dct.group(1)):
        problems.append('%s: no DCT TIMEX3 with a YYYY-MM-DD value' % name)
    text = content[content.find('<TEXT>'):content.find('</TEXT>')]
    expected = 1
    for m in TIMEX.finditer(text):
        attrs = dict(ATTR.findall(m.group(1)))
        words = m.group(2)
        tid, ty, value = attrs.get('tid', ''), attrs.get('type', ''), attrs.get('value', '')
        where = '%s: %s "%s"' % (name, tid, words)
        if tid != 't%d' % expected:
            problems.append('%s: expected tid t%d' % (where, expected))
        expected = int(tid[1:]) + 1 if re.match(r'^t\d+$', tid) else expected + 1
        shape = {'DATE': POINT, 'TIME': POINT, 'DURATION': LENGTH, 'SET': RECUR}.get(ty)
        if shape is None:
            problems.append('%s: type %r is not DATE, TIME, DURATION or SET' % (where, ty))
            continue
        if not shape.match(value):
            problems.append('%s: value %r does not fit type %s' % (where, value, ty))
            continue
        low = words.lower()
        if ty in ('DATE', 'TIME') and re.match(r'^\d{4}-\d\d-\d\d', value):
            day = datetime.date.fromisoformat(value[:10])
            for i, w in enumerate(WEEKDAYS):
                if re.search(r'\b' + w + r'\b', low) and day.weekday() != i:
                    problems.append('%s: %s is a %s' % (where, value[:10], WEEKDAYS[day.weekday()]))
        if ty in ('DATE', 'TIME') and re.match(r'^\d{4}-\d\d', value):
            for w, month in MONTHS.items():
                # Only a month word that stands for the expression's own month:
                # "the three months to June" names its last month, not its value.
                if re.search(r'\b' + w + r'\b', low) and int(value[5:7]) != month \
                        and not re.search(r'\b(to|-)\s*' + w, low):
                    problems.append('%s: %s is not in %s' % (where, value, w))
    return problems


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(glob.glob(os.path.join(folder, '*.tml')))
    problems = [p for f in files for p in Check(f)]
    for p in problems:
        print(p)
    print('%d files, %d problems' % (len(files), len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
