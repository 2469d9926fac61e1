"""How much personal data survives the scrubber, and how many ordinary phrases it damages.

    .venv/bin/python bench/bench_scrub.py [--old a599cae]

Reads the held-out corpora written by someone else, tests/data/scrub_heldout.jsonl (each line a text
and its personal items) and tests/data/scrub_preserve.txt (one ordinary phrase a line), and prints only
aggregate figures: never a text, an item or an id, so running it does not turn the held-out set into a
tuning set. A leak is an item still present verbatim in scrub(text); numbers and names also count as
leaked when they reappear with their spaces, dashes or slashes removed ("138 1234 5678" stored as
"13812345678", "欧阳 娜娜" stored joined). A preserved phrase is damaged when scrubbing changes it.

The figure compared with the issue's target (ordinary words destroyed ≤ 0.5 %) is the words destroyed:
phrases damaged by anything but the amount and hour bands. Amounts become "〔金额:1万-5万元〕" and times
"〔23时〕" by contract (`triage.anonymize.amount_band`, the module docstring): a reviewer sees the band, no
exact amount or minute that could point back at one loan or message, so a phrase whose only change is a
band has lost no word. Court case numbers and card tails ("尾号2718") are removed by design too and count
the same way (since 2026-12-04, seventh session; before, they counted as destroyed words). Phrases damaged
including these are printed beside it.
With --old, the same figures for the scrubber as it was at that commit, for comparison.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "data" / "scrub_heldout.jsonl"
PRESERVE = ROOT / "tests" / "data" / "scrub_preserve.txt"
# What the scrubber returns in place of a text when it fails (triage.anonymize.WITHHELD; this script imports
# the project only once settings are set, and tests/test_scrub_heldout.py checks the two agree).
WITHHELD = "〔内容已隐去〕"
# The tuning side, written blind by a second writer: the scrubber's author may read these and their misses.
TUNING = (
    ("tuning corpora", ROOT / "tests" / "data" / "scrub_tune.jsonl", ROOT / "tests" / "data" / "scrub_tune_preserve.txt"),
    # A third writer's, on names with no cue beside them.
    ("tuning corpora 2", ROOT / "tests" / "data" / "scrub_tune2.jsonl", ROOT / "tests" / "data" / "scrub_tune2_preserve.txt"),
    # A fourth writer's, on realistic collection texts and first-person accounts (tests/data/SCRUB_TUNE3.md).
    ("tuning corpora 3", ROOT / "tests" / "data" / "scrub_tune3.jsonl", ROOT / "tests" / "data" / "scrub_tune3_preserve.txt"),
    # A fifth writer, blind to the scrubber: names with no cue beside them, chats (tests/data/SCRUB_TUNE4.md).
    # First measured at 4845d45: 79 of 698 items kept (77 of 498 names), 1.00 % of phrases damaged.
    ("tuning corpora 4", ROOT / "tests" / "data" / "scrub_tune4.jsonl", ROOT / "tests" / "data" / "scrub_tune4_preserve.txt"),
    # A sixth writer, blind to the scrubber: what the site stores (wizard answers, evidence logs, pasted
    # SMS, addresses), tests/data/SCRUB_TUNE5.md. First measured at 3865957: 70 of 1,016 items kept (47 names,
    # 21 addresses, 2 phones), 1.83 % of phrases damaged.
    ("tuning corpora 5", ROOT / "tests" / "data" / "scrub_tune5.jsonl", ROOT / "tests" / "data" / "scrub_tune5_preserve.txt"),
    # A seventh writer, blind to the scrubber: complaint letters, evidence-log tables, transcripts, court papers,
    # group exports, Hong Kong / Taiwan and minority names (tests/data/SCRUB_TUNE6.md). First measured at
    # 164fe11: 46 of 2,180 items kept, 12 of 1,789 phrases damaged (0.67 %).
    ("tuning corpora 6", ROOT / "tests" / "data" / "scrub_tune6.jsonl", ROOT / "tests" / "data" / "scrub_tune6_preserve.txt"),
    # An eighth writer, blind to the scrubber: voice-to-text, dialect, family-tree paragraphs, spaced and
    # dotted names, OCR'd screenshots (tests/data/SCRUB_TUNE7.md). First measured at 3939d60: 77 items
    # kept, 31 of 1,812 phrases damaged (1.71 %). Tuned on it at a86857f: 9 items kept (names that are
    # ordinary words with no cue, 许家乐), 10 phrases damaged (idioms and places read as names, a school).
    ("tuning corpora 7", ROOT / "tests" / "data" / "scrub_tune7.jsonl", ROOT / "tests" / "data" / "scrub_tune7_preserve.txt"),
    # A ninth writer, blind to the scrubber: names with no cue beside them (names that are ordinary words,
    # surnames that are common words, rare and compound surnames, minority, pinyin and English names) in
    # running text, lists, quoted speech and voice-to-text (tests/data/SCRUB_TUNE8.md).
    ("tuning corpora 8", ROOT / "tests" / "data" / "scrub_tune8.jsonl", ROOT / "tests" / "data" / "scrub_tune8_preserve.txt"),
    # A tenth writer, blind to the scrubber: names drawn unfiltered from Faker (zh_CN, zh_TW, en_US) and own
    # minority lists, in case-import styles, chat exports, quoted SMS and names glued to verbs and titles
    # (tests/data/SCRUB_TUNE9.md).
    ("tuning corpora 9", ROOT / "tests" / "data" / "scrub_tune9.jsonl", ROOT / "tests" / "data" / "scrub_tune9_preserve.txt"),
    # Written on 2026-12-04 by an eleventh writer blind to the scrubber (tests/data/SCRUB_TUNE10.md): speech-to-text
    # transcripts, subtitles, OCR'd screenshots, tables and exports, forum posts, back-references, Hong Kong and
    # Taiwan chats, names that are words. First measured at fcfb8ce: 209 of 3,095 items kept (137 names, 53 WeChat
    # ids, 12 phones, 4 addresses, 2 QQ, 1 e-mail), 22 of 2,755 phrases damaged (0.80 %). Tuned on it at 827c450:
    # 104 items kept (100 names, 3 WeChat ids, 1 e-mail), 10 phrases damaged (0.36 %); again at e6bc8b5: 43 items
    # kept (42 names, 1 WeChat id), no phrase damaged.
    ("tuning corpora 10", ROOT / "tests" / "data" / "scrub_tune10.jsonl", ROOT / "tests" / "data" / "scrub_tune10_preserve.txt"),
    # Written on 2026-12-04 by a twelfth writer blind to the scrubber (tests/data/SCRUB_TUNE11.md): IOUs, quoted
    # replies, Moments posts, parents' and village groups, a given name as the only reference, surnames that are
    # words after a word with the same character (把钱转给钱X), city names as names, romanised names, Hong Kong and
    # Taiwan posts; 2,913 ordinary lines, half of them about kin. First measured at e62a9ec: 227 of 1,484 items
    # kept (226 names, 1 QQ), 67 of 2,913 phrases damaged (2.30 %). Tuned on it from 4208e25 (223 kept, 51 damaged): 113 kept (112 names, 1 QQ), 2 phrases damaged (0.07 %).
    ("tuning corpora 11", ROOT / "tests" / "data" / "scrub_tune11.jsonl", ROOT / "tests" / "data" / "scrub_tune11_preserve.txt"),
    # Written on 2026-12-04 by a thirteenth writer blind to the scrubber (tests/data/SCRUB_TUNE12.md): names that are
    # words (施展, 余生, 钟情) with no cue, names after a verb or before 刚/又/也/才, echoes of a surname in the word
    # before (尤其尤X), names broken across a line, romanised and minority names with spaces or dots, lists with
    # 和/跟/与/以及, collection SMS, IOUs and chat lines; 2,776 ordinary lines (places like 袁家岭, 贵司, 钟点工).
    # First measured at 5a8a0a7: 88 of 1,061 items kept (all names), 14 of 2,776 phrases damaged (0.50 %). Tuned on
    # it at c6a21fb: 55 kept (all names), no phrase damaged.
    ("tuning corpora 12", ROOT / "tests" / "data" / "scrub_tune12.jsonl", ROOT / "tests" / "data" / "scrub_tune12_preserve.txt"),
    # Written on 2026-12-04 by a fourteenth writer blind to the scrubber (tests/data/SCRUB_TUNE13.md): panic free-text
    # with emoji, homophones and English, lists of contacts, chronologies, legal documents with party blocks,
    # collection staff with 工号, WeChat/Alipay records and bank statements pasted as text, delivery labels, label:value
    # forms, rare and compound surnames, verb and adjective given names (王成功), rural, industrial-park and dormitory
    # addresses, phones in 4-4-3 groups and Chinese numerals. First measured at 8a8ed3b: 158 of 2,490 items kept
    # (81 names, 57 addresses, 20 accounts), 43 of 2,970 phrases damaged (1.45 %). Tuned on it at e575d43: 58 kept
    # (57 names, 1 account), 12 phrases damaged (0.40 %); again at 78b5e6b: 50 kept (49 names, 1 account), 12 damaged.
    ("tuning corpora 13", ROOT / "tests" / "data" / "scrub_tune13.jsonl", ROOT / "tests" / "data" / "scrub_tune13_preserve.txt"),
    # Written on 2026-12-04 by a fifteenth writer blind to the scrubber (tests/data/SCRUB_TUNE14.md): mediation, police
    # and court minutes in question-and-answer form, village records with 屯/嘎查/苏木 addresses, memos and to-do lists,
    # family letters with names broken across lines, live-stream call-ins, credit-report disputes, forum posts with
    # English and pinyin, box-drawn tables, Macau Cantonese, minority names, nicknames beside full names, word-names.
    # First measured at b97787e: 43 of 1,128 items kept (38 of 761 names, 5 addresses), 133 of 2,212 phrases damaged
    # (6.01 %).
    ("tuning corpora 14", ROOT / "tests" / "data" / "scrub_tune14.jsonl", ROOT / "tests" / "data" / "scrub_tune14_preserve.txt"),
    # Written on 2026-12-04 by a sixteenth writer blind to the scrubber (tests/data/SCRUB_TUNE15.md): SMS threads with
    # timestamps, shop and insurance chats, HR, school and property notices, hospital bills, leases, court e-service SMS,
    # police receipts, Hong Kong / Taiwan / Singapore Chinese, names in English order, titles (王总, 李工), children's
    # names beside their 小名, payees, names split by emoji. First measured at b5721d5: 41 of 1,082 items kept (35 of 728
    # names, 4 addresses, 1 account, 1 phone), 82 of 2,402 phrases damaged (3.41 %).
    ("tuning corpora 15", ROOT / "tests" / "data" / "scrub_tune15.jsonl", ROOT / "tests" / "data" / "scrub_tune15_preserve.txt"),
    # Written on 2026-12-05 by a seventeenth writer blind to the scrubber (tests/data/SCRUB_TUNE16.md): court judgments
    # and rulings with minority parties, QQ and WeChat chat exports, relatives abroad (Malaysia, Australia, Canada, the
    # US), spreadsheet pastes, scam reports, personal bankruptcy forms, ride-hailing and car loans, certificates read by
    # OCR, word-names (武艺, 洪亮) and dialect forms beside full names. First measured at 0352de9: 45 of 1,262 items kept (16 of
    # 738 names, 29 of 136 addresses), 53 of 2,359 phrases damaged (2.25 %).
    ("tuning corpora 16", ROOT / "tests" / "data" / "scrub_tune16.jsonl", ROOT / "tests" / "data" / "scrub_tune16_preserve.txt"),
    # Written on 2026-12-05 by an eighteenth writer blind to the scrubber (tests/data/SCRUB_TUNE17.md): medical records and
    # prescriptions, report cards and parents' meetings, village minutes and 低保 lists, donation lists, wedding gift
    # ledgers, 讣告 and eulogies, 族谱 with generation names, team rosters, credits, live-commerce rooms, masked buyers,
    # lockers, hotels, train tickets, vaccination records, Cantonese and Hokkien romanised chat, 繁體 names with English
    # names; 2,697 ordinary lines full of famous, fictional and brand names used as words (事后诸葛亮, 王老吉, 林黛玉). First
    # measured at 2766080: 30 of 1,069 items kept (29 of 791 names, 1 address), 351 of 2,697 phrases damaged (13.01 %).
    ("tuning corpora 17", ROOT / "tests" / "data" / "scrub_tune17.jsonl", ROOT / "tests" / "data" / "scrub_tune17_preserve.txt"),
    # Written on 2026-12-05 by a nineteenth writer blind to the scrubber (tests/data/SCRUB_TUNE18.md): long first-person
    # case records typed on a phone (48 with no punctuation, voice input), land and farm money, 彩礼 and 相亲, gambling,
    # divorce, relatives in prison, riders, lorries, old people's sellers; minority families in their own settings (朝鲜族,
    # Mongolian, Tibetan, Yi, Zhuang, Hui, Kazakh, Dai), Hakka and Teochew romanised names, forms of address beside full
    # names, numbers in Chinese numerals or split over lines, rural addresses (组, 屯, 嘎查); 2,848 ordinary lines. First
    # measured at 5c9047f: 90 of 1,391 items kept (78 of 894 names, 8 phones, 2 plates, 2 addresses), 181 of 2,848 phrases
    # damaged (6.36 %).
    ("tuning corpora 18", ROOT / "tests" / "data" / "scrub_tune18.jsonl", ROOT / "tests" / "data" / "scrub_tune18_preserve.txt"),
    # Written on 2026-12-05 by a twentieth writer blind to the scrubber (tests/data/SCRUB_TUNE19.md): text that was handled
    # (corrections and strike-throughs, names and phones in file names, search-box queries, translation-app output,
    # input-method slips, pinyin initials), foreigners in their own scripts (Japanese, Korean, Vietnamese) and transliterated
    # with ·, ・, ‧, • or a space, pasted complaints mixing speakers, names as subjects, objects and possessives, word-names
    # (江海, 钱程, 石英, 向晚); 1,030 ordinary lines. First measured at dd03bdb: 56 of 760 items kept (51 of 514
    # names, 2 addresses, 2 e-mails, 1 WeChat id), 33 of 1,030 phrases damaged (3.20 %).
    ("tuning corpora 19", ROOT / "tests" / "data" / "scrub_tune19.jsonl", ROOT / "tests" / "data" / "scrub_tune19_preserve.txt"),
    # Written on 2026-12-05 by a twenty-first writer blind to the scrubber (tests/data/SCRUB_TUNE20.md): the site's own
    # form boxes (fragments, spaces for punctuation, names glued to phones), collectors reading a debtor's data back, names
    # spelled out by their parts (弓长张), 户口本 and 曾用名, 王张氏, papers of death, traffic and disability, call lists,
    # doxxing posts, payroll, links and QR codes, English-only messages, emoji for a surname, 28 names that are ordinary
    # words (程序, 安全, 文化, 于是); 1,277 ordinary lines. First measured at 6869a05: 40 of 827 items kept (23 of 479 names,
    # 6 addresses, 6 phones, 4 WeChat ids, 1 plate), 44 of 1,277 phrases damaged (3.45 %).
    ("tuning corpora 20", ROOT / "tests" / "data" / "scrub_tune20.jsonl", ROOT / "tests" / "data" / "scrub_tune20_preserve.txt"),
    # Written on 2026-12-05 by a twenty-second writer blind to the scrubber (tests/data/SCRUB_TUNE21.md): what a frightened
    # person types into the site's boxes (answers with the question echoed, evidence logs, pasted messages with their own
    # remarks between, the relatives and colleagues collectors called, a collector's voice described), names with typos,
    # swapped characters, half pinyin, English word order, initials, nicknames and kin words; 1,243 ordinary lines. First
    # measured at 2d331aa: 16 of 1,356 items kept (all names, 16 of 961), 56 of 1,243 phrases damaged (4.51 %; most of
    # them a surname before a title, 王经理, 陈总, by design).
    ("tuning corpora 21", ROOT / "tests" / "data" / "scrub_tune21.jsonl", ROOT / "tests" / "data" / "scrub_tune21_preserve.txt"),
    # Written on 2026-12-05 by a twenty-third writer blind to the scrubber (tests/data/SCRUB_TUNE22.md): collectors naming
    # themselves and their firms (工号, 法务专员), legal notices (催告函, 调解书, 仲裁裁决书, 执行通知书), payment receipts (付款方,
    # 回单), students and their 学号, tables with irregular spacing, dialect transcripts, names glued to numbers, Hong Kong,
    # Taiwan and Macau texts, minority names with · or spaces; 1,220 ordinary lines. First measured at 8bc98a2: 27 of 1,339
    # items kept (16 of 806 names, 11 staff and member numbers), 95 of 1,220 phrases damaged (7.79 %; most of them a surname
    # before a title, a named school or a road, by design).
    ("tuning corpora 22", ROOT / "tests" / "data" / "scrub_tune22.jsonl", ROOT / "tests" / "data" / "scrub_tune22_preserve.txt"),
    # Written on 2026-12-05 by a twenty-fourth writer blind to the scrubber (tests/data/SCRUB_TUNE23.md): collectors' shaming
    # material (寻人启事, 悬赏, 遗失声明, door notes, banners), complaint and review channels (12345 工单, 黑猫, 12315), caller
    # IDs, address books, vCards and mail signatures, unpaid wages, mass texts filled or left unfilled, group chats' nicknames
    # and @-mentions, given names that are words (平安, 建国); 590 ordinary lines, 376 of them on words that begin with a
    # surname's character. First measured at 3e5a793: 15 of 503 items kept (13 of 335 names, 2 complaint numbers), 32 of 590
    # phrases damaged (5.42 %).
    ("tuning corpora 23", ROOT / "tests" / "data" / "scrub_tune23.jsonl", ROOT / "tests" / "data" / "scrub_tune23_preserve.txt"),
    # Written on 2026-12-05 by a twenty-fifth writer blind to the scrubber (tests/data/SCRUB_TUNE24.md): letters and statements
    # with the details in running prose (情况说明, 承诺书, 还款计划书, 授权委托书, 收条), Hong Kong, Taiwan and Macau texts with their
    # own documents, names glued to digits and amounts on both sides, loose addresses (兵团, 嘎查, 屯, crossroads), names in English
    # word order and initials, speech-to-text homophones, brackets, quotes and file names; 620 ordinary lines. First measured at
    # 276ca33: 30 of 581 items kept (24 of 328 names, 4 plates, 2 addresses), 25 of 620 phrases damaged (4.03 %).
    ("tuning corpora 24", ROOT / "tests" / "data" / "scrub_tune24.jsonl", ROOT / "tests" / "data" / "scrub_tune24_preserve.txt"),
    # Written on 2026-12-05 by a twenty-sixth writer blind to the scrubber (tests/data/SCRUB_TUNE25.md): SMS templates filled by
    # software, OCR'd screenshots (O for 0, l for 1, names broken over lines), bank statements and ledgers pasted as text, posts
    # and comments (@-mentions, repost chains, forum floors), children's schools and parents' employers, Uyghur, Kazakh, Tibetan,
    # Mongolian and Korean-Chinese names; 600 ordinary lines. First measured at 1b22edd: 13 of 456 items kept (7 names, 4
    # accounts, 1 ID, 1 phone), 32 of 600 phrases damaged (5.33 %; most a named school, by design).
    ("tuning corpora 25", ROOT / "tests" / "data" / "scrub_tune25.jsonl", ROOT / "tests" / "data" / "scrub_tune25_preserve.txt"),
    # Written on 2026-12-05 by a twenty-seventh writer blind to the scrubber (tests/data/SCRUB_TUNE26.md): gift ledgers, wedding and
    # funeral notices, transfer remarks, names glued to dates, amounts, units and times, a full name beside a title or a nickname,
    # ride-hail, take-out, rent, hospital and payroll records, quotation and book-title marks, Naxi, Yi, Hui, Manchu, Dai, Bai,
    # Zhuang, Miao, Tujia, Yao and Dong names, names that are ordinary words; 2,143 ordinary lines. First measured at 8f5a5b0: 28 of
    # 409 items kept (27 of 346 names, 1 account), 288 of 2,143 phrases damaged (13.4 %; named schools by design, and places and
    # brands named after people).
    ("tuning corpora 26", ROOT / "tests" / "data" / "scrub_tune26.jsonl", ROOT / "tests" / "data" / "scrub_tune26_preserve.txt"),
    # Written on 2026-12-05 by a twenty-eighth writer blind to the scrubber (tests/data/SCRUB_TUNE27.md): long first-person texts
    # (statements to the police, complaints, mediation records, long chats), names beside weekdays, festivals and times and before
    # a verb, lists with 和/跟/与/及/同/还有, ordinary people with famous names, people named like places, word-shaped names, Yi,
    # Naxi, Dai, Zhuang, Hui and Manchu names; 3,043 ordinary lines. First measured at d251ef1: 43 of 611
    # items kept (41 of 479 names, 2 addresses), 218 of 3,043 phrases damaged (7.16 %).
    ("tuning corpora 27", ROOT / "tests" / "data" / "scrub_tune27.jsonl", ROOT / "tests" / "data" / "scrub_tune27_preserve.txt"),
    # Written on 2026-12-05 by a twenty-ninth writer blind to the scrubber (tests/data/SCRUB_TUNE28.md): evidence taken from a
    # phone screen (call logs, notes, tables, chat exports with recalls, pats, quoted replies and merged forwards, OCR'd
    # screenshots with look-alike misreads, names broken across lines and spaced out), mixed scripts, pinyin and English
    # nicknames, kin words and forms of address, unpunctuated voice transcripts, complaint notes, names of 14 more peoples;
    # 2,915 ordinary lines. First measured at 7943c87: 50 of 1,447
    # items kept (50 of 1,105 names), 65 of 2,915 phrases damaged (2.23 %).
    ("tuning corpora 28", ROOT / "tests" / "data" / "scrub_tune28.jsonl", ROOT / "tests" / "data" / "scrub_tune28_preserve.txt"),
    # Written on 2026-12-05 by a thirtieth writer blind to the scrubber (tests/data/SCRUB_TUNE29.md): names glued to dates and
    # times written many ways (7/26, 12.3号, 周三下午3点, 初八, festivals, solar terms), to amounts, counts and units and to
    # collectors' job numbers, in quoted and reported speech, people who share a name with a place, a brand or a figure, more
    # minority peoples (Lisu, Lahu, Jingpo, Wa, Salar, Yugur, Tajik, Kyrgyz; Naxi names with 和), lists with any separator or
    # none; 3,190 ordinary lines. First measured at aded8b3: 75 of 906 items kept (66 of 765 names, 9 of 52 accounts), 87 of
    # 3,190 phrases damaged (2.73 %); the same at 7943c87.
    ("tuning corpora 29", ROOT / "tests" / "data" / "scrub_tune29.jsonl", ROOT / "tests" / "data" / "scrub_tune29_preserve.txt"),
    # Written on 2026-12-05 by a thirty-first writer blind to the scrubber (tests/data/SCRUB_TUNE30.md): names right after a time,
    # a date or 期间/前后, typed chats with a speaker's label, forwarded threats that list a debtor's contacts, 136 names of
    # minority peoples (Tibetan, Uyghur, Hui, Dai, Yi, Zhuang, Miao) and 106 with rare surnames, names before 律师 or inside a
    # shop's or a workplace's name; 3,158 ordinary lines of drugs, dishes, poetry, school subjects and 工作人员. First measured
    # at 130e7a3: 67 of 870 items kept (66 of 797 names, 1 of 3 WeChat IDs), 180 of 3,158 phrases damaged (5.70 %; about 60
    # of them a surname before a title, 王经理 or 刘主任, which is taken away by design).
    ("tuning corpora 30", ROOT / "tests" / "data" / "scrub_tune30.jsonl", ROOT / "tests" / "data" / "scrub_tune30_preserve.txt"),
    # Written on 2026-12-05 by a thirty-second writer blind to the scrubber (tests/data/SCRUB_TUNE31.md): long texts rather than
    # lines — complaint letters, evidence logs and call diaries, collectors' threats naming relatives and neighbours, group-chat
    # exports, court and mediation papers, screenshots' OCR and voice transcripts — with 2,644 names (Korean, Kazakh, Mongolian
    # and English ones weighted up) and 990 other items; 3,000 ordinary lines of the same kinds. First measured at 241f692 (the
    # scrubber of fe3b571): 171 of 3,634 items kept (168 of 2,644 names, 3 of 35 plates), 487 of 3,000 phrases damaged (16.2 %).
    ("tuning corpora 31", ROOT / "tests" / "data" / "scrub_tune31.jsonl", ROOT / "tests" / "data" / "scrub_tune31_preserve.txt"),
    # Written on 2026-12-05 by a thirty-third writer blind to the scrubber (tests/data/SCRUB_TUNE32.md): names of minority peoples as
    # they are written in Chinese (Dai, Yi, Mongolian, Lhasa and Amdo Tibetan, Hui, Dongxiang, Uyghur, Kazakh, Zhuang, Miao, Yao, Bai,
    # Naxi, Hani, Lisu, Korean) from the writer's own tables, and Han word-names, each in seven positions (a speaker's label, after
    # kin, after a time, in a list or glued to another, as a signature, at the start); 3,000 ordinary lines of minority areas'
    # places, festivals, dishes and songs. First measured at 21bb474: 307 of 1,134 items kept (all names), 539 of 3,000 phrases
    # damaged (18.0 %).
    ("tuning corpora 32", ROOT / "tests" / "data" / "scrub_tune32.jsonl", ROOT / "tests" / "data" / "scrub_tune32_preserve.txt"),
    # Written on 2026-12-05 by a thirty-fourth writer blind to the scrubber (tests/data/SCRUB_TUNE33.md): text as people paste it
    # from screenshots (OCR noise inside names and numbers, "|" or a line break in a name, O for 0), voice transcripts without
    # punctuation (numbers in Chinese digits), WeChat and QQ exports with remarks and recalls, Hong Kong, Macau and Taiwan names,
    # addresses and IDs, English given names beside Chinese surnames (Tony王, Amy Zhang, ZHANG Wei), compound surnames, Hui,
    # Uyghur and Kazakh names, nicknames beside full names, names that are ordinary words; 3,000 ordinary lines (327 traditional
    # or Cantonese). First measured at 20824f7: 55 of 1,019 items kept (52 of 731 names, 1 of 12 QQ numbers, 2 of 39 addresses),
    # 94 of 3,000 phrases damaged (3.13 %).
    ("tuning corpora 33", ROOT / "tests" / "data" / "scrub_tune33.jsonl", ROOT / "tests" / "data" / "scrub_tune33_preserve.txt"),
    # Written on 2026-12-05 by a thirty-fifth writer blind to the scrubber, at the start of the eighteenth session
    # (tests/data/SCRUB_TUNE34.md): names that are ordinary words (夏天, 温柔, 谷雨, 安康, 高峰) in strong places (被告, @, 你是…吗,
    # 转给, lists, titles) beside the same words used as words; Mongolian, Dai, Tibetan, Hui, Uyghur, Yi, Korean-Chinese, Zhuang
    # and Kazakh names; Hong Kong, Macau and Taiwan names with English given names and English addresses; pinyin with tone marks;
    # 2,000 ordinary lines (1,116 of them using the same words). First measured at 4361067: 138 of 1,024 items kept (135 of 706
    # names, 1 of 16 WeChat ids, 2 of 55 addresses), 80 of 2,000 phrases damaged (4.00 %).
    ("tuning corpora 34", ROOT / "tests" / "data" / "scrub_tune34.jsonl", ROOT / "tests" / "data" / "scrub_tune34_preserve.txt"),
    # Written on 2026-12-05 by a thirty-sixth writer blind to the scrubber, at the start of the nineteenth session
    # (tests/data/SCRUB_TUNE35.md): names known as names only by where they stand (你是…吗, titles, signatures, 的名片, 转告, 代…还款,
    # lists, brackets, quotes), 30 names that are ordinary words (谷雨, 白露, 海燕, 温馨, 任意) beside 1,589 lines using them as words;
    # chat speakers who speak once, Hui, Uyghur, Kazakh, Tibetan, Mongolian and Yi names with and without "·"; Hong Kong, Macau and
    # Taiwan names written surname first with a comma; numbers with slashes and spaces, 1069-prefixed mobiles. First measured at
    # ec19c05 (the scrubber of 0916970): 173 of 1,021 items kept (170 of 709 names, 1 of 105 phones, 2 of 42 QQ ids), 156 of 2,719
    # phrases damaged (5.74 %).
    ("tuning corpora 35", ROOT / "tests" / "data" / "scrub_tune35.jsonl", ROOT / "tests" / "data" / "scrub_tune35_preserve.txt"),
    # Written on 2026-12-05 by a thirty-seventh writer blind to the scrubber, at the start of the twentieth session
    # (tests/data/SCRUB_TUNE36.md): text typed or dictated by a frightened person on a phone — voice input without punctuation,
    # numbers read out in Chinese digits (幺, 洞, 拐), split by spaces, dots or line breaks, full-width digits, pinyin and initials,
    # names split by spaces or emoji, nicknames, given names alone, compound surnames, Uyghur, Tibetan, Yi and Mongolian names,
    # names that are ordinary words (春雨, 江河, 金花) where a person stands, free-form addresses, forms filled in, pasted collectors'
    # texts and chat exports; 425 ordinary lines. First measured at 22f8049: 75 of 1,834 items kept (73 of 991 names, 2 of 56
    # WeChat ids), 17 of 425 phrases damaged (4.00 %).
    ("tuning corpora 36", ROOT / "tests" / "data" / "scrub_tune36.jsonl", ROOT / "tests" / "data" / "scrub_tune36_preserve.txt"),
    # Written on 2026-12-06 by a thirty-eighth writer blind to the scrubber, at the start of the twenty-first session
    # (tests/data/SCRUB_TUNE37.md): what a person writes to others for help — complaints to 12378, 12321, 12315 and 12345, police
    # reports, court statements, complaint-site posts, letters to collectors, messages to family, a boss or a group — with names
    # where one borrows, pays, calls or tells, after kin words and before titles, word-names, initials, spaced, emoji-split,
    # minority and pinyin names, numbers after platform labels, and small lenders', collection firms' and rural banks' names that
    # must stay; 3,621 ordinary lines. First measured at 1b4108d: 72 of 1,380 items kept (69 of 902 names, 2 of 11 plates, 1 of 77
    # accounts), 97 of 3,621 phrases damaged (2.68 %).
    ("tuning corpora 37", ROOT / "tests" / "data" / "scrub_tune37.jsonl", ROOT / "tests" / "data" / "scrub_tune37_preserve.txt"),
    # Written on 2026-12-06 by a thirty-ninth writer blind to the scrubber, in the twenty-first session (tests/data/SCRUB_TUNE38.md):
    # family, school and village life around a debt — collectors reaching a child's school, teachers, parents' groups,
    # grandparents, in-laws, neighbours, village officials and landlords — with names after kin words and before or after titles,
    # word-names, children's names, and ordinary school words after a relative (我女儿高考, 初二, 满月) that must stay; 3,502
    # ordinary lines. First measured at fc503d3: 47 of 1,461 items kept (all names), 613 of 3,502 phrases damaged (17.50 %).
    ("tuning corpora 38", ROOT / "tests" / "data" / "scrub_tune38.jsonl", ROOT / "tests" / "data" / "scrub_tune38_preserve.txt"),
    # Written on 2026-12-06 by a fortieth writer blind to the scrubber, at the start of the twenty-second session
    # (tests/data/SCRUB_TUNE39.md): work and small business around a debt — delivery riders and station heads, drivers and
    # dispatchers, building sites and foremen, factory lines, stalls and shops, online sellers, wage arrears, suppliers' credit,
    # WeChat remarks, pay slips and IOUs — with names after and before job titles, word-names (国庆, 志强, 平安), pinyin
    # initials, English work names, names inside remarks and tables, and shop names that hold a surname (老王烧烤) that must
    # stay; 3,292 ordinary lines. First measured at 896dce0: 109 of 1,489 items kept (108 of 1,052 names, 1 of 22 WeChat ids),
    # 181 of 3,292 phrases damaged (5.50 %; 123 of them a surname and a title, scrubbed by design).
    ("tuning corpora 39", ROOT / "tests" / "data" / "scrub_tune39.jsonl", ROOT / "tests" / "data" / "scrub_tune39_preserve.txt"),
    # Written on 2026-12-06 by a forty-first writer blind to the scrubber, in the twenty-second session (tests/data/SCRUB_TUNE40.md):
    # deliveries, orders and forms around a debt — courier labels and pickup texts, order and refund chats, riders' notes,
    # property and tenancy records, hospital and school forms, loan forms copied out, international orders in English — with
    # names glued to numbers and codes, split by a line break, after roles (买家, 业主, 骑手) and before 收, word-names, room
    # numbers (3-2-1102) and English addresses; 3,369 ordinary lines of shops, couriers, estates and order states. First measured at
    # 896dce0: 74 of 2,037 items kept (45 of 913 names, 26 of 354 addresses, 3 of 214 accounts), 410 of 3,369 phrases damaged
    # (12.17 %; 256 of them a surname and a title, scrubbed by design).
    ("tuning corpora 40", ROOT / "tests" / "data" / "scrub_tune40.jsonl", ROOT / "tests" / "data" / "scrub_tune40_preserve.txt"),
    # Written on 2026-12-06 by a forty-second writer blind to the scrubber, in the twenty-third session (tests/data/SCRUB_TUNE41.md):
    # legal and official paperwork around a debt — complaints to regulators, police receipts and statements, court papers,
    # mediation, lawyers' letters, replies to complaints, evidence lists, credit-report extracts — with names after and before
    # court and police roles, capital initials before titles (KCJ经理), English work names (客服Lisa, 孔Zoe), word-names (光明, 春雨),
    # function-character surnames (向, 和, 从, 路), names split by a line break, and masked IDs; 3,221 ordinary lines of legal
    # words. First measured at e219394: 97 of 1,876 items kept (89 of 1,174 names, 5 of 110 IDs, 3 of 15 WeChat ids), 444 of 3,221
    # phrases damaged (13.78 %; 369 of them a surname and a title, scrubbed by design).
    ("tuning corpora 41", ROOT / "tests" / "data" / "scrub_tune41.jsonl", ROOT / "tests" / "data" / "scrub_tune41_preserve.txt"),
    # Written on 2026-12-06 by a forty-third writer blind to the scrubber, in the twenty-third session (tests/data/SCRUB_TUNE42.md):
    # money trails around a debt — bank SMS and statements, transfer receipts, payment apps' bills and chats, settlement letters,
    # loan contracts, IOUs, payroll, rent, English and Hong Kong/Taiwan transfers — with names glued to accounts and amounts, after
    # 对方户名/收款人/交易对方/转账给 and in 转账备注, masked names (王*芳, **明), word-names (招财, 富贵), 钱 and other function
    # surnames; 3,871 ordinary lines of banking words and branch names. First measured at e219394: 109 of 1,983 items kept (103 of
    # 1,146 names), 290 of 3,871 phrases damaged (7.49 %; 226 of them a surname and a title, scrubbed by design).
    ("tuning corpora 42", ROOT / "tests" / "data" / "scrub_tune42.jsonl", ROOT / "tests" / "data" / "scrub_tune42_preserve.txt"),
    # Written on 2026-12-06 by a forty-fourth writer blind to the scrubber, in the twenty-fourth session (tests/data/SCRUB_TUNE43.md):
    # social media, forums and complaint platforms — Weibo reposts, 小红书 notes, 贴吧 floors, 豆瓣 replies, 黑猫投诉 complaints, group
    # announcements, 闲鱼 chats, live-stream comments — with handles, nicknames, masked names (王*芳, 王〇芳, 王x芳), and numbers split
    # by emoji and middle dots; 2,962 ordinary lines of platform words, slang and public figures. First measured at 30bb9b5: 94 of
    # 1,521 items kept (51 names, 12 phones, 9 accounts, 8 QQ, 6 IDs), 143 of 2,962 phrases damaged (4.83 %).
    ("tuning corpora 43", ROOT / "tests" / "data" / "scrub_tune43.jsonl", ROOT / "tests" / "data" / "scrub_tune43_preserve.txt"),
    # Written on 2026-12-06 by a forty-fifth writer blind to the scrubber, in the twenty-fourth session (tests/data/SCRUB_TUNE44.md):
    # where people live — 外访 notices, address checks, household papers, rural, farm and corps addresses, minority regions, Hong
    # Kong, Macau and Taiwan, English and pinyin addresses, homes told by a landmark — beside public places that must stay (bank
    # branches, offices' own addresses, schools, expressways' service areas, pickup codes). First measured at 30bb9b5: 91 of 2,407
    # items kept (81 addresses, 10 names), 303 of 3,000 phrases damaged (10.1 %).
    ("tuning corpora 44", ROOT / "tests" / "data" / "scrub_tune44.jsonl", ROOT / "tests" / "data" / "scrub_tune44_preserve.txt"),
    # Written on 2026-12-06 by a forty-sixth writer blind to the scrubber, in the twenty-fourth session (tests/data/SCRUB_TUNE45.md):
    # modern names where nothing points at them — popular given names of 1985–2020 (梓涵, 浩然, 一诺 …) with every surname tier, as a
    # sentence's plain subject, after ordinary verbs, in lists, after time words, given names alone, nicknames, repeats; 3,011
    # ordinary lines of the words such names are made of and of words that open with a surname. First measured at 30bb9b5: 341 of
    # 1,336 items kept (all names), 88 of 3,011 phrases damaged (2.92 %).
    ("tuning corpora 45", ROOT / "tests" / "data" / "scrub_tune45.jsonl", ROOT / "tests" / "data" / "scrub_tune45_preserve.txt"),
    # Written on 2026-12-06 by a forty-seventh writer blind to the scrubber, in the twenty-fifth session (tests/data/SCRUB_TUNE46.md):
    # names that are words and words that look like names — given names that are ordinary words (国庆, 平安, 浩然, 星辰) used alone
    # for a person, surnames that are words (白, 高, 向, 于), reduplicated and 小/阿 nicknames, names before 说, 也, 那边, 家, in lists
    # and brackets; 3,000 ordinary lines rich in the same words used as words. First measured at fd73920: 422 of 1,023 items kept
    # (all names), 44 of 3,000 phrases damaged (1.47 %).
    ("tuning corpora 46", ROOT / "tests" / "data" / "scrub_tune46.jsonl", ROOT / "tests" / "data" / "scrub_tune46_preserve.txt"),
    # Written on 2026-12-06 by a forty-eighth writer blind to the scrubber, in the twenty-sixth session (tests/data/SCRUB_TUNE47.md):
    # names glued to numbers, dates, times and money — evidence-log lines, timelines, call logs, repayment records, chat exports and
    # tables typed in a hurry ("3月5日下午2点张伟打来", "①吴颖7,398.00元②李凯1.7万", "23:41 陈建国(催收)：…"); 3,000 ordinary lines of
    # dates, times, sums, instalments and staff numbers. First measured at 9f5a852: 62 of 1,009 items kept (all names), 89 of 3,000
    # phrases damaged (2.97 %; 50 of them a collector's 工号, which the scrubber hides as an account and this writer's conventions
    # leave).
    ("tuning corpora 47", ROOT / "tests" / "data" / "scrub_tune47.jsonl", ROOT / "tests" / "data" / "scrub_tune47_preserve.txt"),
    ("tuning corpora 48", ROOT / "tests" / "data" / "scrub_tune48.jsonl", ROOT / "tests" / "data" / "scrub_tune48_preserve.txt"),
    ("tuning corpora 49", ROOT / "tests" / "data" / "scrub_tune49.jsonl", ROOT / "tests" / "data" / "scrub_tune49_preserve.txt"),
    ("tuning corpora 50", ROOT / "tests" / "data" / "scrub_tune50.jsonl", ROOT / "tests" / "data" / "scrub_tune50_preserve.txt"),
    # Tune 51, written blind on 2026-12-07 (SCRUB_TUNE51.md): names of a surname and one character with Chinese on both sides in run-on
    # chat, and two-character words that begin with a surname's character in the same places. First measured at 1b4afde: 132 of 863
    # items kept (131 names), 4 of 484 phrases damaged.
    ("tuning corpora 51", ROOT / "tests" / "data" / "scrub_tune51.jsonl", ROOT / "tests" / "data" / "scrub_tune51_preserve.txt"),
    # Tune 52, written blind on 2026-12-07 (SCRUB_TUNE52.md): names with Chinese on both sides and no title in a frightened borrower's
    # own account (complaints to 12378, 12321, the police, a lender, a lawyer, a friend), beside words that open with a surname's
    # character. First measured at c96a929: 30 of 886 items kept (all names), 0 of 501 phrases damaged.
    ("tuning corpora 52", ROOT / "tests" / "data" / "scrub_tune52.jsonl", ROOT / "tests" / "data" / "scrub_tune52_preserve.txt"),
    # Tune 53, written blind on 2026-12-07 (SCRUB_TUNE53.md): names whose given characters are ordinary words (新, 民, 山, 力, 建国,
    # 平安) mid-sentence after verbs, in lists and after roles, beside phrases where a surname's character opens a word. First measured
    # at 3170161: 85 of 814 items kept (all names), 2 of 500 phrases damaged.
    ("tuning corpora 53", ROOT / "tests" / "data" / "scrub_tune53.jsonl", ROOT / "tests" / "data" / "scrub_tune53_preserve.txt"),
    # Tune 54, written blind on 2026-12-07 (SCRUB_TUNE54.md): names where a sentence starts, after kin words and after little words
    # (跟, 给, 和, 于, 向), rare surnames and given names that are words (明亮, 自立, 和谐), beside phrases that open with the same
    # characters ("同事方便接电话吗", "我岳父高血压住院了"). First measured at cd69fdf: 79 of 924 items kept (all names), 22 of 520 phrases
    # damaged.
    ("tuning corpora 54", ROOT / "tests" / "data" / "scrub_tune54.jsonl", ROOT / "tests" / "data" / "scrub_tune54_preserve.txt"),
    # A fifty-sixth writer, blind to the scrubber (tests/data/SCRUB_TUNE55.md): names joined to other words, after 和, 与, 跟, 同, 及,
    # 向, 于, 对, in pairs and lists, and names that are ordinary words (高歌, 江河, 连城, 宁静, 平安), beside phrases that carry the
    # same words and joiners (和解协议, 与此同时, 价值连城, 平安银行). First measured at 33bda2e: 130 of 919 items kept (all names), 19 of
    # 595 phrases damaged.
    ("tuning corpora 55", ROOT / "tests" / "data" / "scrub_tune55.jsonl", ROOT / "tests" / "data" / "scrub_tune55_preserve.txt"),
    # Tune 56, written blind on 2026-12-07 (SCRUB_TUNE56.md): two-character names that are ordinary words (卫星, 成功, 田园, 高明,
    # 向阳), alone or in lists, contact dumps and chat headers, beside phrases that use the same words as words (卫星电话, 还款成功,
    # 找高明的律师). First measured at dccf22e: 139 of 910 items kept (all names), 46 of 575 phrases damaged.
    ("tuning corpora 56", ROOT / "tests" / "data" / "scrub_tune56.jsonl", ROOT / "tests" / "data" / "scrub_tune56_preserve.txt"),
    # Tune 57, written blind on 2026-12-07 (SCRUB_TUNE57.md): names after a label and 是, 为, 叫 or a colon (户名是蔡高原, 经办人为高明),
    # two-character names that are words standing alone where a person does (问了康乐又问了向阳), and lists whose names are found in
    # different ways, beside phrases with the same labels and words (户名是公司全称, 与华夏银行协商). First measured at a587570: 139 of
    # 949 items kept (all names), 61 of 635 phrases damaged.
    ("tuning corpora 57", ROOT / "tests" / "data" / "scrub_tune57.jsonl", ROOT / "tests" / "data" / "scrub_tune57_preserve.txt"),
    # Tune 58, written blind on 2026-12-07 (SCRUB_TUNE58.md): names made of places, banks and words — three characters whose given
    # part is a word or a place (彭甘露, 易万里, 李岳阳) and two-character cities, banks and firms used for a person only by the slot
    # (给华夏打了电话, 联系人是安阳), beside phrases that use the same words as places and banks (借款人为平安普惠, 岳阳市公安局).
    # First measured at 3124bd0: 172 of 887 items kept (all names), 15 of 679 phrases damaged.
    ("tuning corpora 58", ROOT / "tests" / "data" / "scrub_tune58.jsonl", ROOT / "tests" / "data" / "scrub_tune58_preserve.txt"),
    # Tune 59, written blind on 2026-12-07 (SCRUB_TUNE59.md): names in running speech with no label before them — after a relation
    # (我表哥易万里), a verb or an ask (请彭甘露今天之内, 转给了卜建国), in chains of clauses and in lists — beside the same frames with
    # no person (请各位今天之内, 找银行借的) and words that begin with a surname's character (高兴, 白天, 金额). First measured at
    # ef4b96b: 37 of 1,006 items kept (all names), 14 of 734 phrases damaged.
    ("tuning corpora 59", ROOT / "tests" / "data" / "scrub_tune59.jsonl", ROOT / "tests" / "data" / "scrub_tune59_preserve.txt"),
    # Tune 60, written blind on 2026-12-07 (SCRUB_TUNE60.md): people beside places and institutions — a name next to a
    # two-character city or district, a street or estate, a bank's short name, a platform, a firm or a police station (长沙的杨帆,
    # 招行信用卡中心万晓东), Tibetan, Mongolian and Uyghur names, and Han names that are also place words (高安, 常山) where the
    # sentence makes a person plain — beside the same places and institutions with no person (高安市, 常山县法院, 招行的法务).
    # First measured at c6a915b: 129 of 936 items kept (all names), 104 of 987 phrases damaged.
    ("tuning corpora 60", ROOT / "tests" / "data" / "scrub_tune60.jsonl", ROOT / "tests" / "data" / "scrub_tune60_preserve.txt"),
    # Tune 61, written blind on 2026-12-08 (SCRUB_TUNE61.md): names that are also words (刘胜利, 高峰, 夏天), names with rare
    # characters or rare surnames (佘琰, 訾), minority and Han given names used alone (那日苏, 晓燕), and names packed against other
    # words — two names run together, a name glued to a firm or a bank, before a place of origin or a role, after 跟, 给, 被, 叫 —
    # beside the same words in their ordinary role (平安银行, 高峰期, 夏天太热). First measured at ebae2ec: 151 of 1,019 items kept
    # (150 names, 1 account), 28 of 677 phrases damaged.
    ("tuning corpora 61", ROOT / "tests" / "data" / "scrub_tune61.jsonl", ROOT / "tests" / "data" / "scrub_tune61_preserve.txt"),
    # Tune 62, written blind on 2026-12-08 (SCRUB_TUNE62.md): text spoken into the phone — voice input and dictation with no
    # punctuation, fillers and dialect, numbers read out in Chinese digits (phones, ids, cards, QQ and WeChat ids, plates, house
    # numbers, e-mail addresses said aloud), names said with a title, spelled by parts or misheard — beside the same spoken style
    # with amounts, dates, terms and service numbers read out and no person. First measured at 2331057: 48 of 890 items kept
    # (16 names, 15 plates, 5 e-mail addresses, 5 addresses, 4 WeChat ids, 3 QQ numbers), 168 of 787 phrases changed (2 words
    # damaged, the rest amounts banded).
    ("tuning corpora 62", ROOT / "tests" / "data" / "scrub_tune62.jsonl", ROOT / "tests" / "data" / "scrub_tune62_preserve.txt"),
)
# The scrubber before this work.
OLD_COMMIT = "a599cae"
# Kinds compared again without separators: a number re-joined, or a spaced name stored joined.
_SQUEEZED_KINDS = {"phone", "bank_card", "id_number", "qq", "account", "name"}
_SEPARATORS = re.compile(r"[\s\-–—/·.]")


def leaked(item: dict, scrubbed: str) -> bool:
    value = item["value"]
    if value in scrubbed:
        return True
    if item["kind"] in _SQUEEZED_KINDS:
        squeezed = _SEPARATORS.sub("", value)
        return len(squeezed) >= 2 and squeezed in _SEPARATORS.sub("", scrubbed)
    return False


_PLACEHOLDER = re.compile("〔\\d*([^〔〕:\\d]*)[^〔〕]*〕")
# Placeholders put in by design, not words lost: those that keep a coarse value ("〔金额:1万-5万元〕", "〔23时〕"),
# and the court case number and the card tail, which the scrubber removes on purpose ("（2026）豫0105民初3217号"
# leads to the judgment that names the parties; "工行尾号2718" narrows a card to its holder), though several
# writers counted them as ordinary text. The phrases they change are printed beside the figure.
_BANDS = {"金额", "时", "案号", "卡号尾号"}


def destroyed_by(phrase: str, scrubbed: str, fold: Callable[[str], str]) -> str | None:
    """What damaged an ordinary phrase: the placeholder put in, "removed", or None when it is intact.

    The scrubber folds its input (full-width punctuation to ASCII, traditional to simplified
    characters): a folded phrase is the same phrase, so the scrubbed text is compared with the folded one. (A list's circled
    numbers, "①本金②利息", the scrubber keeps as written: folded on both sides, they are the same.)
    """
    if scrubbed == fold(phrase) or fold(scrubbed) == fold(phrase):
        return None
    found = _PLACEHOLDER.findall(scrubbed)
    new = [p for p in found if f"〔{p}" not in phrase]
    return new[0] if new else "removed"


def first_damaging_pass(phrase: str) -> str:
    """The name of the current scrubber's first pass that changes `phrase` (see triage.anonymize.PASSES)."""
    from triage import anonymize

    vault = anonymize._Vault(hidden_names=anonymize._hidden_names(phrase))
    text = anonymize.folded_for_passes(phrase, vault)
    for step in anonymize.PASSES:
        if step.gate(text):
            after = step.run(text, vault)
            if vault.restore(after) != vault.restore(text) and step.name not in _HARMLESS_PASSES:
                return step.name
            text = after
    return "none"


# Passes that change a phrase without damaging it (they only hide pieces that are restored as they were).
_HARMLESS_PASSES = {"own placeholders", "dates (kept)", "institution names (kept)"}


def name_form(value: str) -> str:
    """The written form of a leaked name, for counting: never the name itself."""
    from triage.names import is_ordinary_word, lexicon

    lex = lexicon()
    if re.search("[A-Za-z]", value):
        return "latin"
    if re.search("[·•・]", value):
        return "dotted"
    squeezed = re.sub(r"\s", "", value)
    spaced = " spaced" if squeezed != value else ""
    if squeezed[:2] in lex.compound:
        surname = "compound"
    elif squeezed[:1] in lex.surname_tier:
        surname = lex.surname_tier[squeezed[:1]]
    else:
        surname = "unlisted surname"
    word = " ordinary word" if is_ordinary_word(squeezed) else ""
    return f"{len(squeezed)} characters, {surname}{spaced}{word}"


def given_tiers(value: str) -> str:
    """The name finder's weight of each character after the first, e.g. "(+2.0,+1.0)": never the characters."""
    from triage.names import GIVEN_UNKNOWN, lexicon

    lex = lexicon()
    squeezed = re.sub(r"\s", "", value)
    weights = [lex.given_weight.get(ch, GIVEN_UNKNOWN) for ch in squeezed[1:]]
    word = " word" if squeezed in lex.boundary else ""
    return "(" + ",".join(f"{w:+.1f}" for w in weights) + ")" + word


def id_shape(value: str) -> str:
    """The shape of a leaked chat id ("letters+digits+_ 10, spaced"), never the id."""
    parts = [name for name, test in (("letters", str.isalpha), ("digits", str.isdigit)) if any(test(ch) for ch in value)]
    parts += [f"'{ch}'" for ch in "_-. " if ch in value]
    cjk = " han" if any("\u4e00" <= ch <= "\u9fff" for ch in value) else ""
    return "+".join(parts) + f" {len(value)}{cjk}"


def char_class(ch: str) -> str:
    """The class of one character next to an item, for counting: never the character itself."""
    if not ch:
        return "edge"
    if ch.isspace():
        return "space"
    if ch.isdigit():
        return "digit"
    if ch.isascii() and ch.isalpha():
        return "latin"
    if "\u4e00" <= ch <= "\u9fff":
        return "han"
    for kind, marks in (("colon", ":"), ("comma", ",、;"), ("bracket", "()[]【】〔〕<>《》"), ("stop", ".!?\n")):
        if ch in marks:
            return kind
    return "punctuation"


def surroundings(text: str, value: str) -> str:
    """Where a leaked item stands, as classes of the characters before and after it (and whether a
    context word of the name finder's lists touches it), never the words themselves."""
    from triage.analysis.normalize import fold
    from triage.names import lexicon

    lex = lexicon()
    folded, value = fold(text), fold(value)
    at = folded.find(value)
    if at < 0:
        return "not found folded"
    before, after = folded[max(0, at - 8) : at], folded[at + len(value) : at + len(value) + 8]
    cue_before = (
        "strong cue"
        if any(before.rstrip(" :").endswith(w) for w in lex.strong_before_words)
        else ("weak cue" if any(before.rstrip(" :").endswith(w) for w in lex.weak_before_words) else "no cue")
    )
    cue_after = (
        "strong cue"
        if lex.strong_after.match(after.lstrip(" "))
        else ("weak cue" if lex.weak_after.match(after.lstrip(" ")) else "no cue")
    )
    return f"[{char_class(before[-1:])}/{cue_before} _ {char_class(after[:1])}/{cue_after}]"


def taken_for_names(phrase: str, scrubbed: str, fold: Callable[[str], str]) -> list[str]:
    """The stretches of an ordinary phrase that became 〔姓名〕 (for counting their form only)."""
    import difflib

    folded = fold(phrase)
    taken = []
    matcher = difflib.SequenceMatcher(None, folded, scrubbed, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op in ("replace", "delete") and "〔姓名〕" in scrubbed[b1:b2]:
            taken.append(folded[a1:a2])
    return taken


def measure(
    scrub: Callable[[str], str],
    by_pass: bool = False,
    corpus: Path = HELDOUT,
    preserve: Path = PRESERVE,
    misses: list[str] | None = None,
) -> dict:
    """Aggregate figures: counts by kind, records with a leak, destroyed phrases, time. `misses`, given
    only for the tuning corpora, collects each leak and each destroyed phrase as text."""
    items, leaks, records_leaking, forms, contexts = Counter(), Counter(), 0, Counter(), Counter()
    # Texts the scrubber withheld whole because it failed (anonymize.WITHHELD): they leak nothing, so they
    # would pass as perfect; counted apart so that a crash shows.
    records_withheld = phrases_withheld = 0
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    start = time.perf_counter()
    for record in records:
        scrubbed = scrub(record["text"])
        records_withheld += WITHHELD in scrubbed
        any_leak = False
        for item in record.get("pii", []):
            items[item["kind"]] += 1
            if leaked(item, scrubbed):
                leaks[item["kind"]] += 1
                any_leak = True
                if misses is not None:
                    misses.append(f"leak {item['kind']} {item['value']!r} | {record['text']} → {scrubbed}")
                if by_pass and item["kind"] in ("wechat", "qq"):
                    contexts[
                        item["kind"] + " " + id_shape(item["value"]) + " " + surroundings(record["text"], item["value"])
                    ] += 1
                if by_pass and item["kind"] == "name":
                    forms[name_form(item["value"])] += 1
                    contexts[surroundings(record["text"], item["value"]) + " " + name_form(item["value"])] += 1
        records_leaking += any_leak
    heldout_seconds = time.perf_counter() - start
    from triage.analysis.normalize import fold

    phrases = [line for line in preserve.read_text(encoding="utf-8").splitlines() if line.strip()]
    damage, passes, taken_forms = Counter(), Counter(), Counter()
    for phrase in phrases:
        scrubbed = scrub(phrase)
        phrases_withheld += WITHHELD in scrubbed
        kind = destroyed_by(phrase, scrubbed, fold)
        if kind is not None:
            damage[kind] += 1
            if misses is not None and kind not in _BANDS:
                misses.append(f"destroyed {phrase} → {scrubbed}")
            if by_pass:
                passes[first_damaging_pass(phrase)] += 1
                for stretch in taken_for_names(phrase, scrubbed, fold):
                    taken_forms[name_form(stretch) + " " + given_tiers(stretch) + " " + surroundings(phrase, stretch)] += 1
    banded = sum(n for kind, n in damage.items() if kind in _BANDS)
    return {
        "records": len(records),
        "items": items,
        "leaks": leaks,
        "records_leaking": records_leaking,
        "records_withheld": records_withheld,
        "phrases_withheld": phrases_withheld,
        "phrases": len(phrases),
        "destroyed": sum(damage.values()),
        # The figure for the target: phrases that lost a word, not only an amount or a minute to its band.
        "words_destroyed": sum(damage.values()) - banded,
        "damage": damage,
        "name_forms": forms,
        "name_contexts": contexts,
        "taken_forms": taken_forms,
        "passes": passes,
        "ms_per_record": heldout_seconds * 1000 / max(1, len(records)),
    }


def report(label: str, figures: dict) -> None:
    total_items, total_leaks = sum(figures["items"].values()), sum(figures["leaks"].values())
    rate = figures["destroyed"] / max(1, figures["phrases"]) * 100
    words_rate = figures["words_destroyed"] / max(1, figures["phrases"]) * 100
    print(
        f"{label}: {total_leaks} of {total_items} personal items leaked "
        f"({figures['records_leaking']} of {figures['records']} records) (target 0); "
        f"words destroyed: {figures['words_destroyed']} of {figures['phrases']} phrases = {words_rate:.2f} % (target ≤ 0.5 %; "
        f"{figures['destroyed']} = {rate:.2f} % changed counting the bands, case numbers and card tails); "
        f"{figures['ms_per_record']:.2f} ms a record"
    )
    if figures["records_withheld"] or figures["phrases_withheld"]:
        print(
            f"{label}: WITHHELD whole (the scrubber failed and kept nothing; counted above as no leak): "
            f"{figures['records_withheld']} records, {figures['phrases_withheld']} phrases"
        )
    by_kind = ", ".join(f"{kind} {figures['leaks'][kind]}/{count}" for kind, count in sorted(figures["items"].items()))
    print(f"{label}: leaked by kind: {by_kind}")
    if figures["damage"]:
        print(f"{label}: phrases destroyed by placeholder: " + ", ".join(f"{k} {n}" for k, n in figures["damage"].most_common()))
    if figures["name_forms"]:
        print(f"{label}: leaked names by form: " + ", ".join(f"{k} {n}" for k, n in figures["name_forms"].most_common()))
    if figures["name_contexts"]:
        print(
            f"{label}: leaked names by what stands around them: "
            + ", ".join(f"{k} {n}" for k, n in figures["name_contexts"].most_common())
        )
    if figures["taken_forms"]:
        print(
            f"{label}: ordinary words taken for names, by form: "
            + "; ".join(f"{k} {n}" for k, n in figures["taken_forms"].most_common())
        )
    if figures["passes"]:
        print(f"{label}: phrases destroyed by pass: " + ", ".join(f"{k} {n}" for k, n in figures["passes"].most_common()))


def old_scrub(commit: str) -> Callable[[str], str] | None:
    """The scrubber as it was at `commit`, loaded from `git show` into a throw-away module."""
    try:
        source = subprocess.run(
            ["git", "show", f"{commit}:triage/anonymize.py"], cwd=ROOT, capture_output=True, check=True, text=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    path = Path(tempfile.mkdtemp(prefix="bench-scrub-")) / "old_anonymize.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("old_anonymize", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as error:  # noqa: BLE001 -- an old module that no longer imports is reported, not fatal
        print(f"old scrubber at {commit} does not load: {type(error).__name__}")
        return None
    return module.scrub


# Hostile input: 5,000 characters of one repeated unit, aimed at each pass (target: under 50 ms).
HOSTILE_UNITS = (
    "王",
    " ",
    "1",
    "、",
    "张 ",
    "王、",
    "张三、",
    "小",
    "a ",
    "欧阳 ",
    "王秀英，",
    "乌克兰",
    "严重",
    "尊敬的王",
    "您好王 ",
    "买·",
    "1069 0 138",
    "路 1 弄 ",
    "Zhang Wei ",
    "微信 ",
    "QQ/",
    # A copied chat: every line opens with a speaker's label.
    "王芳:在吗\n",
    # Line breaks alone (each one an opening: a pattern that skipped white space after it took seconds), names split by
    # emoji in traditional script, and a patient's label before white space.
    "\n",
    "陳😡曉😡紅",
    "住院号   ",
    "[梁山] 钱呢\n我:明天\n",
    # The tenth session's: kin words (each weighed as a name's start before they were read whole), a spoken separator, a
    # traditional title, a long-tail surname.
    "阿兄",
    "阿姐",
    "二伯",
    "一八七、",
    "杠1",
    "陳老師",
    "者",
    # The eleventh session's: names in other scripts and where the text speaks of Japan, and a review's find: a country, a
    # name and a list's comma, every one a candidate for the name finder and the list pass (it was over 50 ms before).
    "韩国人金敏、",
    # (The twelfth session's review: a lane's word with a letter or a space after it, 53–59 ms before 胡同 was read whole.)
    "胡同A",
    "胡同 ",
    "日本同事田中",
    "김민수씨 ",
    "Nguyễn Thị Hoa ",
    "叫任zhigang",
    # A third review's find: kin words and spaces after a context word split their spaces between two optional runs in every
    # way ("孩子 孩子 孩子 …": 25 repeats took more than a minute, older than this session).
    "孩子 ",
    "联系人：妈妈 ",
    # A list numbered with circled numbers, each item a name (the twenty-sixth session's list marks: every item is found and hidden,
    # about 130 ms against 43 ms when the marks were folded into digits and nothing was found).
    "①张伟",
)


def _surname_run() -> str:
    """5,000 surname characters drawn at random (fixed seed): every place is a candidate name and no two
    stretches repeat, so nothing periodic can make it cheap. The worst input found so far."""
    import random

    from triage.names import lexicon

    surnames = sorted(lexicon().surname_tier)
    rng = random.Random(5)
    return "".join(rng.choice(surnames) for _ in range(5000))


def hostile_worst(scrub: Callable[[str], str]) -> tuple[float, str]:
    worst, worst_unit = 0.0, ""
    inputs = [(unit, (unit * (5000 // len(unit) + 1))[:5000]) for unit in HOSTILE_UNITS]
    inputs.append(("random surnames", _surname_run()))
    for unit, hostile in inputs:
        best = float("inf")
        for _ in range(3):
            # A hostile text comes once: nothing it makes the scrubber compile may be cached from a rerun
            # (a regex of all its names once made a fresh run 135 ms and a rerun 49 ms).
            re.purge()
            start = time.perf_counter()
            scrub(hostile)
            best = min(best, time.perf_counter() - start)
        if best > worst:
            worst, worst_unit = best, unit
    return worst, worst_unit


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", default=OLD_COMMIT, help="commit of the scrubber to compare with ('' for none)")
    parser.add_argument(
        "--misses", action="store_true", help="list the tuning corpora's leaks and destroyed phrases (never the held-out ones)"
    )
    args = parser.parse_args()
    if not HELDOUT.exists() or not PRESERVE.exists():
        print(f"held-out corpora not found ({HELDOUT.name}, {PRESERVE.name}): nothing to measure")
        return 0
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-0123456789abcdef")
    sys.path.insert(0, str(ROOT))
    from triage.anonymize import scrub

    old = None
    if args.old:
        old = old_scrub(args.old)
        if old is not None:
            report(f"old ({args.old})", measure(old))
    figures = measure(scrub, by_pass=True)
    report("now", figures)
    for label, corpus, preserve in TUNING:
        if not (corpus.exists() and preserve.exists()):
            continue
        misses: list[str] = []
        if old is not None:
            report(f"{label}, old ({args.old})", measure(old, corpus=corpus, preserve=preserve))
        report(f"{label}, now", measure(scrub, corpus=corpus, preserve=preserve, misses=misses))
        if args.misses:
            print("\n".join(misses))
    worst, unit = hostile_worst(scrub)
    from bench_analysis import yardstick  # (this folder is on the path when a bench script runs)

    print(
        f"now: scrub of 5,000 hostile characters: max {worst * 1000:.1f} ms (worst: {unit!r}; target 50 ms;"
        f" yardstick {yardstick():.2f} s, as bench_analysis prints it: compare machines with it)"
    )
    words_rate = figures["words_destroyed"] / max(1, figures["phrases"])
    return 0 if not sum(figures["leaks"].values()) and words_rate <= 0.005 and worst < 0.05 else 1


if __name__ == "__main__":
    raise SystemExit(main())
