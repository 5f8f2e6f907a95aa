# coleg-dyffryn-tywi-2011-review: Centre for Assessment "Annual Review 2" of a Welsh further
# education college, 2011, laid out as PARALLEL TEXT: every section is a two-column table with the
# Welsh on the left and the English on the right, paragraph by paragraph, so in the text layer each
# line carries Welsh and English side by side. The element table is parallel too: "Elfen | Sgôr"
# (Welsh rating words) on the left and "Element | Rating" on the right, each code written twice on
# a row. Counts in a parallel table; per-criterion counts bilingual.
from common import *
CP = ['2.1.1', '4.2.3']
PC = ['1.3.1']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (2, 54, 1, 0)
CY = {'CP': 'Cydymffurfiaeth a Mwy', 'C': 'Cydymffurfiaeth', 'PC': 'Cydymffurfiaeth Rannol', 'NC': 'Diffyg Cydymffurfiaeth'}
CRITCY = {'1': 'Deall y Cwsmer', '2': 'Diwylliant y Sefydliad', '3': 'Gwybodaeth a Mynediad', '4': 'Cyflawni', '5': 'Amseroldeb ac Ansawdd y Gwasanaeth'}
CSS = '''
@page { size: A4; margin: 18mm 15mm; }
body { font-family: Verdana, "DejaVu Sans", sans-serif; font-size: 8.5pt; }
h1 { font-size: 17pt; color: #8b1a1a; margin-top: 30mm; }
table { border-collapse: collapse; width: 100%; }
table.par td { width: 50%; vertical-align: top; padding: 3px 8px; border: none; }
table.par td.cy { border-right: 1px solid #8b1a1a; }
table.par td h2 { font-size: 11pt; color: #8b1a1a; margin: 10px 0 4px 0; }
table.g td, table.g th { border: 1px solid #c99; padding: 2px 4px; font-size: 8pt; text-align: left; }
table.g th { background: #8b1a1a; color: #fff; }
table.g td.gap { border-top: none; border-bottom: none; width: 2%; }
p { margin: 0 0 6px 0; }
.pb { page-break-after: always; }
'''
def par(pairs):
    return '<table class="par" width="100%">' + ''.join(f'<tr><td class="cy" lang="cy" width="50%">{a}</td><td lang="en" width="50%">{b}</td></tr>' for a, b in pairs) + '</table>'
def h(cy, en):
    return (f'<h2>{cy}</h2>', f'<h2>{en}</h2>')
DETAILS = [('Sefydliad', 'Coleg Dyffryn Tywi', 'Organisation', 'Tywi Valley College'),
           ('Math o asesiad', 'Adolygiad Blynyddol 2', 'Type of assessment', 'Annual Review 2'),
           ('Dyddiad yr ymweliad', '8 a 9 Mehefin 2011', 'Date of visit', '8 and 9 June 2011'),
           ('Aseswr', 'Siân Llywelyn-Price MCIM', 'Assessor', 'Siân Llywelyn-Price MCIM'),
           ('Cyswllt y Coleg', 'Mr Dafydd Morgan, Rheolwr Profiad Dysgwyr', 'College contact', 'Mr Dafydd Morgan, Learner Experience Manager'),
           ('Dyddiad yr adroddiad', '27 Mehefin 2011', 'Date of report', '27 June 2011')]
def details():
    return ('<table class="g" width="100%"><tr><th colspan="2">Manylion yr asesiad</th><td class="gap" width="2%"></td><th colspan="2">Assessment details</th></tr>'
            + ''.join(f'<tr><td width="20%"><b>{a}</b></td><td width="29%">{b}</td><td class="gap" width="2%"></td><td width="20%"><b>{c}</b></td><td width="29%">{d}</td></tr>' for a, b, c, d in DETAILS) + '</table>')
def counts_table():
    cp, c, pc, nc = counts(R)
    rows = [(CY['CP'], 'Compliance Plus', cp), (CY['C'], 'Compliance', c), (CY['PC'], 'Partial Compliance', pc), (CY['NC'], 'Non-Compliance', nc)]
    return ('<table class="g" width="100%"><tr><th width="30%">Sgôr</th><th>Nifer</th><td class="gap"></td><th>Rating</th><th>Number</th></tr>'
            + ''.join(f'<tr><td>{a}</td><td>{n}</td><td class="gap"></td><td>{b}</td><td>{n}</td></tr>' for a, b, n in rows)
            + '<tr><td><b>Cyfanswm</b></td><td><b>57</b></td><td class="gap"></td><td><b>Total</b></td><td><b>57</b></td></tr></table>')
def crit_table():
    head = '<tr><th>Maen prawf / Criterion</th><th>C+</th><th>C</th><th>PC</th><th>NC</th></tr>'
    rows = ''.join(f'<tr><td>{k} {CRITCY[k]} / {CRIT[k]}</td>' + ''.join(f'<td>{x}</td>' for x in counts(R, k)) + '</tr>' for k in '12345')
    return '<p>C+ = Cydymffurfiaeth a Mwy / Compliance Plus; C = Cydymffurfiaeth / Compliance; PC = Cydymffurfiaeth Rannol / Partial Compliance; NC = Diffyg Cydymffurfiaeth / Non-Compliance</p><table class="g">' + head + rows + '</table>'
def el_table():
    rows = ''
    for k in '12345':
        rows += f'<tr><td colspan="2" style="background:#f4e4e4"><b>Maen prawf {k} &ndash; {CRITCY[k]}</b></td><td class="gap"></td><td colspan="2" style="background:#f4e4e4"><b>Criterion {k} &ndash; {CRIT[k]}</b></td></tr>'
        for c in CODES:
            if c.startswith(k + '.'):
                rows += f'<tr><td>{c}</td><td>{CY[R[c]]}</td><td class="gap"></td><td>{c}</td><td>{WORD[R[c]]}</td></tr>'
    return '<table class="g" width="100%"><thead><tr><th width="12%">Elfen</th><th width="37%">Sgôr</th><td class="gap" width="2%"></td><th width="12%">Element</th><th width="37%">Rating</th></tr></thead><tbody>' + rows + '</tbody></table>'

TEXT = [
 h('1 Crynodeb', '1 Summary'),
 ('Dyma adroddiad ail adolygiad blynyddol Coleg Dyffryn Tywi yn erbyn safon Rhagoriaeth Gwasanaeth i Gwsmeriaid. Cafodd y Coleg ei asesu gyntaf ym mis Mehefin 2009.',
  'This is the report of Tywi Valley College&rsquo;s second annual review against the Customer Service Excellence standard. The College was first assessed in June 2009.'),
 ('Mae&rsquo;r Coleg yn parhau i gydymffurfio &acirc;&rsquo;r safon. Rhoddwyd Cydymffurfiaeth a Mwy i ddwy elfen (2.1.1 a 4.2.3) a Chydymffurfiaeth Rannol i un elfen (1.3.1). Mae pob elfen arall yn cydymffurfio.',
  'The College continues to comply with the standard. Two elements were rated Compliance Plus (2.1.1 and 4.2.3) and one Partial Compliance (1.3.1). Every other element is compliant.'),
 ('Yn yr adolygiad blynyddol cyntaf yn 2010, roedd 3.2.2 yn cydymffurfio&rsquo;n rhannol. Mae 3.2.2 bellach yn cydymffurfio.',
  'At the first annual review in 2010, 3.2.2 was partially compliant. 3.2.2 is now compliant.'),
 h('2 Prif ganfyddiadau', '2 Main findings'),
 ('Mae&rsquo;r Pennaeth a&rsquo;r uwch d&icirc;m yn arwain y gwaith o roi&rsquo;r dysgwr yn gyntaf, yn Gymraeg ac yn Saesneg, ac mae hyn yn rhagorol (2.1.1).',
  'The Principal and senior team lead the work of putting the learner first, in Welsh and in English, and this is outstanding (2.1.1).'),
 ('Mae&rsquo;r Coleg wedi cyflawni ei dargedau cadw dysgwyr am dair blynedd ac mae&rsquo;n rhagori ar golegau tebyg yng Nghymru (4.2.3).',
  'The College has met its learner retention targets for three years and outperforms similar colleges in Wales (4.2.3).'),
 ('Nid yw&rsquo;r Coleg yn mesur boddhad dysgwyr rhan-amser na chyflogwyr yn rheolaidd, felly mae 1.3.1 yn cydymffurfio&rsquo;n rhannol.',
  'The College does not measure the satisfaction of part-time learners or employers regularly, so 1.3.1 is partially compliant.'),
 h('3 Canlyniadau', '3 Results'),
]
body = f'''
<div class="pb">
<p style="font-size:12pt"><b>Centre for Assessment</b></p>
<h1>Rhagoriaeth Gwasanaeth i Gwsmeriaid<br>Customer Service Excellence</h1>
<p style="font-size:14pt">Coleg Dyffryn Tywi<br>Tywi Valley College</p>
<p>Adolygiad Blynyddol 2 / Annual Review 2<br>Mehefin 2011 / June 2011</p>
</div>
<div style="page-break-before:always"></div>
{par([('<h2>Cynnwys</h2><p>1 Crynodeb<br>2 Prif ganfyddiadau<br>3 Canlyniadau<br>4 Sgôr pob elfen<br>5 Casgliad</p>', '<h2>Contents</h2><p>1 Summary<br>2 Main findings<br>3 Results<br>4 Rating of every element<br>5 Conclusion</p>')])}
{details()}
{par(TEXT)}
{counts_table()}
<p></p>
{crit_table()}
<div style="page-break-before:always"></div>
{par([h('4 Sgôr pob elfen', '4 Rating of every element')])}
{el_table()}
{par([h('5 Casgliad', '5 Conclusion'),
      ('Mae Coleg Dyffryn Tywi yn parhau i fodloni&rsquo;r safon ac mae&rsquo;r ardystiad yn parhau. Bydd yr ailasesiad ym mis Mehefin 2012.', 'Tywi Valley College continues to meet the standard and certification is maintained. The reassessment will be in June 2012.'),
      ('Siân Llywelyn-Price MCIM<br>Aseswr, Centre for Assessment<br>27 Mehefin 2011', 'Siân Llywelyn-Price MCIM<br>Assessor, Centre for Assessment<br>27 June 2011')])}
'''
write('coleg-dyffryn-tywi-2011-review.html', page('Centre for Assessment – Rhagoriaeth Gwasanaeth i Gwsmeriaid / Customer Service Excellence – Coleg Dyffryn Tywi / Tywi Valley College – 2011', CSS, body, lang='cy'))
