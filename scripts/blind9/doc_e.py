# fellgate-adult-learning-2021-review: first annual review (remote and on site) of a county
# council's adult learning service by an invented body (Larchfield Assurance Ltd), 2021. The
# element ratings are given ONLY in a HEAT-MAP: a grid with a row per sub-criterion, one cell per
# element holding its code and a ONE-LETTER rating (E / C / P / N) on a coloured background; the
# legend maps colour and letter to the rating (E = Compliance Plus, "exceeds"; P = Partial
# Compliance, not Plus). The per-criterion count table uses the letters as column heads. Markdown
# too: the heat-map as a pipe grid of emoji squares with the letter ("🟦 E"), the legend as a list.
from common import *
CP = ['1.2.2', '2.1.4', '3.3.1', '4.2.2']
PC = ['1.3.4', '5.3.1']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (4, 51, 2, 0)
LET = {'CP': 'E', 'C': 'C', 'PC': 'P', 'NC': 'N'}
COL = {'CP': '#1f5fa8', 'C': '#8cc63f', 'PC': '#f7a21b', 'NC': '#d7263d'}
FG = {'CP': '#fff', 'C': '#000', 'PC': '#000', 'NC': '#fff'}
EMO = {'CP': '🟦', 'C': '🟩', 'PC': '🟧', 'NC': '🟥'}
LEGEND = [('CP', 'Compliance Plus', 'exceeds the requirement; exemplary'), ('C', 'Compliance', 'meets the requirement'),
          ('PC', 'Partial Compliance', 'partly meets the requirement; action needed'), ('NC', 'Non-Compliance', 'does not meet the requirement')]
BY = {k: counts(R, k) for k in '12345'}
SAT = [('Fellgate (Market Street)', 96, 94), ('Ashby Moor', 91, 93), ('Trenholme Community Hub', 88, 97), ('Online courses', 84, 89)]

def sat_col(v):
    return '#8cc63f' if v >= 92 else ('#f7e01b' if v >= 88 else '#f7a21b')

def heatmap():
    out = ['<table class="hm" width="100%"><tr><th>Sub-criterion</th>' + ''.join(f'<th>El. {i}</th>' for i in range(1, 7)) + '</tr>']
    for k in '12345':
        out.append(f'<tr><td class="cr" colspan="7">Criterion {k} &ndash; {CRIT[k]}</td></tr>')
        for s in subs_of(k):
            cells = []
            for c in codes_of(s):
                r = R[c]
                cells.append(f'<td class="cell" width="11%" style="background:{COL[r]};color:{FG[r]}">{c}<br><b>{LET[r]}</b></td>')
            cells += ['<td class="blank" width="11%"></td>'] * (6 - len(codes_of(s)))
            out.append(f'<tr><td class="sub">{s} {SUBS[s]}</td>' + ''.join(cells) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)

CSS = '''
@page { size: A4; margin: 18mm; }
body { font-family: Calibri, Carlito, "DejaVu Sans", sans-serif; font-size: 10pt; }
h1 { font-size: 24pt; color: #2b3a55; margin-top: 40mm; font-weight: normal; }
h2 { font-size: 13pt; color: #2b3a55; margin-top: 16px; }
table { border-collapse: collapse; }
table.k { width: 100%; } table.k td { padding: 3px 6px; border-bottom: 1px solid #ccd; font-size: 9.5pt; vertical-align: top; }
table.k td.l { width: 30%; font-weight: bold; color: #2b3a55; }
table.hm { width: 100%; }
table.hm th { background: #2b3a55; color: #fff; font-size: 8pt; padding: 3px; }
table.hm td { border: 2px solid #fff; font-size: 8pt; padding: 3px; text-align: center; }
table.hm td.sub { text-align: left; background: #eef0f5; width: 28%; }
table.hm td.cr { text-align: left; background: #d5dae6; font-weight: bold; }
table.hm td.cell { width: 12%; }
table.lg td, table.c td, table.c th, table.s td, table.s th { border: 1px solid #bbb; padding: 3px 7px; font-size: 9pt; }
table.c th, table.s th { background: #2b3a55; color: #fff; }
td.n { text-align: center; }
.pb { page-break-after: always; }
'''
KEY = [('Organisation', 'Fellgate County Council &ndash; Adult Learning Service'), ('Stage', 'Year 1 Annual Review'),
       ('Assessor', 'Dr Imogen Strachan-Holt'), ('Pre-visit evidence review', '1 March 2021'),
       ('Assessment', 'Tuesday 9 March 2021 (remote) and Wednesday 10 March 2021 (on site, Market Street Centre)'),
       ('Report', '26/03/2021'), ('Service contact', 'Mr Alun Gethin, Head of Adult Learning')]
SUMMARY = ('The Service continues to meet the standard. Four elements exceed it (Compliance Plus) and two are partly met; every other element is met. '
           'Certification is confirmed until the second annual review in March 2022.')
PREV = ('At the initial assessment in February 2020 the Service had two partial compliances, 1.3.4 and 3.2.3, and Compliance Plus for 1.2.2 and 3.3.1. '
        '3.2.3 is now C: course information has been rewritten with learners. 1.3.4 is still P. The Service was graded 2 (good) by Ofsted in 2019.')

html = f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Larchfield Assurance – Customer Service Excellence Annual Review – Fellgate Adult Learning Service – March 2021</title>
<style>{CSS}</style></head><body>
<div class="pb">
<p style="font-size:12pt;color:#2b3a55"><b>LARCHFIELD ASSURANCE LTD</b><br>Certification &middot; Customer Service Excellence</p>
<h1>Annual Review Report</h1>
<p style="font-size:14pt">Fellgate County Council<br>Adult Learning Service</p>
<p>Year 1 Annual Review &middot; March 2021</p>
</div>
<div class="pb">
<h2 style="page-break-before:always">Contents</h2>
<p>1 About this review<br>2 Summary<br>3 Since the initial assessment<br>4 Results heat-map<br>5 Results by criterion<br>6 Strengths and areas to develop<br>7 Learner satisfaction (Service data)<br>8 Sign-off</p>
</div>
<h2 style="page-break-before:always">1 About this review</h2>
<table class="k">{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in KEY)}</table>
<p>Because of COVID-19 restrictions the first day was held by video call; the second day was on site with social distancing. The assessor met 22 staff and tutors, 17 learners (nine online) and partners from Jobcentre Plus and Fellgate College.</p>
<h2>2 Summary</h2>
<p>{SUMMARY}</p>
<h2>3 Since the initial assessment</h2>
<p>{PREV}</p>
<h2 style="page-break-before:always">4 Results heat-map</h2>
<p>Each element of the standard is shown as a coloured cell with its code and a one-letter rating. Key:</p>
<table class="lg">{''.join(f'<tr><td style="background:{COL[r]};color:{FG[r]};width:10mm;text-align:center"><b>{LET[r]}</b></td><td>{w}</td><td>{m}</td></tr>' for r, w, m in LEGEND)}</table>
<p>&nbsp;</p>
{heatmap()}
<h2>5 Results by criterion</h2>
<table class="c"><tr><th>Criterion</th><th>E</th><th>C</th><th>P</th><th>N</th></tr>
{''.join(f'<tr><td>{k} {CRIT[k]}</td>' + ''.join(f'<td class="n">{x}</td>' for x in BY[k]) + '</tr>' for k in '12345')}
<tr><td><b>All criteria</b></td><td class="n"><b>4</b></td><td class="n"><b>51</b></td><td class="n"><b>2</b></td><td class="n"><b>0</b></td></tr></table>
<h2>6 Strengths and areas to develop</h2>
<p><b>Strengths.</b> Learner voice is built into every course (1.2.2); equality analysis of fees and of the move online was thorough and led to free devices for 140 learners (2.1.4); access for learners who cannot travel has been transformed since lockdown (3.3.1); learners achieve what they came for, with progression tracked for a year (4.2.2).</p>
<p><b>Areas to develop.</b> Set satisfaction targets for each programme and report against them (1.3.4); track performance against the enrolment and refund timescales every month, not only at year end (5.3.1).</p>
<h2>7 Learner satisfaction (Service data)</h2>
<p>The Service&rsquo;s own end-of-course survey, shown in the Service&rsquo;s colours (green 92% or more, yellow 88&ndash;91%, amber below 88%). These are the Service&rsquo;s figures, not CSE ratings.</p>
<table class="s"><tr><th>Centre</th><th>2019/20</th><th>2020/21 (to Feb)</th></tr>
{''.join(f'<tr><td>{n}</td><td class="n" style="background:{sat_col(a)}">{a}%</td><td class="n" style="background:{sat_col(b)}">{b}%</td></tr>' for n, a, b in SAT)}</table>
<h2>8 Sign-off</h2>
<p>Dr Imogen Strachan-Holt, Assessor, Larchfield Assurance Ltd<br>26/03/2021</p>
</body></html>
'''
write('fellgate-adult-learning-2021-review.html', html)

md = ['# Annual Review Report', '', '**Larchfield Assurance Ltd** · Certification · Customer Service Excellence', '',
      '**Fellgate County Council – Adult Learning Service** · Year 1 Annual Review · March 2021', '', '---', '', '## 1 About this review', '']
md += [f'- **{a}:** {b.replace("&ndash;", "–")}' for a, b in KEY]
md += ['', 'Because of COVID-19 restrictions the first day was held by video call; the second day was on site with social distancing. The assessor met 22 staff and tutors, 17 learners (nine online) and partners from Jobcentre Plus and Fellgate College.', '',
       '## 2 Summary', '', SUMMARY, '', '## 3 Since the initial assessment', '', PREV, '', '## 4 Results heat-map', '',
       'Each element of the standard is shown as a coloured square with its code and a one-letter rating. Key:', '']
md += [f'- {EMO[r]} **{LET[r]}** – {w} ({m})' for r, w, m in LEGEND]
md += ['', '| Sub-criterion | El. 1 | El. 2 | El. 3 | El. 4 | El. 5 | El. 6 |', '|---|---|---|---|---|---|---|']
for k in '12345':
    md.append(f'| **Criterion {k} – {CRIT[k]}** | | | | | | |')
    for s in subs_of(k):
        cells = [f'{EMO[R[c]]} {c} **{LET[R[c]]}**' for c in codes_of(s)] + [''] * (6 - len(codes_of(s)))
        md.append(f'| {s} {SUBS[s]} | ' + ' | '.join(cells) + ' |')
md += ['', '## 5 Results by criterion', '', '| Criterion | E | C | P | N |', '|---|---|---|---|---|']
md += [f'| {k} {CRIT[k]} | ' + ' | '.join(str(x) for x in BY[k]) + ' |' for k in '12345']
md += ['| **All criteria** | **4** | **51** | **2** | **0** |', '', '## 6 Strengths and areas to develop', '',
       '**Strengths.** Learner voice is built into every course (1.2.2); equality analysis of fees and of the move online was thorough and led to free devices for 140 learners (2.1.4); access for learners who cannot travel has been transformed since lockdown (3.3.1); learners achieve what they came for, with progression tracked for a year (4.2.2).', '',
       '**Areas to develop.** Set satisfaction targets for each programme and report against them (1.3.4); track performance against the enrolment and refund timescales every month, not only at year end (5.3.1).', '',
       '## 7 Learner satisfaction (Service data)', '', 'The Service’s own end-of-course survey (🟩 92% or more, 🟨 88–91%, 🟧 below 88%). These are the Service’s figures, not CSE ratings.', '',
       '| Centre | 2019/20 | 2020/21 (to Feb) |', '|---|---|---|']
SQ = {'#8cc63f': '🟩', '#f7e01b': '🟨', '#f7a21b': '🟧'}
md += [f'| {n} | {SQ[sat_col(a)]} {a}% | {SQ[sat_col(b)]} {b}% |' for n, a, b in SAT]
md += ['', '## 8 Sign-off', '', 'Dr Imogen Strachan-Holt, Assessor, Larchfield Assurance Ltd  ', '26/03/2021', '']
write('fellgate-adult-learning-2021-review.md', '\n'.join(md))
