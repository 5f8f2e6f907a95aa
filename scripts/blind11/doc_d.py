# north-wolds-gp-federation-2016-initial: Assessment Services Ltd initial assessment of a GP
# federation, 2016. The 57 ratings are a TICK MATRIX whose four rating headers are ROTATED 90°
# (vertical text) and whose left-hand "Criterion" column is ONE MERGED CELL DOWN EACH CRITERION'S
# rows, its name rotated too. Counts appear as a BAR CHART (CSS bars, no numbers on the bars) with
# its "Chart data" table beneath, and in one sentence. Markdown as R MARKDOWN knitted to Markdown
# (YAML with output: md_document, echoed ```r chunks, chunk output lines prefixed "##", a kable pipe
# table, a figure link to figure-markdown_strict/).
from common import *
CP = ['1.1.3', '3.4.2']
PC = ['1.2.3', '4.1.2', '5.3.1']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 52, 3, 0)
CRITC = {'1': (1, 9, 1, 0), '2': (0, 11, 0, 0), '3': (1, 11, 0, 0), '4': (0, 12, 1, 0), '5': (0, 9, 1, 0)}
for k, v in CRITC.items(): assert counts(R, k) == v, k
COLS = [('CP', 'Compliance Plus'), ('C', 'Compliance'), ('PC', 'Partial Compliance'), ('NC', 'Non-Compliance')]
DETAILS = [('Organisation', 'North Wolds GP Federation (14 member practices)'), ('Assessment', 'Initial assessment'),
           ('Evidence submitted', 'By 8 January 2016 (online portal)'),
           ('On-site dates', '26, 27 and 28 January 2016'), ('Assessor', 'Simon Ashworth-Pyle MCMI'),
           ('Federation lead', 'Dr Helen Marwood, Clinical Director (GP)'),
           ('Report issued', '15 February 2016'), ('Assessment Services Ltd ref.', 'ASL/16/0127')]
CSS = '''
@page { size: A4; margin: 18mm 16mm; }
body { font-family: Verdana, "DejaVu Sans", sans-serif; font-size: 9pt; color: #222; }
h1 { font-size: 20pt; color: #0b4f8a; margin-top: 38mm; }
h2 { font-size: 12.5pt; color: #0b4f8a; margin-top: 14px; }
p { margin: 0 0 7px 0; line-height: 1.35; }
table { border-collapse: collapse; }
td, th { border: 1px solid #8aa6c1; padding: 2px 4px; vertical-align: top; text-align: left; font-size: 8pt; }
th { background: #dbe7f3; }
th.rot { height: 92px; width: 26px; vertical-align: bottom; text-align: center; padding: 4px 2px; }
th.rot div, td.crit div { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; margin: 0 auto; }
td.crit { background: #eef3f8; font-weight: bold; vertical-align: middle; width: 26px; text-align: center; }
td.tick { text-align: center; width: 26px; }
td.l { width: 30%; background: #eef3f8; font-weight: bold; }
.bar { display: inline-block; height: 12px; vertical-align: middle; }
.pb { page-break-after: always; }
'''
def matrix():
    head = ('<tr><th width="4%" class="rot"><div>Criterion</div></th><th width="6%">Element</th><th width="66%">Requirement</th>' +
            ''.join(f'<th class="rot" width="6%"><div>{n}</div></th>' for _, n in COLS) + '</tr>')
    rows = []
    for k in '12345':
        cs = [c for c in CODES if c.startswith(k + '.')]
        for i, c in enumerate(cs):
            first = f'<td class="crit" rowspan="{len(cs)}"><div>{k}. {CRIT[k]}</div></td>' if i == 0 else ''
            rows.append(f'<tr>{first}<td>{c}</td><td>{short(c, 110)}</td>' + ''.join(f'<td class="tick">{"&#10004;" if R[c] == x else ""}</td>' for x, _ in COLS) + '</tr>')
    cols = '<colgroup><col width="26"><col width="40"><col width="430"><col width="26"><col width="26"><col width="26"><col width="26"></colgroup>'
    return f'<table width="100%">{cols}<thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'
COLOR = {'CP': '#1b7837', 'C': '#4393c3', 'PC': '#f4a582', 'NC': '#b2182b'}
def chart():
    rows = ''
    for k in '12345':
        bars = ''.join(f'<span class="bar" style="width:{n * 22}px;background:{COLOR[x]}"></span>' for (x, _), n in zip(COLS, CRITC[k]) if n)
        rows += f'<tr><td style="border:none;width:30%">Criterion {k}</td><td style="border:none">{bars}</td></tr>'
    legend = ' &nbsp; '.join(f'<span class="bar" style="width:12px;background:{COLOR[x]}"></span> {n}' for x, n in COLS)
    return f'<p><b>Figure 1 &ndash; Element ratings by criterion</b></p><table width="100%">{rows}</table><p style="font-size:8pt">{legend}</p>'
data_rows = ''.join(f'<tr><td>Criterion {k}</td>' + ''.join(f'<td>{n}</td>' for n in CRITC[k]) + f'<td>{sum(CRITC[k])}</td></tr>' for k in '12345')
SUMMARY = ('The Federation has met the standard at its first attempt. Two elements were rated Compliance Plus (1.1.3 and 3.4.2), 52 Compliance and three '
           'Partial Compliance (1.2.3, 4.1.2 and 5.3.1); there were no non-compliances. I recommend certification.')
NARR = [
 ('Criterion 1 &ndash; Customer Insight', 'The Federation has mapped its registered population of 118,000 across 14 practices and has gone further than most NHS bodies to understand its hard-to-reach groups: seasonal agricultural workers, Gypsy and Traveller families and housebound patients on the coast (1.1.3, Compliance Plus). The Patient Participation Groups are active but the Federation has not reviewed whether its methods of engagement reach younger patients (1.2.3).'),
 ('Criterion 2 &ndash; The Culture of the Organisation', 'The Federation board is clinically led and customer focus is visible in every practice visited.'),
 ('Criterion 3 &ndash; Information and Access', 'The extended-hours hub and the shared online booking work well. Partnership with the district councils&rsquo; social prescribing service is exemplary (3.4.2, Compliance Plus).'),
 ('Criterion 4 &ndash; Delivery', 'The Federation&rsquo;s service standards were set by the practice managers&rsquo; group without asking patients (4.1.2, Partial Compliance).'),
 ('Criterion 5 &ndash; Timeliness and Quality of Service', 'Appointment waiting times are monitored weekly but are not yet published to patients (5.3.1, Partial Compliance).'),
]
body = f'''
<div class="pb">
<p style="font-size:12pt;color:#0b4f8a"><b>Assessment Services Ltd</b></p>
<h1>Customer Service Excellence<br>Initial Assessment Report</h1>
<p style="font-size:14pt">North Wolds GP Federation</p>
<p>February 2016</p>
</div>
<h2 style="page-break-before:always">Contents</h2>
<p>1. Assessment details<br>2. Executive summary<br>3. Results in brief<br>4. Findings<br>5. Element ratings (tick matrix)<br>6. Next steps<br>7. Declaration</p>
<h2>1. Assessment details</h2>
<table width="100%">{''.join(f'<tr><td class="l">{a}</td><td>{b}</td></tr>' for a, b in DETAILS)}</table>
<h2>2. Executive summary</h2>
<p>North Wolds GP Federation was formed in 2014 by 14 general practices in the East Riding to run shared services: an extended-hours hub, a home-visiting service and a shared booking line. This is its first assessment against the Customer Service Excellence standard.</p>
<p>{SUMMARY}</p>
<h2>3. Results in brief</h2>
{chart()}
<p><b>Chart data</b></p>
<table width="70%"><tr><th>Criterion</th><th>Compliance Plus</th><th>Compliance</th><th>Partial Compliance</th><th>Non-Compliance</th><th>Elements</th></tr>{data_rows}
<tr><td><b>Total</b></td><td><b>2</b></td><td><b>52</b></td><td><b>3</b></td><td><b>0</b></td><td><b>57</b></td></tr></table>
<h2>4. Findings</h2>
{''.join(f'<p><b>{h}.</b> {t}</p>' for h, t in NARR)}
<h2 style="page-break-before:always">5. Element ratings (tick matrix)</h2>
<p>A tick shows the rating given to each element.</p>
{matrix()}
<h2>6. Next steps</h2>
<p>The first annual review will take place in January 2017. The Federation should address the three partial compliances before then; it hopes to gain Compliance Plus at 4.3.1 (complaints) once the shared complaints log has run for a year.</p>
<h2>7. Declaration</h2>
<p>I confirm that this assessment was carried out in accordance with the Customer Service Excellence assessment methodology.</p>
<p>Simon Ashworth-Pyle MCMI<br>Assessor, Assessment Services Ltd<br>15 February 2016</p>
'''
write('north-wolds-gp-federation-2016-initial.html', page('Assessment Services Ltd – Customer Service Excellence Initial Assessment – North Wolds GP Federation – February 2016', CSS, body))

# Markdown: R Markdown knitted to Markdown (md_document)
def plain(s):
    return s.replace('&rsquo;', '’').replace('&ndash;', '–')
kable = '\n'.join(f'| {c:<7}| {STMT[c][:60] + ("…" if len(STMT[c]) > 60 else ""):<62}| ' + ' | '.join(('✓' if R[c] == x else ' ') for x, _ in COLS) + ' |' for c in CODES)
MD = f'''---
title: "Customer Service Excellence – Initial Assessment Report"
subtitle: "North Wolds GP Federation"
author: "Simon Ashworth-Pyle MCMI, Assessment Services Ltd"
date: "15 February 2016"
output:
  md_document:
    variant: markdown_strict
    preserve_yaml: true
---

```r
library(readxl)
library(dplyr)
library(knitr)
ratings <- read_excel("NWGPF_CSE_ratings_2016.xlsx", sheet = "Elements")
```

## 1. Assessment details

{chr(10).join(f"- **{a}:** {plain(b)}" for a, b in DETAILS)}

## 2. Executive summary

North Wolds GP Federation was formed in 2014 by 14 general practices in the East Riding to run shared services: an extended-hours hub, a home-visiting service and a shared booking line. This is its first assessment against the Customer Service Excellence standard.

{SUMMARY}

## 3. Results in brief

```r
table(factor(ratings$rating, levels = c("C+", "C", "PC", "NC")))
```

    ## 
    ## C+  C PC NC 
    ##  2 52  3  0

```r
ratings %>% count(criterion, rating) %>% tidyr::spread(rating, n, fill = 0)
```

    ## # A tibble: 5 x 4
    ##   criterion     C  `C+`    PC
    ##       <dbl> <dbl> <dbl> <dbl>
    ## 1         1     9     1     1
    ## 2         2    11     0     0
    ## 3         3    11     1     0
    ## 4         4    12     0     1
    ## 5         5     9     0     1

![Figure 1 – Element ratings by criterion](north-wolds-cse_files/figure-markdown_strict/chart-1.png)

## 4. Findings

{chr(10).join(f"**{plain(h)}.** {plain(t)}{chr(10)}" for h, t in NARR)}
## 5. Element ratings (tick matrix)

```r
kable(ratings_wide, col.names = c("Element", "Requirement", "C+", "C", "PC", "NC"))
```

| Element | Requirement                                                   | C+ | C | PC | NC |
|:--------|:--------------------------------------------------------------|:--:|:-:|:--:|:--:|
{kable}

## 6. Next steps

The first annual review will take place in January 2017. The Federation should address the three partial compliances before then; it hopes to gain Compliance Plus at 4.3.1 (complaints) once the shared complaints log has run for a year.

## 7. Declaration

I confirm that this assessment was carried out in accordance with the Customer Service Excellence assessment methodology.

Simon Ashworth-Pyle MCMI  
Assessor, Assessment Services Ltd  
15 February 2016
'''
write('north-wolds-gp-federation-2016-initial.md', MD)
