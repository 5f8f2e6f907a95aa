# speak-up-calderside-2017-easy-read-review: Centre for Assessment first annual review of a
# learning-disability SELF-ADVOCACY charity, 2017, written as an EASY READ REPORT (the assessor's
# report in Easy Read for the charity's members; a standard-English version is mentioned): 16pt
# text, one idea per line, every line in a two-column layout table with a PICTURE CELL on the left
# (a symbol such as ★ ✔ ⚒ ✘ and "[Picture: ...]"), the rating words REPLACED BY PLAIN WORDS with a "Words we use"
# key ("very good (Compliance Plus)", "good (Compliance)", "needs to get better (Partial
# Compliance)", "not good enough (Non-Compliance)"), counts as short sentences ("We looked at 57
# things in the standard. 3 things were very good.") and a "How each part went" table with plain
# column headings; the standard's element numbers only in brackets ("In the standard this is
# 1.2.2."); "All the other things were good."
from common import *
CP = ['1.2.2', '2.2.4', '3.2.1']
PC = ['4.2.3', '5.1.1']
R = ratings(cp=CP, pc=PC)
assert counts(R) == (3, 52, 2, 0)
CRITC = {'1': (1, 10, 0, 0), '2': (1, 10, 0, 0), '3': (1, 11, 0, 0), '4': (0, 12, 1, 0), '5': (0, 9, 1, 0)}
for k, v in CRITC.items(): assert counts(R, k) == v, k
PART = {'1': 'Knowing the people who use your service (Customer Insight)',
        '2': 'How your organisation works (The Culture of the Organisation)',
        '3': 'Information and getting to your service (Information and Access)',
        '4': 'Doing what you said you would do (Delivery)',
        '5': 'Being on time and doing things well (Timeliness and Quality of Service)'}
CSS = '''
@page { size: A4; margin: 18mm 18mm; }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 16pt; color: #000; line-height: 1.4; }
h1 { font-size: 28pt; color: #1a3d7c; margin-top: 20mm; }
h2 { font-size: 20pt; color: #1a3d7c; margin-top: 18px; page-break-after: avoid; }
table.er { border-collapse: collapse; width: 100%; }
table.er td { padding: 6px 8px; vertical-align: middle; border-bottom: 1px solid #ddd; }
td.pic { width: 28%; text-align: center; font-size: 11pt; color: #444; border: 2px solid #1a3d7c !important; background: #eef3fb; }
td.pic span { font-size: 26pt; }
p { margin: 0 0 6px 0; }
.small { font-size: 12pt; color: #333; }
table.ct { border-collapse: collapse; width: 100%; }
table.ct td, table.ct th { border: 2px solid #1a3d7c; padding: 5px 6px; font-size: 13pt; text-align: left; vertical-align: top; }
table.ct th { background: #eef3fb; }
.pb { page-break-after: always; }
'''
def row(emoji, alt, *lines):
    txt = ''.join(f'<p>{l}</p>' for l in lines)
    return f'<tr><td class="pic" width="28%"><span>{emoji}</span><br>[Picture: {alt}]</td><td>{txt}</td></tr>'
def block(*rows):
    return '<table class="er">' + ''.join(rows) + '</table>'
part_rows = ''.join(f'<tr><td>Part {k}: {PART[k]}</td>' + ''.join(f'<td>{n}</td>' for n in CRITC[k]) + '</tr>' for k in '12345')
body = f'''
<div class="pb">
<p style="font-size:14pt"><b>Centre for Assessment</b></p>
<h1>Customer Service Excellence</h1>
<p style="font-size:22pt"><b>Our report about Speak Up Calderside</b></p>
<p>Easy Read</p>
<p>Annual Review 1 &ndash; June 2017</p>
{block(row('✉', 'a report with a tick', 'This is an Easy Read report.', 'There is also a report in standard English. You can ask Speak Up Calderside for it.'))}
</div>
<h2 style="page-break-before:always">What is in this report</h2>
{block(row('☰', 'a list', 'About our visit &ndash; page 2', 'Words we use &ndash; page 3', 'What we found &ndash; page 4', 'How each part went &ndash; page 6', 'What happens next &ndash; page 7'))}
<h2>About our visit</h2>
{block(
  row('☺', 'a woman smiling', 'My name is Bethan Lloyd-Rees.', 'I am the assessor.', 'I work for Centre for Assessment.'),
  row('⚑', 'a certificate', 'Speak Up Calderside got the Customer Service Excellence award in June 2016.', 'The award says a service is good at looking after the people who use it.'),
  row('ℹ', 'a magnifying glass', 'This was your first yearly check.', 'We call it Annual Review 1.'),
  row('▦', 'a calendar', 'I visited Speak Up Calderside on Wednesday 14 June and Thursday 15 June 2017.'),
  row('☺☺', 'people talking', 'I met 19 members, 6 staff, 4 trustees and 3 people from other groups.', 'Sandra Holt, the Manager, helped me plan the visit. She is not an assessor.'))}
<h2 style="page-break-before:always">Words we use</h2>
{block(
  row('★', 'a star', '<b>Very good</b>', 'This means Compliance Plus.', 'You do better than the standard asks.'),
  row('✔', 'a green tick', '<b>Good</b>', 'This means Compliance.', 'You do what the standard asks.'),
  row('⚒', 'a spanner', '<b>Needs to get better</b>', 'This means Partial Compliance.', 'You do some of what the standard asks, but not all of it.'),
  row('✘', 'a red cross', '<b>Not good enough</b>', 'This means Non-Compliance.', 'You do not do what the standard asks.'),
  row('#', 'numbers', 'The standard has 5 parts.', 'It has 57 things to check.', 'Each thing has a number, like 1.2.2.'))}
<h2 style="page-break-before:always">What we found</h2>
{block(
  row('#', 'the number 57', 'We looked at 57 things in the standard.'),
  row('★', 'a star', '3 things were very good.'),
  row('✔', 'a green tick', '52 things were good.'),
  row('⚒', 'a spanner', '2 things need to get better.'),
  row('✘', 'a red cross', '0 things were not good enough.'),
  row('✔', 'a thumbs up', 'Speak Up Calderside keeps its award.'))}
<h2>The very good things</h2>
{block(
  row('★', 'a star', 'You ask members what they think, at every members&rsquo; meeting and in the Big Say survey.', 'Then you tell them what changed because of what they said.', '<span class="small">In the standard this is 1.2.2.</span>'),
  row('★', 'a star', 'Staff and volunteers with a learning disability help to plan the work of the charity.', '<span class="small">In the standard this is 2.2.4.</span>'),
  row('★', 'a star', 'Your information is in Easy Read, on film and in pictures.', 'Members check it before it goes out.', '<span class="small">In the standard this is 3.2.1.</span>'))}
<h2>The things that need to get better</h2>
{block(
  row('⚒', 'a spanner', 'You do not compare how you are doing with other self-advocacy groups.', '<span class="small">In the standard this is 4.2.3.</span>'),
  row('⚒', 'a spanner', 'You do not say how quickly you will answer phone calls, letters and e-mails.', '<span class="small">In the standard this is 5.1.1.</span>'),
  row('✔', 'a green tick', 'All the other things were good.'),
  row('↻', 'arrows in a circle', 'Last year 2 things needed to get better.', 'Now they are good.', '<span class="small">In the standard these are 1.3.2 and 4.3.4.</span>'))}
<h2 style="page-break-before:always">How each part went</h2>
<table class="ct"><tr><th>Part of the standard</th><th>Very good</th><th>Good</th><th>Needs to get better</th><th>Not good enough</th></tr>{part_rows}
<tr><td><b>All 5 parts</b></td><td><b>3</b></td><td><b>52</b></td><td><b>2</b></td><td><b>0</b></td></tr></table>
<h2>What happens next</h2>
{block(
  row('✎', 'a pen and paper', 'Speak Up Calderside will make a plan for the 2 things that need to get better.'),
  row('▦', 'a calendar', 'I will come back in June 2018 for Annual Review 2.'),
  row('☺', 'a smiling face', 'Thank you to everyone who met me.', 'Bethan Lloyd-Rees, Assessor, Centre for Assessment', 'Date: 3 July 2017'))}
'''
write('speak-up-calderside-2017-easy-read-review.html', page('Customer Service Excellence – Our report about Speak Up Calderside – Easy Read – Annual Review 1 June 2017', CSS, body))
