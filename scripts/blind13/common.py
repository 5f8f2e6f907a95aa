# Shared by the blind13 authoring scripts (copied from blind12's, itself blind11's): the 57 elements (codes and
# statements, catalogue copied from blind8's, itself blind4's), sub-criterion and criterion names, the rating lookup, and a small page
# wrapper. The prose, layout and ratings of each document are typed in its own doc_*.py.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', 'fixtures', 'blind13'))
CAT = json.load(open(os.path.join(HERE, 'catalogue.json')))
CODES = [c for c, _ in CAT]
STMT = dict(CAT)
SUBS = {
    '1.1': 'Customer Identification', '1.2': 'Engagement and Consultation', '1.3': 'Customer Satisfaction',
    '2.1': 'Leadership, Policy and Culture', '2.2': 'Staff Professionalism and Attitude',
    '3.1': 'Range of Information', '3.2': 'Quality of Information', '3.3': 'Access',
    '3.4': 'Co-operative working with other providers, partners and communities',
    '4.1': 'Delivery Standards', '4.2': 'Achieved Delivery and Outcomes', '4.3': 'Deal Effectively with Problems',
    '5.1': 'Standards for Timeliness and Quality', '5.2': 'Timely Outcomes', '5.3': 'Achieved Timely Delivery',
}
CRIT = {'1': 'Customer Insight', '2': 'The Culture of the Organisation', '3': 'Information and Access',
        '4': 'Delivery', '5': 'Timeliness and Quality of Service'}

def ratings(cp=(), pc=(), nc=()):
    r = {c: 'C' for c in CODES}
    for c in cp: r[c] = 'CP'
    for c in pc: r[c] = 'PC'
    for c in nc: r[c] = 'NC'
    return r

def short(code, n=70):
    s = STMT[code]
    return s if len(s) <= n else s[:n].rsplit(' ', 1)[0] + '…'

def write(name, text):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        f.write(text)

def counts(r, crit=None):
    # (cp, c, pc, nc) of a ratings dict, for one criterion or overall (a check on the typed counts)
    v = [x for k, x in r.items() if crit is None or k.startswith(crit + '.')]
    return (v.count('CP'), v.count('C'), v.count('PC'), v.count('NC'))

def subs_of(crit):
    return [s for s in SUBS if s.startswith(crit + '.')]

def codes_of(sub):
    return [c for c in CODES if c.startswith(sub + '.')]

WORD = {'CP': 'Compliance Plus', 'C': 'Compliance', 'PC': 'Partial Compliance', 'NC': 'Non-Compliance'}

def page(title, css, body, lang='en-GB'):
    return f'''<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<style>{css}</style></head><body>
{body}
</body></html>
'''
