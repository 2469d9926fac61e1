"""The one text normaliser shared by the analyser and the scrubber.

`fold` keeps a 1:1-ish readable text: NFKC (full-width digits and letters to ASCII), no zero-width or
control characters, no NUL. Anything that changes length in other ways belongs in its own function.

On top of `fold` the analyser uses:
- `to_simplified`: traditional→simplified one character for one character, so positions do not move.
  The table is OpenCC's own character conversion (t2s), read once at import by converting every CJK
  unified ideograph on its own line (about 3,500 pairs in ~10 ms), plus a few hand-written pairs;
  `normalize` converts a text with traditional characters whole with OpenCC instead, phrases included,
  where that keeps its length;
- `Compact`: the folded text with filter-dodging separators removed from between Chinese characters
  ("转 账", "转-账", "转.账" → "转账"), plus a map back to positions in the uncompacted text so a hit can
  be highlighted where the person sees it.
Every step is a single regex pass or a `str.replace`, so the whole is linear in the text length.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata

import opencc

# Removed in one pass: zero-width and bidi formatting characters (used to split words past keyword
# filters), and C0/C1 controls except tab and newline.
# (With the variation selectors and the keycap mark: "1️⃣6️⃣6️⃣" is the digits 166 drawn as keys.)
_INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\ufe0e\ufe0f\u20e3"
_CONTROL = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_REMOVED = re.compile(f"[{_INVISIBLE}{_CONTROL}]")
_REMOVED_INVISIBLE = re.compile(f"[{_INVISIBLE}]")


# Runs of characters other than CJK unified ideographs. Those ideographs are NFKC-stable starters that
# never compose with a neighbour, so normalising only the runs between them gives exactly NFKC of the
# whole text (a property test checks this) in about a third of the time on Chinese text.
_NON_IDEOGRAPH_RUN = re.compile("[^\u4e00-\u9fff]+")


def _nfkc_run(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


# The full-width punctuation found in almost every Chinese SMS, with its NFKC form. Replacing these
# first (str.replace runs at C speed) usually leaves a text that is already NFKC, which skips the
# per-run normalisation below; the result is the same because NFKC maps each of them to exactly that
# ASCII character.
_COMMON_FULLWIDTH = (("，", ","), ("：", ":"), ("！", "!"), ("？", "?"), ("；", ";"), ("（", "("), ("）", ")"), ("\u3000", " "))


def fold(text: str) -> str:
    if not unicodedata.is_normalized("NFKC", text):
        for full_width, ascii_form in _COMMON_FULLWIDTH:
            text = text.replace(full_width, ascii_form)
        if not unicodedata.is_normalized("NFKC", text):
            text = _NON_IDEOGRAPH_RUN.sub(_nfkc_run, text)
    if "\r" in text:
        # Line ends become "\n" after the invisible characters go and before the controls do (a "\r"
        # is a control character itself).
        text = _REMOVED_INVISIBLE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    return _REMOVED.sub("", text)


# Traditional → simplified, limited to characters that occur in the red-flag, institution and sender
# vocabulary (collection, fraud, law, banking). Pairs written as "traditional simplified" strings.
_TRAD_SIMP_PAIRS = (
    "轉转 賬账 帳帐 號号 戶户 還还 債债 務务 訴诉 訟讼 傳传 開开 執执 凍冻 結结 驗验 證证 碼码 銀银 貸贷 "
    "註注 銷销 學学 護护 復复 徵征 刪删 錄录 訊讯 單单 親亲 屬属 報报 門门 罰罚 費费 額额 處处 後后 "
    "連连 點点 擊击 載载 會会 議议 螢萤 幕幕 務务 圖图 據据 記记 網网 級级 財财 關关 閉闭 萬万 險险 "
    "聯联 絡络 緊紧 們们 時时 內内 嚴严 殺杀 這这 個个 為为 與与 對对 從从 來来 電电 話话 機机 請请 "
    "認认 聲声 紀纪 檢检 察察 偵侦 詐诈 騙骗 嫌嫌 終终 給给 讓让 將将 歸归 違违 規规 嚇吓 脅胁 辱辱 "
    "罵骂 曝曝 險险 滯滞 納纳 貨货 購购 款款 稅税 應应 該该 讀读 寫写 訂订 業业 務务 團团 隊队 員员 "
    "長长 們们 庭庭 審审 判判 決决 書书 狀状 郵邮 遞递 實实 際际 氣气 頭头 幫帮 辦办 絕绝 準准 備备 "
    "確确 態态 樣样 麼么 什什 沒没 無无 現现 發发 動动 導导 監监 管管 營营 運运 際际 陸陆 港港 臺台 "
    "灣湾 國国 華华 東东 廣广 興兴 農农 設设 儲储 蓄蓄 交交 郵邮 商商 浦浦 發发 壽寿 寶宝 錢钱 鏈链 "
    "條条 約约 擔担 保保 戶户 碼码 裝装 軟软 體体 屏屏 視视 頻频 測测 試试 啟启 權权 益益 償偿 損损 "
    "勞劳 價价 標标 準准 壓压 給给 處处 裡里 麗丽 兒儿 爺爷 媽妈 歲岁 鄰邻 居居 區区 鄉乡 鎮镇 縣县 "
    "馬马 聯联 貝贝 螞蚂 蟻蚁 滿满 團团 微微 眾众 盜盗 竊窃 擾扰 騷骚 跡迹 錯错 誤误 檔档 謝谢 穩稳 "
    "優优 惠惠 獎奖 勵励 紅红 雙双 倫伦 達达 層层 階阶 遠远 邊边 過过 進进 選选 謹谨 慎慎 詢询 問问 "
    "產产 帶带 戲戏 輸输 嗎吗 啊啊 鬧闹 剛刚 盡尽 滅灭 憑凭 顯显 響响 鑒鉴 鑑鉴 辯辩 護护 師师 "
    "簽签 約约 盤盘 庫库 廳厅 補补 償偿 貼贴 撥拨 聽听 協协 會会 構构 災灾 禍祸 齊齐 鐘钟 鐵铁 則则 "
    "綫线 線线 須须 項项 順顺 領领 頁页 額额 顧顾 風风 飛飞 養养 餘余 驗验 體体 鬥斗 黨党 齡龄 髪发"
)


def _opencc_pairs() -> dict[str, str]:
    """Every CJK unified ideograph that OpenCC's t2s turns into one other character."""
    converter = opencc.OpenCC("t2s")
    chars = [chr(code) for code in range(0x4E00, 0xA000)]
    converted = converter.convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # never seen; the hand pairs alone are still correct
        return {}
    return {t: s for t, s in zip(chars, converted) if t != s and len(s) == 1}


def _table() -> dict[str, str]:
    table = {pair[0]: pair[1] for pair in _TRAD_SIMP_PAIRS.split() if pair[0] != pair[1]}
    table.update(_opencc_pairs())
    # One replacement per character must be enough: no simplified form may itself be mapped again.
    for trad, simp in list(table.items()):
        seen = {trad}
        while simp in table and simp not in seen:
            seen.add(simp)
            simp = table[simp]
        table[trad] = simp
    return {t: s for t, s in table.items() if t != s}


_TRAD_SIMP = _table()
# A regex over the table's keys finds whether there is any traditional character in one C-speed scan
# (usually there is none); only then are they replaced.
_TRAD_CHARS = re.compile("[" + "".join(_TRAD_SIMP) + "]")


# The table turned round: each simplified character and the traditional ones mapped onto it.
_SIMP_TRAD: dict[str, list[str]] = {}
for _trad, _simp in _TRAD_SIMP.items():
    _SIMP_TRAD.setdefault(_simp, []).append(_trad)


def traditional_forms(simplified: str) -> str:
    """The traditional characters that `to_simplified` maps onto one of `simplified`'s ("张" → "張")."""
    return "".join(sorted({t for s in set(simplified) for t in _SIMP_TRAD.get(s, ())}))


def to_simplified(text: str) -> str:
    """Map the traditional characters the rules care about to simplified, one for one."""
    if _TRAD_CHARS.search(text) is None:
        return text
    # A text in traditional script has hundreds of them but a few dozen distinct ones: one C-speed
    # replace per distinct character is faster than str.translate, which looks every character up in
    # a dict (~1 ms on 5,000 characters).
    for char in set(_TRAD_CHARS.findall(text)):
        text = text.replace(char, _TRAD_SIMP[char])
    return text


_T2S = opencc.OpenCC("t2s")
# Taiwan's and Hong Kong's words for a link, a text message and details, as the mainland writes them ("請點擊連結",
# "簡訊", "登記銀行卡資訊": batch 38's lures), each the same length. (Not OpenCC's tw2sp, which rewrites far more: 資料 → 数据,
# 停用 → 禁用, 匯入 → 导入, 查詢 → 查找.)
_TAIWAN_WORDS = re.compile("连结|简讯|资讯")
_MAINLAND_WORD = {"连结": "链接", "简讯": "短信", "资讯": "信息"}


# A number read off a screenshot with letters for digits ("回拨 O2l-5l39 8844", "尾号5l87", "O777 58l*"): a run of digits with O, o, l or
# I among them (dashes allowed between), at least two digits and no other letter, not glued to a word, a domain or a path ("l0086-cz.cn", "v2.l0",
# "l0086。cn", "l0086 .cn", "l0086[.]cn": a look-alike must stay one),
# is read as the digits it shows. One for one, so positions do not move. Cheap gate first: a digit next to one of those letters.
_OCR_DIGIT_LETTER = re.compile(r"[0-9](?=[OolI])|[OolI](?=[0-9])")
_OCR_NUMBER = re.compile(
    r"[0-9OolI](?<![A-Za-z0-9./@_][0-9OolI])(?<![A-Za-z.]-[0-9OolI])(?:-?[0-9OolI]){2,17}(?![A-Za-z0-9@_]|[.\-/][A-Za-z]|[./][0-9]|[ \t]{0,2}(?:[。点.][ \t]{0,2}[A-Za-z]|\[\.\]|\(dot\)))"
)
_OCR_TO_DIGIT = str.maketrans("OolI", "0011")


def _ocr_digits(match: re.Match[str]) -> str:
    run = match.group()
    if sum(ch.isdigit() for ch in run) < 2 or run.isdigit() or not any(ch.isdigit() for ch in run[:2] + run[-2:]):
        return run
    return run.translate(_OCR_TO_DIGIT)


def normalize(text: str) -> str:
    """`fold` then traditional → simplified: the text the analyser reports positions in (`normalized_text`).

    Where a text has traditional characters, OpenCC converts it whole, phrases included ("回覆" → "回复",
    "瞭解" → "了解", which one character at a time stay as they are), and three of Taiwan's words with them
    (`_TAIWAN_WORDS`); about 0.1 ms for 5,000 characters.
    Should that change the length (a phrase of another length), positions would move: then the one-for-one
    table is used instead.
    """
    folded = fold(text)
    if _OCR_DIGIT_LETTER.search(folded) is not None:
        folded = _OCR_NUMBER.sub(_ocr_digits, folded)
    if _TRAD_CHARS.search(folded) is None:
        return folded
    try:
        converted = _T2S.convert(folded)
    except UnicodeEncodeError:  # a lone surrogate ("請點擊\ud83d連結"): OpenCC reads UTF-8
        return to_simplified(folded)
    # The table then maps what OpenCC leaves alone (the Japanese form 髪 of 發/髮, "代开髪票").
    simplified = to_simplified(converted) if len(converted) == len(folded) else to_simplified(folded)
    return _TAIWAN_WORDS.sub(lambda m: _MAINLAND_WORD[m.group()], simplified)


# Separators put between Chinese characters to dodge keyword filters. Clause punctuation (，；：！？,
# which NFKC turns into ASCII, and 。) is kept: removing it would glue the end of one clause to the start
# of the next and invent words. The run starts with the separator class (not a look-behind) so the
# regex engine can skip ahead to candidate characters; the look-behind after that first character
# admits only a run that starts right after a Chinese character, and the rest of the run is possessive.
# Without both, a long run of spaces not followed by a Chinese character was rescanned from every one
# of its positions: quadratic (" " * 5000 took ~0.5 s).
_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
# Stars, hearts, dingbats and emoji ("贷★款", "微❤信", "征🈳信") dodge filters the same way; U+FE0F is
# the variation selector that follows many of them. Quotation marks are not separators: "收到"您的孩子…"
# 的短信" quotes a message.
_SYMBOLS = r"\u2600-\u27bf\u2b50\ufe0f\U0001f300-\U0001faff"
_SEPARATOR = rf"[\s\-_.·•*|/\\~+=#^`…—–{_SYMBOLS}]"
# Those symbols go wherever they stand ("微信★ abc", "拨打★XX号码", "★无抵押"). So does a line break after
# punctuation ("恭喜您中奖,⏎请速回电"): the clause goes on in the next line, as in a multi-line SMS or a
# page that sets each clause on its own line. The break goes, the punctuation stays.
# The chat names spelled apart ("Q Q", "Q.Q", "v x", "加.V", "V 信") go too: a dodge no English word makes.
# (Not inside a spelled-out address: "w x j d . c c".)
# (Not the plus of a number spelled in Chinese numerals, "显示的号码是+九六一一零": a number from abroad, as "+96110" is, batch 67.)
_DODGE_SEPARATORS = re.compile(
    rf"{_SEPARATOR}(?!(?<=\+)[零〇洞幺一二三四五六七八九]{{5}})(?:(?<=[{_CJK}]{_SEPARATOR}){_SEPARATOR}*+(?=[{_CJK},;:、。!?])|(?<=[,;:、。!?]\n)\s*+|(?<=[,;:、。!?] )[ \t]*+\n\s*+|(?<=[{_SYMBOLS}])[{_SYMBOLS}]*+"
    rf"|(?<=(?<![A-Za-z@.])[qQvVwW]{_SEPARATOR}){_SEPARATOR}{{0,2}}(?=[qQxX](?![A-Za-z])(?!{_SEPARATOR}[A-Za-z])|信)"
    rf"|(?<=加{_SEPARATOR}){_SEPARATOR}{{0,2}}(?=(?:[vVqQ]|vx|VX|wx|WX|qq|QQ)(?![A-Za-z])))"
)
# The same, capturing, for `split`: kept text and removed runs alternate in its result.
_DODGE_SPLIT = re.compile(f"({_DODGE_SEPARATORS.pattern})")


_ASCII_UPPER = re.compile("[A-Z]+")
# Published SMS datasets mask every number with a capitalised token ("积分 DIGIT 分即将清零"), as police
# pages do with "XXX": for the rules it stands where digits stood. Same length, so no position moves.
_DIGIT_TOKEN = re.compile("(?<![A-Za-z])DIGIT(?![A-Za-z])")


def lower_in_place(text: str) -> str:
    """`text` in lower case with every character where it was.

    str.lower lengthens a few characters ("İ" → "i̇"), which would shift every position after them;
    then only ASCII letters are lowered (the rules, aliases and domains are ASCII or Chinese).
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = _ASCII_UPPER.sub(lambda m: m.group().lower(), text)
    return lowered


# Words written with a character that sounds alike to dodge filters ("扣扣" for QQ, "代款"/"网代" for 贷款/网贷,
# "欲期" for 逾期, "薇信"/"威信" for 微信), read as the word they stand for. Each pair has the same length.
_SOUND_ALIKE_WORDS = {
    "扣扣": "qq",
    "代款": "贷款",
    "网代": "网贷",
    "欲期": "逾期",
    "愈期": "逾期",
    "薇信": "微信",
    "威信": "微信",
    "徽信": "微信",
    "危信": "微信",
}
_SOUND_ALIKE = re.compile("|".join(_SOUND_ALIKE_WORDS))

# Batch 72's disguises of the same kind, each the length of the word it stands for: 岱款/袋款 for 贷款, 反利 for 返利, and the pinyin
# initials spam writes for the words a filter catches ("回复yzm", "xyk提额", "dk 3-20w", "不看zx", "sd返利10%", "爆txl"). Only where no
# letter or digit runs on before them, and no letter after (an address's "zx***" is no dodge); not as a reply's code ("可回复SD锁定邮箱"),
# nor an account's id ("加v:dk888", "xyk5520"; but "dk5w" is a loan of 50,000).
_DISGUISED_WORDS = {
    "岱款": "贷款",
    "袋款": "贷款",
    "反利": "返利",
    "逾7": "逾期",
    "yh": "银行",
    "yzm": "验证码",
    "yhk": "银行卡",
    "xyk": "信用卡",
    "txl": "通讯录",
    "dk": "贷款",
    "zx": "征信",
    "sd": "刷单",
}
# (Not after a letter, a digit or an id's mark, nor after a chat's or an account's colon.)
_NOT_IN_AN_ID = "(?<![a-z0-9.@/*_-])(?<![a-z号信]:)"
_DISGUISED = re.compile(
    "岱款|袋款|反利(?<!违反利)|逾7(?![0-9天日个月年期次万亿千百成倍%w])"
    f"|{_NOT_IN_AN_ID}(?:yzm|yhk|xyk)(?![a-z*_-])(?!\\.[a-z])"
    "(?!\\d(?!\\d{0,2}(?:w|万|k)))"
    # The two-letter ones and txl only where the word they stand for is plain from what is beside them (a review found dk a name, a
    # singer, a shop, SD a camera's card, "txl是什么意思"): dk before a sum or a loan's words, or after a loan's kind ("dk 3-20w",
    # "dk秒下", "装修dk"); zx after 看/查/花/黑/修复/影响 or before what is said of a credit record ("不看zx", "zx花了"); sd before a
    # task's pay ("sd返利", "sd日结"); txl after a threat's verb ("爆txl").
    f"|{_NOT_IN_AN_ID}(?<!回复)(?<!回)(?<!发送)"
    "(?:dk(?=\\s{0,2}\\d[\\d.~-]{0,5}\\s?(?:w|万|k|千)|\\s{0,2}(?:秒|当天|下款|放款|额度|利息|不看|无抵押|急用))"
    "|(?<=装修|消费|网上|信用|小额|急用|私人)dk"
    "|(?<=看|查|花|黑|复|响|上)zx|zx(?=花|黑|不好|有问题|修复|逾期|记录|报告|差)"
    "|sd(?=返|反|日结|一单|每单|兼职|佣金|垫|任务|接单|派单)"
    "|(?:(?<=[爆炸打])|(?<=给你|通知|联系|群发|曝光))txl)(?![a-z*_-])"
    # (And a bank's name finished with "yh", "建设yh": not 优惠's "限时yh".)
    "|(?<=[设商农交招光信储业])yh(?![a-z])"
)


def _disguised(match: re.Match[str]) -> str:
    return _DISGUISED_WORDS[match.group()]


# A heart for 信 after the characters it completes ("征❤", "薇❤", "微❤", "v❤"): a dodge, not a decoration. (Same length: the variation
# selector after it, "❤️", is a separator the compact copy drops.)
_HEART_FOR_XIN = re.compile("(?<=[征微薇威vV])(?<!稍微)[❤♥](?!\ufe0f?信)")
# Pinyin for one character of a word a filter catches, glued to the rest of it ("手续fei", "放kuan", "到zhang", "校园dai", "保证jin",
# "理pei", "验证ma", "移dong", "jian职", "cui收"): read as the character, and the letters after the first taken out of the compact
# copy as a separator is, so positions still map back (batch 72).
_PINYIN_FOR = {
    "fei": "费", "kuan": "款", "dai": "贷", "zhang": "账", "jin": "金", "pei": "赔", "ma": "码", "dong": "动", "xin": "信",
    "jian": "兼", "cui": "催", "shua": "刷", "zhuan": "转", "yin": "银",
}  # fmt: skip
_PINYIN = re.compile(
    "(?<=[续员务冻险证费认活保定押金手税息])fei(?![a-z])"
    "|(?<=[放下贷借还退付打到汇欠罚回])kuan(?![a-z])|kuan(?=[项额])"
    "|(?<=[网园小易借])dai(?![a-z])|dai(?=款|通)"
    "|(?<=[到转入对进])zhang(?![a-z])"
    "|(?<=[证冻押定资])jin(?![a-z])"
    "|(?<=[理])pei(?![a-z])"
    "|(?<=证)ma(?![a-z])"
    "|(?<=移)dong(?![a-z])"
    "|(?<=[征微薇])xin(?![a-z])"
    "|jian(?=职)|cui(?=收)|shua(?=单)|zhuan(?=账)|yin(?=行)"
)
_PINYIN_GATE = re.compile("fei|kuan|dai|zhang|jin|pei|ma|dong|xin|jian|cui|shua|zhuan|yin", re.IGNORECASE)


# A number written in Chinese numerals to dodge filters ("请致电幺三八幺二三四五六七八", "回电九五五八八"): read as
# digits. Five in a row at least: no ordinary word strings five of them ("一五一十", dates "二〇二六" have four).
_CHINESE_DIGITS = str.maketrans("零〇洞幺一二三四五六七八九", "0001123456789")
# (Not days of the week or ordinals: "周一二三四五", "第一二三四五名".)
_CHINESE_DIGIT_RUN = re.compile(
    "[零〇洞幺一二三四五六七八九](?<![周第期][零〇洞幺一二三四五六七八九])[零〇洞幺一二三四五六七八九]{4,23}"
    # (Not a last 一 that opens "一查", "一下": "打了当地幺二三六八一查" is 12368.)
    "(?<!一(?=[查看下问试搜]))"
)


def _chinese_digits(match: re.Match[str]) -> str:
    return match.group().translate(_CHINESE_DIGITS)


def _digits_for_tokens(cased: str, plain: str) -> str:
    """`plain` with "00000" where `cased` has a "DIGIT" token (the same positions in both)."""
    pieces, last = [], 0
    for match in _DIGIT_TOKEN.finditer(cased):
        pieces += [plain[last : match.start()], "00000"]
        last = match.end()
    pieces.append(plain[last:])
    return "".join(pieces)


def _sound_alike(match: re.Match[str]) -> str:
    return _SOUND_ALIKE_WORDS[match.group()]


# A run with "**", ".." or "…" in it is a mask or a cut where a page quotes a message ("请打开******进行",
# "请打开……对医保卡"), not a dodge: it stays, so the words before and after are not glued together.
_MASK_RUN = re.compile(r"\*\*|\.\.|…")


def _keep_masks(pieces: list[str]) -> list[str]:
    """`pieces` (kept text and removed runs alternating) with the mask runs put back into the kept text."""
    result = [pieces[0]]
    for run, after in zip(pieces[1::2], pieces[2::2]):
        if _MASK_RUN.search(run):
            result[-1] += run + after
        else:
            result += [run, after]
    return result


class Compact:
    """A matching copy of normalized text with dodging separators removed, and the way back.

    `text` is what the rules match (lower case, 帐 → 账, masked "DIGIT" tokens as digits, a filter-dodging spelling as the word it
    stands for: `_SOUND_ALIKE`, `_DISGUISED`, `_HEART_FOR_XIN`, `_PINYIN`); `cased` is the
    same compact text as written (but for a heart read as 信 and pinyin read as its character) and `plain` that in lower case, for the searches that read case or the
    tokens. The analyser reads only these, so "服 务 电 话", "【交通 银 行】" and "点 击" count as written
    together. `original_span(start, end)` turns a span in them into the span in the text they came from.
    The map is a sorted list of removed runs, so it costs nothing when nothing was removed.
    """

    __slots__ = ("text", "cased", "plain", "_gap_at", "_gap_total", "_read_as")

    def __init__(self, normalized: str, lowered: str | None = None) -> None:
        # `lowered`: lower_in_place(normalized), if the caller has it already.
        # One C-speed `split` (kept text and removed runs alternate) and map/accumulate for the map,
        # rather than a Python loop per removed run ("转 " * 2500 has 2,500 of them).
        source = normalized
        if ("❤" in source or "♥" in source) and _HEART_FOR_XIN.search(source) is not None:
            source = _HEART_FOR_XIN.sub("信", source)
        pieces = _DODGE_SPLIT.split(source)
        gap_at: list[int] = []  # position in the compact text where a removed run used to be
        gap_total: list[int] = []  # characters removed up to and including that run
        self._read_as: dict[int, int] = {}  # pinyin read as a character: where its letters were taken out, and how many
        cased = source
        if len(pieces) > 1 and ("**" in source or ".." in source or "…" in source):
            pieces = _keep_masks(pieces)
        if _PINYIN_GATE.search(source) is not None and _PINYIN.search(lower_in_place(source)) is not None:
            cased, gap_at, gap_total = self._read_pinyin(pieces)
        elif len(pieces) > 1:
            kept = pieces[0::2]
            cased = "".join(kept)
            gap_at = list(itertools.accumulate(map(len, kept[:-1])))
            gap_total = list(itertools.accumulate(map(len, pieces[1::2])))
        # Rules are written in lower case; ASCII-only lowering keeps positions (str.lower can lengthen
        # a few characters such as "İ"). 帐/账 are both simplified and used interchangeably.
        plain = lowered if lowered is not None and cased is normalized else lower_in_place(cased)
        if _SOUND_ALIKE.search(plain) is not None:
            plain = _SOUND_ALIKE.sub(_sound_alike, plain)
        if _DISGUISED.search(plain) is not None:
            plain = _DISGUISED.sub(_disguised, plain)
        if _CHINESE_DIGIT_RUN.search(plain) is not None:
            plain = _CHINESE_DIGIT_RUN.sub(_chinese_digits, plain)
        matching = plain
        if "DIGIT" in cased:
            matching = _digits_for_tokens(cased, plain)
        self.text = matching.replace("帐", "账")
        self.cased = cased
        self.plain = plain
        self._gap_at = gap_at
        self._gap_total = gap_total

    def _read_pinyin(self, pieces: list[str]) -> tuple[str, list[int], list[int]]:
        """The compact text with `_PINYIN`'s syllables read as their characters, and the map back: each syllable's letters after
        the first are a removed run, after the character that stands where its first letter stood."""
        runs = pieces[1::2]
        kept: list[str] = []
        events: list[tuple[int, int]] = []  # (compact position, characters removed there)
        read_as: dict[int, int] = {}
        at = 0
        for index, piece in enumerate(pieces[0::2]):
            if index:
                events.append((at, len(runs[index - 1])))
            last = 0
            for match in _PINYIN.finditer(lower_in_place(piece)):
                kept.append(piece[last : match.start()])
                at += match.start() - last + 1
                kept.append(_PINYIN_FOR[match.group()])
                events.append((at, len(match.group()) - 1))
                read_as[at] = len(match.group()) - 1
                last = match.end()
            kept.append(piece[last:])
            at += len(piece) - last
        self._read_as = read_as
        return "".join(kept), [position for position, _ in events], list(itertools.accumulate(n for _, n in events))

    @property
    def removed(self) -> bool:
        return bool(self._gap_at)

    def _shift(self, position: int) -> int:
        # Characters removed before the compact character at `position`.
        index = bisect.bisect_right(self._gap_at, position)
        return self._gap_total[index - 1] if index else 0

    def original_spans(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        if not self._gap_at:
            return spans  # nothing was removed: positions are the same
        return [self.original_span(start, end) for start, end in spans]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            shifted = start + self._shift(start)
            return shifted, shifted
        # (A span that ends on a character read from pinyin ends after the syllable's letters, "手续fei", not "手续f", and not after
        # a separator that follows them, "手续fei★★".)
        return start + self._shift(start), end + self._shift(end - 1) + self._read_as.get(end, 0)
