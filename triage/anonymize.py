"""Find and replace personal data in free text; keyed hash of the sender number.

The one scrubber for everything that may be stored or shown to reviewers. It works on text
folded by `triage.analysis.normalize.fold`, so full-width digits, zero-width splitters and the like are
caught the same way the analyser sees them.

Contract:
- `scrub` never raises on any `str` and is idempotent: `scrub(scrub(x)) == scrub(x)`.
- Personal data becomes a typed placeholder in 〔…〕 (`PLACEHOLDERS`); what reviewers need to see
  patterns stays: institution names, public service numbers as `triage.analysis.numbers.is_public`
  defines them (955xx, 95xxx, 96110, 106 gateways with nothing personal behind the prefix, 12xxx
  hotlines, 400/800 numbers), link hosts and paths, dates (day precision), amounts as a band.
- Times of day keep the hour and lose the minutes ("23:47" → "〔23时〕"): the hour shows night-time
  contact (the 2026 guideline bans 22:00–08:00), the minute only helps to re-identify one message.
- When in doubt it over-scrubs: a lost word costs a reviewer a little, a leaked number costs a person.

How: `PASSES`, an ordered table of (name, gate, run) at the end of this module, run by one loop in
`_scrub`; each pass hides what it found behind a vault marker so no later pass sees it. `run_pass` runs
one alone. Person names are decided by evidence in `triage.names` (word lists in triage/data/).
Only the standard library, the normaliser, the numbers module and the name finder are imported at module
level; Django settings are read inside `sender_hash`.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import unquote

from triage.analysis import numbers
from triage.analysis.institutions import all_institutions, find_institution
from triage.analysis.normalize import fold, to_simplified, traditional_forms
from triage.names import (
    GIVEN_UNLIKELY,
    GIVEN_WEIGHT,
    addressed_by_title,
    after_strong_cue,
    begins_no_given_name,
    cuts_a_word,
    dotted_name_pattern,
    dotted_name_span,
    ends_a_word,
    ends_unlike_a_name,
    find_names,
    function_surnames,
    given_name_alone,
    has_function_character,
    inside_longer_word,
    is_city,
    is_cjk,
    is_county,
    is_cue_word,
    is_dictionary_word,
    is_hand_word,
    is_ordinary_word,
    is_person_word,
    is_place,
    is_role,
    is_season,
    lexicon,
    likely_given,
    names_alone,
    names_no_one,
    ordinary_words,
    piece_name_pattern,
    piece_name_spans,
    reads_as_full_name,
    reads_as_name_apart,
    runs_into_word,
    said_of_a_person,
    says_what_of,
    surname_lexicon,
    tibetan_name_pattern,
    tibetan_name_span,
    transliterated_tail,
    two_character_name,
    undotted_name_pattern,
    undotted_name_span,
    word_given_name_ends,
)

NAME = "〔姓名〕"
MOBILE = "〔手机号〕"
LANDLINE = "〔固话〕"
ID_NUMBER = "〔身份证号〕"
BANK_CARD = "〔银行卡号〕"
CARD_TAIL = "〔卡号尾号〕"
EMAIL = "〔邮箱〕"
ADDRESS = "〔地址〕"
WECHAT = "〔微信号〕"
QQ = "〔QQ号〕"
PLATE = "〔车牌号〕"
ACCOUNT = "〔账号〕"
URL_PARAM = "〔参数〕"
BIRTH_DATE = "〔出生日期〕"
CASE_NUMBER = "〔案号〕"
# Internal: a 106 gateway number with a person's number behind its prefix (never a placeholder).
GATEWAY_WITH_NUMBER = "gateway+number"
# Returned only if the scrubber itself fails: storing nothing beats storing the raw text.
WITHHELD = "〔内容已隐去〕"

PLACEHOLDERS = (
    NAME,
    MOBILE,
    LANDLINE,
    ID_NUMBER,
    BANK_CARD,
    CARD_TAIL,
    EMAIL,
    ADDRESS,
    WECHAT,
    QQ,
    PLATE,
    ACCOUNT,
    URL_PARAM,
    BIRTH_DATE,
    CASE_NUMBER,
    WITHHELD,
)

# Amount bands in yuan: (upper bound exclusive, label). Coarse enough that an amount does not point at
# one loan, fine enough to tell a small platform loan from a mortgage.
AMOUNT_BANDS: tuple[tuple[Decimal | None, str], ...] = (
    (Decimal(100), "100元以下"),
    (Decimal(1_000), "100-1千元"),
    (Decimal(5_000), "1千-5千元"),
    (Decimal(10_000), "5千-1万元"),
    (Decimal(50_000), "1万-5万元"),
    (Decimal(100_000), "5万-10万元"),
    (Decimal(500_000), "10万-50万元"),
    (Decimal(1_000_000), "50万-100万元"),
    (None, "100万元以上"),
)

# --- surnames -------------------------------------------------------------------------------------
# One lexicon for every name pass: triage/data/names.toml, read by triage/names.py.
_SINGLE_SURNAMES = "".join(sorted(surname_lexicon()[0]))
_COMPOUND_SURNAMES = tuple(sorted(surname_lexicon()[1], key=len, reverse=True))
# Surnames in traditional characters too ("張", "歐陽"): a pass weighs them in simplified ones, so "張先生" is judged
# as "张先生" (the word checks read `to_simplified`, one character for one).
_SURNAME = (
    "(?:"
    + "|".join(
        "".join(f"[{ch}{forms}]" if (forms := traditional_forms(ch)) else ch for ch in compound)
        for compound in _COMPOUND_SURNAMES
    )
    + "|["
    + "".join(sorted(set(_SINGLE_SURNAMES) | set(traditional_forms(_SINGLE_SURNAMES))))
    + "])"
)

# Characters that practically never end or continue a given name but often follow one in a message
# ("借款人张三已逾期"): a name stops before them so the sentence survives.
_NAME_STOP = (
    "的了已于在您你我他她它们是为与及和或等请未拖尚还欠涉现名下本人先生女士姐同老师经理总"
    "将因被把对向从到至由让使给跟同共都也又再就才均需须应该要会能以不没无非有个位某其此该这那"
    "逾期款贷借还钱元万千百号码电话手机短信通知律师法院公安银行台公司客户用户家属联系"
    "今昨日月年时点分秒天知道说看听找打去来做得过着叫问所理服务端编代息户"
)
# (A few in traditional characters too, that no given name holds: "那個何先生" stops at 個 as "那个何先生" at 个. Not 會, 來, 與, 銀,
# 將, 現, 電, 經, 萬: 何會玲, 吳來順, 林與婷, 李銀花, 張萬福.)
_NAME_STOP += "個們這對給說讓從問話號碼"
# 可 stands in given names (可馨, 可欣) but not as the verb: "王可以还款" is no 王可.
# (And the stop characters' traditional forms, "借款人王強還沒還錢" as "王强还没还钱", "我跟我姐夫關係不好" as "关系": but not 萬, 會,
# 來, 與, 銀, 將, 現, 電, which stand in names written in traditional script, 張萬福, 何會玲, 吳來順, 林與婷, 李銀花.)
_TRADITIONAL_STOP = "".join(sorted(set(traditional_forms(_NAME_STOP)) - set("萬會來與銀將現電")))
_GIVEN = f"(?!可[以能是否])[\u4e00-\u9fff·](?<![{_NAME_STOP}{_TRADITIONAL_STOP}])"

# --- institutions ---------------------------------------------------------------------------------
# Creditors' and public bodies' names in Chinese (triage/data/institutions.toml), and regulators the
# directory does not list: kept whole before the name passes, so "平安普惠" or "银保监会" is never cut
# into a surname and a given name ("平安〔姓名〕").
_REGULATORS = ("银保监会", "银保监", "银监会", "保监会", "证监会", "金融监管总局", "互金协会", "互联网金融协会")
_INSTITUTION_NAMES = re.compile(
    "|".join(
        re.escape(name)
        for name in sorted(
            {
                a
                for inst in all_institutions(include_government=True)
                # (Not the police's generic words: "尹家湾派出所" is a place's station, which the name passes
                # read whole only while 派出所 stays beside the place.)
                if inst.code != "police"
                for a in inst.aliases
                if re.fullmatch("[\u4e00-\u9fff]{3,}", a)
            }
            | set(_REGULATORS),
            key=len,
            reverse=True,
        )
    )
)

# A bank's branch after its name, a city and a district's name in it ("微众银行武汉思明网点", "兴业银行南昌武侯支行"): where money was paid
# in, no person (tune 42: 武思, 武侯 were read as names).
# (Only a place's few characters between: not "建设银行客户经理李娜在网点", "农业银行转给马丽的钱在分理处", "招商银行户名王芳朝阳支行", a review.)
_BANK_BRANCH = re.compile(
    "(?:(?<=银行)|(?<=銀行))(?:(?!在|的|给|給|转|轉|户|戶|收|付|经|經|客|人|员|員|叫|姓)[\u4e00-\u9fff]){2,10}?"
    "(?:支行|分行|网点|網點|营业室|營業室|营业部|營業部|分理处|分理處)"
)


def _bank_branch(match: re.Match[str], vault: _Vault) -> str:
    """Kept only where what stands between the bank and its branch word is a place or two ("武汉" + "思明"), not a person ("农业银行张伟
    说分行不给办", a fresh read found)."""
    place = to_simplified(match.group(0))
    place = place[
        : len(place) - next(len(w) for w in ("分理处", "营业室", "营业部", "支行", "分行", "网点") if place.endswith(w))
    ]
    # (A city first and a district's short name after it, "武汉" + "思明", or a place alone; or a city and the street the branch
    # stands on, "哈尔滨市" + "世纪大道", tune 44.)
    on_a_street = place.endswith(("路", "街", "大道", "大街"))
    if (
        _a_place(place)
        or any(_a_place(place[:cut]) and len(place) - cut <= 3 for cut in range(2, len(place)))
        or (
            on_a_street
            and any(_a_place(place[:cut].removesuffix("市")) and len(place) - cut <= 6 for cut in range(2, len(place) - 1))
        )
    ):
        return vault.keep(match.group(0))
    return match.group(0)


def _a_place(words: str) -> bool:
    return is_place(words) or is_city(words)


# --- patterns -------------------------------------------------------------------------------------
# Markers are private-use characters only (the index is spelled with \ue100-\ue109), so no later
# pass can see a digit or a letter inside one.
_SENTINEL_OPEN, _SENTINEL_CLOSE = "\ue000", "\ue001"
_SENTINEL_RE = re.compile("\ue000([\ue100-\ue109]+)\ue001")
# The index's digits both ways, one for one (a join of characters made one by one cost 1 ms on a text of
# a thousand markers).
_INDEX_DIGITS = str.maketrans("0123456789", "".join(map(chr, range(0xE100, 0xE10A))))
_PLAIN_DIGITS = str.maketrans("".join(map(chr, range(0xE100, 0xE10A))), "0123456789")
_PRIVATE_USE = re.compile("[\ue000-\ue1ff]")

_BAND_LABELS = "|".join(re.escape(label) for _, label in AMOUNT_BANDS)
_OWN_PLACEHOLDER = re.compile(
    "|".join(re.escape(p) for p in PLACEHOLDERS)
    + f"|〔金额:(?:{_BAND_LABELS})〕"
    + "|〔(?:[01]?\\d|2[0-3])时〕"
    + "|尾[号號]〔卡号尾号〕"
)

_LATIN = re.compile("[A-Za-z]")
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}")

# Top-level domains seen in collection and phishing SMS; bare hosts without a scheme are only taken as
# links with one of these, so "3.5万" or "v1.2" are not mistaken for hosts.
_TLDS = (
    "com|cn|net|org|top|xyz|vip|cc|io|me|info|club|site|app|shop|ltd|link|tk|hk|co|tv|pro|win|"
    "online|store|tech|fun|live|icu|work|asia|mobi|biz|gov|edu|ink|wang|ren|group|cloud|life|"
    "today|bid|loan|email|press|space|website|ml|ga|cf|gq|ws|la|so|to|sh|ai|us|uk|jp|tw|mo"
)
_URL_HOST = rf"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{{0,61}}[A-Za-z0-9])?\.)+(?i:{_TLDS})(?![A-Za-z0-9-])"
_URL_IPHOST = r"\d{1,3}(?:\.\d{1,3}){3}"
_PATH_CHARS = r"[A-Za-z0-9\-._~!$&'()*+,;=:@%/]"
# Query and fragment values may carry raw (unencoded) Chinese: take anything up to white space,
# Chinese punctuation, or one of our own markers.
_QUERY_CHARS = r"[^\s，。！？；：、“”‘’（）【】《》「」『』〔〕<>\"\ue000-\ue1ff]"
# A path segment that starts right after "/" with a non-ASCII character ("/u/张三") runs like a query
# value; one that starts in ASCII stops at the first Chinese character ("/abc查看详情" keeps "查看详情").
_RAW_SEGMENT = r"(?<=/)[^\x00-\x7f\s，。！？；：、“”‘’（）【】《》「」『』〔〕\ue000-\ue1ff]++"
_URL = re.compile(
    rf"(?<![A-Za-z0-9@.\-])"
    rf"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]{{1,15}}://)?"
    rf"(?P<userinfo>[^\s/@?#]{{1,64}}@)?"
    rf"(?P<host>{_URL_HOST}|{_URL_IPHOST})"
    rf"(?P<port>:\d{{1,5}})?"
    rf"(?P<path>/(?:{_PATH_CHARS}|{_RAW_SEGMENT})*+)?"
    rf"(?P<query>\?(?:(?!#){_QUERY_CHARS})*)?"
    rf"(?P<fragment>#{_QUERY_CHARS}*)?"
)

_CN_DIGITS = {
    "〇": "0",
    "零": "0",
    "洞": "0",  # as read out on the radio and the phone ("幺五八六九六洞八七八七")
    "一": "1",
    "幺": "1",
    "二": "2",
    "两": "2",
    "兩": "2",
    "三": "3",
    "四": "4",
    "五": "5",
    "六": "6",
    "七": "7",
    "八": "8",
    "九": "9",
    # Radio style, as a collector reads a number out ("幺三幺勾六幺幺幺勾两洞"): 拐 for 7, 勾 for 9.
    "拐": "7",
    "勾": "9",
    # Capital numerals (大写数字), as on contracts and in "人民币贰万元整".
    "壹": "1",
    "贰": "2",
    "貳": "2",
    "叁": "3",
    "參": "3",
    "肆": "4",
    "伍": "5",
    "陆": "6",
    "陸": "6",
    "柒": "7",
    "捌": "8",
    "玖": "9",
}
# Numbers read out digit by digit ("一三八一二三四五六七八"); 5+ digits so that "一一" or "三五" in
# ordinary words are left alone.
_CN_DIGIT_RUN = re.compile(
    "[〇零洞拐勾一幺二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖0-9](?:[ \\-]?[〇零洞拐勾一幺二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖0-9]){4,}"
)

# A mobile number spelled in characters that sound like its digits, to get past a platform's filter ("幺舞洞酒巴寺武寺两妻寺",
# "依酒扒依武尔两洞依尔妻"): eleven of them, a 1 first, no other character between; ordinary words never run so.
_HOMOPHONE_DIGITS = {
    **{ch: "1" for ch in "一幺依衣伊壹"},
    **{ch: "2" for ch in "二两尔儿耳贰"},
    **{ch: "3" for ch in "三山伞叁"},
    **{ch: "4" for ch in "四寺死思肆"},
    **{ch: "5" for ch in "五舞武伍"},
    **{ch: "6" for ch in "六溜留陆"},
    **{ch: "7" for ch in "七妻漆柒"},
    **{ch: "8" for ch in "八巴扒疤捌"},
    **{ch: "9" for ch in "九酒久玖"},
    **{ch: "0" for ch in "零〇洞"},
}
_HOMOPHONE_CLASS = "".join(_HOMOPHONE_DIGITS)
_HOMOPHONE_MOBILE = re.compile(f"(?<![{_HOMOPHONE_CLASS}])[一幺依衣伊壹][{_HOMOPHONE_CLASS}]{{10}}(?![{_HOMOPHONE_CLASS}])")


def _homophone_mobile(match: re.Match[str], vault: _Vault) -> str:
    digits = "".join(_HOMOPHONE_DIGITS[ch] for ch in match.group(0))
    # (A mobile's second digit is 3 to 9; and at least three characters must be sound-alikes, not plain numerals, for a
    # run of plain numerals is read by the pass after this one.)
    plain = sum(ch in _CN_DIGITS for ch in match.group(0))
    if digits[1] not in "3456789" or len(match.group(0)) - plain < 3:
        return match.group(0)
    return vault.keep(MOBILE)


# Chat ids behind combined or decorated labels the two patterns above do not read: "QQ/微信同号 123456",
# "微信/QQ: zs2020", "V❤:zs2020". A run of digits is a QQ number, anything with a letter a WeChat id.
_CHAT_ID = re.compile(
    r"(?P<lead>(?:微信|威信|薇信|QQ|qq|扣扣|(?<![A-Za-z])[Vv](?![A-Za-z])|薇|威)"
    # Bounded: an unbounded chain ("QQ/QQ/QQ/…") made every start position read to the end.
    r"(?:\s?[/、和或及]\s?(?:微信|QQ|qq|[Vv]信)|同[号號]|[号號][码碼]|[号號]|[账賬帐][号號]|[❤♥❣💕❥❦]){1,3}+)"
    r"(?P<sep>[^\S\n]*(?:[:是为(「【\[]\s*)?)"
    r"(?P<id>[A-Za-z](?:[A-Za-z0-9_-]|\.(?=[A-Za-z0-9])){4,19}|[1-9]\d{4,11})(?![A-Za-z0-9_-])"
)
# A WeChat id a few words after its label ("微信请搜索zhangsanx添加", "vx里加zs2020"): Chinese characters only
# between them, so a sentence that moves on past punctuation is not read.
_WECHAT_NEARBY = re.compile(
    r"(?P<lead>(?:微信|威信|薇信|维信|[Vv]信|(?<![A-Za-z])(?:vx|VX|Vx|wx|WX)(?![A-Za-z]))[\u4e00-\u9fff]{1,6}?)(?P<sep>)"
    r"(?P<id>(?=[A-Za-z0-9_-]*[a-z0-9_])[A-Za-z][A-Za-z0-9_-]{4,19})(?![A-Za-z0-9_.@-])"
)
_CARD_TAIL = re.compile(
    r"(?P<lead>尾号|尾號|尾數|尾数|末四位|末4位|后四位|後四位|后4位|後4位|末尾|ending\s+(?:in|with)|ending)"
    r"(?P<sep>\s*(?:为|是|:)?\s*)(?P<digits>[0-9Xx*]{3,6})(?![0-9])",
    re.IGNORECASE,
)
_WECHAT = re.compile(
    r"(?P<lead>(?:微\s?信(?:搜索|搜|添加|加|上加|里加|叫)?|威信|薇信|维信|徽信|魏信|伟信|卫信|卫星(?=\s*[:：]\s*(?=[A-Za-z0-9_-]{0,19}\d)[A-Za-z][A-Za-z0-9_-]{5,19}(?![A-Za-z0-9_-]))|[Vv]信|[Ww]ei信|微[Xx](?![A-Za-z])|绿泡泡"
    r"|(?<![A-Za-z])(?:vx|VX|Vx|vX|wx|WX|Wx|wX|(?i:weixin|wechat))(?!id_)"
    # Spelled apart against keyword filters: "v x", "wei xin".
    r"|(?<![A-Za-z])(?:[Vv]\s[Xx]|[Ww]\s[Xx]|[Ww]ei\s[Xx]in)(?![A-Za-z])"
    r"|(?<=[加+➕])\s?[Vv薇微](?![A-Za-z])|(?<![A-Za-z])[Vv薇微威](?=\s*:)"
    # 薇 straight before an id with a digit in it ("薇zhanglixin6796，备注“协商”").
    r"|薇(?=[A-Za-z][A-Za-z0-9_-]{3,18}\d)"
    # An id added or given as another account ("让我加sun-rf97668", "另一个号haoyvp20715"), or a WeChat link to a profile.
    r"|(?<![A-Za-z参更增追添])加(?=[a-z][a-z0-9_-]{3,18}\d(?![A-Za-z0-9_-]*[A-Z]))(?!iphone|ipad|mate|nova|vip|qq|wx|vx|win|wifi|redmi|note|cet|html|usb|type|mac|pro|max|plus)|另一个号|小号(?=[A-Za-z][A-Za-z0-9_-]{2,18}\d)|weixin://contacts/profile/)(?:[号號][码碼]|[号號]|[账賬帐][号號]|名|昵称|暱稱|\s?(?:id|ID|Id)(?![A-Za-z]))?)"
    r"(?P<sep>\s*(?:[号號])?\s*[:是为為(「【\[]?\s*)"
    # An id may be spaced apart ("zs 2020 ab") when it has a digit: short groups, one space between.
    r"(?P<id>(?=[A-Za-z][A-Za-z0-9_ -]{0,24}\d)[A-Za-z][A-Za-z0-9_-]{0,9}(?:\s[A-Za-z0-9_-]{1,6}){1,3}(?![A-Za-z0-9_-])"
    # (A column name after 微信 in a table's header row is no id: "微信\trelation".)
    r"|(?!(?i:app|pay|mini|link|wifi|chat|call|info|relation|remark|status|mobile|phone|email|name|contact|addr|address)(?![A-Za-z0-9_-]))[A-Za-z](?:[A-Za-z0-9_-]|\.(?=[A-Za-z0-9])){3,19}"
    r"|\+?\d[\d -]{4,18}\d)(?![A-Za-z0-9_-])"
)
# Other messaging and payment accounts: the ID after the platform's name ("钉钉 zhangsan88",
# "支付宝账号 zhangsan@alipay"). Pure digits are left to the number pass, which types them.
_OTHER_ACCOUNT = re.compile(
    r"(?P<lead>(?:钉钉|支付宝|抖音|快手|微博|淘宝|飞书|陌陌|电报|纸飞机|飞机号|小红书|小紅書|贴吧|豆瓣|知乎|[Bb]站|哔哩哔哩|"
    r"(?<![A-Za-z])(?:alipay|Alipay|ALIPAY|dingtalk|DingTalk|Dingtalk|"
    r"DINGTALK|telegram|Telegram|TELEGRAM|whatsapp|WhatsApp|Whatsapp|WHATSAPP|tg|TG|Tg|line|Line|LINE|ins|INS|Ins|instagram|Instagram|IG)"
    r"(?![A-Za-z]))"
    # (And where a post points to the account: "抖音搜qichun.gong.gz", "ins上那个Tan_Ningsi就是他", tune 43.)
    r"(?:[号號][码碼]|[号號]|[账賬帐][号號]|[账賬帐][户戶]|\s?ID|\s?id|搜索?|上那个|上的)?"
    # An account with no platform named, its id letters and digits together ("发曝光视频的账号是dymwmbh4yprq", "账号yagskw1ge"): six
    # characters at least, a letter first (or a year and three small letters, "1990lili"), two letters and a digit, and no device,
    # version or currency ("账号iPhone15", "账号5000U被冻结", "账号是VIP8会员", "账号COVID19期间注册的", "账号APP2.0版本"; but
    # "账号winnie0815", "账号mac_li1990").
    r"|[账賬帐帳][号號](?=\s*[:是为為]?\s*(?!(?i:vip|iphone|ipad|win|covid|ios|android|mate|note|usdt|mac|app|chatgpt|gpt|usb)(?:\d|[\s.-]|$))"
    r"(?!\d{1,8}(?i:usdt|usd|rmb|cny|btc|eth|hkd)(?![a-z]))(?=[A-Za-z0-9_.-]{6})(?=[A-Za-z0-9_.-]{0,30}?\d)(?=[A-Za-z0-9_.-]{0,30}?[A-Za-z][A-Za-z0-9_.-]{0,30}?[A-Za-z])(?:[A-Za-z_]|\d{2,8}[a-z]{3})))"
    r"(?P<sep>\s*[:是为為]?\s*)"
    r"(?P<id>@?(?=[A-Za-z0-9_.@-]*[A-Za-z])[A-Za-z0-9_][A-Za-z0-9_.@-]{3,63})(?![A-Za-z0-9_.@-])"
)
# The platforms of posts and the words that point to an account on one ("小红书号:", "抖音搜", "ins上那个"): there an id needs a dot, an
# underscore or a digit, for a brand's or a word's name follows them as often ("知乎上的Python", "B站搜Java", "ins上那个Gucci", "on IG
# yesterday", a review found).
_POST_PLATFORMS = (
    "小红书",
    "小紅書",
    "贴吧",
    "豆瓣",
    "知乎",
    "B站",
    "b站",
    "哔哩哔哩",
    "ins",
    "INS",
    "Ins",
    "instagram",
    "Instagram",
    "IG",
)
_NOT_AN_ID_AFTER_A_PLATFORM = re.compile(r"(?i)(?:iphone|ipad|mate|galaxy|redmi|nova|win|mac|ios|android|python|java)\d*")


_CAPITALS_TOGETHER = re.compile("[A-Z]{2}")
# A brand and its model, a version, a file's kind ("Xiaomi14", "Honor90", "Python3.12", "Vue.js", a fresh read).
_A_PRODUCTS_NAME = re.compile(r"[A-Z][a-z]+\d{1,4}[A-Za-z]?")
_A_VERSION = re.compile(r"\d\.\d|\.(?:js|py|net|io|ts|md)$")


def _a_handles_shape(found: str) -> bool:
    """A dot or an underscore, or digits with small letters and no capitals run together ("dyqfhsu538y", "Tan_Ningsi"), not a product's
    or a virus's code ("ChatGPT4", "RTX4090", "COVID19", "H7N9", "iPhone15", a review found)."""
    if _NOT_AN_ID_AFTER_A_PLATFORM.fullmatch(found) or _A_PRODUCTS_NAME.fullmatch(found) or _A_VERSION.search(found):
        return False
    if "." in found or "_" in found:
        return True
    return (
        any(ch.isdigit() for ch in found) and sum(ch.islower() for ch in found) >= 3 and _CAPITALS_TOGETHER.search(found) is None
    )


def _other_account(match: re.Match[str], vault: _Vault) -> str:
    lead, sep, found = match.group("lead"), match.group("sep") or "", match.group("id")
    pointed = lead.startswith(_POST_PLATFORMS) or lead.endswith(("搜", "搜索", "上那个", "上的"))
    if pointed and not _a_handles_shape(found):
        return match.group(0)
    return lead + sep + vault.keep(ACCOUNT)


_OTHER_ACCOUNT_CUES = (
    "小红书",
    "小紅書",
    "贴吧",
    "豆瓣",
    "知乎",
    "b站",
    "哔哩哔哩",
    "ins",
    "ig",
    "钉钉",
    "支付宝",
    "抖音",
    "快手",
    "微博",
    "淘宝",
    "飞书",
    "陌陌",
    "电报",
    "飞机",
    "alipay",
    "dingtalk",
    "telegram",
    "whatsapp",
    "tg",
    "line",
    "账号",
    "帳號",
    "账號",
    "帐号",
    "賬號",
    "帳号",
)
_TITLES = ("先生", "女士", "小姐", "同志", "老师")
# A handle in a Weibo repost chain ("//@追风少年666:这个……") or on a forum's floor ("1楼 一只鱼1127：楼主加油"): an account's
# name, letters, digits and Chinese characters together (tune 25).
# (A handle, not a label or a clause: no punctuation in it, a digit or a Latin letter and something besides digits — not "3楼 微信：",
# "5楼 借款人：李强", "3楼 我也被催了，他们说：", "12楼 14:30开会": a review's finds.)
_POSTER_HANDLE = re.compile(
    r"(?P<lead>//@|(?m:^)\d{1,4}楼[ \t]{1,2})"
    r"(?P<id>(?=[^\s:：]{0,19}[0-9A-Za-z])(?!\d+[:：])[^\s:：/@，,。、；;！!？?]{2,20}?)(?=[:：])"
)
# A WeChat internal id is one whatever stands before it ("加wxid_zs1990", a snippet cut mid-id).
_WXID = re.compile(r"(?<![A-Za-z0-9_])wxid_[A-Za-z0-9_-]{2,40}", re.IGNORECASE)
# A handle written with @ and no host ("tg @zhangsan88", "Telegram: @lizi_88"); e-mail addresses are
# taken before this pass, so the @ here has no name part in front of it.
_HANDLE = re.compile(r"(?<![A-Za-z0-9._%+-])@[A-Za-z][A-Za-z0-9_.]{2,31}(?<!\.)(?![A-Za-z0-9_@])")
# Staff and other personal numbers after their label ("工号A8866", "员工号:88661", "编号 ZX-12").
_STAFF_NUMBER = re.compile(
    # (In traditional characters too, "工號TJ8051", "員工編號NO.88443", a dot allowed inside.)
    # (A call centre's seat too, "座席号CS26962", "坐席TJ00910梁新民": tune 29.)
    # (座席 and 坐席 alone only before a code of letters and digits: "坐席2000个", "剧场座席1200个" count seats, a review found.)
    r"(?P<lead>(?:工号|员工号|员工编号|编号|工牌号|警号|执业证号|证件号|学号|座席号|坐席号|座席號|坐席號|(?:座席|坐席)(?=[A-Za-z]{1,3}-?\d{3,})"
    r"|工號|員工號|員工編號|編號|工牌號|警號|執業證號|證件號|學號)"
    r"\s*(?:是|为|為|:)?\s*)"
    # (or read out digit by digit, "工号九八四零八")
    r"(?P<id>[A-Za-z0-9](?:[.-]?[A-Za-z0-9]){0,23}(?![A-Za-z0-9-])|[〇零洞一幺二三四五六七八九]{3,12}(?![〇零洞一幺二三四五六七八九十百千万]))"
)
# A patient's admission, case or visit number after its label ("住院号95952015", "门诊号码：556677", "住院号（123987）",
# "病历号为：ZY88990"): four digits at least, so "住院号是10位数字吗" and "门诊号3号窗口" stay.
_PATIENT_NUMBER = re.compile(
    r"(?P<lead>(?:住院号|病历号|病案号|门诊号|就诊号|就诊卡号)码?\s{0,2}(?:[是为]\s{0,2})?:?\s{0,2}[(#]?\s{0,2}(?:第\s{0,2})?)"
    r"(?P<id>[A-Za-z]{0,3}\d{4,12})(?![A-Za-z0-9])"
)
# A code of capitals and digits right after a hidden name or staff number, with no label: a roster's or a work
# card's staff number ("组员:〔姓名〕 CX54210、…", "〔姓名〕(GZ81538)负责…", "工号是〔账号〕和SZ-88499", "主管〔姓名〕:HN30388").
_CODE_BESIDE = re.compile(
    r"\ue000(?P<index>[\ue100-\ue109]+)\ue001(?P<sep>[ \t]{0,2}\(?|:[ \t]{0,2}|和|、|及)"
    # (Not a train, a flight or a certificate after a colon: "李娜:G1234次列车晚点了", "CA1234航班", "ISO9001认证".)
    r"(?<![A-Za-z0-9])(?P<id>[A-Z]{1,3}-?\d{4,8})(?![A-Za-z0-9-])(?!次|航班|认证|号线|列车|动车)"
)


def _code_beside(match: re.Match[str], vault: _Vault) -> str:
    if vault.pieces[int(match.group("index").translate(_PLAIN_DIGITS))] not in (NAME, ACCOUNT):
        return match.group(0)
    return match.group(0)[: match.start("id") - match.start()] + vault.keep(ACCOUNT)


# A member's, a loan's or a contract's code of letters and digits ("会员号YH25120", "借款单号HN71227",
# "借款合同YH96842"): it points at one account as an account number does.
_ACCOUNT_CODE = re.compile(
    r"(?P<lead>(?:会员号|会员编号|客户号|客户编号|用户号|借款单号|订单号|单号|合同号|合同编号|借款合同|合同)\s*(?:是|为|:)?\s*)"
    r"(?P<id>(?<![A-Za-z0-9])[A-Za-z]{1,4}(?=[A-Za-z-]*\d)[A-Za-z0-9-]{3,23}(?![A-Za-z0-9-]))"
)
# Court case numbers: "(2024)京0105民初12345号", "（2023）沪01执456号".
_CASE_NUMBER = re.compile(
    r"[(\[〔【]\s*(?:19|20)\d{2}\s*[)\]〕】]\s*[\u4e00-\u9fff]{1,2}\s*\d{0,6}\s*[\u4e00-\u9fff]{1,4}\s*\d{1,7}\s*号"
    # (A police receipt's number, the office's letters before the year: "郑公(中)受案字〔2026〕13126号", tune 41.)
    r"|(?:(?<=编号)|(?<=回执)|(?<=文号)|(?<=号码)|(?<=[:：\s,，(（])|^)(?!办|依据|根据|按照|参照|据)[\u4e00-\u9fff]{1,4}?(?:(?:公安分局|公安局)(?:\s*[(（][\u4e00-\u9fff]{1,4}[)）]){0,2}"
    r"|公(?:\s*[(（][\u4e00-\u9fff]{1,4}[)）]){1,2})\s*[\u4e00-\u9fff]{0,3}字\s*[(\[〔【]\s*(?:19|20)\d{2}\s*[)\]〕】]\s*\d{1,7}\s*号"
)
# E-mail addresses spelled out against harvesters: "zhang.san at 163 dot com", "zhangsan(at)qq.com", and an
# "@" with spaces around it ("leo8890 @ sohu.com", as a full-width ＠ is often typed).
# (Also "#" before a mail provider, "shaohuayao81#gmail.com", and a plain @ before a spelled dot, "x@foxmail点com".)
_AT_WORD = (
    r"(?:\s*[(\[{<]\s*(?i:at)\s*[)\]}>]\s*|\s+(?i:at)\s+|\s*(?:艾特|圈a|圈A)\s*|[ ]{1,2}@[ ]{0,2}|@[ ]{0,2}"
    r"|\#(?=(?i:gmail|qq|163|126|139|sina|foxmail|outlook|hotmail|yahoo|aliyun|sohu|icloud)(?:\.|点)))"
)
_DOT_WORD = r"(?:\s*[(\[{<]\s*(?i:dot)\s*[)\]}>]\s*|\s+(?i:dot)\s+|\s*(?:\.|点)\s*)"
# Read out into a voice keyboard too (tune 62): digits in the name and the provider said in numerals ("ahua零七五 at 一六三点com",
# "kevin零三九@一六三 dot net"), or a person's name as the mailbox after where it is sent ("发到张三 at 一六三 点 com").
_READ_DIGIT = "〇零幺一二三四五六七八九"
_SPELLED_EMAIL = re.compile(
    rf"(?:(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+{_READ_DIGIT}-]{{0,63}}"
    r"|(?:(?<=发到)|(?<=发给)|(?<=寄到)|(?<=邮箱)|(?<=邮箱是))[\u4e00-\u9fff]{2,3}(?=\s+(?i:at)\s))"
    rf"{_AT_WORD}(?:[A-Za-z0-9-]+|[一幺](?:六三|二六|三九)|新浪|搜狐|网易)(?:{_DOT_WORD}[A-Za-z0-9-]+)*"
    rf"{_DOT_WORD}(?i:com|cn|net|org|edu|gov|top|xyz|vip|cc|io|me|info|hk)(?![A-Za-z])"
)
# A mobile number split by slashes, enumeration commas or a spoken 杠 ("138/1234/5678", "185、8195、3807", "136杠8947杠
# 0614"), in digits or read out in numerals ("一八七、七一八二、零一五九").
_SPLIT_DIGIT = "[0-9〇零洞拐勾一幺二两三四五六七八九]"
_SPLIT_MOBILE = re.compile(
    rf"(?<!{_SPLIT_DIGIT})(?<![/、])[1一幺][3-9三四五六七八九拐勾]{_SPLIT_DIGIT}\s?(?P<sep>[/、杠])\s?{_SPLIT_DIGIT}{{4}}"
    rf"\s?(?P=sep)\s?{_SPLIT_DIGIT}{{4}}(?!{_SPLIT_DIGIT})(?![/、]\s?{_SPLIT_DIGIT})"
)
# What makes a 、-list of three numbers a list after all: what it counts or ranks, before or after it ("三期分别还了150、1200、
# 1500", "房间号：138、1201、1502", "第135、1000、2000名").
_LIST_BEFORE = re.compile(r"(?:分别|第|共|还了|转了|付了|交了|还款|价格|房间|人数|金额|期)[^。!?\n]{0,8}\Z")
_LIST_AFTER = re.compile(r"\s?(?:元|块|人|名|号|个|次|分|期|万|笔|不等)")


def _split_mobile(match: re.Match[str], vault: _Vault) -> str:
    """A mobile split in three groups: by a slash or a spoken 杠 always; by 、 unless it reads as a list of counts (a
    mobile's shape, 1[3-9]x, three groups of 3, 4 and 4, is rare in a list otherwise)."""
    text, start = match.string, match.start()
    if match.group("sep") == "、" and (
        _LIST_BEFORE.search(text, max(0, start - 12), start) or _LIST_AFTER.match(text, match.end())
    ):
        return match.group(0)
    return vault.keep(MOBILE)


# A masked number in groups ("6222 **** **** 7890", "138 **** 5678").
_MASKED_GROUPS = re.compile(r"(?<![0-9A-Za-z*])\d{3,6}(?:[ -](?:[*＊×●•]{3,6}|\d{4})){1,4}[ -]\d{1,4}[Xx]?(?![0-9A-Za-z*])")
_QQ = re.compile(
    r"(?P<lead>(?:(?<![A-Za-z])(?:[Qq]\s?[Qq])|扣扣|企鹅|球球|(?<![A-Za-z])[Qq](?=[号號]|\s?:)|扣(?=[号號]|\s?:)|(?<=[加我])[Qq扣](?![A-Za-z]))(?:[号號][码碼]|[号號]|群)?)"
    # Digits in groups ("1234 5678", "12345-6789") are one number.
    # (A line break only after a colon: "QQ" ending a table's header row is no label of the next row's number.)
    r"(?P<sep>[^\S\n]*(?:[:是为為(「【\[]\s*)?)(?P<id>[1-9]\d{2,5}(?:[ -]\d{3,5}){1,2}(?![\d-])|[1-9]\d{4,11})(?!\d)"
)

# A second number listed right after a QQ number ("QQ9530480、882481都是他的", "QQ号123456或654321", tune 49): a QQ number too.
# (Only a number that ends there, before a mark or what is said of it ("……都是他的", "……也被盗了"), not an amount in any currency, a count or a date
# ("QQ 12345678、30000美元", "12345次登录", "及20240718的聊天记录"); and not a mobile, a date or a service number the other passes type,
# "QQ 12345678和95188都打过", a review found.)
_LISTED_AFTER_A_NUMBER = re.compile(
    "(?P<lead>\ue000[\ue100-\ue109]+\ue001\\s?(?:[、/,和及]|或者?|以及)\\s?)(?P<id>[1-9]\\d{4,11})"
    "(?=\\s{0,2}(?:$|[,、;。!?)\\n]|都|是|也|和|或|及))"
)
# (Nor a round sum, "30000是我借给他的", "50000都转给他了", a date, a mobile or a service number.)
_NOT_A_LISTED_QQ = re.compile(r"1[3-9]\d{9}|\d*000|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?|(?:95|96|10|12)\d{3}")


def _qq_listed(match: re.Match[str], vault: _Vault) -> str:
    # (The lead opens with the QQ number's placeholder: `_piece` reads the marker at its start.)
    if _piece(vault, match.group("lead")) != QQ or _NOT_A_LISTED_QQ.fullmatch(match.group("id")):
        return match.group(0)
    return match.group("lead") + vault.keep(QQ)


_DATE = re.compile(
    r"(?<!\d)(?:(?:19|20)\d{2}\s*[-/.年]\s*(?:1[0-2]|0?[1-9])\s*[-/.月]\s*(?:3[01]|[12]\d|0?[1-9])\s*日?"
    r"|(?:1[0-2]|0?[1-9])\s*月\s*(?:3[01]|[12]\d|0?[1-9])\s*[日号])(?!\d)"
)
# A birth date is personal even where ordinary dates are kept: "生日1990年3月7日", "出生日期:1990-03-07",
# "1990年3月7日出生".
_BIRTH_DATE_BODY = (
    r"(?:19|20)\d{2}\s*[-/.年]\s*(?:1[0-2]|0?[1-9])(?:\s*[-/.月]\s*(?:3[01]|[12]\d|0?[1-9])\s*[日号]?|\s*月)?"
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"|(?:1[0-2]|0?[1-9])\s*月\s*(?:3[01]|[12]\d|0?[1-9])\s*[日号]?"
)
_BIRTH_DATE = re.compile(
    r"(?P<lead>(?:出生日期|出生年月日|出生年月|出生于|出生在|出生|生日|生于|生辰|birthday|date of birth|DOB|D\.O\.B\.)"
    r"\s*(?:是|为|:)?\s*)"
    rf"(?P<date>{_BIRTH_DATE_BODY})(?!\d)"
    rf"|(?<!\d)(?P<before>{_BIRTH_DATE_BODY})(?P<tail>\s*(?:出生|生))",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"(?<![\d:])(?P<hour>[01]?\d|2[0-3])\s*(?::\s*[0-5]\d(?:\s*:\s*[0-5]\d)?|[点點時时]\s*(?:[0-5]?\d\s*分(?:\s*[0-5]?\d\s*秒)?|半|一刻|三刻))(?![\d:])"
)

_CN_NUM = "〇零一二两兩三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億"
_AMOUNT = re.compile(
    rf"(?P<prefix>(?:¥|￥|RMB|CNY|人民币)\s*)?"
    rf"(?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{_CN_NUM}]{{2,12}}|[一二两三四五六七八九十])"
    # (Traditional forms too: "還3000塊", "12萬".)
    rf"\s*(?P<unit>亿元|億元|万元|萬元|千元|百元|元整|元|块钱|塊錢|块|塊|圆|圓|亿|億|万|萬|千)?"
    rf"(?P<yuan>元|块|塊)?"
    # "6万8", "1万2": the thousands after 万, said without their unit.
    rf"(?P<tail>(?<=[万萬])[0-9一二三四五六七八九](?:千(?:元|块|塊)?)?(?![0-9.万萬千百元块塊]))?",
)
# After 块 counted by one Chinese numeral, what shows it counts pieces ("三块蛋糕", "一块儿") rather than yuan
# ("五块钱", "五块八毛"); larger sums ("三百块定金") are money.
_MEASURE_AFTER = re.compile(r"(?![钱錢多左的啊呀吧呢了给還还毛角])[\u4e00-\u9fff]")
_CN_LARGE = re.compile("[千万亿萬億仟]")
_AMOUNT_VERB_CUE = re.compile(
    r"(?:欠|借|还|转|打|付|赔|凑|花|交|缴|垫|贷|亏|骗|损失|剩|超过|差|共)(?:了|过|我|你|他|她|给|到|得起|多){0,2}\s*$"
)
# What a number of tens of thousands counts when it is not money.
_NOT_MONEY_AFTER = re.compile(
    r"\s?(?:多|余|左右)?\s?(?:人(?!民币)|公里|千米|米|次|个|辆|份|字|年|岁|平|亩|吨|斤|件|条|张|台|套|本|名|户|家|步|粉|册|里|株|头|只|部|票|单|瓶|箱"
    r"|小时|分钟|天|用户|关注|点赞|播放|阅读|\+)"
)
# What stands before a count that is not money ("粉丝100万", "播放量超过50万次").
_COUNT_BEFORE = re.compile(
    "(?:粉丝|播放|阅读|点赞|关注|浏览|观看|用户|人口|销量|下载|访问|转发|评论)[^,.;:!?，。；：！？\\n\\d]{0,5}$"
)
_AMOUNT_CUE = re.compile(
    r"(?:欠款|欠|应还|还款|待还|逾期金额|逾期本金|本金|利息|罚息|违约金|金额|余额|共计|合计|总计|总额|借款|贷款|额度)"
    r"(?:金额)?\s*(?:为|是|:)?\s*$"
)

# (Or an ID number's six-digit area code with the rest masked, "210102************", tune 41: 15 or 18 characters in all, or 14 as
# some type it, which reads as a card's and is hidden all the same; not after a code's label, "验证码123456****".)
_MASKED = re.compile(
    r"(?<![0-9A-Za-z])\d{1,6}[*＊×●•]{3,12}\d{1,4}[Xx]?(?![0-9A-Za-z])"
    r"|(?<![0-9A-Za-z码碼])[1-9]\d{5} ?(?:[*＊×●•]{12}|[*＊×●•]{8,9})(?![0-9A-Za-z*＊×●•])"
)
# Digits with separators between them, two spaces included ("6222  0230  9619 0286" as some apps copy it).
# A mobile an OCR'd screenshot misread, one or two digits as look-alike letters ("135 Z481 6606",
# "196 61l8 6955", "188 S890 6533"): the 3-4-4 shape with at least nine real digits is still a mobile.
_OCR_DIGIT = "[0-9OoDlIZSbBg]"
# (With its first 1 read as I or l too, but then grouped by spaces only and after no label of a product or a ticket: not
# "款号l39-2023-0815", "工单 I58 2023 1201".)
_OCR_MOBILE = re.compile(
    rf"(?<![A-Za-z0-9_@.-])(?:1[3-9]{_OCR_DIGIT}[ -]?{_OCR_DIGIT}{{4}}[ -]?{_OCR_DIGIT}{{4}}"
    rf"|[Il](?<![号单码][Il])(?<![号单码] [Il])[3-9]{_OCR_DIGIT}[ ]?{_OCR_DIGIT}{{4}}[ ]?{_OCR_DIGIT}{{4}})(?![A-Za-z0-9_@-])"
)


# A parcel's or a meal's pickup code ("取件码17-1-8117", "取餐码A032"): a shelf and a number for a day, no one's (tune 44).
_PICKUP_CODE = re.compile(
    r"(?P<lead>(?:取件|取货|提货|取餐|取貨|提貨)[码碼][:：是为]?\s?)(?P<code>[0-9A-Za-z]{1,4}(?:-[0-9A-Za-z]{1,6}){0,3})(?![0-9A-Za-z-])"
)


def _pickup_code(match: re.Match[str], vault: _Vault) -> str:
    code = match.group("code")
    if sum(ch.isalnum() for ch in code) > 8:
        # ("取件码是138-1234-5678", "取件码6222-0212-3456-7890": a phone's or a card's number, typed by the digits' pass; a review and a
        # fresh read found)
        return match.group(0)
    return match.group("lead") + vault.keep(code)


def _ocr_mobile(match: re.Match[str], vault: _Vault) -> str:
    found = match.group(0)
    letters = sum(ch.isalpha() for ch in found)
    if not 1 <= letters <= 2 or sum(ch.isdigit() for ch in found) < 9:
        return found
    return vault.keep(MOBILE)


_NUMBER_RUN = re.compile(
    r"(?<![0-9A-Za-z])(?:\+\s?|\(\s?\+?)?\d(?:(?:\s?[-–—./]\s?|[ ]{1,2}|[)(]|\)\s?|\s?\()?\d)*(?:\s?[Xx](?![A-Za-z0-9]))?(?![0-9])"
)
# A lower-case handle set straight into Chinese text with no label ("加我好友zhangsanx吧"): six or more
# letters between Chinese characters, not an English word that SMS use that way.
_BARE_HANDLE = re.compile(r"(?<=[\u4e00-\u9fff])(?P<id>[a-z][a-z0-9_]{5,19})(?=[\u4e00-\u9fff])")
_ENGLISH_IN_CHINESE = frozenset(
    "iphone android online offline wechat weixin alipay taobao tmall jingdong meituan office service support "
    "update login logout password account download upload install mobile screen camera network wifi "
    "website email address message phone number credit loan money cash bank".split()
)
# A chat export's id in brackets after who speaks, before the time ("胡瑶芳(sunny85b8dh-15) 2026-06-10 08:38"):
# letters and digits mixed, fewer digits than a token needs.
_SPEAKER_ID = re.compile(
    r"(?m)(?<=[\u4e00-\u9fff\]])\((?=[A-Za-z0-9_-]*\d[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])"
    r"(?!(?i:iphone|ipad|mate|nova|redmi|galaxy|pixel|oppo|vivo|honor|xiaomi|huawei|model|win|ios|android|version))(?P<id>[A-Za-z0-9][A-Za-z0-9_-]{5,23})\)"
    r"(?=[ \t]*[\ue000-\ue1ff])"
)
_TOKEN = re.compile(r"(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*?\d(?:[A-Za-z_-]*\d){5})[A-Za-z0-9_-]{7,}(?![A-Za-z0-9_-])")

_PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|"
    "四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
)
_CJK = "[\u4e00-\u9fff]"
_CJK_CHAR = "\u4e00-\u9fff"
_NUM_CN = "[0-9一二三四五六七八九十百零〇幺]"  # (幺 as a number is read out: "二四零幺")
# (And 两 and 千 in a house number read out, "建设路两千零三号", tune 62: not in units, where "千户苗寨", "两层楼" are no addresses.)
_NUM_CN_READ = "[0-9一二三四五六七八九十百千零〇两幺]"
# The last characters of the words of each level below (市, 地区, 街道, 嘎查, 胡同, 家属院, 大学 …): an address that
# begins with a level's name has one within eleven characters.
_LEVEL_ENDS = "市州盟区县旗道镇乡村屯查庄寨堡湾沟洼街路巷弄园寓厦场城院楼舍苑庭府里学"  # (and 胡同, in the gate)
_ADDRESS = re.compile(
    # Gates. Only start where a match can begin: a province, a digit, a letter, a numeral, 第, a space or a
    # dash (a unit, a house number), or a level whose word ends within eleven characters (eight before its
    # word, three of it); on a run of surnames this skips most places the second gate lets through (8 → 1.5
    # ms). And only where one of the characters an address match can end with lies ahead (the longest admin
    # prefix is under 48 characters). Without them every position tries every optional piece, which made
    # this one pattern cost more than all the others together.
    # (The second gate takes 同 as an ending only in 胡同: "同事", "同学" run through a text far more often than lanes do;
    # the first lets any 同 through ("在同心县"), a plain class being faster on a run of surnames than an alternation.)
    rf"(?=[^{_LEVEL_ENDS}同]{{0,10}}+[{_LEVEL_ENDS}同]|[\s\d\-第A-Za-z一二三四五六七八九十百零〇]|{_PROVINCES})"
    "(?=[\u4e00-\u9fff0-9A-Za-z\\s-]{0,48}?(?:[路街巷弄道区园寓厦村庄屯号栋幢座元层室户楼苑庭府里城排组队院查湾沟寨堡洼]|(?<=胡)同))"
    # The levels may be written apart, with spaces or dashes ("博白县-大营镇-大王庄村-八组", "广西 玉林市 博白县").
    # After a province, its city may go without 市 when a county follows apart ("甘肃 定西 岷县").
    rf"(?:(?:{_PROVINCES})(?![路街巷弄]|大道|大街)(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?[\s-]?"
    rf"(?:{_CJK}{{2,3}}[ -](?={_CJK}{{1,5}}?[区县旗]))?)?"
    rf"(?:{_CJK}{{2,5}}?(?:市|自治州|州|盟|地区)[\s-]?)?"
    # (A banner's name may run to six characters: "科尔沁左翼中旗".)
    rf"(?:(?:{_CJK}{{1,5}}?(?:区|县)|{_CJK}{{1,6}}?旗)[\s-]?)?"
    # (A space and a screenshot's line break may follow a town: "刘店乡 \n杨楼村"; 苏木 is a town in Inner Mongolia.)
    rf"(?:{_CJK}{{1,6}}?(?:街道|镇|乡|苏木)[\s-]{{0,2}})?"
    # A village, and a hamlet inside it ("腰庄村后屯", "三家子屯", "小王庄", "张家湾"; 嘎查 in Inner Mongolia).
    rf"(?:{_CJK}{{1,6}}?(?:村|社区|屯|嘎查|(?:庄|寨|堡|湾|沟|洼)(?!村))(?:[前后东西南北]屯)?[\s-]?)?"
    # (A house number may be two joined by a dash: "缅街36-16号"; not a stall's, "美食街3-5号摊位".)
    rf"(?:(?:{_CJK}|[0-9]){{1,6}}?(?:大道|大街|路|街|巷|弄|胡同|道)(?![街路](?!道|口))(?:\s?{_NUM_CN_READ}{{1,6}}(?:-\d{{1,4}}(?=\s?号(?![摊档选])))?\s?(?:号|弄|巷))?)?"
    # An industrial park and the factory in it, or a college and its campus, where a worker's or a student's
    # dormitory is ("出口加工产业园鸿达电子厂3号宿舍楼", "职业学院老校区男生宿舍三舍261").
    rf"(?:{_CJK}{{1,8}}?(?:工业园区|产业园区|工业园|产业园|科技园|物流园|工业区|开发区|学院|大学)(?:{_CJK}{{1,2}}校区)?)?"
    rf"(?:(?<=[市区县镇园院])(?:{_CJK}{{2,8}}?(?:厂|公司|鞋业|科技|物流园)(?!家属|宿舍)))?"
    # An estate ("翠苑小区", "纺织厂家属院"), not the first half of a road ("学府路").
    rf"(?:{_CJK}{{1,8}}?(?:小区|花园|公寓|大厦|广场|家园|新村|山庄|新城|家属院|家属楼|大院|宿舍|苑|庭|府|里|城)(?![路街道巷弄]))?"
    # Units, down to a village's team or group ("六队", "第十四村民小组").
    rf"(?:[\s-]?第?(?:[A-Za-z]|{_NUM_CN}){{1,6}}\s?(?:号宿舍楼|号厂房|号楼|号院|号|栋|幢|座|楼|单元|层|室(?!友)|户|排|村民小组|组|期|队|舍|房|床))*"
    # Building-unit-room written with dashes ("12-2-301") or a bare room number after 号/栋 ("99号2501").
    r"(?:[\s-]?\d{1,4}(?:-\d{1,4}){1,3}(?![0-9-])|(?<=[号栋幢座元舍])\s?\d{2,5}(?![0-9])"
    # (or read out, "八栋五单元二四零幺", tune 62)
    rf"|(?<=[栋幢座元])\s?[{_READ_DIGIT}]{{3,4}}(?![{_READ_DIGIT}十百千万块元个次天年月号]))?"
)
# An estate of any name after a word of living, then building-unit-room written with dashes ("搬到恒大名都
# 17-4-501", "暂住在丽景湾 17-2-504"), or after a district ("龙华区碧水蓝天3-3-2703"): no date or phone number has
# this shape.
_ESTATE_ROOM = re.compile(
    rf"(?:(?<=住在|搬到|搬去|住址|地址|现住|暂住|住到|寄到|送到|寄至|送至)|(?<=[区县]))[:\s]?(?![在于到])[{_CJK_CHAR}]{{2,8}}?\s?\d{{1,3}}-\d{{1,2}}-\d{{3,4}}(?![0-9-])"
    # (Or after where one is or goes, a home's label or a phone number: "您在丽水佳园20-4-604丰巢柜", "到你枫林绿洲10-6-1804楼下",
    # "潘莉泽家：融侨观邸13-1-201", "沈云健 〔手机号〕 枫林绿洲29-2-203", "上门到书香门第5-3-1401"; tune 44.)
    # (Not a locker, a seat, a shelf or a counter, "放在快递柜3-12-108", "体育馆看台3-12-108座", "到仓库货架3-2-1001", a review found.)
    rf"|(?:(?<=在)|(?<=到)|(?<=到你)|(?<=到您)|(?<=家[:：])|(?<=\ue001 )|(?<=住))(?![在于到你您])[{_CJK_CHAR}]{{3,6}}?(?<![柜台架馆场院库题名位楼册])"
    rf"\d{{1,3}}-\d{{1,2}}-\d{{3,4}}(?![0-9-])(?!座|排|号窗口|号柜|号格|号位|题|页|诊室|教室)"
)
# Addresses abroad, where relatives live and collectors now call: a house number, up to three capitalised words and a
# street's kind, then a suburb, a state and a postcode ("3 Rutherford Street, Box Hill VIC 3128", "Flat 4, 32 Oxford
# Road, Manchester M13 8PL", "30 6th Ave, Brooklyn, NY 11220", "26/92 Anzac Parade, Kensington NSW 2033"); a Malaysian
# one, the street's kind first, with its garden and postcode ("No. 5, Lorong Kenari 2, Taman Bukit Indah, 81200 Johor
# Bahru"); a street written in Latin letters before a Chinese house number ("美国加州圣盖博Valley Blvd 310号"); and a
# Japanese block number after a ward or town ("大阪市生野区桃谷3-2-3", "新宿区大久保1-10-6 コーポ大久保105号室").
_EN_STREET_KIND = (
    "Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Crescent|Cres|Terrace|Tce|"
    "Parade|Pde|Highway|Hwy|Close|Grove|Square|Sq|Circuit|Esplanade|Row|Mews"
)
_ADDRESS_ABROAD = re.compile(
    r"(?<![A-Za-z0-9/])(?P<num>(?P<unit>(?:Unit|Flat|Apt|Apartment|Suite)\.?\s?#?\d{1,4}[A-Za-z]?,?\s{1,2})?(?:No\.?\s?)?"
    r"\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)?,?\s{1,2}"
    r"(?:"
    # The street's kind last, then suburb, state and postcode. (A word of the street's name starts with a capital, or is
    # an ordinal: "30 6th Ave".)
    rf"(?:(?:\d{{1,3}}(?:st|nd|rd|th)|[A-Z][A-Za-z'.-]{{0,20}})\s{{1,2}}){{1,3}}(?:{_EN_STREET_KIND})\.?(?![A-Za-z])"
    # (A state's code is no word of the suburb's name: "Melbourne VIC".)
    r"(?P<suburb>,?\s{1,2}[A-Z][A-Za-z]{1,20}(?:\s(?!(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)(?![A-Za-z]))[A-Z][A-Za-z]{1,20}){0,2}(?![A-Za-z0-9]))?"
    r"(?P<state>,?\s{1,2}(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT|NY|CA|NJ|TX|MA|IL|PA|ON|BC|QC|AB)(?![A-Za-z]))?"
    r"(?P<postcode>,?\s{1,2}(?:\d{4,6}(?![0-9年])|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![A-Za-z])|[A-Z]\d[A-Z]\s?\d[A-Z]\d(?![A-Za-z0-9])))?"
    # The street's kind first (Malaysia), then capitalised words, numbers and commas only (not "Jalan Jalan in Penang"),
    # kept only where a garden or a five-digit postcode shows it is an address (see `_address_abroad`).
    r"|(?P<my>(?:Jalan|Jln|Lorong|Lrg|Persiaran|Lebuh|Lebuhraya|Lengkok|Changkat)\.?(?:,?\s{1,2}[A-Z0-9][A-Za-z0-9/.#'-]{0,20}){1,14})"
    r"))"
    # A street in Latin letters after a Chinese place, then a house number written the Chinese way ("美国加州圣盖博Valley
    # Blvd 310号", "悉尼 George St 123号"; not "去 Times Square 2号门", "Grand Court 2号厅", "Supreme Court 2号法庭").
    rf"|(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff] ))(?:[A-Z][A-Za-z'.-]{{1,20}}\s{{1,2}}){{1,3}}(?:{_EN_STREET_KIND})\.?\s?\d{{1,5}}(?:-\d{{1,4}})?\s?号"
    r"(?![门店厅线馆摊窗口出入选法场展])(?:\s?\d{1,3}\s?[楼层室])?"
    # A Japanese block number: a ward, city or town after a prefecture (都, 府, 県 or 县) or a ward of a Japanese city with
    # wards, a district's name, three or four numbers joined by dashes ("大阪府大阪市生野区桃谷3-2-3", "名古屋市中村区名駅
    # 1-1-4"; not "北京市朝阳区比分3-2-1", "本市气温12-18-20度").
    r"|(?:(?<=[都府県县])[\u4e00-\u9fff]{1,4}?[市区町]|(?:大阪|横浜|横滨|名古屋|京都|神戸|神户|札幌|福岡|福冈|川崎|広島|广岛|仙台"
    r"|千葉|千叶|北九州|新潟|浜松|熊本)市[\u4e00-\u9fff]{1,3}?[区町])"
    r"(?:(?![第价码班链间])[\u4e00-\u9fff\u30a0-\u30ff]){1,6}\d{1,4}(?:-\d{1,4}){2,3}"
    r"(?![0-9-]|[名期班级度点元公里号])(?:\s?[\u30a0-\u30ff\u4e00-\u9fff]{1,10}\d{1,4}号室?)?"
)
# A Chinese flat written in English, from the room up ("Room 1504, Unit 1, Building 19, Hexie Jiayuan, 135 Beijing East Road,
# Qingshanhu District, Nanchang").
_ROOM_ADDRESS_IN_ENGLISH = re.compile(
    r"(?<![A-Za-z])(?:Room|Rm\.?|Flat)\s?\d{1,5}(?:,\s?(?:Unit|Building|Bldg|Block|Floor|Tower|No\.)\s?\d{1,4}){0,3}"
    r"(?:,\s?[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3})?,\s?\d{1,5}\s(?:[A-Z][a-z]+\s){1,4}(?:Road|Rd|Street|St|Avenue|Ave|Lu|Lane|Boulevard|Blvd)"
    r"(?:,\s?[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s(?:District|County|New Area))?(?:,\s?[A-Z][a-z']+(?:\s[A-Z][a-z]+)?(?![A-Za-z]))?"
)
# A Hong Kong flat in English: flat, floor, block, building, street number and district, each after a comma ("Flat 10F, 5/F,
# Block 2, Kwong Ming Mansion, 263 Argyle Street, Mong Kok, Kowloon") (tune 34).
_HK_FLAT_IN_ENGLISH = re.compile(
    r"(?<![A-Za-z])(?:Flat|Room|Rm\.?|Unit)\s?[A-Z0-9]{1,4}\s?,\s?(?:\d{1,2}/F|G/F|\d{1,2}(?:st|nd|rd|th)\s[Ff]loor)"
    r"(?:\s?,\s?[A-Za-z0-9][A-Za-z0-9' -]{0,40}){1,6}"
)
# What stands before a street address that shows it is one ("住", "地址", "寄到", "Address:", "live at").
_ADDRESS_ABROAD_CUE = re.compile(
    r"(?:住|地址|址|寄到|寄往|寄至|送到|送至|搬到|家是|家在|住在|(?i:address(?: is)?|live at|lives at|living at|located at|moved to))"
    r":?\s{0,2}\Z"
)
_MALAYSIAN_AREA = re.compile(r"(?<![0-9])\d{5}(?![0-9])|\b(?:Taman|Tmn|Bandar|Kampung|Kg|Desa|Seksyen)\b")


def _address_abroad(match: re.Match[str], vault: _Vault) -> str:
    """A street address abroad, where something shows it is one: a flat or a unit before it, a state or a postcode after
    it, an address cue before it ("住", "地址", "Address:"), or for a Malaysian one a garden or a postcode; not a product, a
    game or a song ("2 Google Drive", "Level 3 Food Court", "Top 10 Summer Drive Songs", "Day 2 Jalan Jalan in Penang")."""
    if match.group("my") is not None:
        confirmed = _MALAYSIAN_AREA.search(match.group("my")) is not None
    elif match.group("num") is not None:
        confirmed = bool(match.group("unit") or match.group("state") or match.group("postcode")) or (
            _ADDRESS_ABROAD_CUE.search(match.string, max(0, match.start() - 12), match.start()) is not None
        )
    else:
        confirmed = True  # a Latin street after a Chinese place with its 号, or a Japanese block number
    return vault.keep(ADDRESS) if confirmed else match.group(0)


# What makes a match an address rather than "走投无路" or "朝阳区人民法院": a house number with a
# street, estate or district, a flat-level unit, or a street inside a named district.
_ADDR_NUMBER = re.compile(f"{_NUM_CN_READ}+\\s?(?:号|弄|巷)")
_ADDR_UNIT = re.compile(
    f"(?:[A-Za-z]|{_NUM_CN})+\\s?(?:号楼|号院|栋|幢|座|单元|层|室|户|村民小组)"
    "|(?:苑|城|园|村|庭|府|寓|厦|区)[\\s-]?(?:\\d{1,4}(?:-\\d{1,4}){1,3}|\\d{1,2}期)"
    # (A village's team or group, "王庄村三组", "黄泥塘村9组", tune 62; not "农村一组数据", "我们村一组人".)
    f"|(?<=[\u4e00-\u9fff])(?<![农乡们咱俺本全该这那邻各每])村[\\s-]?第?{_NUM_CN}{{1,3}}\\s?(?:组|队|社)(?![员织成合建数照])"
    # (a compound's 院 before building-unit-room: "二棉厂家属院 9-2-1003"; not a court before a date)
    "|院[\\s-]?\\d{1,3}-\\d{1,2}-\\d{3,4}(?![0-9-])"
    # (a dormitory: "男生宿舍三舍261", "7号宿舍楼", "17号厂房")
    f"|宿舍\\s?{_NUM_CN}{{1,3}}\\s?舍|\\d{{1,3}}\\s?号(?:宿舍楼|厂房)"
)
# A school and class point at a child ("XX小学三年二班", "实验中学初二(3)班").
_SCHOOL = re.compile(
    "(?P<school>[A-Za-z]{1,6}|[\u4e00-\u9fff]{2,8}?)(?:小学|中学|初中|高中|幼儿园|学校|小學|中學|學校|幼兒園)"
    "(?:[一二三四五六七八九十\\d]{1,2}年级?|初[一二三]|高[一二三]|[大中小]班)?(?:[(]?[一二三四五六七八九十\\d]{1,2}[)]?班)?"
)
_ADDR_ROAD = re.compile("大道|大街|路|街|巷|弄|胡同")
# 路 in words that name no road ("我路过丽水市", "一路上", "路费").
# (Nor a city's walking or food street, a public place: "周末去南宁市步行街逛逛", tune 44.)
_NOT_A_ROAD = re.compile("路过|路上|路费|路程|路途|一路|出路|路桥区|(?:步行|商业|美食|小吃)街(?![0-9一二三四五六七八九十])")
_ADDR_ESTATE = re.compile("小区|花园|公寓|大厦|家园|新村|山庄|家属院|家属楼|村|社区|屯|嘎查|(?<=[\u4e00-\u9fff])苑$")
# A village named without 村 ("小王庄", "张家湾"): an address after a township only.
_ADDR_HAMLET = re.compile("(?:镇|乡)[\\s-]?[\u4e00-\u9fff]{1,6}?(?:庄|寨|堡|湾|沟|洼)")
_ADDR_ADMIN = re.compile("省|市|区|县|旗|镇|乡|街道|自治|苏木")
_NOT_ADMIN = re.compile(
    "小区|社区|园区|景区|校区|城区|市场|超市|乡村|夜市|早市|集市|门市|菜市|股市|黑市|红旗|国旗|彩旗|旗舰|旗下"
)
# A unit counted by a bare 一/两/几 and nothing else: "一栋", "两户".
_ONE_UNIT = re.compile("[一两几]\\s?(?:号楼|号院|栋|幢|座|单元|层|室|户)")
_RESIDENCE_LEAD = re.compile("家住|住在|住址|地址|居住|现住|住于|寄到|送到|寄至|送至|搬到|搬去")
# Words that precede an address and get swallowed by the leading "{2,5}市" pieces.
_ADDRESS_LEAD = re.compile(
    "^(?:.*?(?:家住|住在|住址|地址|居住|位于|寄到|送到|送至|寄至|前往|上门到|上门|派人到|派人去|到你家|到您家|"
    "你家|您家|老家|单位|公司在|户籍|籍贯|现住|住的|住|家(?!属[院楼])|在|到|去|于|至|为|是|:))"
)

_HONORIFIC = (
    "先生|女士|小姐|太太|夫人|同学|同志|老师|师傅|经理|主任|律师|警官|法官|检察官|专员|阿姨|叔叔|大哥|大姐|姐姐|哥哥"
    "|总监|总(?![额计共数部局行量结算])|老板|医生|会计|护士"
    # The same in traditional characters ("孫總", "陳師傅", "李經理"), as the simplified ones are hidden.
    "|老師|師傅|經理|律師(?!事務所)|專員|同學|檢察官|總監|總(?![額計共數部局行量結算])|老闆|醫生|會計|護士"
)
_NAME_CONTEXT = (
    "尊敬的|亲爱的|借款人|贷款人|债务人|欠款人|当事人|持卡人|户主|担保人|保证人|联系人|紧急联系人|被执行人|被告人|被告|"
    "原告|户名|账户名|开户名|开户人|收款人|付款人|收件人|收货人|姓名|名字|本人|客户|用户|机主|申请人|签收人|经办人|催收员|业务员|专员|调解员|"
    # (Tune 57: who a paper or a record names in its other roles, "委托人为彭甘露", "见证人为常安阳", "被投诉人为张江河", "实名是戴江河".)
    "委托人|受托人|被投诉人|投诉人|报案人|见证人|复核人|审核人|承办人|负责人|签字人|出借人|债权人|还款人|实名认证人|实名|"
    "女儿|儿子|老婆|老公|妻子|丈夫|爱人|父亲|母亲|爸爸|妈妈|爸|妈|哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹|"
    "同事|领导|朋友|亲戚|家人|室友|同学|老板|上司|主管|配偶|子女|孩子|亲属|岳父|岳母|公公|婆婆|舅舅|叔叔|阿姨|"
    "闺女|媳妇|老乡|老鄉|前妻|前夫|邻居|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|爷爷|奶奶|外公|外婆|姥姥|姥爷|"
    "男友|女友|闺蜜|儿媳|女婿|侄子|侄女|外甥|孙子|孙女|发小|"
    "我是|我叫|本人是|名叫|叫做|叫|致|喂,|喂"
)
# Relation words stand where a name would ("紧急联系人:母亲 刘秀英") but are cues, never names.
_RELATIONS = (
    "母亲|父亲|老公|老婆|妻子|丈夫|爱人|儿子|女儿|哥哥|姐姐|弟弟|妹妹|爸爸|妈妈|同事|朋友|领导|亲戚|家人|室友|"
    "同学|老板|上司|主管|配偶|子女|孩子|亲属|岳父|岳母|公公|婆婆|舅舅|叔叔|阿姨|表哥|表姐|表弟|表妹|堂哥|堂姐|"
    "堂弟|堂妹|爷爷|奶奶|外公|外婆|姥姥|姥爷|邻居|前妻|前夫|男友|女友|男朋友|女朋友|闺蜜|兄弟|姐妹|家属|父母|"
    "儿媳|女婿|侄子|外甥|母|父|妻|夫"
)
# A given name that ends in 天 or 月, stop characters of a time elsewhere ("承办人苏昊天，电话…", "借款人林秋月。"): whole where nothing
# follows it (a tune 57 review of the context words found "〔姓名〕天" left).
_GIVEN_DAY_OR_MOON = f"{_GIVEN}[天月](?![{_CJK_CHAR}])"
# Where a name after a label ends: the clause's or the list item's end ("户名是邱银河；", "担保人为吴天下及曹振宇").
_CLOSES_A_LABELLED_NAME = re.compile(r"\s|$|[,.;:!?、()\[\]。，；：！？（）]|[和及与跟]")
_NAME_AFTER_CONTEXT = re.compile(
    # (A form read out: "收款人写的是海洋", "联系人填的是高峰".)
    # (The relations read possessively and at most four of them, with one run of spaces each: "孩子 孩子 孩子 …" split its spaces
    # between two optional runs in every way, and 13 repeats took 30 ms, 25 more than a minute.)
    rf"(?P<lead>(?:{_NAME_CONTEXT})\s{{0,4}}(?:(?:[:是为叫]|[写填]的是?|写着)\s{{0,4}})?(?:(?:{_RELATIONS})\s{{0,4}}(?:[:是为叫]\s{{0,4}})?){{0,4}}+)"
    rf"(?!(?:{_RELATIONS})(?![{_CJK_CHAR}]))"
    # (First, three characters that a label's 是, 为, 叫 or colon names and the clause ends after, whatever they are: "开户名为孙万里 ",
    # "担保人为吴天下及", "收货人:谷中信 ", where 万, 天 and 信 would stop a name that runs on into the sentence.)
    rf"(?P<name>(?<=[是为叫:]){_SURNAME}(?!某|\s*(?:{_HONORIFIC}))[\u4e00-\u9fff][\u4e00-\u9fff](?<![的了们吗呢吧啊])"
    rf"(?={_CLOSES_A_LABELLED_NAME.pattern})"
    rf"|{_SURNAME}(?:某某|某|{_GIVEN_DAY_OR_MOON}|(?:{_GIVEN}){{1,2}}|[A-Z]{{1,2}}(?![A-Za-z])|[*＊xX×]{{1,2}})|{_SURNAME}(?=\s*(?:{_HONORIFIC})))"
)
# First characters of the titles. The pattern below starts only where a title may begin within a name's
# length (a compound surname and two given characters) or after a space, and tries the titles only where
# one begins: a run of surnames tried it whole at every place (2.5 → 0.4 ms).
_HONORIFIC_FIRST = "".join(sorted({title[0] for title in _HONORIFIC.split("|")}))
_NAME_BEFORE_HONORIFIC = re.compile(
    rf"(?=[\s\S][^{_HONORIFIC_FIRST}\s]{{0,{max(map(len, _COMPOUND_SURNAMES)) + 1}}}+[{_HONORIFIC_FIRST}\s])"
    rf"(?P<name>{_SURNAME}(?:某某|某|{_CJK}{{1,2}}|[*＊xX×]{{1,2}})?)(?P<title>\s*(?=[{_HONORIFIC_FIRST}])(?:{_HONORIFIC}))"
)
_GREETING_WORDS = {
    # (A shop's "dear": "亲亲，您的订单已发货哦".)
    "亲亲",
    "客户",
    "用户",
    "会员",
    "朋友",
    "家长",
    "同学",
    "各位",
    "大家",
    "亲爱的",
    "尊敬的",
    "您",
    "你",
    "亲",
    "老板",
    "先生",
    "女士",
    "小姐",
    "借款人",
    "持卡人",
    "客官",
    "老师",
    "机主",
    "您好",
    "你好",
}
# Who a complaint or a plea greets in place of a name ("警察同志您好", "客服你好我要投诉", "大哥你好", "领导你好", tune 52): a greeting
# word, and after a name the role it is greeted by ("李娜民警你好": the name goes, the role stays, a review found).
_ROLES_GREETED = frozenset(
    (
        "同志",
        "民警",
        "警察",
        "客服",
        "大哥",
        "大姐",
        "大叔",
        "大妈",
        "大爷",
        "美女",
        "帅哥",
        "小哥",
        "网友",
        "老乡",
        "领导",
        "店家",
        "掌柜",
        "专家",
        "老铁",
        "前辈",
        "学长",
        "学姐",
        "师兄",
        "师姐",
    )
)
# (The roles are greeting words everywhere: `_is_not_a_name` takes none of them for a name either, "大哥" before a title or a debt word.)
_GREETING_WORDS |= _ROLES_GREETED
_NAME_BEFORE_GREETING = re.compile(
    rf"(?:^|(?<=[】\]\n,，。!！:;；\s]))(?P<name>{_CJK}{{2,4}}|{_SURNAME}[A-Za-z*]{{1,3}})(?=\s*[,，]?\s*(?:您好|你好|,您|，您))"
)

# Names of any surname (rare ones such as 禤 or 仉 are not in the list): 2-4 Chinese characters, none of
# them a stop character, and no name character right after. Taken only where the place says "name":
# after a strong cue, at the very start of a message before ":您"/",你", or before a title.
_ANY_NAME = f"[{_CJK_CHAR}](?<![{_NAME_STOP}])(?:{_GIVEN_DAY_OR_MOON}|(?:{_GIVEN}){{1,3}}(?![{_CJK_CHAR}·](?<![{_NAME_STOP}])))"
_SHORT_ANY_NAME = f"[{_CJK_CHAR}](?<![{_NAME_STOP}])(?:{_GIVEN}){{1,2}}(?![{_CJK_CHAR}·](?<![{_NAME_STOP}]))"
_STRONG_CUES = "逾期人|失联人|尊敬的|亲爱的|借款人|贷款人|债务人|欠款人|当事人|持卡人|担保人|被执行人|账户名|开户名|户名|收款人|姓名|客户|机主"
_NAME_AFTER_STRONG_CUE = re.compile(rf"(?P<lead>(?:{_STRONG_CUES})\s*:?\s*)(?P<name>{_ANY_NAME})")
# The start of a message, of a line, or what follows the 【signature】 or "喂,".
# (A few spaces only: each line break is an opening of its own, and "\s*" over thousands of them took seconds.)
_OPENING = r"(?:^|(?<=[】\]\n。!?;])|(?<=喂,)|(?<=喂))[ \t\u3000]{0,8}"
_NAME_AT_OPENING = re.compile(
    rf"{_OPENING}(?:(?P<any>{_ANY_NAME})(?=\s*[:,]\s*[您你]|\s*(?:先生|女士|小姐|同志|老师))"
    rf"|(?P<known>{_SURNAME}(?:{_GIVEN}){{1,2}})(?=\s*[:,]|\s?[您你])"
    # A letter to a friend opens with the friend's name, whatever it is, on a line of its own or before 见字如面
    # ("明媚吾兄：\n见字如面", "万全仁兄：见字如面"; not a forum's "这位仁兄：你说得对").
    rf"|(?P<letter>[{_CJK_CHAR}]{{2,3}})(?=(?:吾兄|仁兄|贤弟|吾弟|贤侄|賢弟|賢侄)\s*[:,]\s*(?:\n|见字如|見字如|展信|近来|近來|许久|許久|别来|別來)))"
)
_ANY_NAME_BEFORE_TITLE = re.compile(
    rf"(?:(?<![{_CJK_CHAR}])|(?<=[{_NAME_STOP}]))(?P<name>{_SHORT_ANY_NAME})(?=\s*(?:先生|女士|小姐|同志|老师))"
)
# Words that sit where a name would but are not one: greetings, notices, institutions.
_NOT_NAME_PARTS = re.compile(
    "银行|金融|消费|公司|集团|平台|中心|法院|律所|客服|提示|提醒|通知|公告|警告|声明|告知|紧急|重要|注意|温馨|友情|"
    "特别|最后|马上|立即|立刻|尽快|赶紧|资料|信息|账户|账单|逾期|欠款|还款|借款|贷款|信用|征信|催收|法务|委托|保险|证券|"
    "科技|网络|小贷|分期|兄弟|朋友|大家|各位|老铁|老赖|亲爱|尊敬|同事|家人|领导|亲人|大哥|大姐|美女|帅哥|同学|会员|"
    "您好|你好|早上|晚上|下午|上午|中午|明天|今天|后天|最近|目前|现在|如果|因为|所以|但是|请问|本次|本月|本期|此次|"
    "支付|微信|短信|电话|邮件|系统|官方|政府|公安|派出所|人民|中国|全国|国家|政务|网点|分行|支行|营业"
)
# Names with no cue word before them, found by what follows or precedes them in a collection text:
# "王建国借的", "杨过的家人", "通知刘洋尽快还款", "你朋友司马相如、诸葛亮亮".
_NAME_END = rf"(?:[^{_CJK_CHAR}·]|$|[{_NAME_STOP}]|尽快|马上|立即|立刻|赶紧|赶快|务必|必须|速|本人)"
_BEFORE_NAME_VERBS = "告诉|通知|联系到|联系上|找到|找过|转告|提醒|催促|问问|打给|转达给|通知到|联系过"
_NAME_AFTER_VERB = re.compile(
    rf"(?=[告通联找转提催问打])(?P<lead>(?:{_BEFORE_NAME_VERBS})\s*)(?!(?:{_RELATIONS}))"
    rf"(?P<name>{_SURNAME}(?:{_GIVEN}){{1,2}})(?={_NAME_END})"
)
_DEBT_AFTER_NAME = (
    rf"借的|借了|借款|欠款|欠的|欠钱|欠了|欠下|欠我|拖欠|逾期|不还|未还|没还|赖账|跑路|失联|"
    rf"于(?=[0-9\ue000今昨前本上近])|已逾期|已经逾期|已被|"
    rf"的(?:{_RELATIONS}|单位|公司|家里|电话|手机|身份证|住址|地址|欠款|借款)"
)
# Stop characters that still occur in given names ("杨过", "王天", "李月"), allowed before a debt word.
_GIVEN_LOOSE = "[\u4e00-\u9fff](?<![" + "".join(sorted(set(_NAME_STOP) - set("过天月才安道理华年"))) + "])"
_SURNAME_CHARS = frozenset(_SINGLE_SURNAMES)
# First characters of every surname: a cheap gate in front of the surname alternation.
_SURNAME_FIRST = "[" + "".join(sorted(set(_SINGLE_SURNAMES) | {c[0] for c in _COMPOUND_SURNAMES})) + "]"
_BARE_NAME = re.compile(
    rf"(?={_SURNAME_FIRST})(?:^|(?<=[^{_CJK_CHAR}·])|(?<=[{_NAME_STOP}]))(?!(?:{_RELATIONS}))"
    rf"(?P<name>{_SURNAME}(?:{_GIVEN_LOOSE}){{1,2}})(?P<next>{_DEBT_AFTER_NAME}|\s?(?=\ue000))"
)
_LIST_NEXT_NAME = re.compile(
    rf"(?P<marker>\ue000[\ue100-\ue109]+\ue001)(?P<sep>\s*(?:、|以及|和|及|与)\s*)(?!(?:{_RELATIONS}))"
    rf"(?P<name>{_SURNAME}(?:{_GIVEN}){{1,2}})(?={_NAME_END})"
)
# A nickname after a relation: "你儿子小胖子", "她老公阿强".
_NICKNAME = re.compile(
    rf"(?P<lead>(?:你|您|他|她)的?(?:{_RELATIONS})\s*(?:[:是叫])?\s*)"
    rf"(?P<name>[小老阿](?:{_GIVEN}){{1,2}})(?={_NAME_END})"
)
_NOT_NICKNAMES = re.compile("小心|小时|小额|小孩|小区|小学|小贷|小姐|小伙|小子|老家|老赖|老实|老板|老师|老婆|老公|阿姨")
# A given name with no surname beside a kin word ("我姐春花在外地", "二叔跃进七十多了", "永刚叔", "牡丹婶子说"): in a
# family a given name is all that names a person. One-character kin words only after 我/俺/咱 ("我姐"); the kin
# word after the name only where nothing joins the name to what stands before it.
_KIN_BEFORE_GIVEN = (
    "堂哥|堂姐|堂弟|堂妹|表哥|表姐|表弟|表妹|大姐|二姐|三姐|大哥|二哥|三哥|大嫂|二嫂|嫂子|弟媳|姐夫|妹夫|岳父|岳母|"
    "公公|婆婆|舅舅|舅妈|叔叔|婶婶|婶子|伯伯|大伯|伯母|姑姑|姑妈|姨妈|小姨|大姨|二姨|三姨|二叔|三叔|大叔|二舅|大舅|"
    "小舅|二姑|大姑|小姑|对象|媳妇|老婆|老公|丈夫|妻子|爱人|外婆|外公|奶奶|爷爷|姥姥|姥爷|弟弟|妹妹|哥哥|姐姐|"
    "(?:我|俺|咱)[姐哥弟妹叔姑姨舅婶嫂]"
)
_GIVEN_AFTER_KIN = re.compile(
    # (The lookahead tries the kin words only where one may begin: 0.8 → 0.3 ms on 5,000 characters.)
    rf"(?=[我俺咱堂表大二三小嫂弟姐妹岳公婆舅叔婶伯姑姨对媳老丈妻爱外奶爷姥哥])"
    rf"(?P<lead>(?:我|俺|咱)?(?:{_KIN_BEFORE_GIVEN})\s*)(?![姐哥弟妹叔姑姨舅婶嫂爸妈夫媳子父母孩儿女])(?P<name>[{_CJK_CHAR}]{{2}})"
)
_GIVEN_BEFORE_KIN = re.compile(
    rf"(?:(?<![{_CJK_CHAR}])|(?<=[的是找问给和跟叫]))(?P<name>[{_CJK_CHAR}]{{2}})"
    "(?P<kin>叔叔|伯伯|婶子|婶婶|舅舅|嫂子|哥哥|姐姐|阿姨|大爷|大娘|[叔伯婶舅嫂哥姐姨])(?![们妹弟夫妈父母儿])"
)

# A given name with the kin word in brackets after or around it ("春燕(我妈)的名字", "美玲(我二姨)", "爸(继红):").
_KIN_IN_BRACKETS = rf"(?:我|俺|咱)?的?(?:{_KIN_BEFORE_GIVEN}|爸爸|妈妈|[二三大小]?[姐哥弟妹叔姑姨舅婶嫂爸妈])"
_GIVEN_KIN_IN_BRACKETS = re.compile(rf"(?P<name>[{_CJK_CHAR}]{{2}})\((?:{_KIN_IN_BRACKETS})\)")
_KIN_GIVEN_IN_BRACKETS = re.compile(rf"(?:{_KIN_IN_BRACKETS})\((?P<name>[{_CJK_CHAR}]{{2}})\)")

# A name spaced or dashed apart ("张 三", "张-三", "欧阳 娜娜"): standalone pieces are joined first.
_SPACED_NAME = re.compile(
    rf"(?={_SURNAME_FIRST}[{_CJK_CHAR}]?[ \-–—])(?:(?<![{_CJK_CHAR}])(?P<surname>{_SURNAME})|(?P<compound>{'|'.join(_COMPOUND_SURNAMES)}))"
    rf"(?P<rest>(?:[ \-–—]{{1,2}}{_GIVEN}){{1,2}}|[ \-–—]{{1,2}}(?:{_GIVEN}){{2}})(?![{_CJK_CHAR}](?<![{_NAME_STOP}]))"
)
# A name with the same mark between every character ("钱.凤.霞", "王·金·龙", "司.马.建.华", "蒋 天 佑"):
# a dot, a middle dot, one or two spaces or a dash; the run of marked characters is the whole name.
_NAME_APART = re.compile(
    rf"(?<![.·•・])(?P<name>[{_CJK_CHAR}](?P<sep>[.·•・]| {{1,2}}|-)[{_CJK_CHAR}](?:(?P=sep)[{_CJK_CHAR}]){{0,2}})"
    rf"(?!(?P=sep)[{_CJK_CHAR}])"
)
# Common words that start with a surname character and can stand where a bare name would.
_COMMON_WORDS = {
    # (A deposit: "备注：押金扣除水电费后退还".)
    "押金",
    "文件",
    "金额",
    "时间",
    "全部",
    "全额",
    "全体",
    "全家",
    "高额",
    "平台",
    "明天",
    "成功",
    "和解",
    "相关",
    "于是",
    "常规",
    "安全",
    "方式",
    "方面",
    "方法",
    "司法",
    "居委",
    "村委",
    "国家",
    "东西",
    "单位",
    "车辆",
    "房子",
    "房屋",
    "费用",
    "利息",
    "余额",
    "余款",
    "包括",
    "公众",
    "公积金",
    "本金",
    "高利",
    "万一",
    "向来",
    "明确",
    "关于",
    "管理",
    "华为",
    "花呗",
    "白条",
    "车贷",
    "房贷",
    "曾经",
    "经过",
    "万元",
    "时过",
    "通过",
    "度过",
    "京东",
    "美团",
    "时候",
    "应急",
    "成本",
    "信用",
    "申请",
    "宁愿",
    "任何",
    "任务",
    "项目",
}
# Names written in pinyin: a surname from this list and a given name read as pinyin ("Zhang Wei",
# "WANG XIAOMING"). A lone capitalised surname ("money. WANG") is taken when it is not an English word.
_PINYIN_SURNAMES = {
    "ying",
    "zhang",
    "wang",
    "li",
    "liu",
    "chen",
    "yang",
    "huang",
    "zhao",
    "wu",
    "zhou",
    "xu",
    "sun",
    "ma",
    "zhu",
    "hu",
    "guo",
    "he",
    "gao",
    "lin",
    "luo",
    "zheng",
    "liang",
    "xie",
    "song",
    "tang",
    "han",
    "feng",
    "deng",
    "cao",
    "peng",
    "zeng",
    "xiao",
    "tian",
    "dong",
    "pan",
    "yuan",
    "cai",
    "jiang",
    "yu",
    "du",
    "ye",
    "cheng",
    "wei",
    "su",
    "lu",
    "ding",
    "ren",
    "shen",
    "yao",
    "cui",
    "zhong",
    "tan",
    "jin",
    "fan",
    "shi",
    "liao",
    "qin",
    "qiu",
    "kong",
    "jia",
    "xia",
    "fu",
    "bai",
    "gu",
    "meng",
    "mao",
    "hou",
    "duan",
    "lei",
    "qian",
    "xiong",
    "xue",
    "yan",
    "wen",
    "ouyang",
    "zhuge",
    "sima",
    "shangguan",
    "long",
    "fang",
    "lv",
    "lyu",
    "qi",
    # The rest of the hundred most common surnames and frequent ones after them, in Hanyu Pinyin.
    "wan",
    "qiao",
    "hao",
    "kang",
    "shao",
    "mo",
    "gong",
    "chang",
    "lai",
    "yin",
    "yi",
    "niu",
    "ge",
    "xing",
    "an",
    "yue",
    "zhai",
    "geng",
    "ou",
    "jiao",
    "zuo",
    "bao",
    "ning",
    "shang",
    "shu",
    "ruan",
    "ke",
    "ji",
    "mei",
    "tong",
    "ling",
    "bi",
    "tu",
    "miao",
    "sheng",
    "qu",
    "weng",
    "ran",
    "lan",
    "you",
    "xin",
    "chai",
    "mu",
    "nong",
    "zhuo",
    "che",
    "xiang",
    "lian",
    "chu",
    "lou",
    "dou",
    "cen",
    "jing",
    "dang",
    "fei",
    "bu",
    "leng",
    "xi",
    "zong",
    "gui",
    "quan",
    "zang",
    "min",
    "gou",
    "bian",
    "luan",
    "sui",
    "diao",
    "sha",
    "rong",
    "kou",
    "sang",
    "lang",
    "zhen",
    "cong",
    "ao",
    "ming",
    "she",
    "chi",
    "kuang",
    "guan",
    "ju",
    "hui",
    "le",
    "nan",
    "pi",
    "xian",
    "man",
    "kan",
    "hua",
    "qiang",
    "shuai",
    "pu",
    "gai",
    "zu",
    "ba",
    "zhi",
    "qing",
    "di",
    "ping",
    "suo",
    "xuan",
    "yun",
    "chao",
    "rui",
    "que",
    "yong",
    "xiu",
    "tai",
    "zhan",
    "bin",
    "jie",
    "gan",
    "huo",
    "tao",
    "xiahou",
    "murong",
    "huangfu",
    "yuchi",
    "dongfang",
    "linghu",
    "gongsun",
    "situ",
    "zhangsun",
    # Common surnames the lists above left out (邹 庞 庄 聂 饶): "ZOU Qiangtao", "ZouFang".
    "zou",
    "pang",
    "zhuang",
    "nie",
    "rao",
}
_EN_WORDS_LIKE_PINYIN = {
    "he",
    "ma",
    "sun",
    "long",
    "fan",
    "pan",
    "tan",
    "hu",
    "su",
    "ye",
    "gu",
    "du",
    "lu",
    "li",
    "wei",
    "yu",
    "shi",
    "bai",
    "fang",
    "han",
    "song",
    "lei",
    "wu",
    "qi",
    "ding",
    "jin",
    "ren",
    "yan",
    "wen",
    "mao",
    "tang",
    "xu",
    "man",
    "an",
    "hang",
    "bang",
    "ban",
    "can",
    "dang",
    "hen",
    "ten",
    "pen",
    "gun",
    "run",
    "bun",
    "fun",
    "nun",
    "then",
    "when",
    "men",
    "den",
    "pin",
    "tin",
    "sin",
    "bin",
    "din",
    "kin",
    "shin",
    "chin",
    "lung",
    "dong",
    "ping",
    "sang",
    "tong",
    "gang",
    "bond",
    "nan",
    "dan",
    "ran",
    "pa",
    "la",
    "na",
    "ha",
    "da",
    "ta",
    "me",
    "de",
    "re",
    "se",
    "ne",
    "ge",
    "le",
    "ze",
    "pi",
    "di",
    "ti",
    "ni",
    "bi",
    "mi",
    "yo",
    "go",
    "no",
    "so",
    "to",
    "do",
    "lo",
    "mo",
    "bo",
    "po",
    "a",
    "o",
    "e",
    "i",
    "u",
    "ai",
    "ou",
    "en",
    "er",
    "in",
    "un",
    "time",
    "line",
    "one",
    "gone",
    "done",
    "none",
    "bone",
    "lane",
    "sane",
    "cane",
    "pane",
    "mane",
    "wane",
    "zone",
    "tone",
    "cone",
    "hone",
    "lone",
    "dune",
    "tune",
    "june",
    "nine",
    "mine",
    "fine",
    "pine",
    "dine",
    "wine",
    "shine",
    "xi",
}
_EN_GIVEN_NOT = {
    "man",
    "an",
    "hang",
    "bang",
    "ban",
    "can",
    "hen",
    "ten",
    "pen",
    "gun",
    "run",
    "bun",
    "fun",
    "nun",
    "then",
    "when",
    "men",
    "den",
    "pin",
    "tin",
    "sin",
    "bin",
    "din",
    "kin",
    "shin",
    "chin",
    "lung",
    "sang",
    "gang",
    "nan",
    "dan",
    "ran",
    "time",
    "line",
    "one",
    "gone",
    "done",
    "none",
    "bone",
    "lane",
    "zone",
    "tone",
    "lone",
    "tune",
    "june",
    "nine",
    "mine",
    "fine",
    "pine",
    "wine",
    "shine",
    "me",
    "no",
    "so",
    "to",
    "do",
    "go",
    "a",
    "o",
    "in",
    "on",
    "he",
    "long",
    "pan",
    "tan",
    "ma",
    "la",
    "pa",
    "ha",
}
_PINYIN_SURNAME_RE = "(?i:" + "|".join(sorted(_PINYIN_SURNAMES, key=len, reverse=True)) + ")"
_LATIN_PAIR = re.compile(
    rf"(?<![A-Za-z@._-])(?P<surname>{_PINYIN_SURNAME_RE})(?P<sep>[ ]{{1,2}}|-|,[ ]?(?=[A-Z])|/(?=[A-Z]{{2}})|\.(?=[A-Z][a-z]))"
    r"(?P<given>[A-Z][a-z]{0,11}(?:-?[A-Z]?[a-z]{1,11})?|[A-Z]{2,12}|[a-z]{2,12})(?![A-Za-z@._-])"
)
# Where a Latin name may start: not inside a word, an address or a domain, but after a list's number ("2.Jianguo
# Chen", "1.Jason 徐").
_AFTER_LIST_NUMBER = r"(?:(?<![A-Za-z@._-])|(?<=\d\.))"
# Given name first, as on cards and in English mail ("Xiulan Deng", "Tao Zeng").
# (Small letters too, "yandan qiu", "bo-fu peng", and a given name joined by a dash, "Dan-wen Sun".)
_LATIN_PAIR_GIVEN_FIRST = re.compile(
    rf"{_AFTER_LIST_NUMBER}(?P<given>[A-Z][a-z]{{1,11}}(?:-[a-z]{{1,6}})?|[A-Z]{{2,12}}|[a-z]{{1,6}}-[a-z]{{1,6}}|[a-z]{{4,12}})"
    rf"[ ]{{1,2}}(?P<surname>{_PINYIN_SURNAME_RE})(?![A-Za-z@._-])"
)
# English abbreviations written as two initials ("P.S. He说", "5 P.M. You", "U.S. Long positions", "A.S.A.P.").
_ABBREVIATIONS = r"(?:P\.S|P\.M|A\.M|U\.S|U\.K|E\.U|U\.N|I\.E|E\.G|N\.B|A\.S|D\.C|L\.A|N\.Y|B\.C|A\.D|R\.I|V\.S)\."
# Initials with a pinyin surname, before or after it ("J.J. Zhao（外访组）", "借款人 H.M. Li 的紧急联系人", "Sun B.W. 的"): the dots make
# them a person's, not an abbreviation's (tune 24).
_INITIALS_AND_SURNAME = re.compile(
    rf"(?<![A-Za-z@._-])(?:(?!{_ABBREVIATIONS})[A-Z]\.[ ]?[A-Z]\.[ ]?(?P<after>{_PINYIN_SURNAME_RE})"
    rf"|(?P<before>{_PINYIN_SURNAME_RE})[ ](?!{_ABBREVIATIONS})[A-Z]\.[ ]?[A-Z]\.?)"
    r"(?![A-Za-z@_-])"
)


def _initials_and_surname(match: re.Match[str], vault: _Vault) -> str:
    surname = match.group("after") or match.group("before")
    if not surname[:1].isupper():
        return match.group(0)  # a surname is written with its capital ("J.J. zhao" is no one's)
    return vault.name(match.group(0))


# Hong Kong and Taiwan romanisations (Wade-Giles, Cantonese): "Chien-hung Li", "Kuo Ya-ting", "Wai Chun
# Chan", "KWOK Yee Kit". A hyphenated given name, or two short given syllables, beside a common surname.
_ROMAN_SURNAMES = (
    "Chan|Wong|Cheung|Chang|Lau|Lee|Li|Liu|Leung|Lam|Lin|Ho|Ng|Kwok|Kuo|Tsang|Tseng|Chow|Chou|Yeung|Yang|Tang|Law|Lo|"
    "Chu|Tse|Fung|Yip|Yeh|Tam|Mak|Choi|Tsai|Siu|Lui|Poon|Kwan|Cheng|Chong|Tsui|Hui|Hsu|Hsieh|Huang|Wang|Chen|Wu|Lu|Hung|"
    "Kao|Chiang|Chiu|Shih|Su|Yu|Ma|Hu|Pan|Lai|Fan|Tsao|Tu|Teng|Sung|Chung|Kung|Hsiao|Hou|Han|Liao|Chao|Yen|Kang|"
    "Tsou|Hsiung|Chien|Lung|Tai|Yao|Fu|Ko|Chuang|Pai|Chin|Peng|Tien|Wei|Tsui|Chai|Hsueh|Ou|Jen|Lien|"
    # Hokkien and Teochew, as Singapore and Malaysia write them ("Tan Ah Kow", "YEO Soon Heng").
    "Tan|Lim|Ong|Yeo|Goh|Teo|Koh|Chua|Ang|Toh|Neo|Khoo|Quek|Seah|Phua|Chia|Ooi|Wee|Tay|Heng|Soh|Yap|Foo"
)
_ROMAN_SURNAME = rf"(?:{_ROMAN_SURNAMES}|(?:{_ROMAN_SURNAMES.upper()}))"
# Macau's Portuguese-era spellings and more of Hong Kong's, only where the surname comes first with a comma (tune 35: "VONG, SIN
# LENG", "IAO, KA", "CHEANG, SIN"): in the other shapes they begin places ("Yuen Long Park", "Yau Yat Chuen", "Iao Hon Mkt",
# /tmp/review19s).
_ROMAN_SURNAMES_COMMA = _ROMAN_SURNAMES + "|Vong|Iao|Cheang|Leong|Ieong|Chio|Sou|Kuan|Shum|Yuen|Yau|Mak|Fong"
# The syllable after the hyphen, written small or capitalised ("Chien-hung", "Su-Chin").
_ROMAN_HYPHENED = "[A-Z][a-z]{1,6}-(?:[a-z]{1,6}|[A-Z][a-z]{1,5})"
_ROMAN_NAME = re.compile(
    rf"(?<![A-Za-z@._-])(?:{_ROMAN_HYPHENED} {_ROMAN_SURNAME}|{_ROMAN_SURNAME} {_ROMAN_HYPHENED}"
    rf"|{_ROMAN_SURNAME} [A-Z][a-z]{{1,4}} [A-Z][a-z]{{1,4}}|[A-Z][a-z]{{1,4}} [A-Z][a-z]{{1,4}} {_ROMAN_SURNAME}"
    # All in capitals, as on an identity card or a chat's display name ("ONG WEE KIAT", "MAK CHING PUI").
    rf"|(?:{_ROMAN_SURNAMES.upper()}) [A-Z]{{2,5}} [A-Z]{{2,5}}"
    # The surname first and a comma, as a form or a signature writes it (tune 35: "Kwok, Hoi Lam", "YU, Wen-hsiung", "VONG, SIN LENG"):
    # a hyphenated given name, two syllables, or capitals; the surname not the second word of a place, a law or a greeting ("Kwai
    # Chung, NT", "Civil Law, PRC", "Dear Mr. Wong, We write": /tmp/review19s).
    rf"|(?<![A-Za-z.,] )(?:{_ROMAN_SURNAMES_COMMA}|(?:{_ROMAN_SURNAMES_COMMA.upper()})), (?!(?:NT|HK|PRC|SAR|ROC|USA|UK|CN|MO|TW|OK|TEL|FAX|NO|ID|PS|RE|FW|CC|HR|IT|AM|PM|ATTN|REF)\b)"
    rf"(?:{_ROMAN_HYPHENED}|[A-Z][a-z]{{1,5}} [A-Z][a-z]{{1,5}}(?: [A-Z][a-z]{{1,5}})?|[A-Z]{{2,5}}(?: [A-Z]{{2,5}}){{0,2}}))"
    r"(?![A-Za-z@._-])"
)


# English words and Hong Kong places that take the same shape ("Ho Man Tin", "Check-in Lee").
_NOT_ROMAN_NAME = re.compile(
    r"(?i)\b(?:kong|road|street|tin|wan|tau|kok|tong|tsim|sha|chuk|fau|kum|kee|fook|minh|clan|panda|sin|mong|kwun|tsuen|"
    r"shek|shui|sham|plaza|city|centre|center|check|log|sign|opt|e|re|co|non|pre|self|the|and|for|of|in|on|to|by|at)\b"
    r"|hui lau shan|chow sang sang"
)


def _roman_name(match: re.Match[str], vault: _Vault) -> str:
    found = match.group(0)
    surname, comma, given = found.partition(", ")
    # (Written surname first with a comma, the place words are looked for in the given name; in capitals it may be SIN, a Macau
    # given name, which the list reads as Sai Sin's: "VONG, SIN LENG".)
    looked_at = (surname if given.isupper() else given) if comma else found
    return found if _NOT_ROMAN_NAME.search(looked_at) else vault.name(found)


_LATIN_SURNAME_ALONE = re.compile(r"(?<![A-Za-z@._/-])(?P<name>[A-Z]{3,9})(?![A-Za-z@._/-])")
_ORG_AFTER = re.compile(
    "银行|金融|消费|公司|集团|平台|分期|借呗|花呗|白条|信用卡|保险|证券|小贷|贷款|科技|法院|中心|APP|app|资产管理|有限公司|律师事务所"
)
# A public body or a public place named after where it stands (tune 31: "楚雄人民法院", "许昌中医院", "伊宁法律援助中心", "钟祥社区
# 居委会", "海拉尔司法所"): after a place's name, never a person's (not after a name: "被告王伟人民法院已受理" is hidden all the same).
# (Not after a cue: "我哥钟祥社区网格员", "联系人常德社区上班" name a person, a review found.)
_CUE_BEFORE_A_PLACE = re.compile(rf"(?:{_RELATIONS}|爸|妈|哥|姐|弟|妹|叫|名叫|是|联系人|:)\s*\Z")
_PUBLIC_BODY_AFTER = re.compile(
    "人民法院|中级人民法院|人民检察院|人民政府|人民医院|中医院|妇幼保健院|法律援助|社区|居委会|村委会|司法所|税务局|公安局|派出所"
    "|市场监督管理局|金融监管|政务服务|火车站|汽车站|图书馆|职业技术学院|消费者协会|人民调解|铁路运输法院|医保局|社保局|人社局"
)
# Names written in pinyin or capitals ("借款人 Zhang San", "Dear ZHANG WEI"). After a Chinese cue every
# word must read as pinyin (so "尊敬的VIP客户" stays); after an English cue capitals are enough.
_PINYIN_WORD = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ue|ui|ve|a|o|e|i|u|v)"
    r"(?![aeiouv])){1,3}",
    re.IGNORECASE,
)
# Two or three pinyin syllables, each with its initial ("zihao", "haoran"; not "time" or "done").
# One syllable of pinyin with its initial ("san", "fang", "yang").
_PINYIN_SYLLABLE = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ue|ui|ve|a|o|e|i|u|v)"
    r"(?![aeiouv]))"
)
_PINYIN_TWO = re.compile(_PINYIN_SYLLABLE + "{2,3}")
_LATIN_NAME = re.compile(
    r"(?<![A-Za-z'-])(?!(?:Dear|Hi|Hello|Attention|Attn|Mr|Mrs|Ms|Miss|Mx|Dr|Madam|Sir|DEAR|HI|HELLO)(?![A-Za-z]))"
    r"(?P<name>[A-Z][A-Za-z'-]*(?:[ -][A-Z][A-Za-z'-]*){0,2}|[a-z]{2,8}(?: [a-z]{2,12}){1,2}|[a-z]{4,16})(?![A-Za-z])"
)
# Words of a firm's name in a payee's field ("收款人Apple Store", "户名Bank Of China"), not a person's.
_EN_FIRM_WORDS = frozenset(
    "Bank Store Shop Company Co Ltd Limited Group Pay Finance Trading Services Service Holdings Inc Of The And Express "
    "Apple China Mall Centre Center Hotel Travel Insurance Credit Capital Fund Online Tech Berhad Bhd Sdn Enterprise "
    "Airlines Motors Corporation Corp Malaysia Singapore Happy Good Merry Thank Welcome Best Regards Manager Leader "
    "Driver Islamic Hong Kong Kuala Lumpur Penang Johor Bahru Singapura Macau Taipei".split()
)
# Surnames as Malaysian and Singaporean Chinese spell them (Hokkien, Cantonese, Teochew, Hakka), one of which a name in
# Latin letters after a payee's field or a kin word must have ("户名Teh Kah Wai", "表姐Low Boon Hock"; not "表哥Good
# Morning", "舅舅Las Vegas").
_ROMANISED_SURNAMES = frozenset(
    "Tan Lim Lee Ng Ong Wong Goh Teh Low Koh Chan Chong Khoo Teo Yeo Ang Ooi Lau Yap Chua Chew Chin Choo Foo Heng Ho Kok "
    "Kwok Lai Leong Liew Loh Loo Lum Mah Neo Pang Phua Poh Quek Seah Sim Soh Tay Tee Toh Wee Yeoh Yong Yip Cheong Cheah "
    "Chia Fong Hew Kang Khor Kuan Lam Ling Sia Siew Tang Tong Yew Gan Beh Boey Eng Hii Hui Kee Kuah Law Liow Moh "
    "Saw Seow Tham Thong Tiong Wan Woo Yam Yee Yeap Chai Cheng Chiang Chou Chung Hong Kam Kong Kuek Leow Lok Ting".split()
)


# Names in other scripts (tune 19): Korean in Hangul, Vietnamese in Latin letters, Japanese in kanji, kana or rōmaji,
# and names in capitals after an "English name" label. The surname lists are of the commonest surnames: 김 이 박 …
# (Statistics Korea's census lists), Nguyễn Trần Lê … (the Vietnamese ones), 佐藤 鈴木 高橋 … (the Japanese ones), each in
# the script and the forms Chinese text writes them in.
_HANGUL = "\uac00-\ud7a3"
_HANGUL_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설"
    "마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈단견당화창옹"
)
# A Korean name: a surname and a given name of two syllables (or a compound surname and one or two), alone as a word;
# 씨 or 님 after it is how Korean addresses someone.
# (A particle may follow 씨 or 님: "김민수님이", "박지훈 씨한테".)
_HANGUL_NAME = re.compile(
    rf"(?<![{_HANGUL}])(?P<name>(?:남궁|황보|제갈|선우|독고|사공|서문)[{_HANGUL}]{{1,2}}|[{_HANGUL_SURNAMES}][{_HANGUL}]{{2}})"
    rf"(?:(?P<honorific> ?(?:씨|님))(?:이|가|은|는|을|를|한테|에게|께|께서|의|도|과|와)?)?(?![{_HANGUL}])"
)
# Three-syllable words of everyday Korean that begin with a surname's syllable ("사랑해", "한국어", "어머니", "화이팅"), and
# provinces and cities (경기도, 서울시).
_HANGUL_NOT_NAMES = frozenset(
    "사랑해 한국어 어머니 아버지 화이팅 감사해 감사요 안녕히 여보세 사장님 선생님 고마워 미안해 주세요 반가워 경기도 강원도 충청도 "
    "전라도 경상도 제주도 서울시 부산시 인천시 대구시 광주시 대전시 울산시".split()
)
# Endings no given name has: an honorific as the third syllable, a verb's or a polite ending, a language's (한국어), a city's,
# a road's, a township's (성남시, 정말로, 조심해, 신라면). (동, 도, 구, 세 end names too, 박재동, 이재도, 최영구, 박민세: a place only
# after a verb of being or going there, in `_hangul_name`.)
_HANGUL_NOT_LAST = frozenset("님요팅어워시로해면")
_HANGUL_CHAR = re.compile(f"[{_HANGUL}]")


# A Korean name written in Latin letters, the given name's two syllables joined by a hyphen, the surname before or after
# ("Ji-hoon Park", "Kim Min-jun", tune 31): the hyphenated pair is how Korean names are romanised, and a surname beside it.
_KOREAN_SURNAMES = (
    "Kim|Lee|Yi|Park|Pak|Choi|Jung|Jeong|Kang|Cho|Jo|Yoon|Yun|Jang|Chang|Lim|Im|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|An|Song|Yoo|Ryu|Yu"
    "|Hong|Jeon|Moon|Yang|Son|Bae|Baek|Heo|Nam|Shim|Noh|Ha|Kwak|Sung|Cha|Joo|Woo|Min|Ko|Go|Na|Jin|Do|Gu|Ku"
)
# Syllables of Korean given names as they are romanised (Revised Romanization and the older forms people keep).
_KOREAN_SYLLABLES = (
    "ji|hoon|hun|min|jun|joon|hye|jin|eun|seo|yeon|soo|su|young|yeong|hyun|hyeon|woo|jae|sung|seong|ho|ha|na|yoon|yun|kyung|gyeong"
    "|mi|sook|suk|hee|hui|jung|jeong|won|bin|ah|a|in|dong|sang|chul|cheol|hwa|kyu|gyu|seok|tae|yong|ri|bo|ra|da|ye|si|yu|ju"
    "|han|hwan|hyuk|hyeok|il|gi|ki|nam|yeol|yul|woong|ung|jo|chan|ik|geun|kun|rim|lim|so|hong"
    "|shin|sin|kyo|gyo|do|shik|sik|kang|gang|wook|uk|hyo|seung|myung|myeong|sun|seon|ok|jeon|hae|bong|gil|man|beom"
)
_KOREAN_GIVEN = rf"(?:{_KOREAN_SYLLABLES})-(?:{_KOREAN_SYLLABLES})"
_KOREAN_LATIN_NAME = re.compile(
    rf"(?<![A-Za-z])(?:(?:{_KOREAN_SURNAMES})\s+(?i:{_KOREAN_GIVEN})|(?i:{_KOREAN_GIVEN})\s+(?:{_KOREAN_SURNAMES}))(?![A-Za-z])"
)


def _korean_latin_name(match: re.Match[str], vault: _Vault) -> str:
    """A hyphenated given name capitalised, of two different syllables ("Ji-hoon"): not "ha-ha", "so-so", "na-na" (a review)."""
    given = next(part for part in match.group(0).split() if "-" in part)
    first, second = given.split("-", 1)
    if not first[:1].isupper() or first.lower() == second.lower() or len(first) < 2 or len(second) < 2:
        return match.group(0)
    return vault.name(match.group(0))


def _has_hangul(text: str) -> bool:
    return _HANGUL_CHAR.search(text) is not None


def _hangul_name(match: re.Match[str], vault: _Vault) -> str:
    """A Korean name standing in Chinese text ("韩国留学生김수빈在我家租房", "장도윤是我姐夫") or addressed with 씨 / 님; not a
    three-syllable word inside a Korean sentence ("연락 주세요")."""
    if match.group("name") in _HANGUL_NOT_NAMES or (
        match.group("honorific") is None and match.group("name")[-1] in _HANGUL_NOT_LAST
    ):
        return match.group(0)
    if (
        match.group("honorific") is None
        and match.group("name")[-1] in "동도구"
        and match.string[max(0, match.start() - 1) : match.start()] in ("在", "到", "住", "过", "去")
    ):
        return match.group(0)  # a place after a verb of being or going there ("住在한남동附近", "我去过여의도")
    if match.group("honorific") is None:
        text = match.string
        before = text[max(0, match.start() - 2) : match.start()].rstrip(" ")
        after = text[match.end() : match.end() + 2].lstrip(" ")
        if (before and _HANGUL_CHAR.match(before[-1])) or (after and _HANGUL_CHAR.match(after[0])):
            return match.group(0)
    return vault.name(match.group("name")) + match.group(0)[len(match.group("name")) :]


# A Korean address: a city or province, a district, then roads, numbers and a room ("서울특별시 마포구 월드컵북로27길 6, 465호").
_HANGUL_ADDRESS = re.compile(
    rf"(?<![{_HANGUL}])[{_HANGUL}]{{2,5}}(?:특별시|광역시|특별자치시|특별자치도|시|도)(?:\s?[{_HANGUL}]{{1,4}}(?:구|군|시)){{1,2}}"
    rf"(?:\s?[{_HANGUL}\d]{{1,12}}(?:로|길|동|읍|면)){{1,3}}(?:\s?\d{{1,5}}(?:-\d{{1,5}})?)?(?:,?\s?\d{{1,5}}호)?"
)

# Vietnamese names: a surname, then one to three given names ("Nguyễn Thị Hoa", "Bùi Thị Lan", "Tran Thi Hoa"). A surname
# with its diacritics, or Nguyen, is Vietnamese whatever follows; one written without them (Tran, Le, Do, Ho) only before
# a middle name that is Vietnamese too (Thị, Văn, Đức …).
_VN_LETTER_UPPER = "A-ZÀ-ÝĂĐƠƯ\u1ea0-\u1ef9"
_VN_LETTER_LOWER = "a-zà-ýăđĩũơư\u1ea0-\u1ef9"
_VN_WORD = f"[{_VN_LETTER_UPPER}][{_VN_LETTER_LOWER}]{{1,7}}"
_VN_SURNAMES_MARKED = (
    "Nguyễn|Nguyen|Trần|Huỳnh|Phạm|Hoàng|Đặng|Bùi|Đỗ|Ngô|Dương|Võ|Vũ|Lê|Lý|Trương|Đinh|Đoàn|Phùng|Lương|Trịnh|Tạ"
)
# (Hồ and Châu, a lake and a continent too, only before a middle name: "Hồ Thị Lan", not "Hồ Gươm", "Châu Úc".)
_VN_SURNAMES_PLAIN = "Hồ|Châu|Tran|Huynh|Pham|Hoang|Dang|Bui|Do|Ngo|Duong|Vo|Vu|Le|Ly|Truong|Dinh|Doan|Phan|Ho|Luong|Trinh"
_VN_MIDDLE = "Thị|Thi|Văn|Van|Đức|Duc|Hữu|Huu|Quốc|Quoc|Ngọc|Ngoc|Thanh|Minh|Xuân|Xuan|Công|Cong"
# (Not a street, a district or a city named after a hero: "Nguyen Hue Street", "Lê Lợi", "đường Trần Hưng Đạo".)
_VN_PLACE_AFTER = "Street|St|Road|Rd|Avenue|Ave|City|District|Ward|Quận|Phường|Đường"
_VN_NOT_NAMES = frozenset(
    {"Lê Lợi", "Nguyễn Huệ", "Nguyen Hue", "Trần Hưng Đạo", "Tran Hung Dao", "Lê Duẩn", "Le Duan", "Hồ Chí Minh", "Hồ Hoàn Kiếm"}
    | {"Hồ Tây", "Châu Đốc", "Châu Thành", "Châu Á", "Châu Âu", "Châu Phi", "Châu Mỹ"}
)
_VIETNAMESE_NAME = re.compile(
    rf"(?<![A-Za-z\u00c0-\u1ef9])(?<!đường )(?<!Đường )(?:(?:{_VN_SURNAMES_MARKED})(?: (?!(?:{_VN_PLACE_AFTER})\b){_VN_WORD}){{1,3}}"
    rf"|(?:{_VN_SURNAMES_PLAIN}) (?:{_VN_MIDDLE})(?: (?!(?:{_VN_PLACE_AFTER})\b){_VN_WORD}){{1,2}})"
    rf"(?![A-Za-z\u00c0-\u1ef9])(?! (?:{_VN_PLACE_AFTER})\b)"
)

# Japanese names, where the text speaks of Japan. A surname in kanji with up to three characters of given name, the longest
# that ends where a word of Chinese or none follows ("部长吉田拓也收到了", "叫田中由美（", "山本美智子来了", "山田太郎先生"). A surname
# that is no Chinese word (田中, 鈴木, 吉田 …) is a name after a person's word, 的, 和, or no Chinese character; one that is a
# Chinese word or place as well (中山, 清水, 小林, 村上 …) only after a person's word ("日本同事村上春树"); a surname alone only
# after a person's word ("我朋友田中说"), never after 是 or in a list ("这里是松本", "城市有松本、福田"). A name in kana written
# in two words, and one in rōmaji, after a word for a name or a person ("假名是いけだ ひな", "日本室友いけだ ひな", "日本朋友
# Nakamura Takuya"), or rōmaji as a passport writes it, the surname in capitals, or in brackets after the kanji ("（TANAKA Yumi）").
# ("日本的稻田中有很多青蛙", "ありがとう ございます", "Yahoo Japan" stay.)
_JAPAN_WORDS = ("日本", "日企", "日资", "日資", "日文", "日语", "日語", "在留", "假名", "大阪", "东京", "東京", "Japan", "japan")
_JAPANESE_SURNAMES = frozenset(
    (
        "佐藤 鈴木 铃木 高橋 高桥 田中 伊藤 渡辺 渡边 渡邊 山本 加藤 吉田 山田 佐々木 松本 井上 木村 斎藤 斋藤 山崎 池田 橋本 桥本 "
        "阿部 長谷川 长谷川 藤田 後藤 近藤 遠藤 远藤 青木 坂本 斉藤 福田 西村 藤井 岡本 冈本 藤原 三浦 竹内 小野 田村 森田 柴田 "
        "酒井 工藤 宮崎 宫崎 宮本 宫本 安藤 島田 岛田 谷口 菅原 岩崎 桜井 樱井 菊地 浅野 森本 星野 松尾 松岡 松冈 増田 增田 武田 "
        "村田 藤本 松田 新井"
    ).split()
)
_JAPANESE_SURNAMES_ALSO_WORDS = frozenset(
    (
        "中村 小林 山口 中野 原田 石田 上田 太田 大野 高田 小山 平野 久保 木下 野口 北村 大西 吉川 西田 水野 北川 秋山 永井 山内 "
        "中川 中島 中岛 小川 石川 村上 内田 高木 丸山 今井 河野 杉山 大塚 松井 千葉 千叶 清水 山下 中山 和田 上野 前田 岡田 冈田"
    ).split()
)
_PERSON_BEFORE_JAPANESE = frozenset(
    (
        "叫 名叫 同事 朋友 老婆 老公 妻子 丈夫 太太 部长 课长 社长 店长 经理 老板 上司 房东 同学 室友 妹妹 姐姐 哥哥 弟弟 日本人 "
        "客户 联系人 担保人 借款人 员工 领导 老师 媳妇 女婿 岳父 岳母 婆婆 公公"
    ).split()
)
_JAPANESE_SURNAME = re.compile(
    "(?:" + "|".join(sorted(_JAPANESE_SURNAMES | _JAPANESE_SURNAMES_ALSO_WORDS, key=len, reverse=True)) + ")"
)
# Words that end a Japanese given name: a title, or the start of a time word. With a particle or a verb, or no Chinese
# character, they are what may follow one.
_WORDS_AFTER_JAPANESE_NAME = "先生|小姐|女士|老师|部长|明天|今天|昨天|后天|下周|上周|一起"
_BOUNDARY_AFTER_JAPANESE_NAME = re.compile(_WORDS_AFTER_JAPANESE_NAME)
_AFTER_JAPANESE_NAME = re.compile(
    rf"[^\u4e00-\u9fff々]|\Z|[说是的在都给和跟收打来去让叫了着过被把向对就还会要也]|さん|様|{_WORDS_AFTER_JAPANESE_NAME}"
)
# Characters that never stand in a given name after a Japanese surname: places and the words that follow a surname as a word.
_NOT_IN_JAPANESE_GIVEN = frozenset(
    "说是的在都给跟收打去让叫了着过被把向对就还要县縣市区區町村站駅银銀路線线公株屋店家我你他她制汽集团"
)
_KANA_PAIR = "[\u3041-\u3096\u30a1-\u30fa\u30fc]{2,8}[ \u3000・･][\u3041-\u3096\u30a1-\u30fa\u30fc]{2,8}"
_KANA_NAME = re.compile(rf"(?<![\u3040-\u30ff]){_KANA_PAIR}(?![\u3040-\u30ff])")
_ROMAJI_PAIR = re.compile(r"(?<![A-Za-z])(?:[A-Z][a-z]{2,11}|[A-Z]{3,12}) (?:[A-Z][a-z]{2,11}|[A-Z]{3,12})(?![A-Za-z])")
_ROMAJI_WORD = re.compile(r"(?:(?:ky|gy|sh|ch|ny|hy|by|py|my|ry|ts|[kgsztdnhbpmryfwj])?[aiueo]|n)+", re.IGNORECASE)
_ROMAJI_NOT_NAMES = frozenset("japan tokyo osaka kyoto nagoya yahoo amazon toyota honda sony nissan yamaha mazda".split())
_PERSON_OR_NAME_WORD = (*sorted(_PERSON_BEFORE_JAPANESE), "假名", "名字", "读作", "写作", "写法", "念作")


def _person_word_before(text: str, start: int) -> bool:
    """A word for a person or for a name ends right before `start` (a space or a colon between allowed)."""
    return text[max(0, start - 6) : start].rstrip(" :：是为").endswith(_PERSON_OR_NAME_WORD)


def _japanese_kanji_name(text: str, match: re.Match[str]) -> int:
    """How many characters from the surname's start are a Japanese name (0: none)."""
    start, surname = match.start(), match.group(0)
    person = _person_word_before(text, start)
    previous = text[start - 1] if start else ""
    loose = previous == "" or not is_cjk(previous) or previous in "的和跟与是"
    if not person and (surname in _JAPANESE_SURNAMES_ALSO_WORDS or not loose):
        return 0
    end = match.end()
    given = 0
    while (
        given < 3
        and end + given < len(text)
        and is_cjk(text[end + given])
        and text[end + given] not in _NOT_IN_JAPANESE_GIVEN
        and not _BOUNDARY_AFTER_JAPANESE_NAME.match(text, end + given)
    ):
        given += 1
    # Two characters first, the commonest given name (拓也, 由美), then three (美智子), then one (健).
    for length in (2, 3, 1, 0):
        if length <= given and _AFTER_JAPANESE_NAME.match(text, end + length) and (length or person):
            return end + length - start
    return 0


def _japanese_names(text: str, vault: _Vault) -> str:
    def romaji(match: re.Match[str]) -> str:
        words = match.group(0).split()
        if any(word.lower() in _ROMAJI_NOT_NAMES or not _ROMAJI_WORD.fullmatch(word) for word in words):
            return match.group(0)
        passport = words[0].isupper() or match.string[match.start() - 1 : match.start()] in ("（", "(")
        return vault.name(match.group(0)) if passport or _person_word_before(match.string, match.start()) else match.group(0)

    def kana(match: re.Match[str]) -> str:
        return vault.name(match.group(0)) if _person_word_before(match.string, match.start()) else match.group(0)

    pieces, pos, at = [], 0, 0
    while (match := _JAPANESE_SURNAME.search(text, at)) is not None:
        taken = _japanese_kanji_name(text, match)
        if not taken:
            at = match.end()
            continue
        pieces += [text[pos : match.start()], vault.name(text[match.start() : match.start() + taken])]
        pos = at = match.start() + taken
    text = "".join(pieces) + text[pos:]
    text = _KANA_NAME.sub(kana, text)
    return _ROMAJI_PAIR.sub(romaji, text)


# A name in Latin letters after the label of one ("英文名DIALLO Ibrahim", "身份证上的英文名是LEUNG, Fung Wing", "在留卡上的名字
# Nakamura Takuya"): whatever its spelling.
_LATIN_NAME_AFTER_LABEL = re.compile(
    r"(?P<lead>(?:英文名字?|英文姓名|拼音名|罗马字|羅馬字|(?:护照|護照|在留卡|身份证|身份證)上的(?:英文)?(?:名字|姓名))"
    r"\s?(?:是|为|為|叫)?\s?[:：]?\s?)(?P<name>[A-Z][A-Za-z'-]{1,15},?(?: [A-Z][A-Za-z'-]{0,15}){1,3})"
)


# Initials that sign a message or stand for who owes ("落款wxy，11月3日", "—— WJG", "催收在朋友圈说XYY欠钱不还"; tune 36): two to
# four letters alone after 落款, 署名 or 签名, or after a dash that opens a line, or capitals before 欠钱 (not a role or a word: "—— HR",
# "落款 OK"; nor the first of a romanised name's words, "—— gam yat", which the passes before take whole; nor letters after a dash
# inside a line, "请帮帮我——KTV", "还款渠道—WX", a review found). Pinyin initials are consonants (Z, W, X …): letters with a vowel
# are a word, "yes", "hehe", "CPU", "USA", a second review found; nor a V, which begins no pinyin syllable ("VPN"), nor a lender's, a
# bank's or a broadcaster's letters ("他说PPD欠钱不还", "CCB", "CCTV"), a third.
# (Tune 37: dotted initials after 落款 ("落款：h.l", "G.Q."), initials and a full date after 签名 ("签名 GXL 2026年1月9日"), and
# initials where a person stands and acts: a colleague who vouches, a collector who speaks or posts ("我同事ZJ帮我担保的", "催收员z q
# 在抖音上发我照片" is left: 在 follows brands too), and dotted ones before a title ("G.J.经理可以作证"). A blind review found brands,
# files, tests and degrees after the same words ("我老公BMW的车", "写的SQL", "我爸CT的片子", "本人PMP", "签名 WPS 2024年版", "U.S.总部",
# "i.e."): only consonants, dotted ones too, and only before a person's verb.)
_CONSONANT = "b-df-hj-np-tw-zB-DF-HJ-NP-TW-Z"
_DOTTED_INITIALS = rf"[{_CONSONANT}]\.[{_CONSONANT}](?:\.[{_CONSONANT}])?\.?"
_INITIALS_SIGNED = re.compile(
    rf"(?:(?<=落款)|(?<=署名)|(?<=签名))[:：]?[ ]?(?P<signed>[{_CONSONANT}]{{2,4}}|{_DOTTED_INITIALS})"
    r"(?=[ ]?(?:[,，。;；]|$|\n)|[ ]+(?:\ue000|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}[日号]))"  # (\ue000: a date kept as a placeholder)
    rf"|(?:^|(?<=\n))[ ]*——[ ]?(?P<dashed>[{_CONSONANT}]{{2,4}})(?=[ ]?(?:[,，。;；]|$|\n))"
    r"|(?<=说)(?P<owes>[B-DF-HJ-NP-TW-Z]{2,3})(?=欠钱|欠款不还)"
    r"|(?:(?<=同事)|(?<=朋友)|(?<=同学)|(?<=女儿)|(?<=儿子)|(?<=我妈)|(?<=我爸)|(?<=老婆)|(?<=老公)|(?<=催收员)|(?<=本人))"
    rf"[ ]?(?P<related>[{_CONSONANT}]{{2,4}}(?![a-zA-Z])|{_DOTTED_INITIALS}|[{_CONSONANT}] [{_CONSONANT}](?![a-zA-Z]))"
    r"(?=[ ]?(?:帮我|给我担保|跟你说|跟我说|说|被起诉|欠钱|欠我|的电话|[,，](?:电话|手机|联系)))"
    # (Tune 39: who a worker names by initials, after a work title, a remark's label or a group: "车队长pjf：明天早上六点装货",
    # "店主ZWJ的邮箱", "备注lzm，是我们车队的", "群里的wgq说下周发工资", "催收打到我老板CJH那里", "签收人是ZHT，不是我". Not kin's "我同学HTC
    # 的手机", "我朋友DJ的微信": a brand or a trade, the review of tune 37 found.)
    r"|(?:(?<=车队长)|(?<=店主)|(?<=拉长)|(?<=线长)|(?<=站长)|(?<=工长)|(?<=主管)|(?<=老板)|(?<=包工头)|(?<=骑手)|(?<=工友)|(?<=同事)|(?<=催收员)"
    r"|(?<=备注)|(?<=群里的)|(?<=签收人是)|(?<=法务))"
    rf"[ ]?(?P<worker_initials>[{_CONSONANT}]{{2,4}}(?![a-zA-Z])|{_DOTTED_INITIALS})"
    r"(?=[ ]?(?:说|让我|叫我|欠钱|欠我|的(?:邮箱|微信|电话|身份证)|那里|那边|和|[:：][ ]?[\u4e00-\u9fff]|[,，](?:是|不是|他|她|电话|手机)))"
    rf"|(?:^|(?<=[,，。;；:：\s]))(?P<titled_initials>{_DOTTED_INITIALS})(?=经理|律师|警官|老师|主任)"
    # (Three consonants in lower case before a work title: "zxy主管让我写情况说明", "gml拉长说", tune 39. Not in capitals, nor opening a
    # line as its speaker: a department's or a trade's letters, "PMC主管", "SMT线长", "PCB：", "BYD：", a review found.)
    r"|(?:^|(?<=[,，。;；:：\s\n]))(?P<titled_three>[b-df-hj-np-tw-z]{3})(?=(?:经理|主管|拉长|线长|站长|工长|主任)(?:说|让|叫|您好|你好|[,，:：]))"
    # (Tune 41: capitals before a lawyer's or a manager's title where the person then acts or is reached: "KCJ经理说可以减免违约金",
    # "……信用卡中心RJ经理说", "……律师事务所的JMW律师，手机……", "BJS律师发来的函". Only consonants, and none of a department's or a
    # trade's letters, "HR经理说", "PMC主管说", as above.)
    r"|(?:^|(?<=[,，。;；:：\s\n的])|(?<=中心)|(?<=银行)|(?<=公司)|(?<=事务所)|(?<=律所))"
    r"(?P<capital_titled>[B-DF-HJ-NP-TW-Z]{2,3})(?=(?:经理|律师|法务|老师|主任|法官|科长|警官|总)"
    r"(?:说|讲|让我|叫我|发来|发的|打来|打电话|电话|在群里|告诉|答应|同意|称|要求|[,，](?:手机|电话|微信)|的(?:电话|手机|微信|函)))"
)
_NOT_INITIALS = frozenset(
    "ok ceo cfo cto coo hr pm am app vip pdf qq id wifi boss usb sms tv ppt diy gps atm pos nfc sos dm mr ms mrs dr end ps lol omg btw "
    "thx help kpi ddl ems sf jd wx vx dy pdd tb zfb oppo vivo lv up ai ip na none null test abc xyz tbd rsa ca md orz qaq haha emm yyds "
    "bye note sb tmd cnm wtf nmsl nmb mmp wc cao hb jb wld etc ktv xhs elm mm gg xswl hhh zzz bbl pyq gzh nb ppd ccb cmb hsbc icbc boc "
    "bcm cgb spdb cnn bbc cctv ks wb rmb kfc dhl gm pr bzd dbq nhk hk sz bj sh gz tg mcd tm nt cp hrd hrbp bd "
    # (Tune 39: a business's systems and measures before a title, "CRM经理", "ERP主管", "SKU说明".)
    "crm scm cms sql cdn dns mrp bpm gmv sku spu psd pms wms crt ntsc fwd cc bcc "
    # (A factory's and a depot's departments and trades after 主管 or 骑手: "主管QC说", "PMC主管", a fresh read found.)
    "qc pqc pmc smt mt smd pcb cnc spc gmp tpm qms mkt hdd ssd pm dc sqc wms "
    # (Tune 41's review: a trade's, a brand's or a sales team's letters before 经理 or 律师, "CBD经理讲", "MCN经理说", "BMW经理说", "事务所的PC
    # 律师", "KYC", "SDR", "TMK".)
    "cs csr kyc sdr tmk cbd mcn bmw pc bdm kam pmo cmo crd sem seo cpa cpc cps qa rd ka gr bp sm hq tcl byd pwc tl cfc".split()
)


def _initials_signed(match: re.Match[str], vault: _Vault) -> str:
    group = match.lastgroup or "signed"
    found = match.group(group)
    letters = found.lower().replace(".", "").replace(" ", "")
    if letters in _NOT_INITIALS or (len(set(letters)) == 1 and "." not in found):  # (nor a placeholder, "他说XX欠钱")
        return match.group(0)
    return match.group(0)[: match.start(group) - match.start()] + vault.name(found)


# A romanised name that opens a message and is greeted ("Mark Tang, your ZA Bank loan repayment…", "LAM, Mei I，您好！",
# "Suolang Wangdui，您好") (tune 34): two or three words, one of them a romanised surname, none a firm's.
_LATIN_NAME_GREETED = re.compile(
    r"^(?P<name>[A-Z][a-z]+(?: (?:[A-Z][a-z]+|[A-Z]{2,})){1,2}|[A-Z]{2,}, [A-Z][a-z]+(?: [A-Z][a-z]*)?)"
    r"(?=\s?[,，]\s?(?:your|you|dear|您好|你好|您的|你的))"
)


def _latin_name_greeted(match: re.Match[str], vault: _Vault) -> str:
    words = match.group("name").replace(",", "").split()
    if any(w in _EN_FIRM_WORDS for w in words) or not any(w.capitalize() in _ROMANISED_SURNAMES for w in words):
        return match.group(0)
    return vault.name(match.group(0))


def _latin_name_after_label(match: re.Match[str], vault: _Vault) -> str:
    if match.group("name").split()[0].rstrip(",") in _EN_FIRM_WORDS:
        return match.group(0)
    return match.group("lead") + vault.name(match.group("name"))


def _malaysian_name(words: list[str]) -> bool:
    """Two to four words spelt as a Malaysian or Singaporean Chinese name: capitalised or all capitals, one of them a
    romanised surname, none a firm's or a greeting's word."""
    return (
        2 <= len(words) <= 4
        and all(2 <= len(w) <= 10 and w[0].isupper() and (w[1:].islower() or w[1:].isupper()) for w in words)
        and any(w.capitalize() in _ROMANISED_SURNAMES for w in words)
        and not any(w.capitalize() in _EN_FIRM_WORDS or w in _EN_NOT_NAMES for w in words)
    )


# Kin abroad, named the way their passports spell them ("我表姐Low Boon Hock在马来西亚").
_LATIN_NAME_KIN = "表姐|表哥|表妹|表弟|堂姐|堂哥|堂妹|堂弟|舅舅|姑姑|姨妈|婶婶|叔叔|伯伯|侄子|侄女|外甥|姐夫|妹夫|嫂子|账户名称|收款方|朋友|同事"
# Where a Malaysian name in Latin letters stands (`_malaysian_name`): those words, a payee's field or a name's label.
_PAYEE_OR_KIN_CUES = frozenset(_LATIN_NAME_KIN.split("|")) | frozenset(
    "姓名 名字 联系人 紧急联系人 户名 开户名 账户名 收款人 持卡人".split()
)
_CUE_BEFORE_LATIN_NAME = re.compile(
    rf"(?:(?P<cn>{_NAME_CONTEXT}|{_BEFORE_NAME_VERBS}|找|{_LATIN_NAME_KIN})\s*(?:[:是为叫])?\s*"
    r"|(?<![A-Za-z])(?:Dear|Hi|Hello|Attention|Attn|Mr|Mrs|Ms|Miss|Mx|Dr|Madam|Sir|DEAR|HI|HELLO)\.?:?\s+)\Z"
)
_EN_TITLE = re.compile(r"\b(?P<lead>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Madam|Sir)\.?\s+)(?P<name>[A-Z][a-z'-]+(?:[ -][A-Z][a-z'-]+){0,2})")
_EN_DEAR = re.compile(
    r"\b(?P<lead>(?:Dear|Hi|Hello|Attention|Attn:?)\s+|(?:Attorney|Lawyer|Counsel|Agent|Collector|Officer):\s*)(?P<name>[A-Z][a-z'-]+(?:[ -][A-Z][a-z'-]+){0,2})"
)
_EN_NOT_NAMES = {
    "Customer",
    "Customers",
    "Sir",
    "Madam",
    "User",
    "Users",
    "Client",
    "Member",
    "Valued",
    "Friend",
    "All",
    "Borrower",
    "Debtor",
    "Cardholder",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "There",
}
_EN_NOT_NAMES_LOWER = {"data", "info", "name", "tel", "mobile", "phone", "link", "line", "time", "none", "done", "mine"}
# English given names that people in China go by at work and in collection firms ("Jessica 白", "Kevin
# Duan", "Yao Jessica"): beside a surname, Chinese or pinyin, they make a name. Alone they are not taken
# (several are words too); common words (Apple, Lucky, Summer) are left out of the list.
_EN_GIVEN_NAMES = frozenset(
    """Aaron Abby Adam Alan Albert Alex Alice Alicia Allen Amanda Amber Amy Andrew Andy Angela Angel Angie Ann Anna
    Annie Anthony Arthur Ava Barbara Bella Ben Benjamin Betty Bill Billy Bob Bonnie Brian Bruce Candy Carl Carol
    Caroline Catherine Cathy Cecilia Celine Charles Charlie Cherry Chloe Chris Christina Christine Cindy Claire
    Coco Colin Crystal Cynthia Daisy Daniel Danny David Dennis Derek Diana Doris Edward Eddie Eileen Elaine Eleanor
    Elena Eliza Ella Ellen Emily Emma Eric Erica Ethan Eva Evan Evelyn Fiona Frank Freddy Gary George Gina Gloria
    Grace Hank Hannah Harry Harvey Hazel Heidi Helen Henry Iris Ivan Ivy Jack Jackie Jacky Jacob Jake James Jane Janet
    Jason Jasmine Jean Jeff Jeffrey Jennifer Jenny Jeremy Jerry Jessica Jessie Jim Jimmy Joan Joanna Joe John
    Johnny Jonathan Joseph Josh Joyce Judy Julia Julie Justin Karen Kate Katherine Kathy Katie Kelly Ken Kenny
    Kevin Kimberly Kitty Larry Laura Lauren Leo Leon Leslie Lily Linda Lisa Louis Louisa Lucas Lucy Luke Lydia
    Maggie Mandy Maria Martin Mary Matthew Megan Melody Michael Michelle Mike Molly Monica Nancy Natalie Nathan
    Nicholas Nick Nicole Nina Oliver Olivia Oscar Patrick Paul Peggy Peter Philip Phoebe Rachel Randy Raymond
    Rebecca Richard Rita Robert Robin Roger Ronald Rosa Ruby Ryan Sabrina Sally Samantha Samuel Sandra Sandy Sarah
    Scott Sean Selina Shirley Simon Sophia Sophie Stanley Stella Stephen Steven Sunny Susan Sylvia Teresa Terry Thomas
    Tiffany Timothy Tina Tommy Tony Tracy Trista Ursula Vanessa Victor Vincent Vicky Victoria Vivian Wendy William
    Willie Winnie Yvonne Zoe""".split()
)
_EN_GIVEN_RE = "(?:" + "|".join(sorted(_EN_GIVEN_NAMES, key=len, reverse=True)) + ")"
# "Jessica 白", "Kevin路", "Grace BAI", "Candy Peng", "Yao Jessica".
_EN_GIVEN_WITH_SURNAME = re.compile(
    rf"{_AFTER_LIST_NUMBER}(?:(?P<given>{_EN_GIVEN_RE})(?:[ ]?(?P<han>[\u4e00-\u9fff])|[ ](?P<surname>[A-Z][a-z]{{1,5}}|[A-Z]{{2,6}})"
    rf"(?![A-Za-z@._-]))|(?P<first>[A-Z][a-z]{{1,5}}|[A-Z]{{2,6}})[ ](?P<after>{_EN_GIVEN_RE})(?![A-Za-z@._-]))"
)
# The other order, a surname's character right before the English given name ("朱Jack", "@胡Wendy", "转账给郑Jenny", "Hi 曹Ben", tune
# 33): the look-behinds let `re` skip ahead to the given name's capital letter.
# (Tom, Tim and Sam too, which the list above leaves out: after "You" or "Long", read as pinyin surnames, they are English.) Not
# before a capitalised word, where the English name goes on ("工程师Tim Baker": the English-names pass takes it whole).
_HAN_EN_GIVEN_RE = "(?:" + "|".join(sorted(_EN_GIVEN_NAMES | {"Tom", "Tim", "Sam"}, key=len, reverse=True)) + ")"
_HAN_SURNAME_EN_GIVEN = re.compile(
    rf"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff] ))(?P<given>{_HAN_EN_GIVEN_RE})(?![A-Za-z0-9@._'’]|-[A-Za-z0-9]| [A-Z])"
)
# What may stand right before the surname's character when it is Chinese: a word that points at a person ("转账给郑Jenny", "是朱Tom").
# Anything else makes the character the end of a word ("下周Tom", "工程师Tim", "谢谢Tom", "白云Sam").
_BEFORE_HAN_EN_NAME = frozenset("给是叫找问和跟与同向对让把被")
# Pinyin written joined with capitals ("LiuMin", "OuyangYihan", "DuanXiaoming", "KongXiuying"); the apps and places that
# take that shape are no names.
_CAMEL_NAME = re.compile(r"(?<![A-Za-z@._/-])(?P<surname>[A-Z][a-z]{1,5})(?P<given>(?:[A-Z][a-z]{0,6}){1,2})(?![A-Za-z@._/-])")
_CAMEL_NOT_NAMES = frozenset(
    w.lower()
    for w in "TaoBao WeiXin HuaWei BaiDu MeiTuan DouYin XiaoMi ShenZhen ShangHai BeiJing WuHan ChongQing TianJin "
    "GuangZhou HangZhou NanJing XiAn ChengDu JingDong TianMao WeiBo ZhiFuBao KuaiShou YouKu QiDian JinRong "
    "WeiLai LiCai BaoXian XinYong XinDai DaiKuan JieBei HuaBei".split()
)


# A surname in characters and the given name typed in pinyin after a cue ("催收的叫任zhigang", "叫常 shijie"): an input
# method left half-way.
_HAN_SURNAME_PINYIN_GIVEN = re.compile(
    r"(?:(?<=的叫)|(?<=名叫)|(?<=字叫)|(?<=字是)|(?<=名是)|(?<=人叫)|(?<=员叫))(?P<surname>[\u4e00-\u9fff])[ ]?(?P<given>[a-z]{4,12})(?![A-Za-z0-9])"
)


def _han_surname_pinyin_given(match: re.Match[str], vault: _Vault) -> str:
    given = match.group("given")
    if match.group("surname") not in lexicon().surname_tier or not _PINYIN_TWO.fullmatch(given) or given in _EN_WORDS_LIKE_PINYIN:
        return match.group(0)
    return vault.name(match.group(0))


# The same with no cue before it ("欠款人黄cuifeng", "朱fujun说"): a surname that starts no word with the character before it,
# then a given name of two syllables in small letters, and no more letters.
_HAN_SURNAME_PINYIN_GIVEN_BARE = re.compile(r"(?P<surname>[\u4e00-\u9fff])(?P<given>[a-z]{4,12})(?![A-Za-z0-9_@.-])")


def _han_surname_pinyin_given_bare(match: re.Match[str], vault: _Vault) -> str:
    lex = lexicon()
    surname, given, text = match.group("surname"), match.group("given"), match.string
    previous = text[match.start() - 1 : match.start()]
    # Only where a name can open (the text's or a line's start, after a space or a mark) or after a word for a person
    # ("欠款人黄cuifeng"), not inside running text ("开会常kaihui").
    start = match.start()
    opens = (
        not previous
        or not is_cjk(previous)
        or previous in "是叫"
        or any(is_cue_word(text[max(0, start - n) : start]) for n in (2, 3, 4))
    )
    if (
        not opens
        or surname not in lex.surname_tier
        or surname in lex.function_surnames
        or (previous and (previous + surname) in lex.boundary)
        or not _PINYIN_TWO.fullmatch(given)
        or given in _EN_WORDS_LIKE_PINYIN
        or given in _EN_WORDS_OF_SYLLABLES
    ):
        return match.group(0)
    return vault.name(match.group(0))


# A surname in pinyin and the given name in characters ("sun丽悦", "你是zhou俊吧"): an input method switched half-way.
_PINYIN_SURNAME_HAN_GIVEN = re.compile(r"(?<![A-Za-z0-9_@.-])(?P<surname>[a-z]{1,6})(?P<given>[\u4e00-\u9fff]{1,2})")


def _pinyin_surname_han_given(match: re.Match[str], vault: _Vault) -> str:
    lex = lexicon()
    surname, given = match.group("surname"), match.group("given")
    if surname not in _PINYIN_SURNAMES:
        return match.group(0)
    weights = [lex.given_weight.get(ch, -1.0) for ch in given]
    if len(given) == 2 and (weights[1] < 1.0 or given in lex.boundary or is_ordinary_word(given)):
        given, weights = given[:1], weights[:1]  # "zhou俊吧": 吧 is no given name's
    # One character only when it is a given name's often and the pinyin is no English word ("zhou俊", not "he说"); two
    # when both stand in given names ("sun丽悦").
    if weights[0] < 1.0 or (len(given) == 1 and (weights[0] < 2.0 or surname in _EN_WORDS_LIKE_PINYIN)):
        return match.group(0)
    return vault.name(surname + given) + match.group("given")[len(given) :]


def _han_surname_after_given(han: str, following: str) -> bool:
    """The Chinese character after an English given name is a surname, not the start of a word ("Kevin 崔",
    not "Kevin明天" or "Jason和他")."""
    lex = lexicon()
    if han not in lex.surname_tier:
        return False
    if han in lex.function_surnames and following and following != "的" and is_cjk(following):
        return False  # "Jason和他": 和 is a conjunction here
    return not ((han + following) in lex.boundary and following not in "说讲")  # "Kevin明天": a word begins


def _en_given_with_surname(match: re.Match[str], vault: _Vault) -> str:
    han, surname, first = match.group("han"), match.group("surname"), match.group("first")
    if han is not None:
        if not _han_surname_after_given(han, match.string[match.end() : match.end() + 1]):
            return match.group(0)
    elif surname is not None and (surname.lower() not in _PINYIN_SURNAMES or surname.lower() in _EN_GIVEN_NOT):
        return match.group(0)
    elif first is not None and first.lower() not in _PINYIN_SURNAMES:
        return match.group(0)
    return vault.name(match.group(0))


# Pinyin written joined and small ("liuxiulan", "xiongguiying"): a surname and a two-syllable given name
# whose syllables are those of the strong and likely given-name characters of names.toml (秀 xiu, 兰 lan,
# 桂 gui, 英 ying …). Two syllables alone ("nihao", "cuishou") are words as often, and are left.
_GIVEN_SYLLABLES = (
    "shu|xiu|gui|ying|fang|li|min|ting|juan|qian|lin|hui|ling|na|ping|xia|yan|feng|mei|zhen|wei|jun|jie|tao|lei|peng|"
    "bin|hao|kai|shuai|xin|yi|han|zi|xuan|rui|nan|qin|kun|chang|jing|huan|tong|yue|shan|ke|xi|you|jiao|hua|yu|lan|"
    "xue|dan|hong|rong|chun|hai|de|zhi|jian|guo|xiao|qiang|yang|yong|chao|gang|fei|bo|fan|xu|ning|long|jia|ze|"
    "cheng|liang|dong|chen|bing|xiang|hang|meng|mo|lu|qing|yun|zhong|ming|fu|wen|guang"
)
_CJK_IN = re.compile("[\u4e00-\u9fff]")
_JOINED_PINYIN = re.compile(r"(?<![A-Za-z0-9@._/-])(?P<name>[a-z]{5,18})(?![A-Za-z0-9@._/-])")
_JOINED_GIVEN = re.compile(f"(?:{_GIVEN_SYLLABLES})(?:{_GIVEN_SYLLABLES})")
_JOINED_NOT_NAMES = frozenset(
    "xiaohongshu zhangjiajie zhangjiakou shijiazhuang qinhuangdao mudanjiang lianyungang zhifubao weixinpay banana".split()
)


# What stands before a pinyin name, not before a word ("签名写的是wangjie", "一直喊 liuyang", "家属zhaoqi",
# "To: wangfang", "my dad liuhao"): a surname and one syllable after it is taken there.
_CUE_BEFORE_JOINED = re.compile(
    r"(?:是|喊|叫|名叫|打给了?|转给了?|找|问|签名|署名|签字|落款|家属|室友|老公|老婆|丈夫|妻子"
    r"|(?i:to|attn|attention|dear|hi|name|payee|holder|beneficiary|dad|mum|mom|father|mother|wife|husband|son|daughter"
    r"|brother|sister|friend))[ ]?[:：]?[ ]?\Z"
)
# Pinyin words of a surname and one syllable that a chat writes joined ("nihao", "xiexie", "jiayou"), beside
# _JOINED_NOT_NAMES and _CAMEL_NOT_NAMES, which `_joined_pinyin` reads first (weixin, taobao, shanghai …).
_JOINED_WORDS = frozenset(
    """nihao xiexie jiayou meiyou haode gongsi lianxi yinhang
    kuaidi shouji dianhua qianbao zhifu xianjin jiekuan cuishou kefu suzhou changsha hefei jinan
    xining lanzhou fuzhou wenzhou taizhou huzhou luoyang jiaxing jinhua yiwu baoding handan huaihua
    meizhou anshan dalian qingdao xiamen guilin liuzhou nanning haikou sanya lasa lhasa hami fushun dandong
    xinxiang xuzhou changzhou yangzhou yancheng zhoushan fuyang bengbu anqing tongling
    kunming guiyang shenyang changchun zhengzhou taiyuan nanchang""".split()
)


def _han_surnames_en_given(text: str, vault: _Vault) -> str:
    """ "朱Jack" is a name when its character is a surname, no conjunction ("我和Amy"), and not the end of a word: at the start,
    after a space, a mark or a word that points at a person (`_BEFORE_HAN_EN_NAME`)."""
    lex = lexicon()
    out: list[str] = []
    done = 0
    for match in _HAN_SURNAME_EN_GIVEN.finditer(text):
        start = match.start()
        han_at = start - 1 if is_cjk(text[start - 1]) else start - 2
        han = to_simplified(text[han_at])
        if han_at < done or han not in lex.surname_tier or han in lex.function_surnames:
            continue
        before = text[han_at - 1] if han_at > 0 else ""
        if (
            before
            and is_cjk(before)
            and (
                before not in _BEFORE_HAN_EN_NAME
                or is_dictionary_word(to_simplified(before) + han)
                or (before + han) in lex.boundary
            )
            # (Unless a strong cue ends there: "客服孔Zoe说", "本人苏Alice", "人民陪审员冯Eric", tune 41.)
            and not after_strong_cue(text, han_at)
        ):
            continue  # ("同时Tim", "对方Tom": the two make a word)
        out.append(text[done:han_at])
        out.append(vault.name(han + match.group("given")))
        done = match.end()
    return "".join(out) + text[done:] if out else text


def _joined_pinyin(match: re.Match[str], vault: _Vault) -> str:
    name = match.group("name")
    if name in _JOINED_NOT_NAMES or name in _CAMEL_NOT_NAMES:
        return name
    cued = _CUE_BEFORE_JOINED.search(match.string, max(0, match.start() - 12), match.start()) is not None
    if not cued and _CJK_IN.search(match.string) is None:
        return name  # an English text: a name only after a cue ("beneficiary name: liuguangxia")
    for cut in range(1, min(6, len(name) - 3) + 1):
        if name[:cut] in _PINYIN_SURNAMES and _JOINED_GIVEN.fullmatch(name, cut):
            return vault.name(name)
    if name not in _JOINED_WORDS and (cued or _person_said_of(match)):
        # A surname and one syllable ("zhangsan", "wangfang", "liuyang") is a word or a city as often (shanghai,
        # suzhou, kefu): a name after a cue, or where what follows is said of a person or the line is theirs.
        for cut in range(2, min(6, len(name) - 1) + 1):
            if name[:cut] in _PINYIN_SURNAMES and _PINYIN_ONE.fullmatch(name, cut):
                return vault.name(name)
    return name


_PINYIN_ONE = re.compile(_PINYIN_SYLLABLE)


def _person_said_of(match: re.Match[str]) -> bool:
    """What follows the match is said only of a person ("欠我钱", "的电话"), or the match opens a line of a chat
    before a colon ("zhangsan: 在吗")."""
    following = match.string[match.end() : match.end() + 12].lstrip(" ")
    if following[:1] == ":" and not match.string[: match.start()].rpartition("\n")[2].strip():
        return True
    return said_of_a_person(to_simplified(following))


def _camel_name(match: re.Match[str], vault: _Vault) -> str:
    surname, given = match.group("surname"), match.group("given")
    if surname.lower() not in _PINYIN_SURNAMES or match.group(0).lower() in _CAMEL_NOT_NAMES:
        return match.group(0)
    parts = re.findall("[A-Z][a-z]*", given)
    if not all(_PINYIN_WORD.fullmatch(part) for part in parts):
        return match.group(0)
    return vault.name(match.group(0))


# Given names of English speakers (the US census list, triage/data/english_given_names.txt) before a
# capitalised surname or a surname character: "Melanie Love打来", "借款人Jamie Chaney", "Kenneth 崔".
_CENSUS_GIVEN_NAMES = frozenset(
    line
    for line in (Path(__file__).resolve().parent / "data" / "english_given_names.txt").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
)
_EN_FULL_NAME = re.compile(
    r"(?<![A-Za-z0-9@._'’-])(?P<given>[A-Z][a-z]{2,11}|[A-Z]{3,12})(?:[ ]{1,2}"
    r"(?P<surname>(?:Mc|Mac|O'|D')?[A-Z][a-z]{1,14}(?:-[A-Z][a-z]{1,14})?|[A-Z]{2,15})(?![A-Za-z0-9@._'’-])"
    r"|[ ]?(?P<han>[\u4e00-\u9fff]))"
)
# Capitalised words after a given name that make a place, a business or a heading, not a person
# ("Victoria Park" is left out with Victoria; "Stella Plaza", "Jennifer Team").
_EN_NOT_SURNAMES = frozenset(
    """Street St Road Rd Avenue Ave Lane Park Harbour Harbor Bay Beach Hotel Mall Plaza Center Centre Square Tower
    Building Bank Card Pay Day Period Loan Loans Credit Team Department Dept Service Services Company Co Group Ltd
    Limited Inc Corp University College School Hospital Island City Airport Station Line League Club Cup Award
    Prize Hall Court Law Legal Finance Financial Capital Fund Home Store Shop Mart Market Express Airlines Air Tech
    Technology Studio Media News Times Post Journal Magazine Notice Final Dear Hi Hello Customer Customers Service
    App Online Cloud Mobile Phone Wallet Account""".split()
)


def _english_full_name(match: re.Match[str], vault: _Vault) -> str:
    given, surname, han = match.group("given"), match.group("surname"), match.group("han")
    if given.title() not in _CENSUS_GIVEN_NAMES:
        # A pinyin surname, then an English given name, as a form that asks for the surname first puts them
        # ("Liu Meagan", "ZHAO Carlos").
        if (
            surname is not None
            and given.lower() in _PINYIN_SURNAMES
            and given.lower() not in _EN_WORDS_LIKE_PINYIN
            and not surname.isupper()
            and surname in _CENSUS_GIVEN_NAMES
        ):
            return vault.name(match.group(0))
        return match.group(0)
    if han is not None:
        if given.isupper() or not _han_surname_after_given(han, match.string[match.end() : match.end() + 1]):
            return match.group(0)
    elif surname.title() in _EN_NOT_SURNAMES or (given.isupper() and not surname.isupper()):
        return match.group(0)
    return vault.name(match.group(0))


# An English given name alone where a Chinese text names a person by it: after a role or a tie, or opening a clause before what a
# person does (tune 39: "客户Amy，2026年4月28日，赊账两万", "客服Ryan：您好", "我是David，催收的事我一定处理好", "同事Jerry的微信",
# "劳动监察的Linda说", "Vincent拉长说"). Only names of the census list (not Grace, May, Will: words too); not before 是我们, which a tea, a
# cup or a language stands before too ("Jasmine是我们店的招牌茶", a review found).
# (Not after 的 or 大客户, nor before 的 or 说明: brands, bags and lifts that are census names too, "我买的Tiffany", "大客户Mercedes",
# "我是Tiffany的会员", "Stanley说明书", a review of the session's change found.)
_EN_GIVEN_BY_CUE = re.compile(
    r"(?:(?<=客服)|(?<=同事)|(?<=我是)|(?<=我叫)|(?<=老板)|(?<=主管)|(?<=经理)|(?<=店长)|(?<=组长)|(?<=专员)|(?<=[^大老]客户)|(?<=^客户)"
    # (Tune 41: "我问了他们的Eric，她说", "催收员英文名叫Iris，", "您好Frank，".)
    r"|(?<=们的)|(?<=名叫)|(?<=就叫)|(?<=法务)|(?<=您好)|(?<=你好)|(?<=催收员)|(?<=催收的)|(?<=部的)|(?<=他叫)|(?<=她叫))"
    r"[ ]?(?P<name>[A-Z][a-z]{2,11})(?![A-Za-z0-9@._'’-])(?=[ ]?(?:[:：,，。]|说(?!明)|工号|让我|叫我|告诉我|打来|要求|$))"
    # (A reply's signature: "— Lisa, Customer Care", tune 41.)
    r"|(?:—|--|-)[ ]?(?P<signed_en>[A-Z][a-z]{2,11}),[ ]?(?=(?:Customer|Client|Member|Account|Complaints?|Collections?|Support|Service)\b)"
    r"|(?:^|(?<=[\n,，。;；:：]))(?P<opening>[A-Z][a-z]{2,11})(?![A-Za-z0-9@._'’-])"
    r"(?=[ ]?(?:说(?!明)|在[\u4e00-\u9fff]{1,4}(?:摆摊|上班|开店|打工)|拉长|主管|经理|让我|叫我))"
)


_A_PERSON_GOES_ON = re.compile(r"[ ]?[,，]?[ ]?(?:她|他|说|让|叫|告诉|工号|真名|本名|的电话|的微信)")


def _english_given_by_cue(match: re.Match[str], vault: _Vault) -> str:
    group = next(g for g in ("name", "opening", "signed_en") if match.group(g))
    name = match.group(group)
    # (A name of the hand list that is a word or a brand too, Cherry, Coco, Crystal, Ruby, Daisy, only after a cue for a person; not after
    # "们的" or "名叫", which a brand or a product follows as often, a review found: "我喝的是他们的Coco", "品牌名叫Daisy".)
    before = match.string[max(0, match.start(group) - 3) : match.start(group)].rstrip()[-2:]
    if name not in _CENSUS_GIVEN_NAMES and (name not in _EN_GIVEN_NAMES or before in ("们的", "名叫", "就叫")):
        return match.group(0)
    if before in ("们的", "名叫", "就叫") and _A_PERSON_GOES_ON.match(match.string, match.end(group)) is None:
        # (And even a census name there only where a person goes on: "他们的Eric，她说", not "我们的Hazel，系列产品".)
        return match.group(0)
    return (
        match.group(0)[: match.start(group) - match.start()]
        + vault.name(name)
        + match.group(0)[match.end(group) - match.start() :]
    )


_EN_RELATION = re.compile(
    r"\b(?P<lead>(?i:(?:my|your|his|her|the|borrower'?s?|debtor'?s?|contact|guarantor)\s+"
    r"(?:daughter|son|wife|husband|mother|father|mum|mom|dad|parents?|brother|sister|colleague|boss|friend|"
    r"relative|manager|employer|partner|spouse|child|cousin|uncle|aunt|neighbou?r|guarantor|contact)"
    r"(?:,|\s+named|\s+called)?)\s+)(?P<name>[A-Z][a-z'-]+(?:[ -][A-Z][a-z'-]+){0,2})",
)
# (With the provinces' other short names, which plates do not use but people write: 黔, 滇, 蜀, 陇 — "黔B JB6M4".)
_PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼黔滇蜀陇"
_PLATE = re.compile(
    rf"(?<![A-Za-z0-9])[{_PLATE_PROVINCES}使领]\s?[A-Za-z]"
    r"\s?[·•.\- ]?\s?(?=[A-Za-z0-9]{0,5}\d)(?:[A-Za-z0-9]{5,6}[挂学警港澳领试超]?|[A-Za-z0-9]{4}[挂学警港澳领试超])(?![A-Za-z0-9])"
)

# Taiwan's and Hong Kong's plates, which carry no province: after 車牌/车牌 or someone's car ("萬俊傑的車4642-SR", "車牌GR 997",
# "車牌ZY8772") (tune 24).
_PLATE_AFTER_A_CAR = re.compile(
    # (After someone's car only the dashed forms of Taiwan, not a model: "他的车GL8", "我的车CX-5", "她的車XC60".)
    r"(?P<lead>[的架][車车]\s{0,2})(?P<id>[A-Z]{2,3}-\d{4}|\d{4}-[A-Z]{2,3})(?![A-Za-z0-9])"
    r"|(?P<label>[車车]牌(?:[號号](?:[碼码])?)?\s{0,2}(?:是|为|為)?\s{0,2}[:：]?\s{0,2})"
    r"(?P<plate>[A-Z]{2,3}[ -]?\d{1,4}|\d{4}-[A-Z]{2,3})(?![A-Za-z0-9个個月年天日])"
)

# Weights and check characters of the 18-digit resident ID (GB 11643-1999).
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


# --- public API -----------------------------------------------------------------------------------
def scrub(text: str, names: Iterable[str] = ()) -> str:
    """Return `text` with personal data replaced by typed placeholders. Never raises.

    `names` are names already found elsewhere (`scrub_with_names` on the whole message): a fragment of
    the message, such as the analyser's evidence, loses them too even where it has no context left.
    """
    try:
        return _scrub(text, names)[0]
    except Exception:  # noqa: BLE001 -- a scrubber bug must never let raw text through
        return WITHHELD


def scrub_with_names(text: str) -> tuple[str, frozenset[str]]:
    """`scrub`, and the names it found (to scrub fragments of the same text with). Never raises."""
    try:
        return _scrub(text, ())
    except Exception:  # noqa: BLE001 -- a scrubber bug must never let raw text through
        return WITHHELD, frozenset()


def run_pass(name: str, text: str) -> str:
    """One pass of `PASSES` alone on the folded `text` (for tests and for seeing what a pass does)."""
    step = next(p for p in PASSES if p.name == name)
    vault = _Vault(hidden_names=_hidden_names(text))
    folded = folded_for_passes(text, vault)
    return vault.restore(step.run(folded, vault) if step.gate(folded) else folded)


# Circled and parenthesised numbers ("①吴颖7,398.00元②李凯1.7万", tune 47) number a list's items: folded to digits they run into the
# numbers beside them ("②2025.4.14" read as "22025.4.14"), so they stay as written. Not where they are a number's digits, written so
# to dodge a filter (a review of the change): a run of them, spaced or not ("①⑦⑧⑥②⑤⑦④⑥②⑦", "① ③ ⑧ ① ② …"), one between two
# digits ("138①2345678"), a run of digits and marks as long as a phone's ("①3⑧1②3④5⑥7⑧"); nor a building's number ("⑤栋1202").
# (Numbers only: not the circled letters, "加Ⓥ zhangsan_888" is WeChat's V, a fresh read found.)
_CIRCLED_CLASS = "[\u2460-\u249b\u24ea-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]"
_A_CIRCLED_MARK = re.compile(_CIRCLED_CLASS)
_CIRCLED = re.compile(
    f"(?<!{_CIRCLED_CLASS})(?<!{_CIRCLED_CLASS}[ -]){_CIRCLED_CLASS}(?!{_CIRCLED_CLASS})(?![ -]{_CIRCLED_CLASS})"
)
_PLAIN_OR_WIDE_DIGITS = frozenset("0123456789０１２３４５６７８９")
_DIGITS_AND_MARKS = re.compile(f"(?:[0-9０-９]|{_CIRCLED_CLASS})(?:[ -]?(?:[0-9０-９]|{_CIRCLED_CLASS}))*")
_PART_OF_A_BUILDING = re.compile("栋|幢|号楼|单元|层|室")
_A_RUN_OF_MARKS = re.compile(f"{_CIRCLED_CLASS}{{2,}}")
_GLUED_TO_A_NUMBER = re.compile("[0-9０-９A-Za-z_]")
_A_DATE_AHEAD = re.compile(r"(?:19|20)\d\d[./\-年]|\d{1,2}[月/.\-]\d")


def _list_marks(text: str) -> list[int]:
    """Where `text` holds a circled number that numbers a list's item (see `_CIRCLED`)."""
    in_a_number: set[int] = set()
    for run in _DIGITS_AND_MARKS.finditer(text):
        # (Cut where a mark opens the next item's date: "还7000②2025-05-07还7000", a fresh read.)
        cuts = [run.start()]
        cuts += [
            m.start() for m in _A_CIRCLED_MARK.finditer(text, run.start(), run.end()) if _A_DATE_AHEAD.match(text, m.start() + 1)
        ]
        for start, end in zip(cuts, cuts[1:] + [run.end()]):
            piece = text[start:end]
            if sum(ch not in " -" for ch in piece) >= 11 and _A_CIRCLED_MARK.search(piece):
                in_a_number.update(range(start, end))
    marks: list[int] = []
    # A run of marks that count up one by one past nine, standing apart from any number, is the list's items named together
    # ("⑬⑭⑮⑯⑰五项已核对", tune 48: folded, a ten-digit run read as a phone number). Not ①②③④, which spells digits ("电话：①③⑨/
    # ①②③④⑤⑥⑦⑧", a review found), nor a run glued to a number or an id, where ⑬ is the digits 13 ("139⑫⑬4567", "wx⑬⑭5678", a
    # fresh read).
    for run in _A_RUN_OF_MARKS.finditer(text):
        values = [unicodedata.numeric(ch, -1) for ch in run.group(0)]
        if (
            run.start() not in in_a_number
            and (run.start() == 0 or _GLUED_TO_A_NUMBER.match(text, run.start() - 1) is None)
            and _GLUED_TO_A_NUMBER.match(text, run.end()) is None
            and max(values) >= 10
            and all(b == a + 1 for a, b in itertools.pairwise(values))
        ):
            marks += range(run.start(), run.end())
    for match in _CIRCLED.finditer(text):
        at = match.start()
        between_digits = (
            at > 0
            and text[at - 1] in _PLAIN_OR_WIDE_DIGITS
            and text[at + 1 : at + 2] in _PLAIN_OR_WIDE_DIGITS
            and _A_DATE_AHEAD.match(text, at + 1) is None  # (not the next item's date: "还7000②2025/04/07还1.8万")
        )
        if at in in_a_number or between_digits or _PART_OF_A_BUILDING.match(text, at + 1):
            continue
        marks.append(at)
    return sorted(marks)


# Circled numbers NFKC leaves as they are (❶, ⓫, ⓵): their digits, where they are no list's marks ("电话：❶❸❽❶❷❸❹❺❻❼❽", a fresh read).
_FILLED_CIRCLED_DIGITS = str.maketrans(
    {
        **{chr(0x2776 + i): str(i + 1) for i in range(10)},
        **{chr(0x2780 + i): str(i + 1) for i in range(10)},
        **{chr(0x278A + i): str(i + 1) for i in range(10)},
        **{chr(0x24F5 + i): str(i + 1) for i in range(10)},
        **{chr(0x24EB + i): str(i + 11) for i in range(10)},
        "\u24ff": "0",
        "\u24ea": "0",
    }
)


def folded_for_passes(text: str, vault: _Vault) -> str:
    """`text` as every pass reads it: folded, private-use characters gone, and each list mark held aside in `vault`, so that the
    passes see where one item ends ("①皇甫俊峰②黎子轩③蒋美玲")."""
    text = _PRIVATE_USE.sub("", _fold_keeping_circled(text))
    if _A_CIRCLED_MARK.search(text) is not None:
        text = _A_CIRCLED_MARK.sub(lambda m: vault.keep(m.group(0)), text)
    return text


def _fold_keeping_circled(text: str) -> str:
    if _A_CIRCLED_MARK.search(text) is None:
        return fold(text)
    pieces, at = [], 0
    for mark in _list_marks(text):
        pieces += [fold(text[at:mark].translate(_FILLED_CIRCLED_DIGITS)), text[mark]]
        at = mark + 1
    return "".join(pieces) + fold(text[at:].translate(_FILLED_CIRCLED_DIGITS))


def sender_hash(sender: str) -> str:
    """Keyed hash (HMAC-SHA256, hex) of the sender's normalised number; "" for no sender.

    The key is settings.SENDER_HASH_KEY, so a leaked table cannot be reversed by hashing all
    1.9 billion mobile numbers. "+86 138-1234-5678", "0086 13812345678" and full-width digits hash alike.
    """
    from django.conf import settings

    normalised = normalise_sender(sender)
    if not normalised:
        return ""
    key = settings.SENDER_HASH_KEY.encode()
    return hmac.new(key, normalised.encode(), hashlib.sha256).hexdigest()


def normalise_sender(sender: str) -> str:
    """Digits only, without the +86 / 0086 country code; text senders folded and lower-cased."""
    return numbers.canonical(sender)


def amount_band(value: Decimal | float | int | str) -> str:
    """The band label for an amount in yuan, e.g. 3456.78 → "1千-5千元"."""
    amount = abs(Decimal(str(value)))
    for upper, label in AMOUNT_BANDS:
        if upper is None or amount < upper:
            return label
    return AMOUNT_BANDS[-1][1]


# --- the passes -----------------------------------------------------------------------------------
_WITHHELD_NAME = re.compile(f"{_SURNAME}(?:某某|某|氏)")


class _Vault:
    """Holds finished pieces (placeholders, links, dates) behind private-use markers.

    Later passes cannot see into a marker, so a kept link host or a placeholder's own digits are never
    scrubbed twice, which is what makes the whole scrubber idempotent.
    """

    def __init__(self, hidden_names: list[str] | None = None) -> None:
        self.pieces: list[str] = []
        # Names split by invisible characters in the raw text, found before folding removed them.
        self.hidden_names = hidden_names or []
        self.names: set[str] = set()

    def name(self, found: str) -> str:
        """A name placeholder; the name itself is remembered so that it goes wherever else it stands.

        A surname with 某 or 氏 ("被告王某", "欧阳某某", "夏侯氏") is how a judgment or a report withholds a name:
        like a bare surname, it names no one, and stays.
        """
        if _WITHHELD_NAME.fullmatch(to_simplified(found.strip())):
            return found
        self.names.add(found)
        return self.keep(NAME)

    def keep(self, piece: str) -> str:
        self.pieces.append(piece)
        index = str(len(self.pieces) - 1).translate(_INDEX_DIGITS)
        return f"{_SENTINEL_OPEN}{index}{_SENTINEL_CLOSE}"

    def restore(self, text: str) -> str:
        # Pieces may themselves hold markers (a card tail inside a kept phrase); resolve until stable.
        for _ in range(4):
            if _SENTINEL_OPEN not in text:
                break
            text = _SENTINEL_RE.sub(lambda m: self.pieces[int(m.group(1).translate(_PLAIN_DIGITS))], text)
        return text


def _scrub(text: str, names: Iterable[str]) -> tuple[str, frozenset[str]]:
    if not isinstance(text, str):
        text = str(text)
    vault = _Vault(hidden_names=_hidden_names(text))
    vault.names.update(n for n in names if isinstance(n, str))
    text = folded_for_passes(text, vault)
    for step in PASSES:
        if step.gate(text):
            text = step.run(text, vault)
    return vault.restore(text), frozenset(vault.names)


# A surname and given name split by an invisible character ("李\u200b四"): hiding it marks it as a name.
_HIDDEN_NAME = re.compile(
    rf"(?<![{_CJK_CHAR}])(?P<surname>{_SURNAME})[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]+"
    rf"(?P<given>[{_CJK_CHAR}]{{1,2}})(?![{_CJK_CHAR}])"
)


_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")


def _hidden_names(text: str) -> list[str]:
    if _INVISIBLE.search(text) is None:
        return []
    names = {m.group("surname") + m.group("given") for m in _HIDDEN_NAME.finditer(text)}
    return sorted((n for n in names if not _is_not_a_name(n, "")), key=len, reverse=True)


def _chat_id(match: re.Match[str], vault: _Vault) -> str:
    found = match.group("id")
    return match.group("lead") + match.group("sep") + vault.keep(QQ if found.isdigit() else WECHAT)


def _bare_handle(match: re.Match[str], vault: _Vault) -> str:
    found = match.group("id")
    return found if found in _ENGLISH_IN_CHINESE else vault.keep(ACCOUNT)


def _birth_date(match: re.Match[str]) -> str:
    if match.group("lead") is not None:
        return match.group("lead") + BIRTH_DATE
    return BIRTH_DATE + match.group("tail")


def _url(match: re.Match[str], vault: _Vault) -> str:
    """Keep scheme, host and path; every query value and the fragment become 〔参数〕.

    A user name and password in the link ("https://zhangsan:pass@x.cn/") are dropped.
    """
    scheme = match.group("scheme") or ""
    host = match.group("host")
    if not scheme:
        if match.group("userinfo") or re.fullmatch(_URL_IPHOST, host):
            # "name@host" without a scheme is an e-mail address (the next pass); a bare dotted quad is
            # more likely a version or an amount than a link.
            return match.group(0)
        tld = host.rsplit(".", 1)[-1]
        if not tld.islower() and not host.lower().startswith("www."):
            return match.group(0)  # "Mr.LI", "V1.CN": capitals without a scheme are rarely a link
    out = scheme + host + (match.group("port") or "")
    path = match.group("path") or ""
    if path:
        out += "/".join(_path_segment(seg) for seg in path.split("/"))
    query = match.group("query")
    if query is not None:
        out += "?" + _query(query[1:])
    fragment = match.group("fragment")
    if fragment is not None:
        out += "#" + (URL_PARAM if len(fragment) > 1 else "")
    return vault.keep(out)


# A per-person token in a path ("/reset/eyJhbGciOi…", "/s/9f86d081884c7d65"): 16+ characters of
# base64 / hex alphabet with letters and digits mixed.
_PATH_TOKEN = re.compile(r"(?=[A-Za-z0-9_\-+=.~]*\d)(?=[A-Za-z0-9_\-+=.~]*[A-Za-z])[A-Za-z0-9_\-+=.~]{16,}")


def _path_segment(segment: str) -> str:
    decoded = unquote(segment)
    digits = sum(ch.isdigit() for ch in decoded)
    if digits >= 7 or "@" in decoded or any(not ch.isascii() for ch in decoded) or _PATH_TOKEN.fullmatch(decoded):
        return URL_PARAM
    camel = _CAMEL_PINYIN.fullmatch(decoded)
    if camel and camel.group(1).lower() in _PINYIN_SURNAMES and _PINYIN_WORD.fullmatch(decoded[len(camel.group(1)) :]):
        return URL_PARAM  # a pinyin name as a path segment: "/p/ZhangSan"
    return segment


_CAMEL_PINYIN = re.compile(r"([A-Z][a-z]{0,8})(?:[A-Z][a-z]{0,8}){1,2}")


_SAFE_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_.\[\]-]{0,31}")


def _query(query: str) -> str:
    parts = []
    for pair in re.split(r"([&;])", query):
        if pair in ("&", ";") or pair == "":
            parts.append(pair)
            continue
        key, eq, value = pair.partition("=")
        if not eq:
            parts.append(URL_PARAM)
            continue
        key = key if _SAFE_KEY.fullmatch(key) else URL_PARAM
        parts.append(f"{key}={URL_PARAM if value else ''}")
    return "".join(parts)


def _cn_digits(match: re.Match[str]) -> str:
    run = match.group(0)
    if not any(ch in _CN_DIGITS for ch in run):
        return run
    head = len(run) - len(run.lstrip("".join(_CN_DIGITS)))
    if 0 < head <= 2 and sum(ch.isdigit() for ch in run[head:]) >= 7:
        # "张三13812345678": a name ending in a numeral glued to a number written in digits.
        return run
    # A number, then a word that opens with 一 or 两 ("13812345678一直打", "0755-86013388 一直打给我", "……5617 两个轮流打", a review): the
    # word's numeral left out of the number. (Not a digit written as a numeral at the end, "195 96〇〇 941〇".)
    kept = ""
    following = match.string[match.end() : match.end() + 1]
    # (Only after digits written as digits: "一三八零零一三八零零一是我电话" is a number read out whole, a fresh read.)
    if (
        run[-1] in "一两"
        and run[:-1].rstrip(" -")[-1:].isascii()
        and following
        and is_cjk(following)
        and sum(ch.isdigit() or ch in _CN_DIGITS for ch in run[:-1].rstrip(" -")) >= 7
    ):
        run, kept = run[:-1], run[-1]
        if not any(ch in _CN_DIGITS for ch in run):
            return run + kept
    digits = "".join(_CN_DIGITS.get(ch, ch) for ch in run if ch not in " -")
    if len(digits) < 7 and _SHORT_ID_BEFORE.search(match.string, max(0, match.start() - 16), match.start()) is not None:
        # Five or six digits read out after a QQ or WeChat label, or a plate's province and letter ("QQ号是四三八 七零零", "微信号
        # L I U 三五幺八零", "车牌川F七五五九二", "滇K 三零六 九零", tune 62): written as digits, for the passes that type them.
        # (Not the 一 or 两 of a word after it: "京A幺二三四五一直没走", "微信号lvtong2000一直加我".)
        if run[-1] in "一两" and following and is_cjk(following):
            if not any(ch in _CN_DIGITS for ch in run[:-1]):
                return run + kept
            return digits[:-1] + run[-1] + kept
        return digits + kept
    if _SERVICE_READ_OUT.fullmatch(digits) and not _ACCOUNT_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
        # "四零零八二零五五五五": a firm's 400 or 800 line, read out, names no one and stays as written (tune 36)
        return run + kept
    return (digits if len(digits) >= 7 else run) + kept


_SERVICE_READ_OUT = re.compile(r"(?:400|800)\d{7}")
# (The labels of `_QQ` and `_WECHAT`, then only letters spelled out, or a plate's province and letter: see `_PLATE`.)
_SHORT_ID_BEFORE = re.compile(
    r"(?:(?:qq|QQ|Q号|q号|扣扣|企鹅|微信|威信|薇信|[Vv]信|(?<![A-Za-z])(?:vx|VX|wx|WX))(?:号码?|号)?\s?(?:是|为|:)?\s?"
    r"(?:[A-Za-z]\s?){0,8}"
    rf"|(?<![A-Za-z0-9])[{_PLATE_PROVINCES}][A-Z]\s?)\Z"
)
# (Unless a label says whose number it is: "我的QQ是四零零一二三四五六七", a review found.)
_ACCOUNT_BEFORE = re.compile(r"(?:qq|QQ|Q号|q号|扣扣|企鹅|微信|账号|帐号|卡号|手机|我[^\d,，。]{0,6})[^\d]{0,6}\Z")


def _amounts(text: str, vault: _Vault) -> str:
    def replace(match: re.Match[str]) -> str:
        prefix, number, unit, yuan = match.group("prefix"), match.group("number"), match.group("unit"), match.group("yuan")
        unit = to_simplified(unit) if unit else unit
        following = text[match.end() : match.end() + 1]
        if unit == "块" and len(number) == 1 and not number[0].isdigit() and not prefix:
            if _MEASURE_AFTER.match(following) or text[match.start() - 1 : match.start()] in ("这", "那", "這", "哪"):
                return match.group(0)  # "三块蛋糕", "一块儿", "这一块的钱": 块 counts pieces or an area there
        decimal = unit is None and _IN_CENTS.fullmatch(number) is not None and _a_decimal(text, match)
        is_money = (
            bool(prefix)
            or bool(yuan)
            or unit in {"元", "亿元", "万元", "千元", "百元", "元整", "块钱", "块", "圆"}
            or (decimal and _cued_as_cents(text, match))
        )
        if not is_money and not prefix and decimal:
            # A measure, a rate or a sum no word calls one ("东经120.15", "摘要：2023-04-21 29000.51 逾期"): kept as written, so that
            # the digits' pass reads no landline in it.
            return vault.keep(match.group(0))
        before = text[max(0, match.start() - 12) : match.start()]
        cued = _AMOUNT_CUE.search(to_simplified(before)) is not None
        if not is_money and (
            _NOT_MONEY_AFTER.match(text, match.end()) or _COUNT_BEFORE.search(text, max(0, match.start() - 8), match.start())
        ):
            return match.group(0)  # "3万人", "10万公里", "粉丝100万", "播放量超过50万次": counts, not money
        if not is_money and not cued:
            # "欠了12万", "借了三万多": a verb of money before thousands or more; "还剩3.2万": tens of
            # thousands in digits, unless what follows counts something else ("3万人", "10万公里").
            large = unit in {"万", "千", "亿"} or (unit is None and not number[0].isdigit() and _CN_LARGE.search(number))
            digits_wan = number[0].isdigit() and unit in {"万", "亿"}  # (counts returned above)
            if not (digits_wan or (large and _AMOUNT_VERB_CUE.search(to_simplified(before)))):
                return match.group(0)
            is_money = True
        if not is_money and cued and unit is None and not number[0].isdigit():
            return match.group(0)
        value = _parse_amount(number, unit)
        if value is None:
            return match.group(0)
        # (The space after a sum with no unit is the text's: "还了 27000.38 给 李娜", a fresh read.)
        spaces = match.group(0)[match.end("number") - match.start() :] if not (unit or yuan or match.group("tail")) else ""
        return vault.keep(f"〔金额:{amount_band(value)}〕") + spaces

    return _AMOUNT.sub(replace, text)


# Yuan and fen, as a bank's or an app's record writes a sum ("还了27000.38", "手续费18000.79", tune 47): three digits or more, then two
# after the point. Not a date ("2024.06.16", "2025.10" for October), a version or an address's numbers.
_IN_CENTS = re.compile(r"[1-9]\d{2,6}\.\d{2}")


def _a_decimal(text: str, match: re.Match[str]) -> bool:
    """A number with two decimals that is no part of a date, a version or a longer number, nor a year and a month ("2025.10")."""
    start, end = match.span("number")
    # (A minus after no digit is a sign: "交易金额：-27000.38", a fresh read.)
    dashed = text[start - 1 : start] == "-" and text[start - 2 : start - 1].isdigit()
    if text[start - 1 : start] in (".", "/") or dashed or text[end : end + 1] in (".", "/", "-") or text[end : end + 1].isdigit():
        return False
    whole, cents = match.group("number").split(".")
    return not (len(whole) == 4 and whole[:2] in ("19", "20") and 1 <= int(cents) <= 12)


def _cued_as_cents(text: str, match: re.Match[str]) -> bool:
    """A decimal (see `_a_decimal`) written as a sum in yuan and fen."""
    start, end = match.span("number")
    # Only beside money's words, and measuring nothing else (a review found heights, scores, rates, versions and coordinates taken for
    # sums: "身高172.50cm", "年化利率156.43%", "东经120.15", "考研总分385.50分").
    if _MEASURED_AFTER.match(text, end) is not None or _NOT_MONEY_AFTER.match(text, end) is not None:
        return False
    # (In either script: "余額34342.56".)
    return (
        _CENTS_CUE_BEFORE.search(to_simplified(text[max(0, start - 10) : start])) is not None
        or _CENTS_CUE_AFTER.match(to_simplified(text[end : end + 12])) is not None
    )


# What a number of yuan and fen follows or is followed by ("还了27000.38", "手续费18000.79", "转出 37000.18", "37000.55年底前到账").
_CENTS_CUE_BEFORE = re.compile(
    "(?:还|欠|借|转|付|赔|交|缴|扣|费|款|金额|余额|额度|总额|本金|押金|现金|租金|资金|利息|罚息|结清|到手|到账|笔|退回|退|支付|消费|收入|工资"
    "|高达|共计|合计|总计|月初|月中|月底)"
    "[^。!?\n,，;；0-9]{0,4}\\Z"
)
_CENTS_CUE_AFTER = re.compile("[^。!?\n,，;；]{0,8}?(?:到账|罚息|利息|手续费|的费用|元)")
# A unit, a sign or a letter after a number that measures something else ("172.50cm", "156.43%", "385.50分", "3456.78 度").
_MEASURED_AFTER = re.compile(" ?(?:[%‰a-zA-Z:(（]|[分秒度点条名次厘毫克升米里斤平倍]|公里|千米)")


def _parse_amount(number: str, unit: str | None) -> Decimal | None:
    if number[0].isdigit():
        try:
            value = Decimal(number.replace(",", ""))
        except InvalidOperation:
            return None
    else:
        parsed = _parse_cn_number(number)
        if parsed is None:
            return None
        value = Decimal(parsed)
    multiplier = {"亿": 100_000_000, "亿元": 100_000_000, "万": 10_000, "万元": 10_000, "千": 1_000, "千元": 1_000, "百元": 100}
    return value * multiplier.get(unit or "", 1)


def _parse_cn_number(number: str) -> int | None:
    """ "三千五百" → 3500, "两万" → 20000, "十二" → 12; None for digit-by-digit strings."""
    small = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
    big = {"万": 10_000, "亿": 100_000_000, "萬": 10_000, "億": 100_000_000}
    total, section, digit = 0, 0, None
    for ch in number:
        if ch in _CN_DIGITS:
            if digit is not None:
                return None  # "一三八" is read digit by digit, not a quantity
            digit = int(_CN_DIGITS[ch])
        elif ch in small:
            section += (1 if digit is None else digit) * small[ch]
            digit = None
        elif ch in big:
            section += digit or 0
            total = (total + section) * big[ch]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def _masked_groups(match: re.Match[str], vault: _Vault) -> str:
    run = match.group(0)
    if not any(ch in "*＊×●•" for ch in run):
        return run  # plain digit groups are the number pass's
    return vault.keep(_masked_kind(run.replace(" ", "").replace("-", "")))


def _masked_kind(masked: str) -> str:
    if len(masked) == 11 and masked[0] == "1":
        return MOBILE
    if len(masked) in (15, 18):
        return ID_NUMBER
    if 13 <= len(masked) <= 19:
        return BANK_CARD
    return ACCOUNT


# A day written with its month (and year) and a space before the next number: two things, not one number's groups ("10/20 12333已受理",
# "备注：8.4 12378举报", "8/12 8000元", tune 48). The day stays; what follows is typed alone.
_DAY_THEN_SPACE = re.compile(r"(?:(?:19|20)\d{2}[-/.])?(?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])[ \t]+(?=\d)")


def _number(run: str, vault: _Vault) -> str:
    digits = "".join(ch for ch in run if ch.isdigit() or ch in "Xx").upper()
    count = sum(ch.isdigit() for ch in digits)
    if count < 7:
        return run
    day_end = 0
    while (day := _DAY_THEN_SPACE.match(run, day_end)) is not None:
        day_end = day.end()  # (a loop, not a call per day: "9/3 " × 1,000 is one run, a fresh read found)
    if day_end:
        return run[:day_end] + _number(run[day_end:], vault)
    kind = _classify(digits, run)
    if kind is None:
        return run
    if kind == ACCOUNT:
        # Several numbers in a row ("13812345678 13987654321"): type each piece when every piece has
        # a type of its own; otherwise the whole run is one account number.
        pieces = run.split()
        if len(pieces) > 1:
            kinds = [_classify("".join(ch for ch in p if ch.isdigit() or ch in "Xx").upper(), p) for p in pieces]
            if all(k not in (None, ACCOUNT) for k in kinds):
                # ("keep" and a gateway with a number are each read as a run of their own: "20250315 13512345678" had the word "keep"
                # written in the date's place, a review found, and "… 1069013912345678" the gateway's label, a fresh read.)
                return " ".join(
                    _number(p, vault) if k in ("keep", GATEWAY_WITH_NUMBER) else vault.keep(k) if k else p
                    for k, p in zip(kinds, pieces)
                )
    if kind == "keep":
        # (Not a flat's building, unit and room that reads as a public number, "枫林绿洲10-6-1804": left to the estates' and the rooms'
        # passes, tune 44.)
        return run if _ROOM_NUMBER.fullmatch(run) else vault.keep(run)
    if kind == GATEWAY_WITH_NUMBER:
        # "1069 0 13812345678": the gateway prefix stays for reviewers, what is behind it is typed alone.
        gateway, behind = numbers.gateway_split(digits)
        behind_kind = _classify(behind, behind) if len(behind) >= 7 else None
        return vault.keep(gateway) + vault.keep(
            behind_kind if behind_kind not in (None, "keep", GATEWAY_WITH_NUMBER) else ACCOUNT
        )
    return vault.keep(kind)


def _classify(digits: str, run: str) -> str | None:
    """The placeholder for a run of digits, "keep" for official numbers, None for too short."""
    if sum(ch.isdigit() for ch in digits) < 7:
        return None
    if "X" in digits[:-1]:
        return ACCOUNT
    international = run.lstrip("( ").startswith("+") or digits.startswith("00")
    national = digits
    if digits.startswith("0086"):
        national = digits[4:]
    elif digits.startswith("86") and (international or len(digits) == 13):
        national = digits[2:]
    elif international:
        return MOBILE if len(digits) >= 9 else LANDLINE  # foreign numbers: a person's phone all the same
    if national != digits and national and not numbers.is_mobile(national) and national[0] != "0":
        national = "0" + national  # +86 10 6253 1234: the trunk 0 is dropped after a country code
    if numbers.is_mobile(national):
        return MOBILE
    if numbers.is_public(national):
        return "keep"
    if national.startswith("106") and numbers.gateway_split(national)[1]:
        return GATEWAY_WITH_NUMBER
    if re.fullmatch(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])", national):
        return "keep"  # a date written as YYYYMMDD
    if len(national) == 18 and _valid_id18(national):
        return ID_NUMBER
    if len(national) == 15 and _plausible_id15(national):
        return ID_NUMBER
    if 13 <= len(national) <= 19 and national.isdigit() and _luhn(national):
        return BANK_CARD
    if national.startswith("0") and 10 <= len(national) <= 12:
        return LANDLINE
    if len(national) in (7, 8) and national[0] in "23456789":
        return LANDLINE
    if len(national) == 18 and national[:17].isdigit():
        return ID_NUMBER  # 18 digits with a birth date but a wrong check digit: typo in an ID number
    return ACCOUNT


def _valid_id18(number: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == number[17]


def _plausible_id18(number: str) -> bool:
    # An 18-digit ID's region and birth date, whatever its check character.
    return bool(re.fullmatch(r"[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]", number))


def _plausible_id15(number: str) -> bool:
    # Pre-1999 IDs: 6-digit region, YYMMDD birth date, 3-digit sequence.
    return bool(re.fullmatch(r"[1-8]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}", number))


def _luhn(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# Words that make "我们学校", "到了幼儿园" a place spoken of, not a school's name.
# (Nor a kin word: "孩子学校的老师也接到电话了".)
_NOT_A_SCHOOL_NAME = re.compile(
    "[们了的到去在我你他她这那被让给跟怕说讲问称]|告诉|通知|联系|反映|表示|孩子|儿子|女儿|孙子|孙女|外孙|侄子"
    # (Nor a day before a school's stage: "昨天高中同学借了我五百", tune 45.)
    "|昨天|今天|明天|前天|那天|当年|以前"
    # (A relative's stage, no school named: "我侄女幼儿园", "闺女小学的家长群", "我家老二幼儿园的班级"; tune 38.)
    "|侄女|外甥|闺女|老大|老二|老三|老四|老幺|宝宝|弟弟|妹妹"
)
# A verb of going to school right before its kind ("我儿子才上小学", "孙子念小学", "刚进幼儿园"): a child's stage,
# no school named.
_ATTENDS = ("上", "读", "念", "进", "考上", "考进", "考入", "升")


def _school(match: re.Match[str], vault: _Vault) -> str:
    """A named school and class point at a child ("实验中学初二(3)班"); "我们学校门口" names none."""
    name = match.group("school")
    if name.endswith(_ATTENDS):
        return match.group(0)
    # (In simplified characters, one for one: "你想讓學校知道嗎" is 让 + 学校, no school's name.)
    words = list(_NOT_A_SCHOOL_NAME.finditer(to_simplified(name)))
    if not words:
        return vault.keep(ADDRESS)
    cut = words[-1].end()  # "孩子在实验小学三年级二班": the school's name is what follows 在
    if len(name) - cut < 2:
        return match.group(0)
    return match.group(0)[:cut] + vault.keep(ADDRESS)


# Public offices named after the place they serve, right after it (tune 41: "海珠区分局花园派出所").
# (Longest first, so that the office's whole word is found: 街道办事处 before 办事处.)
_OFFICE_AFTER_PLACE = (
    "街道办事处",
    "综治中心",
    "社区居委会",
    "人民法庭",
    "派出所",
    "警务室",
    "警务站",
    "司法所",
    "检察室",
    "街道办",
    "办事处",
    "居委会",
    "法庭",
)

_OFFICE_BEFORE_ADDRESS = re.compile(
    r"(?:法院|法庭|派出所|公安局|公安分局|检察院|仲裁委员会|调解委员会|司法局|司法所"
    # (And a bank's branch or a regulator's office, "光大银行广州市分行（湖滨路92号）", "济南市市场监督管理局（花园路371号）", tune 44.)
    r"|支行|分行|营业部|网点|管理局|税务局|人民政府|办事处|街道办)[(（]\s?(?:地址|住所地)?[:：]?\s?\Z"
)
# A branch's word, after the rest of its street's name too: "上海市新村" + "路支行", tune 44 (the addresses' pass reads simplified
# characters).
_BRANCH_AFTER = re.compile("(?:路|街|大道|大街)?(?:支行|分行|网点|营业室|营业部|分理处)")


def _an_offices_own_address(match: re.Match[str], found: str, lead_end: int) -> bool:
    """The address in brackets right after a court's or a police station's name, on a road, with no flat in it and nothing after the
    bracket that makes it someone's home (not "法院(地址:……幸福小区8号楼602室)其实是我家", "派出所(地点:……)", a review found)."""
    text = match.string
    return (
        _OFFICE_BEFORE_ADDRESS.search(text[max(0, match.start() - 12) : match.start()] + found[:lead_end]) is not None
        and _RESIDENCE_BEFORE_OFFICE.search(text, max(0, match.start() - 16), max(0, match.start() - 4)) is None
        and text[match.end() : match.end() + 1] in (")", "）")
        and _ADDR_ROAD.search(found) is not None
        and _ADDR_UNIT.search(found) is None
        and _A_HOME_AFTER.match(text, match.end() + 1) is None
    )


def _named_after_its_place(match: re.Match[str], found: str, lived: bool, lead_end: int) -> bool:
    """A public office named after the place it serves ("海珠区分局花园" + "派出所"): with no house number, no word of living or label
    before it, and nothing after the office's name that makes it a landmark beside a home ("……派出所西侧平房", a review found)."""
    text = match.string
    if lived or lead_end or _ADDR_NUMBER.search(found) is not None or not text.startswith(_OFFICE_AFTER_PLACE, match.end()):
        return False
    office = next(word for word in _OFFICE_AFTER_PLACE if text.startswith(word, match.end()))
    return (
        _RESIDENCE_BEFORE_OFFICE.search(text, max(0, match.start() - 8), match.start()) is None
        and _BESIDE_AN_OFFICE.match(text, match.end() + len(office)) is None
    )


# What makes an office's address someone's home after all, or a home a landmark's neighbour.
_A_HOME_AFTER = re.compile(
    r"\s?(?:其实|也就是|那是|就是)?(?:是|为)?(?:我|被告|原告|他|她|我们)|的?住处|我家|对面|旁边|附近|隔壁|后面|楼上|楼下"
)
# (Not the 家 of a city's name: "中信银行石家庄市分行（南京路49号）", 张家口, 张家界, tune 44.)
_RESIDENCE_BEFORE_OFFICE = re.compile(r"住|家(?![庄口界港])|地址|地点")
_BESIDE_AN_OFFICE = re.compile(r"(?:东|西|南|北)侧|后面|后边|旁边|对面|附近|隔壁|家属院|宿舍|楼上|楼下")


def _address(match: re.Match[str], vault: _Vault) -> str:
    found = match.group(0)
    if not found:
        return found
    # "住在翠苑小区": after a word of living or sending, an estate alone is where someone lives.
    lived = _RESIDENCE_LEAD.search(match.string[max(0, match.start() - 4) : match.start()] + found[:4]) is not None
    lead = _ADDRESS_LEAD.match(found)
    lead_end = lead.end() if lead else 0
    # A market or a way, not a city or a road, where the next character says so ("民主路菜市" + "场", "去老乡鸡的路" + "上"):
    # only with no word of living or a label before and no city, district or county in it ("住址:郑州市金水区农业路上" is one).
    following = match.string[match.end() : match.end() + 1]
    judged = found
    if (found[-1:], following) in _WORD_GOES_ON and not lived and not lead_end:
        goes_on = found + following
        if _ADDR_ADMIN.search(_NOT_ADMIN.sub("", goes_on)) is None:
            judged = goes_on
    if found.endswith("村镇") and match.string.startswith("银行", match.end()):
        judged = found + "银行"  # "四川村镇" + "银行": a rural bank, no village nor town (see _is_address)
    # (Only where the bank's name stands in it or right before it: not "钱存到建设银行了，我家就在解放路123号营业部楼上", a fresh read.)
    if _BRANCH_AFTER.match(match.string, match.end()) is not None and (
        "银行" in found or match.string.endswith("银行", 0, match.start())
    ):
        return found  # "交通银行哈尔滨市世纪大道" + "支行": a bank's branch named after its street; the branches' pass weighs it (tune 44)
    if _an_offices_own_address(match, found, lead_end):
        return vault.keep(found)  # "……人民法院(地址:……路260号)": a court's or a police station's own address, published (tune 41)
    if _named_after_its_place(match, found, lived, lead_end):
        return vault.keep(found)  # "海珠区分局花园" + "派出所": a public office's name, where no one lives (tune 41)
    if not _is_address(judged, lived, lead_end):
        return found
    keep = ""
    if lead_end and _is_address(found[lead_end:], lived, 0):
        keep = found[:lead_end]
    return keep + vault.keep(ADDRESS)


# A flat's building, unit and room ("23-5-501的范红燕家漏水了", "房号1-6-2201", "9-5-2401邓晶", tune 40): where someone lives, with or
# without the estate's name. (Not a date written day-month-year, "12-05-2024", nor a code or a phone's parts: nothing of letters,
# digits, dots or dashes right before or after.)
# Only beside what says it is a home: a room's or an estate's word before it, or a resident, a home or a name after it (not a pickup
# code, a locker, an exam room, a seat, a clause, a page, a version, a lottery pick: a review of the session's change).
_ROOM_NUMBER = re.compile(r"(?<![A-Za-z0-9\-./#])(\d{1,3})-(\d{1,2})-(\d{3,4})(?![\d\-./:])")
# (Or an estate's name after a city or a district: "苏州市恒大名都3-2-2202".)
_ROOM_BEFORE = re.compile(
    r"(?:房号|房间号?|门牌号?|小区|业主|住在?|住址|地址|物业|管家|号楼|单元|家住)[是为]?[:：]?\s?\Z|(?:市|区|县|镇)[\u4e00-\u9fff]{2,8}\s?\Z"
)
_ROOM_AFTER = re.compile(
    rf"\s?(?:室|号房|的?业主|的[\u4e00-\u9fff]{{2,4}}(?:家|收)|[\u4e00-\u9fff]{{2,3}}(?:收|家|女士|先生)|(?!中了){_SURNAME_FIRST}[\u4e00-\u9fff]{{1,2}}(?<!了)(?=[,，。\s]|$)|\ue000)"
)


def _room_number(match: re.Match[str], vault: _Vault) -> str:
    text = match.string
    if (
        _ROOM_BEFORE.search(text, max(0, match.start() - 14), match.start()) is None
        and _ROOM_AFTER.match(text, match.end()) is None
    ):
        return match.group(0)
    return vault.keep(ADDRESS)


# An address written in English on an international order ("Ship to: Tony Jiang, No. 84 Renmin Road, Unit 5-1803, Jinshui District,
# Zhengzhou", "Rm 1003, Bldg 12, Cuiyuan Estate, No. 323 Jiefang Road, Chaoyang District, Beijing", tune 40): a room and a building,
# or a house number and a road, and the parts after it that name the estate, the district, the city, the province and the postcode.
_EN_ADDRESS = re.compile(
    r"(?:\b(?:Rm|Room|Flat|Apt)\.? ?\d{1,5}[A-Z]?,? ?(?:Unit ?\d{1,4},? ?)?(?:Bldg|Building|Block|Blk)\.? ?\d{1,4}[A-Z]?"
    # (A house number and a road, or an estate's name in pinyin with its building, unit and room, "Yangguang Huayuan 2 Dong 2 Danyuan
    # 2403"; tune 44.)
    r"|\b\d{1,5} (?:[A-Z][a-z]+ ){1,3}(?:Road|Street|Avenue|Lane|Rd|St|Ave|Lu|Jie|Dadao)\b(?=,)"
    r"|\b(?:[A-Z][a-z]+ ){1,3}\d{1,3} ?Dong ?\d{1,2} ?Danyuan ?\d{3,4}\b"
    r"|\b(?:Rm|Room|Flat|Apt)\.? ?\d{1,5}[A-Z]?, (?=(?:[A-Z][a-z]+ ){1,3}(?:Estate|Garden|Gardens|Community|Village|Mansion|Tower|Court))"
    # (A house number and a road only with more of the address after a comma: not "No5 Main Street is a song title".)
    r"|\bNo(?:\. ?| )\d{1,5},? (?:[A-Z][a-z]+ ){1,3}(?:Road|Street|Avenue|Lane|Rd|St|Ave|Lu|Jie|Dadao)\b(?=,))"
    # (What follows: a unit, a road, an estate, a district, a city or a province and the postcode; a single word only before a comma,
    # a postcode, a full stop or the end, so that "… Beijing Apple Store" keeps the shop.)
    r"(?:,? ?(?:(?:Unit|Bldg|Building|Block|Rm|Room) ?\d{1,4}(?:-\d{1,4})?|No\.? ?\d{1,5} (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+"
    r"|(?:[A-Z][a-z]+ ){1,3}(?=(?:Bldg|Building|Rm|Room) ?\d)"
    r"|(?:[A-Z][a-z]+ ){1,3}(?:District|City|Province|Estate|Garden|Gardens|Community|Village|Town|County|Road|Street|New Town|Home)\b"
    r"|[A-Z][a-z]+(?=,|\s\d{6}|\s*$|\.(?:\s|$))|\d{6})){0,8}"
)
# Where an address in English is one to send to: after whom or where it goes ("Ship to:", "Recipient", "Address:", "收件").
_EN_ADDRESS_CUE = re.compile(
    r"(?i:ship to|recipient|address|deliver to|delivery to|consignee|addr|lives? at|living at|resides? at|downstairs at|landlord:|tenant:)"
    r"|收件|地址|寄到|送到|寄往"
)


def _english_address(match: re.Match[str], vault: _Vault) -> str:
    window = match.string[max(0, match.start() - 80) : match.start()]
    window = re.split(r"[.。!?！？\n]\s", window)[-1]  # (in the same sentence: not "… email address. … Room 5, Building 3")
    if _EN_ADDRESS_CUE.search(window) is None:
        return match.group(0)  # (a meeting room, a song, a game level, "No. 10 Downing Street": a review found)
    return vault.keep(ADDRESS)


# An address's last character and the next one that make it a word of no address: 市场, 路上, 路过.
# (And 旗舰, a flagship shop: "稻香村官方旗" + "舰店", tune 40.)
_WORD_GOES_ON = frozenset({("市", "场"), ("旗", "舰"), *(("路", after) for after in "过上费程途")})


# A screenshot's line break right after a level of an address ("刘店乡 \n杨楼村"): read as a space, so the
# address is matched whole; the text keeps its break wherever no address is found across it.
_BREAK_AFTER_LEVEL = re.compile(f"(?<=[省市县区旗镇乡]) ?\n(?=[{_CJK_CHAR}])")


# A home told by a landmark, as neighbours and couriers tell it ("新集镇卫生院后面那栋红砖房", "学府路新华书店对面二楼", "枣林村菜市场后门
# 第三家", "怡景苑北门瑞幸咖啡楼上", "新华路邮政储蓄旁边巷子进去第二家"; tune 44): a road, a town, a village or an estate, a landmark, where
# the home stands from it, and the home (a floor, the nth house, a building of a kind). Not a shop's or an office's place alone ("万达
# 广场对面的火锅店"): the home's word must end it.
_LANDMARK_HOME = re.compile(
    r"(?:(?<=[住在到放回是说去搬送往\s,，:：])|(?<=\ue001)|^)"
    # (The verbs before it are no part of it: "谢英志住" + "枣林村……"; but 放 in "解放路", 前 in "前刘村" are.)
    r"(?:(?![住在到说去往])[\u4e00-\u9fff]){1,6}?(?:路|街|大道|镇|乡|村|小区|花园|家园|新村|名都|华庭|公寓|苑|城(?!隍))"
    r"[\u4e00-\u9fff]{0,8}?(?:斜对面|对面|后面|旁边|隔壁|后门|北门|南门|东门|西门)"
    r"(?:[\u4e00-\u9fff]{0,6}?(?:斜对面|对面|后面|旁边|进去))?"
    r"(?:[一二三四五六七八九两]楼(?![下梯道])|第[一二三四五六七八九十]{1,2}家|那栋[\u4e00-\u9fff]{0,4}?房|[两二三]层小楼|小楼|平房"
    r"|(?:[\u4e00-\u9fff]{2,6}?)?楼上(?!的)(?:那家)?)"
    # (Not where a shop or an office is, "新华书店对面二楼的健身房", "邮局对面二楼办公，是家催收公司", "城隍庙对面第一家是老字号", a review.)
    r"(?![^,，。!?！？\n]{0,3}(?:健身房|店|餐厅|饭店|火锅|奶茶|超市|药店|诊所|办公|营业|开业|老字号|公司))"
)
# An estate named after "住的" ("你住的香樟园房子是租的吧", "你住的盛世华城", tune 44): where someone lives, whatever its name ends with.
_ESTATE_LIVED_IN = re.compile(
    # (Not talk of where one stays, "你住的地方是不是在城里", "你住的是宿舍还是公寓", "学生公寓", a review found.)
    r"(?<=住的)(?![那这哪什]|学生|员工|单身|青年|人才)(?:(?![是在的还有都也不地])[\u4e00-\u9fff]){2,6}?"
    r"(?:小区|花园|家园|园|苑|城|庭|湾|府|公寓|名都|新村|大厦|山庄)"
    r"(?=房子|那套|那栋|那边|里|[我你他她]|[,，。!！?？\s]|$)"
)
# A firm or an office said to be there: its place, no one's home ("催收公司就在解放路法院对面二楼", a review found).
_A_FIRM_IS_THERE = re.compile(
    r"(?:公司|店|机构|律所|事务所|办公室|门店|总部|中心|工作室)[^,，。\n]{0,3}(?:就在|在|位于|搬到)\s?\Z"
)


def _landmark_home(match: re.Match[str], vault: _Vault) -> str:
    if _A_FIRM_IS_THERE.search(match.string, max(0, match.start() - 12), match.start()) is not None:
        return match.group(0)
    return vault.keep(ADDRESS)


# A forest farm's or a farm's work area and its quarters, or a regiment's company of the Xinjiang Production and Construction Corps
# ("汪清林场五工区家属房35号", "新疆生产建设兵团第八师一二一团十七连1号"; tune 44): someone's home, as a village's house is.
_FARM_ADDRESS = re.compile(
    r"(?:(?:新疆生产建设)?兵团)?第?[一二三四五六七八九十\d]{1,3}师[一二三四五六七八九十〇零百\d]{1,5}团[一二三四五六七八九十\d]{1,3}连(?:\d{1,4}号)?"
    r"|(?<=市)[一二三四五六七八九十〇零百\d]{2,5}团[一二三四五六七八九十\d]{1,3}连(?:\d{1,4}号)?"
    r"|(?:(?![住在到放回是说去])[\u4e00-\u9fff]){1,4}?(?:林场|农场|牧场|矿区|林业局)(?:[一二三四五六七八九十\d]{1,3}(?:工区|分场|队|连|作业区))?"
    r"(?:家属房|家属院|家属楼|宿舍)?\d{1,4}号(?!服务器|区服|服)"
)


def _addresses(text: str, vault: _Vault) -> str:
    # Read in simplified characters ("大安區中正路358號16樓" as 大安区…号…楼): one character for one, same places.
    read = to_simplified(text)
    if "\n" not in text and read == text:
        return _ADDRESS.sub(lambda m: _address(m, vault), text)
    read = _BREAK_AFTER_LEVEL.sub(lambda m: m.group(0).replace("\n", " "), read)  # same length, same places
    pieces, pos = [], 0
    for match in _ADDRESS.finditer(read):
        replaced = _address(match, vault)
        if replaced == match.group(0):
            continue
        if vault.restore(replaced) == match.group(0):
            # Kept whole (an office's own address or name): kept as written, in traditional characters too ("武侯區派出所").
            pieces += [text[pos : match.start()], vault.keep(text[match.start() : match.end()])]
            pos = match.end()
            continue
        # The words kept before the address ("老家是") are taken from the text, with any break in them.
        lead = len(replaced.partition(_SENTINEL_OPEN)[0])
        pieces += [text[pos : match.start() + lead], replaced[lead:]]
        pos = match.end()
    return "".join(pieces) + text[pos:]


def _is_address(found: str, lived: bool, lead_end: int) -> bool:
    """`lead_end`: where the words before the address ("寄到", "住在") end in `found`."""
    numbered = bool(_ADDR_NUMBER.search(found))
    # 小区 and 社区 are estates, not districts; 街道 is a district, not a street; 农村 is no village, and a 村镇银行 (a rural
    # bank) no village nor town ("鲁能小区物业费", "田林街道人民法院", "黎平县农村信用社", "四川村镇银行" name no one's home).
    found = found.replace("村镇银行", "银行")
    road = _ADDR_ROAD.search(_NOT_A_ROAD.sub("", found.replace("街道", "")))
    estate = _ADDR_ESTATE.search(found.replace("农村", "").replace("乡村", ""))
    admin = _ADDR_ADMIN.search(_NOT_ADMIN.sub("", found))
    if _ADDR_UNIT.search(found) and not _ONE_UNIT.fullmatch(found[lead_end:]):
        return True  # (but "一栋楼", "一户人家": one of something, no address)
    if numbered and (road or estate or admin):
        return True
    # After a word of living, an estate needs its own name before it ("翠苑小区"), not a bare "村委会".
    lived_estate = lived and estate is not None and estate.start() - lead_end >= 1
    return bool((admin and (road or estate)) or (lived and road) or lived_estate or _ADDR_HAMLET.search(found))


# The national expressways' names, after the two places they join ("沈海高速宁德服务区", "连霍高速", tune 44): before 高速, no person's
# (not "王磊高速出口", a review found). The list of the national trunk network (国家高速公路网规划).
_EXPRESSWAYS = frozenset(
    "京哈 京沪 京台 京港澳 京昆 京藏 京新 沈海 长深 济广 大广 二广 包茂 兰海 渝昆 银百 呼北 沪陕 沪蓉 沪渝 沪昆 福银 杭瑞 宁洛 青银 青兰 "
    "连霍 荣乌 汕昆 广昆 厦蓉 泉南 绥满 珲乌 丹锡 天汕 南珠 张石 京秦 京礼".split()
)


def _is_not_a_name(name: str, after: str, weak: bool = False) -> bool:
    """Common words, institution names ("招联", "工商" before "银行") and greetings are not names.

    `weak`: the place is only weak evidence of a name (the start of a line, before a title, after a
    verb), so a dictionary word there ("经过", "项目经理") is taken for what it is. The word lists are in
    simplified characters, so a name in traditional ones ("嚴重") is weighed as its simplified form.
    """
    name, after = to_simplified(name), to_simplified(after)
    return (
        (weak and is_ordinary_word(name))
        or _a_stage_or_a_day(name)
        or name in _FIRMS_BY_TWO
        or (len(name) == 3 and name[:2] in _FIRMS_BY_TWO and name[2] in "了的说也都吗呢啊")  # ("我转给东方了": 东方 + 了)
        or name in _GREETING_WORDS
        or name in _COMMON_WORDS
        or name[:2] in _COMMON_WORDS
        or (len(name) == 3 and begins_no_given_name(name[1:]))
        or (len(name) == 3 and name[2] in "省市区县镇乡村")  # "白云区,": a place opens the line
        # ("我和常州的朋友借了一点", "家里人和常熟的朋友": 和, 向 or 于 before a city, no surname, tune 45; "专员从达州打来电话", tune 60.)
        or (len(name) == 3 and name[0] in "和向于与跟从" and is_city(name[1:]))
        or (len(name) == 3 and name[2] in "烫烤店馆铺摊坊")  # "麻辣烫的老板", "老谢烧烤的老板": a stall or a shop (tune 39)
        or (len(name) == 2 and name[1] == "氏")  # "王氏修车行": a family, not a person (黎氏荷 goes on past 氏)
        or _NOT_NAME_PARTS.search(name) is not None
        or _ORG_AFTER.match(after) is not None
        or (name in _EXPRESSWAYS and after.startswith("高速"))
        or runs_into_word(name, after)
        or find_institution(name) is not None
        # A kin or role word is a cue, not a name ("大姨的电话", "签收人:门卫"), after 连 too ("连公公都被骚扰了").
        or is_cue_word(name)
        or (name[:1] == "连" and is_cue_word(name[1:]))
        # 第五 counting, not the surname ("第五次打电话", "第五期账单").
        or (name[:2] == "第五" and name[2:3] in _MEASURE_WORDS)
    )


_MEASURE_WORDS = frozenset("次期个天年条名位章节轮回遍页项批届代周月号点层组排步种份张家辆栋集季")
_PERSONAL_AFTER_NAME = {MOBILE, LANDLINE, ID_NUMBER, WECHAT, QQ, EMAIL, BANK_CARD}


def _piece(vault: _Vault, marker: str) -> str:
    found = _SENTINEL_RE.match(marker)
    if not found:
        return ""
    return vault.pieces[int(found.group(1).translate(_PLAIN_DIGITS))]


# --- tables and structured exports -------------------------------------------------------------------
# A contact book or a collector's list, exported: a header row names the columns ("姓名,电话,微信,关系"), and
# what stands under 姓名 is a name, under 微信 an id, whatever it looks like ("江山", "coco2889"). Read by
# column, a cell the name finder cannot tell from a word is still hidden. Also a field of a log line, a
# JSON object, a YAML list or a vCard ("name=黄河", "\"联系人\": \"白雪\"", "- 备注名: 万里", "FN:万福").
_NAME_HEADERS = frozenset(
    "姓名 名字 联系人 联系人姓名 客户姓名 紧急联系人 紧急联系人姓名 备注名 借款人 借款人姓名 户名 收款人 付款人 "
    "name contact contactname contact_name fullname full_name".split()
)
_WECHAT_HEADERS = frozenset("微信 微信号 wx vx wechat weixin".split())
_QQ_HEADERS = frozenset("qq qq号 扣扣".split())
_ADDRESS_HEADERS = frozenset("地址 住址 户籍地址 现住址 家庭住址 居住地址 addr address".split())
# Other column names of such exports: two known names make a header row.
_OTHER_HEADERS = frozenset(
    "关系 与借款人关系 关系类型 称谓 relation 电话 手机 手机号 联系电话 号码 手机号码 mobile tel phone 身份证 身份证号 "
    "证件号码 id_card idcard 车牌 车牌号 车辆 plate plateno 邮箱 email e-mail 电子邮箱 银行卡 银行卡号 卡号 收款卡号 "
    "bank_card bankcard 备注 催记 状态 联系结果 外访结果 remark status 逾期 逾期天数 dpd overduedays 欠款金额 本息合计 "
    "金额 amount amt 序号 no 平台 归属地 号码类型 应还金额 已还金额 借款金额 剩余本金 借款日期 还款状态 催收员 工号 联系次数 "
    "最后联系时间 来电号码 来电时间 通话时长 通话内容 外访日期 证据类型 截图编号".split()
)
_KNOWN_HEADERS = _NAME_HEADERS | _WECHAT_HEADERS | _QQ_HEADERS | _ADDRESS_HEADERS | _OTHER_HEADERS
# How cells of a row are split, tried in this order on a header row.
_CELL_SEPARATORS = (
    re.compile("\t"),
    re.compile(r"[ \t]*\|[ \t]*"),
    re.compile(r"[ \t]*,[ \t]*"),
    re.compile(r"[ \t]*;[ \t]*"),
    re.compile(r" {2,}"),
    re.compile(" "),
)
_HTML_CELL = re.compile(r"<t[dh]>([^<\n]{0,80})</t[dh]>")
# A cell that says there is no value, or a relation, a role or a nickname where a name would be.
_NOT_AN_ID = frozenset(
    "none null unknown relation remark status mobile phone email name contact address addr wechat weixin".split()
)
_NO_VALUE = frozenset("- -- / 无 空 未提供 未知 不详 同上 暂无 none null n/a na".split())
_NOT_A_NAME_CELL = re.compile(
    rf"(?:{_RELATIONS}|宝宝|宝贝|亲爱的|老[婆公妈爸板]|快递小哥|房东|本人)$|^[小老阿][\u4e00-\u9fff]$"
    rf"|^[\u4e00-\u9fff](?:{_HONORIFIC}|姐|哥|叔|姨|总|工)$"
)
_LATIN_NAME_CELL = re.compile(r"[A-Z][A-Za-z'-]{0,15}(?:(?:, ?| |/)[A-Za-z][A-Za-z'-]{0,15}){1,3}")
_CJK_NAME_CELL = re.compile(r"[\u4e00-\u9fff](?:[ ·•‧.]?[\u4e00-\u9fff]){1,9}")
_WECHAT_CELL = re.compile(r"(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z][A-Za-z0-9_-]{2,39}")
_QQ_CELL = re.compile(r"[1-9]\d{4,11}")
_ADDRESS_CELL = re.compile(r"[\u4e00-\u9fff][^\n]{4,60}")
_ADDRESS_PART = re.compile("[省市区县镇乡村路街巷弄号栋幢楼室舍组]")
# Most header rows looked at, and most lines of a text read as rows: an export has tens, a hostile text
# thousands of lines.
MAX_TABLE_LINES = 400
# A header row is a few column names: a longer line is no header (and is not split six ways to find out).
MAX_HEADER = 160


def _name_cell(cell: str) -> bool:
    """A cell under a name column holds a name: not a relation, a role, a nickname or "none"."""
    if cell.lower() in _NO_VALUE or _SENTINEL_OPEN in cell:
        return False
    if _LATIN_NAME_CELL.fullmatch(cell):
        return not _NOT_LATIN_SPEAKERS.intersection(re.split("[ ,/]+", cell.lower()))
    if not _CJK_NAME_CELL.fullmatch(cell):
        return False
    simple = to_simplified(cell)
    return not (
        any(_NOT_A_NAME_CELL.search(part) or part in _NOT_SPEAKERS for part in simple.split(" "))
        or is_role(simple)
        or simple in _NOT_SPEAKERS
        or simple.endswith(("某", "某某", "等"))
        or simple.startswith(("见", "未", "匿名", "某", "暂无", "空", "略", "无", "详见", "本人", "不详"))
        or simple[-1] in "无详见上"
        or find_institution(simple) is not None
    )


def _cell_kind(header: str) -> str | None:
    key = header.strip().strip('"').lower()
    if key in _NAME_HEADERS:
        return NAME
    if key in _WECHAT_HEADERS:
        return WECHAT
    if key in _QQ_HEADERS:
        return QQ
    if key in _ADDRESS_HEADERS:
        return ADDRESS
    return None


def _typed_cell(kind: str, cell: str, vault: _Vault) -> str | None:
    """The placeholder for one cell under a column of `kind`, or None when the cell holds no such value."""
    if kind == NAME:
        return vault.name(cell) if _name_cell(cell) else None
    if _SENTINEL_OPEN in cell or cell.lower() in _NO_VALUE:
        return None
    if kind == WECHAT and _WECHAT_CELL.fullmatch(cell) and cell.lower() not in _NOT_AN_ID:
        return vault.keep(WECHAT)
    if kind == QQ and _QQ_CELL.fullmatch(cell):
        return vault.keep(QQ)
    if kind == ADDRESS and _ADDRESS_CELL.fullmatch(cell) and _ADDRESS_PART.search(cell):
        return vault.keep(ADDRESS)
    return None


def _cell_spans(line: str, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for sep in separator.finditer(line):
        spans.append((pos, sep.start()))
        pos = sep.end()
    spans.append((pos, len(line)))
    if separator.pattern.startswith(r"[ \t]*\|"):
        # A markdown row opens and closes with a bar: the empty ends are no cells.
        if spans and spans[0][0] == spans[0][1]:
            spans = spans[1:]
        if spans and spans[-1][0] == spans[-1][1]:
            spans = spans[:-1]
    return spans


def _header(line: str) -> tuple[re.Pattern[str] | None, dict[int, str], int]:
    """The separator of a header row, the kind of each column read by column, and how many columns.
    (A header row of column names only, none of them a value's, has no kinds and `width` -1.)"""
    if _HTML_CELL.search(line):
        cells = [m.group(1) for m in _HTML_CELL.finditer(line)]
        separator = None
    else:
        for separator in _CELL_SEPARATORS:
            spans = _cell_spans(line.strip(), separator)
            if len(spans) >= 3:
                cells = [line.strip()[a:b] for a, b in spans]
                break
        else:
            return None, {}, 0
    known = sum(1 for c in cells if c.strip().strip('"').lower() in _KNOWN_HEADERS)
    kinds = {i: kind for i, c in enumerate(cells) if (kind := _cell_kind(c)) is not None}
    if known < 2 or known * 2 < len(cells):
        return None, {}, 0
    if not kinds:
        # Column names only ("联系次数\t归属地\t截图编号", "催收员    金额"): -1.
        return None, {}, -1 if _column_names_only(line) else 0
    return separator, kinds, len(cells)


def _names_columns(line: str) -> bool:
    """A header row with nothing typed in it that names two columns or more ("日期,号码,时长,备注")."""
    if _SENTINEL_OPEN in line:
        return False
    cells = _ROW_CELLS.split(line.strip().strip("|"))[::2]
    return len(cells) >= 3 and sum(1 for c in cells if c.strip().strip('"').lower() in _KNOWN_HEADERS) >= 2


def _column_names_only(line: str) -> bool:
    """Every cell of a header row but one at most is a known column name, and nothing in it is typed."""
    if _SENTINEL_OPEN in line:
        return False
    cells = [m.group(1) for m in _HTML_CELL.finditer(line)] or re.split(r"[\t|,;]| {2,}", line.strip().strip("|"))
    cells = [c.strip().strip('"') for c in cells if c.strip()]
    return len(cells) >= 3 and sum(1 for c in cells if c.lower() not in _KNOWN_HEADERS) <= 1


def _table_columns(text: str, vault: _Vault) -> str:
    lines = text.split("\n")
    header: tuple[re.Pattern[str] | None, dict[int, str], int] | None = None
    # Whether a row's cell of a name's shape may be a name: not under a header whose columns hold no name
    # ("日期,号码,时长,备注", "序号,号码,状态,备注").
    names = True
    for n, line in enumerate(lines[:MAX_TABLE_LINES]):
        if not line.strip():
            header, names = None, True
            continue
        found = _header(line) if len(line) <= MAX_HEADER else (None, {}, 0)
        if found[1]:
            header = found
            names = NAME in found[1].values()
        elif found[2] == -1 or (len(line) <= MAX_HEADER and _names_columns(line)):
            names = False
        if found[2] == -1 or (found[1] and _column_names_only(line)):
            lines[n] = vault.keep(line)  # ("姓名\t截图编号": no cue before a name here)
        if found[1] or found[2] == -1:
            continue
        if header is None:
            lines[n] = _ids_in_contact_row(line, vault, names)
            continue
        separator, kinds, width = header
        if separator is None:
            matches = list(_HTML_CELL.finditer(line))
            spans = [m.span(1) for m in matches]
        else:
            offset = len(line) - len(line.lstrip())
            spans = [(a + offset, b + offset) for a, b in _cell_spans(line.strip(), separator)]
        if len(spans) != width:
            lines[n] = _ids_in_contact_row(line, vault, names)
            continue
        pieces, pos = [], 0
        for i, (a, b) in enumerate(spans):
            cell = line[a:b].strip()
            typed = _typed_cell(kinds[i], cell, vault) if i in kinds and cell else None
            if typed is not None:
                start = a + line[a:b].index(cell)
                pieces.append(line[pos:start] + typed)
                pos = start + len(cell)
        lines[n] = "".join(pieces) + line[pos:]
    return "\n".join(lines)


# A row of a contact list with no header ("徐建平 〔手机号〕 coco2889 396 -"): beside two of a person's numbers
# or addresses already typed, a cell of small letters and digits is a chat id.
_ROW_ID = re.compile(r"(?<![^\s,;|])(?=[a-z0-9_-]{0,24}\d)[a-z][a-z0-9_-]{4,24}(?![^\s,;|])")
_ROW_PERSONAL = frozenset({MOBILE, LANDLINE, ID_NUMBER, EMAIL, BANK_CARD, PLATE, ADDRESS, WECHAT, QQ})


# The cells of a row separated by commas, tabs, bars or semicolons (the separators kept, at odd indexes).
_ROW_CELLS = re.compile(r"([ \t]*[,\t|;][ \t]*)")
# What a call log or a collector's list says of a number where a name could stand ("关机", "空号").
_ROW_STATUS = re.compile("关机|停机|空号|正常|已接|未接|拒接|挂断|在忙|通话中|无人接听|已读|未读|已还|结清|逾期|催收")


# The most cells a contact row has: a longer line is no contact list's row (and its cells are not weighed one
# by one).
MAX_ROW_CELLS = 48
# What ends a sentence: a line with it is prose with commas, no row of a table.
_SENTENCE_END = re.compile("[。!?！？]")


def _ids_in_contact_row(line: str, vault: _Vault, names: bool = True) -> str:
    """Ids and names in a row of a contact list with no header. `names` is False under a header that names
    other columns ("日期,号码,时长,备注"): there a cell of a name's shape is what its column holds."""
    if _SENTINEL_OPEN not in line:
        return line
    typed = sum(1 for m in _SENTINEL_RE.finditer(line) if _piece(vault, m.group(0)) in _ROW_PERSONAL)
    separators = line.count(",") + line.count("\t") + line.count("|") + line.count(";")
    if typed < 2 and not 3 <= separators <= MAX_ROW_CELLS:
        return line
    # Cells of a row: four or more, one of them a person's number already typed and nothing else
    # ("-,本人,〔手机号〕,qgrp6ji5kmi7,莫凤英"); not a sentence with commas that holds a number ("他的电话是
    # 〔手机号〕,白天,晚上,…").
    row = False
    if typed >= 1 and 3 <= separators <= MAX_ROW_CELLS and (typed < 2 or names):
        cells = _ROW_CELLS.split(line)
        row = 7 <= len(cells) and _row_shape(cells, vault)
    if typed < 2 and not row:
        return line
    if _ROW_ID.search(line):
        ids = 0

        def chat_id(match: re.Match[str]) -> str:
            nonlocal ids
            if match.group(0) in _NOT_AN_ID:
                return match.group(0)
            ids += 1
            return vault.keep(WECHAT)

        line = _ROW_ID.sub(chat_id, line)
        typed += ids
    if not row or not names:
        return line
    # A cell of a name's shape in such a row is a name, even one that is an ordinary word too ("…,〔微信号〕,
    # 高原,…"): a plain name always, a word only beside two of a person's numbers or ids, alone of its kind
    # in the row, and never one that names no one (白天, 金条, 南京, 移动).
    cells = _ROW_CELLS.split(line)
    found = [(i, cell) for i in range(0, len(cells), 2) if _row_name_cell(cell := cells[i].strip())]
    words = [(i, cell) for i, cell in found if _row_word_cell(cell)]
    for i, cell in found:
        if (i, cell) in words and (typed < 2 or len(words) > 1 or _names_no_one_cell(cell)):
            continue
        cells[i] = cells[i].replace(cell, vault.name(cell))
    return "".join(cells)


def _row_shape(cells: list[str], vault: _Vault) -> bool:
    """One cell holds a person's typed number alone, and no cell ends a sentence."""
    alone = False
    for i in range(0, len(cells), 2):
        cell = cells[i]
        if _SENTENCE_END.search(cell):
            return False
        if not alone and _SENTINEL_OPEN in cell and not _SENTINEL_RE.sub("", cell).strip(" -"):
            alone = any(_piece(vault, m.group(0)) in _ROW_PERSONAL for m in _SENTINEL_RE.finditer(cell))
    return alone


def _row_word_cell(cell: str) -> bool:
    simple = to_simplified(cell)
    return is_dictionary_word(simple) or is_person_word(simple)


def _names_no_one_cell(cell: str) -> bool:
    simple = to_simplified(cell)
    return names_no_one(simple) or is_city(simple)


def _row_name_cell(cell: str) -> bool:
    if not 2 <= len(cell) <= 4 or not all(is_cjk(ch) for ch in cell) or _ROW_STATUS.search(cell):
        return False
    simple = to_simplified(cell)
    single, compound = surname_lexicon()
    surname = simple[:2] if simple[:2] in compound else simple[:1]
    if surname not in single and len(surname) == 1:
        return False
    given = simple[len(surname) :]
    if len(simple) == 3 and len(surname) == 1 and cuts_a_word(simple, ""):
        return False  # "白名单": a surname character, then a word (名单) that is no given name
    return 1 <= len(given) <= 2 and not has_function_character(given) and not is_hand_word(simple) and _name_cell(cell)


# (A remittance advice's parties too: "Remitter: Grace Khoo Wei Jie", "Beneficiary: 夏方舟".)
_FIELD_NAME_KEYS = (
    r"(?:姓名|名字|备注名|联系人姓名|客户姓名|紧急联系人|联系人|(?i:contact_?name|full_?name|name|contact|beneficiary|remitter"
    r"|payee|payer|account[ _]?name|account holder|borrower|guarantor))"
)
# A field of a JSON object ("联系人": "白雪"), of a log line (name=WONG WAI SZE addr=-) or a whole line of a
# YAML list, a form or a vCard ("- 备注名: 万里", "Name: 江河", "FN:万福").
_NAME_FIELD = re.compile(
    rf"\"{_FIELD_NAME_KEYS}\"[ \t]*:[ \t]*\"(?P<json>[^\"\n]{{1,40}})\""
    rf"|(?<![A-Za-z0-9_-]){_FIELD_NAME_KEYS}=(?P<log>[^=\n]{{1,40}}?)(?=[ \t]+[A-Za-z_]{{2,20}}=|[ \t]*$)"
    rf"|^[ \t]*(?:-[ \t]*)?(?:{_FIELD_NAME_KEYS}|FN|N:;?)[ \t]*:?[ \t]*(?P<line>[^\n:;]{{1,30}}?)[ \t;]*$",
    re.MULTILINE,
)
_WECHAT_FIELD = re.compile(
    r"\"(?i:wechat|weixin|wx|vx|微信|微信号)\"[ \t]*:[ \t]*\"(?P<json>[^\"\n]{1,40})\""
    r"|(?<![A-Za-z0-9_-])(?i:wechat|weixin|wx|vx)=(?P<log>[^\s=]{1,40})(?=\s|$)"
)
_ADDRESS_FIELD = re.compile(r"\"(?i:addr|address|地址|住址|现住址|户籍地址|家庭住址)\"[ \t]*:[ \t]*\"(?P<json>[^\"\n]{1,80})\"")


# What a payment form's party field holds when it names no one: the whole value a placeholder for nobody ("Guarantor: Not
# Required", "Remitter: Same As Above", "Remitter: 工资代发"), or a firm's or a payment's word in it ("Payer: Company Account",
# "Payee: Telstra Corporation"). (Not a name with 无 or See in it: "姓名：张无忌", "Name: SEE KAH HOE".)
_NOBODY_VALUE = re.compile(
    r"(?i:n/?a|none|nil|same as above|see attached|not (?:required|applicable)|self(?: transfer)?)|无|本人|同上|工资代发|代发|转账"
)
_FIRM_OR_PAYMENT_WORD = re.compile(
    r"(?i:\b(?:account|transfer|card|debit|credit|revenue|office|online|estate|corporation|corp|company|ltd|limited|bhd|"
    r"berhad|trading|bank)\b)"
)


def _structured_fields(text: str, vault: _Vault) -> str:
    def name(match: re.Match[str]) -> str:
        group = next(g for g in ("json", "log", "line") if match.group(g) is not None)
        value = match.group(group).strip()
        if not value or not _name_cell(value) or _NOBODY_VALUE.fullmatch(value) or _FIRM_OR_PAYMENT_WORD.search(value):
            return match.group(0)
        start = match.start(group) + match.group(group).index(value) - match.start()
        return match.group(0)[:start] + vault.name(value) + match.group(0)[start + len(value) :]

    def address(match: re.Match[str]) -> str:
        typed = _typed_cell(ADDRESS, match.group("json").strip(), vault)
        if typed is None:
            return match.group(0)
        return match.group(0)[: match.start("json") - match.start()] + typed + '"'

    def wechat(match: re.Match[str]) -> str:
        group = "json" if match.group("json") is not None else "log"
        typed = _typed_cell(WECHAT, match.group(group).strip(), vault)
        if typed is None:
            return match.group(0)
        return match.group(0)[: match.start(group) - match.start()] + typed + match.group(0)[match.end(group) - match.start() :]

    text = _NAME_FIELD.sub(name, text)
    if "wx" in text or "vx" in text or "微信" in text or "we" in text.lower():
        text = _WECHAT_FIELD.sub(wechat, text)
    return _ADDRESS_FIELD.sub(address, text)


# --- names found by cue patterns -------------------------------------------------------------------
# Each function replaces one match; `match.string` is the text the pass runs on, for look-ahead.
def _join_spaced_name(match: re.Match[str], vault: _Vault) -> str:
    surname = match.group("surname") or match.group("compound")
    given = re.sub("[ \\-–—]", "", match.group("rest"))
    if _is_not_a_name(surname + given, ""):
        return match.group(0)
    return surname + given


_PLACE_AFTER_DOT = re.compile("(?:(?![在去到住爬])[\u4e00-\u9fff]){0,3}(?:路|街|庙|巷|桥|湖|山|广场|古镇|景区|楼|宫|院|寺|塔)")
# What a location tag's dot follows: the pin, or a city ("📍成都·春熙路", "南京·夫子庙").
_PIN_BEFORE_DOT = re.compile(r"📍[\u4e00-\u9fff]{1,4}\Z")


def _names_apart(text: str, vault: _Vault) -> str:
    """Names written apart character by character; a run that is none ("称 钱" before "钱.凤.霞") is passed
    one character at a time, so the name right after it is still tried."""
    pieces, pos, start = [], 0, 0
    while (match := _NAME_APART.search(text, start)) is not None:
        found, sep, begin = match.group("name"), match.group("sep"), match.start()
        before = text[max(0, begin - len(sep) - 1) : begin]
        # A longer run spaced or dotted apart ("我 叫 王 明 的") has no name's shape.
        inside = before[1:] == sep and "\u4e00" <= before[:1] <= "\u9fff"
        # (Nor a city and a place in it, dotted as a location tag does: "📍成都·春熙路", "南京·夫子庙".)
        place = (
            sep in ".·•・"
            and _PLACE_AFTER_DOT.match(text, match.end()) is not None
            and (
                _PIN_BEFORE_DOT.search(text, max(0, begin - 6), begin + 1) is not None
                or any(text[max(0, begin - k) : begin + 1] in lexicon().cities for k in (1, 2))
            )
        )
        if inside or place or not reads_as_name_apart(found.split(sep), dotted=sep in ".·•・"):
            start = begin + 1
            continue
        pieces += [text[pos:begin], vault.name(found)]
        pos = start = match.end()
    return "".join(pieces) + text[pos:]


# Emoji put between a name's characters, to get past a filter or to vent ("陈😡小😡红", "王💰春花的卡", "屈😭辉 ¥2,000"):
# the pieces joined read as a full name. (Pictographs, flags, dingbats, arrows, clocks and shapes, with the variation
# selectors and the joiner, a space on either side allowed.) Not where the first character ends a word with the one
# before it ("新年快乐🧧万事如意", "拿到了奖金💰开心", "晚安🌙明天见"), nor two pieces that run on into a word
# ("小李👍靠谱", "找老李😂帮忙"): a name of two pieces must end the clause or stand before what a person does.
_EMOJI = "\U0001f000-\U0001faff\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\ufe0e\ufe0f\u200d"
_HAS_EMOJI = re.compile(f"[{_EMOJI}]")
_EMOJI_GAP = f"[ \u3000]?[{_EMOJI}]+[ \u3000]?"
_EMOJI_GAP_AT = re.compile(_EMOJI_GAP + f"[{_CJK_CHAR}]")
# Split names looked for in one text: a real message has a few, a hostile one thousands.
MAX_EMOJI_SPLITS = 60
_EMOJI_SPLIT = re.compile(
    rf"(?P<surname>[{_CJK_CHAR}]){_EMOJI_GAP}(?P<first>[{_CJK_CHAR}])"
    rf"(?:{_EMOJI_GAP}(?P<apart>[{_CJK_CHAR}])|(?P<joined>[{_CJK_CHAR}]))?"
)
# What may follow a name of two pieces ("姚❤️成又打电话来了", "董👉坤把我的身份证", "王💰春花的卡上", "吴😡敏护士").
_AFTER_A_SPLIT_NAME = frozenset("又的了把给说是在也都和跟打让叫要还欠借护医老先女经律总")


def _has_emoji(text: str) -> bool:
    return _HAS_EMOJI.search(text) is not None


# Digits split into groups by emoji, stars or middle dots, to get past a filter or a platform's check ("155⭐2052⭐6396",
# "153·6919·4725", "440305🐷19690511🐷6831", "138 · 1234 · 5678", tune 43): the groups joined, so that the number passes read the
# number whole. The same symbol between every two groups, groups of three digits or more, and joined, a mobile's, an identity card's,
# a bank card's or (after its label) a QQ number's shape; not a date, a season, a list of years, lottery picks or hotlines ("2024·03·15",
# "2022•2023赛季", "05·12·18·23·31", "12315·12345·12378", a review found).
_SPLIT_BY_SYMBOLS = re.compile(
    rf"(?<![0-9A-Za-z])\d{{3,8}}(?P<sep>[ ]?[·•・‧{_EMOJI}]{{1,3}}[ ]?)\d{{3,8}}(?:(?P=sep)\d{{3,8}}){{0,4}}[Xx]?(?![0-9A-Za-z])"
)
_NUMBER_LABEL_BEFORE = re.compile(r"(?:卡号|账号|帳號|身份证号?|身分證|证件号|银行卡|手机号?|电话|號碼|号码)[是为:：]?\s?\Z")
_QQ_BEFORE = re.compile(r"(?:[Qq]{1,2}|扣扣|企鹅)[号號]?[码碼]?\s?[:：]?\s?\Z|扣[:：]\s?\Z")


def _join_split_digits(match: re.Match[str], vault: _Vault) -> str:
    found = match.group(0)
    digits = "".join(ch for ch in found if ch.isdigit() or ch in "Xx")
    before = match.string[max(0, match.start() - 8) : match.start()]
    if _classify(digits, digits) == "keep":
        return found  # ("客服电话400·820·8820": a firm's line, kept as written, a review)
    shaped = (
        numbers.is_mobile(digits)
        or _plausible_id18(digits)
        or _plausible_id15(digits)
        or (16 <= len(digits) <= 19 and digits.isdigit() and _luhn(digits))
        or (5 <= len(digits) <= 11 and _QQ_BEFORE.search(before) is not None)
        # (Or any number after its label: "卡号6222·0212·3456·7895", one digit off, a fresh read found.)
        or (len(digits) >= 7 and _NUMBER_LABEL_BEFORE.search(before) is not None)
    )
    return digits if shaped else found


def _split_digits_gate(text: str) -> bool:
    return ("·" in text or "•" in text or "・" in text or "‧" in text or _has_emoji(text)) and _ANY_DIGIT.search(text) is not None


_ANY_DIGIT = re.compile(r"\d")


def _split_names(
    pattern: re.Pattern[str],
    limit: int,
    text: str,
    vault: _Vault,
    read: Callable[[re.Match[str]], tuple[int, int] | None],
    searched: str | None = None,
) -> str:
    """Each match of `pattern` that `read` finds a name in (its span) becomes a name; where it finds none, the search starts
    afresh one character on ("救命😭 董👉坤" is no 命董坤, but 董👉坤 is a name). At most `limit` matches are tried: a real message
    has a few, a hostile one thousands. `searched`: the text read in simplified characters, one for one, where the pattern is looked
    for ("梓彤說她沒借過" as 梓彤说…)."""
    pieces, pos, at, tried = [], 0, 0, 0
    while tried < limit and (match := pattern.search(searched or text, at)) is not None:
        tried += 1
        span = read(match)
        if span is None:
            at = match.start() + 1
            continue
        pieces += [text[pos : span[0]], vault.name(text[span[0] : span[1]])]
        pos = at = span[1]
    return "".join(pieces) + text[pos:]


def _names_split_by_emoji(text: str, vault: _Vault) -> str:
    simplified = to_simplified(text)  # (one character for one: positions are the same)

    def split(match: re.Match[str]) -> tuple[int, int] | None:
        text, start = match.string, match.start()
        if start and is_cjk(text[start - 1]) and ends_a_word(simplified, start):
            return None
        surname, first, apart, joined = (match.group(g) for g in ("surname", "first", "apart", "joined"))
        readings = []
        # Every character apart: the writer meant it; unless another split name goes on after it ("张😡三😡李😡四": 张三).
        if apart and not _EMOJI_GAP_AT.match(text, match.end()):
            readings.append((first + apart, match.end()))
        # (Two characters joined after the emoji only where they are a given name by themselves: 春花, not 靠谱.)
        tries = [(first + joined, match.end())] if joined and given_name_alone(to_simplified(first + joined)) else []
        for given, end in [*tries, (first, match.end("first"))]:
            following = text[end : end + 1]
            if not following or not is_cjk(following) or following in _AFTER_A_SPLIT_NAME:
                readings.append((given, end))
        for given, end in readings:
            name = to_simplified(surname + given)
            if reads_as_full_name(name) and not _is_not_a_name(name, text[end : end + 6]):
                return start, end
        return None

    return _split_names(_EMOJI_SPLIT, MAX_EMOJI_SPLITS, text, vault, split)


# A bar that screenshot OCR puts inside a name, or a pasted table's cell edge ("户名：郭|明", "独孤|鹏飞", "丁丨哈三", tune 33): the two
# sides joined read as a full name. Not a bar between words ("欠款|逾期", "姓名|电话"): the joined name must read as one, and what
# follows must end it.
_BAR_SPLIT = re.compile(rf"(?P<surname>[{_CJK_CHAR}]{{1,2}}) ?[|丨｜] ?(?P<given>[{_CJK_CHAR}]{{1,2}})")
MAX_BAR_SPLITS = 60
_BARS = frozenset("|丨｜")


def _names_split_by_bars(text: str, vault: _Vault) -> str:
    simplified = to_simplified(text)

    def split(match: re.Match[str]) -> tuple[int, int] | None:
        for cut in (2, 1) if len(match.group("surname")) == 2 else (1,):
            start = match.end("surname") - cut
            if start and (text[start - 1] in _BARS or is_cjk(text[start - 1])):
                continue  # (a cell of a row, "王|张|李", or the end of a word, "石家庄|保定", "甲方|乙方")
            surname = simplified[start : match.end("surname")]
            given = simplified[match.start("given") : match.end("given")]
            for size in (len(given), 1) if len(given) == 2 else (1,):
                end = match.start("given") + size
                following = text[end : end + 1]
                if following in _BARS or following and is_cjk(following) and following not in _AFTER_A_SPLIT_NAME:
                    continue
                if size == 2 and (given[1] in _AFTER_A_SPLIT_NAME or is_dictionary_word(given)):
                    continue  # "郭|明打了电话": 打 is what he did; "钱|多少", "房 | 存款": a word after the bar
                name = surname + given[:size]
                if reads_as_full_name(name) and not _is_not_a_name(name, text[end : end + 6]):
                    return start, end
        return None

    return _split_names(_BAR_SPLIT, MAX_BAR_SPLITS, text, vault, split)


def _name_at_opening(match: re.Match[str], vault: _Vault) -> str:
    if match.group("letter"):
        name = match.group("letter")
        simple = to_simplified(name)
        if (
            _NOT_NAME_PARTS.search(name)
            or is_cue_word(simple)
            or simple[0] in _NOT_A_FRIENDS_NAME
            or simple.endswith("位")
            or names_no_one(simple)
        ):
            return match.group(0)
        return match.group(0)[: -len(name)] + vault.name(name)
    name = match.group("any") or match.group("known")
    if _is_not_a_name(name, match.string[match.end() : match.end() + 6], weak=True) or names_no_one(to_simplified(name)):
        return match.group(0)  # (and "楼主:", "群主:": who posts or runs the group, not who they are)
    if match.group("any") and is_dictionary_word(to_simplified(name)):
        return match.group(0)  # "【菜鸟驿站】抱歉,您…"
    if match.group("any") and (is_cue_word(to_simplified(name)) or _two_words(to_simplified(name))):
        return match.group(0)  # "备注:你们这是…", "截图文字:你们…": a label opens the line
    if match.group("known") and ends_unlike_a_name(to_simplified(name)):
        return match.group(0)  # "柳絮飘,电话还是一直响": a phrase opens the line
    return match.group(0)[: -len(name)] + vault.name(name)


# What opens a word of address but no name ("这位仁兄", "诸位贤弟", "我的贤弟", "老哥", "网友").
_NOT_A_FRIENDS_NAME = frozenset("这那诸各众我你他她在楼上下二感网老")


def _two_words(name: str) -> bool:
    """Four characters that end in a word after no surname ("截图文字"), not a surname and a given name."""
    return (
        len(name) == 4 and name[:2] not in _COMPOUND_SURNAMES and name[0] not in _SURNAME_CHARS and is_dictionary_word(name[2:])
    )


# A form's box for a name, read out after its label ("对方姓名一栏为…"): no name.
_A_FORMS_SLOT = re.compile(r"[一这那此该][栏项格列行处]")


def _name_after_strong_cue(match: re.Match[str], vault: _Vault) -> str:
    name, after = match.group("name"), _following(match.string, match.end(), vault)
    if _is_not_a_name(name, after) or _word_not_titled(name, after) or _cuts_a_cue(name, after):
        return match.group(0)
    simple = to_simplified(name)
    if len(simple) == 3 and simple[0] not in lexicon().surname_tier and is_ordinary_word(simple[1:]):
        return match.group(0)  # "给客户寄贺卡": a verb and a thing, no surname before a word (tune 50)
    if _A_FORMS_SLOT.match(simple):
        return match.group(0)  # "对方姓名一栏为万科物业": the form's box for the name, not a name (tune 58)
    return match.group("lead") + vault.name(match.group("name"))


# A form's field for a person, its whole value up to the next punctuation or line ("借款人:格日勒\n",
# "紧急联系人:乌云其木格(姐姐)"): a name whatever its characters, minority names included.
_PERSON_FIELD = re.compile(
    r"(?m)(?P<lead>(?:借款人|投诉人|来电人|反映人|举报人|申请人|被申请人|申请执行人|被执行人|委托人|代理人|委托诉讼代理人|"
    r"紧急联系人|联系人|当事人|债务人|债权人|担保人|保证人|收款人|户名|姓名|原告|被告|第三人|法定代表人)"
    r"[ \t]*:[ \t]*)(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff·•*]{1,7})(?=[ \t]*(?:[(,、;。\n]|$))"
)


def _person_field(match: re.Match[str], vault: _Vault) -> str:
    name = to_simplified(match.group("name"))
    if (
        _NOT_NAME_PARTS.search(name)
        or is_role(name)
        or _RELATION_WORD.fullmatch(name)
        or name in _NOT_SPEAKERS
        or (is_dictionary_word(name) and not is_person_word(name))
        or name.endswith(("某", "某某", "等"))
        or (len(name) > 5 and not re.search("[·•]", name))
        or re.search("[的了你我他她吗呢吧啊是在要不没把被给请]", name[1:])
        # (过 or 次 inside a phrase, not a name ending in one: "来过医院", "下次再说", but 李过)
        or re.search("[一二三四五六七八九十两几多下每再这上]次|过.", name)
        or name.startswith(("见", "未", "匿名", "某", "暂无", "空", "略", "无", "同", "详见"))
        or find_institution(name) is not None
        or is_ordinary_word(name)
        or re.search("[无不详见同上]$|^本人|^无|^不详", name)
    ):
        return match.group(0)
    title = next((t for t in _FIELD_TITLES if name.endswith(t) and len(name) > len(t)), "")
    if title:
        # "联系人:张经理": the surname is hidden, the role stays.
        return match.group("lead") + vault.name(match.group("name")[: -len(title)]) + match.group("name")[-len(title) :]
    return match.group("lead") + vault.name(match.group("name"))


_FIELD_TITLES = ("经理", "老师", "先生", "女士", "小姐", "律师", "主任", "总", "师傅", "阿姨", "叔叔", "姐", "哥")


# A staff role with a colon: what follows is as often what they say as their name.
_STAFF_CUE = re.compile(r"(?:催收员|业务员|专员|调解员|经办人)\s*:\s*\Z")


def _following(text: str, end: int, vault: _Vault) -> str:
    """The six characters after `end` as written, with kept pieces ("人民法院", a bank's name) restored."""
    return vault.restore(text[end : end + 24])[:6]


_AFTER_RELATION = re.compile(rf"(?:{_RELATIONS}|爸|妈|哥|姐|弟|妹|媳妇|闺女)\s*\Z")


# A child's school year, a stage or a day of its life, where a name would stand after a relative ("他们连我女儿初二的学校", "我孙女
# 满月那天", "等我外甥高考以后", "我跟老板解释了"; tune 38): never a name there. (A relative's name that is a word, "女儿高洁", stays a
# name: only these.)
_STAGES_AND_DAYS = frozenset(
    "高一 高二 高三 高中 高考 中考 初一 初二 初三 初中 小学 中学 大学 大一 大二 大三 大四 研一 研二 研三 小班 中班 大班 满月 周岁 百天 "
    "毕业 复读 上学 放学 开学 解释 幼儿 学前".split()
)


def _a_stage_or_a_day(name: str) -> bool:
    """The word is a school year or a day of a child's life (初二, 高考以…), not a name that opens with one (高一鸣, 高中华: a
    blind review found those kept): the stage alone, or the stage and a character that no given name holds."""
    simple = to_simplified(name)
    return simple[:2] in _STAGES_AND_DAYS and (
        len(simple) == 2 or lexicon().given_weight.get(simple[2], -9) < GIVEN_WEIGHT["possible"]
    )


# What a question asks right after a relative or a role ("你们找领导干嘛？", "找我妈干啥": a blind review).
_ASKING_WHY = ("干嘛", "干啥", "干什么", "做啥", "为啥")


def _name_after_context(match: re.Match[str], vault: _Vault) -> str:
    name, after = match.group("name"), _following(match.string, match.end(), vault)
    if _a_stage_or_a_day(name) or to_simplified(name).startswith(_ASKING_WHY):
        return match.group(0)
    lead, start = match.group("lead").rstrip(" :："), match.start()
    if any(is_hand_word(to_simplified(match.string[max(0, start - back) : start + len(lead)])) for back in (1, 2)) or any(
        is_hand_word(to_simplified(match.string[start + len(lead) - 1 : start + len(lead) - 1 + length])) for length in (3, 4)
    ):
        # "钱大妈官方客服电话", "老干妈门店在招人": the cue word ends a shop's name; "吃叫花鸡": it begins a dish's (tune 30)
        return match.group(0)
    if match.group("lead") == "叫" and match.string[max(0, match.start() - 2) : match.start()].endswith(_ASKING_WHAT):
        return match.group(0)  # "啥叫支付令", "什么叫失信": a word asked about, not a person called so
    if is_cue_word(to_simplified(name)):
        return match.group(0)  # "签收人:门卫": a role, not who
    # (The name's first two characters, and the character after them: a name may be one character, a surname before a title, "我同事
    # 王先生".)
    head, next_one = to_simplified(name[:2]), match.string[match.start("name") + 2 : match.start("name") + 3]
    # Right after a relation, a word that the sentence goes on from: "同事方便接电话吗", "我爸方便的时候", "我邻居金额都听见了", "同事万一
    # 被打电话", "我妈连夜哭了" (tune 54), and a dictionary word too, "我表哥安慰了我半天", "你弟弟万事都要有证据" (tune 59); not a season,
    # "我嫂子白露被吓得", nor a word that stands alone as a name would, before a list's word or the clause's end, "他们打给我表妹严肃了", "我老婆
    # 成功和她弟弟……"; nor a word whose second character is a likely given one, or that a likely given character follows: "我表哥韩文打电话
    # 问过", "我同事冷静在门口", "我妈周一梅在住院", "我哥万一鸣在外地", a review of the change; nor before what a person then did: "我同事
    # 郑重说过", "我舅舅成功去派出所报案了", "我妹妹乐意昨天回过电话", a review.
    # (Weighed only where the head is a word at all: both uses below ask that first.)
    a_word_after_a_relation = (
        (is_hand_word(head) or is_ordinary_word(head))
        and _AFTER_RELATION.search(match.group("lead")) is not None
        and not is_person_word(head)
        and not is_season(head)
        and not _ALONE_AFTER.match(match.string, match.start("name") + 2)
        and not likely_given(head[1:])
        and not likely_given(to_simplified(next_one))
        and next_one not in _WHAT_A_PERSON_DID_NEXT
    )
    if (
        (
            is_hand_word(head)
            and (
                match.group("lead").rstrip(" :").endswith(("本人", "客户", "用户", "喂", "致"))
                # (A speaker's label, kin and a colon: not a field's, "收款人：安全", "申请人：严格".)
                or (
                    match.group("lead").rstrip(" ").endswith(":")
                    and _AFTER_RELATION.search(match.group("lead").rstrip(" :")) is not None
                )
                or a_word_after_a_relation
            )
            # (A dictionary word, not a place nor before what only a person does: "我弟弟江南问的", "姐姐江北可以作证".)
            or (
                a_word_after_a_relation
                and is_ordinary_word(head)
                and not is_place(head)
                and not said_of_a_person(rest := match.string[match.start("name") + 2 : match.start("name") + 10])
                and not rest.startswith(lexicon().person_acts)
            )
        )
        and not after.lstrip().startswith(_TITLES_AND_HONORIFICS)
    ):
        # "本人: 万一我还不上呢", "二姐：周末在延安路碰头": after a cue or a speaker a sentence may follow, a listed word is a word
        return match.group(0)
    if _GREETING_CUE.match(match.group("lead")) and _word_not_titled(name, after):
        return match.group(0)  # "尊敬的公众", "尊敬的车主", "我是房东"
    if (
        _STAFF_CUE.search(match.group("lead"))
        and is_dictionary_word(to_simplified(name))
        and not is_person_word(to_simplified(name))
    ):
        return match.group(0)  # "客服专员:江苏分行将…", "催收员:金额以…": what a member of staff says, not who
    closed = (
        match.group("lead").rstrip(" ").endswith(("是", "为", "叫", ":")) and _CLOSES_A_LABELLED_NAME.match(after) is not None
    )
    simple = to_simplified(name)
    if _a_bodys_name(simple, after, closed):
        return match.group(0)  # "开户名:居委会", "经办人写的是居委会", "对方户名是支付公司": a body's name, not a person's
    if cuts_a_word(simple, to_simplified(after[:1]), labelled=True, closed=closed) and not after.lstrip().startswith(
        _TITLES_AND_HONORIFICS
    ):
        return match.group(0)  # "用户能修改", "用户解锁" (and in traditional characters, "本人查詢徵信")
    if (
        len(name) == 2
        and name[0] == name[1]
        and any(is_hand_word(to_simplified(name + after[:extra])) for extra in (1, 2) if len(after) >= extra)
    ):
        # "我是豆豆钱的" (tune 46): a doubled nickname that a word listed by hand runs on past (not "催收员黄梅天天打电话", 黄梅天)
        return match.group(0)
    if len(simple) >= 2 and simple[:2] in _CUE_WORDS and not after.lstrip().startswith(_TITLES_AND_HONORIFICS):
        return match.group(0)  # "岳父岳母刚做完手术", "同事朋友都知道了": a second relation after the first, not a name
    if (names_no_one(simple, False) or (len(simple) == 3 and names_no_one(simple[:2], False))) and not after.lstrip().startswith(
        _TITLES_AND_HONORIFICS
    ):
        return match.group(0)  # "我儿子高烧,", "我爸车祸,", "我妈高兴吗", "我是白领": what ails one or what one is
    if match.group("lead").endswith("发小") and is_ordinary_word(to_simplified(name)) and not is_person_word(to_simplified(name)):
        return match.group(0)  # "发小广告", "发小卡片": 发 hands out something 小, no childhood friend is named
    if runs_into_word(to_simplified(name), to_simplified(after)):
        return match.group(0)  # "客服专员:高峰期间…", "客服专员:石磊路支行…"
    if (
        name[0] in "能那别不没快也都又还就才再"
        and _AFTER_RELATION.search(match.group("lead")) is not None
        and not after.lstrip().startswith(_TITLES_AND_HONORIFICS)
    ):
        # "我弟弟能帮我还", "我哥哥那边说", "乐乐说妈妈别哭了" (tune 46): after a relation, 能, 那, 别, 不, 快 … are words first
        return match.group(0)
    if len(simple) == 3 and simple[0] == "从" and is_city(simple[1:]) and not after.lstrip().startswith(_TITLES_AND_HONORIFICS):
        # "专员从达州打来电话" (tune 60): where a call came from, no 从 surname (but "被告于东兰", "收款人叫于南阳" are people).
        return match.group(0)
    if says_what_of(simple) and not after.lstrip().startswith(_TITLES_AND_HONORIFICS):
        return match.group(0)  # "朋友都躲着我", "借款人和出借人", "我妈妈年纪大了": what is said of them, not who
    if (
        match.group("lead") in _KIN_OF_A_NICKNAME
        and start > 0
        and match.string[start - 1] in _SURNAME_CHARS
        # (Not a kin word itself, "你阿哥時光係咪喺你度", "我师姐文静借了我五千"; nor a given name that is a word too, "江哥海军帮我垫了":
        # a review found.)
        and match.string[start - 1] not in "阿老大小二三表堂干师"
        and is_dictionary_word(simple)
        and not is_person_word(simple)
        and simple[:2] not in lexicon().given_pairs
    ):
        return match.group(0)  # "姜哥水果今天没开", "李姐奶茶": a surname and a kin word, then what the shop sells (tune 39)
    if len(name) > 1 and (name[-1] + after).startswith(_TITLES_AND_HONORIFICS):
        # "我的朋友王小姐": the title begins inside the candidate; the name is the surname before it.
        return match.group("lead") + vault.name(name[:-1]) + name[-1]
    # (Eight characters: all `transliterated_tail` reads, not a copy of the rest of the text at each name.)
    return match.group("lead") + vault.name(name + transliterated_tail(name, match.string[match.end() : match.end() + 8]))


# The last characters of a body's or a firm's name, which a word before them begins (see `_a_bodys_name`).
_A_BODY_ENDS = frozenset("会所局处站办院队部厅委司厂社")
_A_FIRM_ENDS = frozenset({"公司", "银行", "平台", "中心", "集团"})


def _a_bodys_name(simple: str, after: str, closed: bool) -> bool:
    """The candidate after a label is a body's or a firm's name, or begins one that goes on after it: three characters that a label
    names and the clause ends after ("开户名:居委会", "经办人写的是派出所"), two that run into a body's or a firm's last characters
    ("经办人写的是居委会", "对方户名是支付公司", tune 57's phrases)."""
    if len(simple) == 3:
        return closed and simple[-1] in _A_BODY_ENDS and is_dictionary_word(simple) and not is_person_word(simple)
    if len(simple) != 2:
        return False
    next_one, next_two = to_simplified(after[:1]), to_simplified(after[:2])
    return (next_one in _A_BODY_ENDS and is_dictionary_word(simple + next_one)) or (
        next_two in _A_FIRM_ENDS and is_dictionary_word(simple + next_two)
    )


# Who says what someone is called ("她叫夏至", "那个自称柳絮的人", "我叫明月"): the word after is a name whatever
# it means, when it stands alone or before 的人/律师. (A role is no name: "他自称法官", "她叫保安", "我叫保安".)
_CALLED = re.compile(
    rf"(?P<lead>[我他她](?:名?叫|自称)|自称是?|叫做|名字(?:叫|是))(?P<name>{_SURNAME}[{_CJK_CHAR}]{{1,2}}?)"
    rf"(?=$|[\s,.!?;:、。]|的人|律师)"
)
# Who is named as someone's contact, opening a clause ("明月是他的紧急联系人", "江河不是我的紧急联系人"): only a
# person is one, whatever the word means.
_CONTACT_NAMED = re.compile(
    rf"(?:^|(?<=[^{_CJK_CHAR}]))(?P<lead>)(?P<name>{_SURNAME}[{_CJK_CHAR}]{{1,2}}?)(?=(?:不|也|就|才|都|正)?是[^\s,.!?;:]{{0,6}}?联[系络]人)"
)


def _called(match: re.Match[str], vault: _Vault) -> str:
    name, after = match.group("name"), match.string[match.end() : match.end() + 6]
    simple = to_simplified(name)
    if (
        _is_not_a_name(name, after)
        or is_role(name)
        or _RELATION_WORD.fullmatch(name)
        or is_cue_word(name)
        or names_no_one(simple, False)
        or (is_city(simple) and not _CLAUSE_MARK.match(after))
    ):
        return match.group(0)  # (A city one calls oneself by, then a clause's end, is a name: "自称黄冈,说是外访".)
    return match.group("lead") + vault.name(name)


_CLAUSE_MARK = re.compile(r"[,.!?;:、。]")
# What a person named right before it did or does (see `_name_after_context`).
_WHAT_A_PERSON_DID_NEXT = frozenset("说去在已昨今不又也还就")
# Where a name standing alone would end: the text's or a clause's end, a list's word, 了 (see `_name_after_context`); not 了 and
# whom a verb was done to ("你女儿安慰了我半天", tune 59); a bracket ("其亲属关爱（父）").
_ALONE_AFTER = re.compile(r"\s*(?:$|[,.!?;:、。，！？；：和与跟及(（]|了(?![我你他她]))")


def _contact_named(match: re.Match[str], vault: _Vault) -> str:
    simple = to_simplified(match.group("name"))
    if names_no_one(simple) and not is_season(simple):
        return match.group(0)  # "以前是我的紧急联系人": a time is nobody's contact (but 夏天 and 白露 are names too)
    return _called(match, vault)


# A surname and a word that parents give as a name ("团结", "如意", "成功", "诚实"), right after a cue that only a
# person follows: a party's or a form's label, a kin word, a colleague ("收件人:徐团结", "室友黄如意接了",
# "承办人张诚实"). Other passes take the word for a word; here the cue decides. Not when the surname and the
# word's first character make a word themselves ("我老公高兴坏了", "我哥马上到"), after a surname that is more often a
# conjunction ("紧急联系人和担保人"), or before 人 ("担保人").
_WORD_NAME_CUES = (
    "收件人|寄件人|收货人|联系人|紧急联系人|承办人|经办人|原告|被告|第三人|申请人|被申请人|法定代表人|委托代理人|"
    "委托诉讼代理人|户名|对方户名|开户名|收款人|付款人|收款方|车主|坐席|组长|组员|辅导员|家长|质检员|处理人|复核|"
    "姓名|名字|室友|同事|领导|主管|人事|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|小叔子|大伯子|妯娌|二婶|婶婶|舅舅|"
    "舅妈|姑姑|姨妈|老公|老婆|妻子|丈夫|爱人|儿子|女儿|哥哥|姐姐|弟弟|妹妹|父亲|母亲|公公|婆婆|岳父|岳母|女婿|儿媳|"
    "发小|闺蜜|邻居|房东|老乡|证人|签收人"
)
_WORD_NAME_SURNAMES = "".join(sorted(ch for ch, tier in lexicon().surname_tier.items() if tier in ("common", "frequent")))
_WORD_NAME = re.compile(rf"(?P<lead>(?:{_WORD_NAME_CUES})\s*(?::\s*)?)(?P<name>[{_WORD_NAME_SURNAMES}][{_CJK_CHAR}]{{2}})(?!人)")


# A name with its middle character masked and its last one shown ("郭X杨", "于*英", "呼延x婷"): the surname and a
# given-name character still narrow it to one person (a bare "王*" or "王XX" does not, and stays).
_HALF_MASKED_NAME = re.compile(rf"(?<![A-Za-z0-9*＊×])(?P<name>{_SURNAME}[*＊xX×][{_CJK_CHAR}])(?![{_CJK_CHAR}A-Za-z0-9*＊×])")


# A name glued to where the person works: a city's branch or head office, a people's hospital ("X深圳分公司的",
# "X人民医院上班"); the place alone ("深圳分公司的人", "县人民医院") names no one.
_NAME_BEFORE_WORKPLACE = re.compile(
    rf"(?:^|(?<=[^{_CJK_CHAR}])|(?<=[的是]))(?P<name>{_SURNAME}[{_CJK_CHAR}]{{1,2}})"
    rf"(?=(?P<city>[{_CJK_CHAR}]{{2,3}}?)(?:分公司|总部|分部)|人民医院)"
)


def _name_before_workplace(match: re.Match[str], vault: _Vault) -> str:
    name = match.group("name")
    simple = to_simplified(name)
    city = match.group("city")
    if (
        (city is not None and not is_city(to_simplified(city)))
        or simple[-1] in "省市区县镇乡村庄屯寨堡湾沟集"  # (a village's hospital too: "庞各庄人民医院", tune 29)
        or is_city(simple)
        or is_place(simple)
        or _is_not_a_name(name, "", weak=True)
    ):
        return match.group(0)
    return vault.name(name)


_FIELD_END = re.compile(r"[ \t]*(?:$|\n|[,;/|(])", re.MULTILINE)


def _word_name(match: re.Match[str], vault: _Vault) -> str:
    lead, raw = match.group("lead"), match.group("name")
    name = to_simplified(raw)
    given = name[1:]
    # A field's value standing alone ("收件人:徐可以" at the line's end) may be a word with a function character
    # in it (可以, 不凡, 要强); in running text such a word goes on the sentence ("我表哥王可以帮忙").
    alone = _FIELD_END.match(match.string, match.end()) is not None and lead.rstrip().endswith(":")
    if (
        name[0] in _FUNCTION_SURNAMES
        or not is_dictionary_word(given)
        or is_dictionary_word(name[:2])
        or is_ordinary_word(name[:2])
        or is_ordinary_word(name)  # "我岳父高血压住院了" (tune 54): a word of three, what ails him
        or (not alone and (any(ch in _NAME_STOP for ch in given) or has_function_character(given)))
        or is_cue_word(given)
        or is_role(given)
        or (not alone and begins_no_given_name(given))  # "人事:钱什么时候还" (tune 30); not "收件人:龚可以" alone
        or find_institution(name) is not None
    ):
        return match.group(0)
    return lead + vault.name(raw)


def _names_after_context(text: str, vault: _Vault) -> str:
    """`_name_after_context` on every match; a transliterated name longer than the pattern's three
    characters ("老乡穆萨喀迪尔") is taken whole, and the characters it took are not matched again."""
    pieces, pos = [], 0
    for match in _NAME_AFTER_CONTEXT.finditer(text):
        if match.start() < pos:
            continue
        replaced = _name_after_context(match, vault)
        pieces.append(text[pos : match.start()])
        pieces.append(replaced)
        pos = match.end()
        if replaced != match.group(0):
            # (Eight characters: all `transliterated_tail` reads. The rest of the text, copied at each name, made the pass quadratic.)
            pos += len(transliterated_tail(match.group("name"), text[pos : pos + 8]))
    return "".join(pieces) + text[pos:]


# The kin words that make a nickname after a surname ("姜哥", "李姐", "王叔").
_KIN_OF_A_NICKNAME = frozenset("哥姐嫂叔姨婶")


def _word_not_titled(name: str, after: str) -> bool:
    """A dictionary word after a cue is the word ("尊敬的车主"), unless a title follows ("尊敬的高峰先生").

    A greeting after it ("尊敬的车主您好") makes a name only of a word that is a name too (高峰, 白雪).
    """
    name = to_simplified(name)
    if not is_dictionary_word(name):
        return False
    titles = _TITLES_AND_HONORIFICS if is_person_word(name) else _TITLES
    return not after.lstrip().startswith(titles)


def _cuts_a_cue(name: str, after: str) -> bool:
    """The candidate and what follows are one word ("尊敬的当事人", "亲爱的永升物业人力")."""
    name = to_simplified(name)
    if (name + after[:1]) in _ORDINARY_PAIRS or (name + after[:1]) in _CUE_WORDS:
        return True
    # A four-character "name" ending in a frequent word is an organisation ("永升物业").
    return len(name) == 4 and name[:2] not in _COMPOUND_SET and is_dictionary_word(name[2:])


_ORDINARY_PAIRS = ordinary_words()
_FUNCTION_SURNAMES = function_surnames()
_COMPOUND_SET = frozenset(_COMPOUND_SURNAMES)
# The cue words themselves ("尊敬的当事人": 当事 is no name before 人).
_CUE_WORDS = frozenset(_STRONG_CUES.split("|")) | frozenset(_NAME_CONTEXT.split("|"))
# Cues after which ordinary nouns stand as often as names ("尊敬的车主"); after a role ("联系人") or a
# relation a word is a name all the same ("联系人 金文").
_GREETING_CUE = re.compile("尊敬的|亲爱的|致|我是|我叫|本人是")
_TITLES_AND_HONORIFICS = ("先生", "女士", "小姐", "同志", "老师", "经理", "律师", "警官", "阿姨", "叔叔", "同学", "您好", "你好")


def _ends_a_listed_word(text: str, start: int) -> bool:
    """A word listed by hand that began before `start` holds the character there ("历史" before "史换老师", "万紫千红" before
    "红总是春")."""
    # (The few characters around converted once, not each of the nine words tried: asked at each of a run of titles.)
    begin = max(0, start - 3)
    around = to_simplified(text[begin : start + 3])
    return any(
        is_hand_word(around[start - back - begin : start - back + length - begin])
        for back in (1, 2, 3)
        if start >= back
        for length in range(back + 1, 5)
    )


def _name_before_title(match: re.Match[str], vault: _Vault) -> str:
    name = match.group("name")
    if _is_not_a_name(name, "", weak=True):
        return name
    if _ends_a_listed_word(match.string, match.start("name")):
        return name  # "道德与法治换老师了", "这学期生物换老师了": a subject ends where the "name" begins (tune 30)
    if len(name) > 1 and is_role(to_simplified(name)):
        return name  # "辅导老师", "保洁阿姨": a duty before the title (tune 35)
    return vault.name(name)


# Verbs that take a person after them, read as two given characters before a title ("别" + "告诉" + "哥哥").
_TOLD_OR_TROUBLED = frozenset(("告诉", "通知", "转告", "麻烦", "打扰", "连累", "惊动", "吓到", "吓着", "联系"))


def _name_before_honorific(match: re.Match[str], vault: _Vault) -> str:
    name, title = match.group("name"), match.group("title").strip()
    if match.string.startswith(("事务所", "师事务所"), match.end()):
        return match.group(0)  # "北京德衡律师事务所", "XX会计师事务所": a firm's name, not a person's
    if _ends_a_listed_word(match.string, match.start("name")):
        return match.group(0)  # "这学期历史换老师了": a subject ends where the "name" begins (tune 30)
    if len(name) > 1 and name[-1] in "科室部处站院所组":
        return match.group(0)  # "普外科护士站", "财务部会计": a department before the title, not a name
    before = match.string[match.start("name") - 1 : match.start("name")]
    if to_simplified(title) == "护士" and before and is_cjk(before) and before not in "的是找问给告叫和与跟":
        return match.group(0)  # "当班护士", "病区护士", "产房护士": a word ends there, not a surname (a review found)
    if name[0] == "位" and match.string[match.start("name") - 1 : match.start("name")] in tuple("这那哪每各诸几两一這"):
        return match.group(0)  # "这位村主任不在办公室": a measure word after 这, not the surname 位 (tune 36)
    # Every word check reads simplified characters, so "這位社區主任" is judged as "这位社区主任" (one for one:
    # the same places).
    simple, title_simple = to_simplified(name), to_simplified(title)
    if len(name) == 2 and addressed_by_title(match.string, match.start("title")) and two_character_name(simple, True):
        return vault.name(name) + match.group("title")  # "江河女士您好": a word addressed as a person is a name
    if (
        (len(simple) > 1 and (is_ordinary_word(simple) or is_role(simple)))
        or is_ordinary_word(simple + title_simple)
        or (simple + title_simple[:1]) in _ORDINARY_PAIRS
        or runs_into_word(simple, to_simplified(match.string[match.start("title") : match.start("title") + 6]))
    ):
        return match.group(0)  # "项目经理", "班主任", "法务专员", "借钱客户经理", "林林总总"
    start = match.start()
    if (
        len(simple) == 3
        and simple[:2] not in _COMPOUND_SET
        and _ends_a_word_before(match.string, start)
        and is_dictionary_word(simple[1:])
        and not given_name_alone(simple[1:])
    ):
        return match.group(0)  # "请转告贵司部门经理", "甄别真假律师函": a word ends on the surname, a word follows it
    if (
        title_simple == "检察官"
        and ((len(simple) == 1 and simple in "经曾任于向被由连") or simple.endswith("任"))
        and (
            (start > 0 and "\u4e00" <= match.string[start - 1] <= "\u9fff")
            or match.string.startswith(("审查", "批准", "决定", "认定", "起诉", "同意", "建议"), match.end())
        )
    ):
        return match.group(0)  # "经检察官审查后", "他曾任检察官多年": a preposition or a verb before the title
    if len(simple) == 3 and simple[1:] in _TOLD_OR_TROUBLED:
        return match.group(0)  # "别告诉哥哥", "别麻烦老师": a verb before the person, not 别 + a given name (tune 37)
    if simple.startswith("连") and match.string.startswith(("都", "也"), match.end()):
        return match.group(0)  # "连姐姐都被骚扰了", "连车间主任都": 连…都 is "even", not a surname
    if (
        simple == "钱"
        and title_simple == "总"
        and match.string[match.end() : match.end() + 1] in _ALWAYS_AFTER
        and not match.string.startswith("要求", match.end())
        and match.string[start - 1 : start] in _MONEY_BEFORE
    ):
        return match.group(0)  # "欠的钱总要一点点还", "这笔钱总算还清了": money, and 总 "always" (tune 31)
    if len(name) == 1 and (simple in _FUNCTION_SURNAMES or _ends_a_word_before(match.string, start)):
        return match.group(0)  # "由专员指导", "朋友圈和同学群", "授权专员"
    if has_function_character(simple[1:]):
        # "打印的律师函": 的 is in no given name. But the surname may stand after it: "钱付给张经理了".
        cut = next((i + 1 for i in range(len(simple) - 1, 0, -1) if has_function_character(simple[i])), len(simple))
        rest, rest_simple = name[cut:], simple[cut:]
        if (
            rest
            and (rest_simple[0] in _SURNAME_CHARS or rest_simple[:2] in _COMPOUND_SURNAMES)
            and rest_simple not in _FUNCTION_SURNAMES
        ):
            return name[:cut] + vault.name(rest) + match.group("title")
        return match.group(0)
    return vault.name(name) + match.group("title")


# What 总 "always, at last" goes on with, and what stands before 钱 "money" (欠的钱, 这笔钱, 借钱, 还钱).
_ALWAYS_AFTER = frozenset("要是得算归")
_MONEY_BEFORE = frozenset("的这那笔点些欠借还赚花")


def _name_before_greeting(match: re.Match[str], vault: _Vault) -> str:
    name = match.group("name")
    role = next((w for w in _ROLES_GREETED if name.endswith(w) and len(name) - len(w) >= 2), "")
    if role and _a_name_before_its_role(name[: -len(role)], role):
        return vault.name(name[: -len(role)]) + role  # "李娜民警你好", "陈静学姐你好": the name, then the role greeted
    if name in _GREETING_WORDS or any(name.endswith(w) for w in _GREETING_WORDS) or names_no_one(to_simplified(name)):
        return name  # (and "楼主，你好": who posted, not who they are)
    # Before ",您" any clause can stand ("经过核实,您已逾期"): only a surname that is no word counts.
    # Before 您好 the place itself says "name", whatever the surname.
    greeted = match.string[match.end() : match.end() + 4].lstrip(" ,").startswith(("您好", "你好"))
    if not greeted and (name[0] not in _SURNAME_CHARS or is_ordinary_word(name)):
        return name
    if _a_staff_title(to_simplified(name)):
        return name  # "主任您好", "业务主管您好", "客服组长您好", "保洁阿姨您好": who the person is, not their name (tune 35)
    return vault.name(name)


def _a_name_before_its_role(head: str, role: str) -> bool:
    """The two characters before a role greeted are a name: a surname first, and no word or place ("李娜" in 李娜民警, not 社区民警 or
    邢台老乡). Before 客服 a firm stands as often, so only a name's shape that is no firm, place or listed word (杨帆客服, 马超客服; not
    京东客服, 苏宁客服)."""
    simple = to_simplified(head)
    if simple[0] not in _SURNAME_CHARS or is_ordinary_word(simple) or _a_place(simple) or _is_not_a_name(simple, ""):
        return False
    return role != "客服" or two_character_name(simple, True)


# Titles a person is greeted by in place of a name.
_STAFF_TITLES = tuple(
    "主管 主任 经理 专员 组长 律师 法官 阿姨 老师 师傅 医生 会计 总监 警官 检察官 叔叔 科长 处长 所长 站长 行长 队长 班长 顾问".split()
)


def _a_staff_title(name: str) -> bool:
    """The name is a title alone, or a department's or a duty's title ("主任", "业务主管", "客服组长", "保洁阿姨")."""
    for title in _STAFF_TITLES:
        if name.endswith(title):
            head = name[: -len(title)]
            head = head[:-1] if head.endswith("组") else head
            # (Not an ordinary word that opens with a surname before the title: "夏天经理您好", "温柔经理您好" greet a person named so.
            # A region, or a word that opens with no surname, says where or whose: "华南经理您好", "邻居阿姨您好"; not a city that is a
            # name too, a nickname or a solar term, "江山经理您好", "老张叔叔", "立夏阿姨您好": /tmp/review19s.)
            return (
                not head
                or is_role(head)
                or (len(head) > 1 and is_place(head) and head[-1] in "南北东西中区省" and not is_person_word(head))
                or (
                    len(head) > 1
                    and is_dictionary_word(head)
                    and head[0] not in _SURNAME_CHARS
                    and head[0] not in "老小阿"
                    and not is_season(head)
                    and not is_person_word(head)
                )
            )
    return False


def _name_after_verb(match: re.Match[str], vault: _Vault) -> str:
    if _is_not_a_name(match.group("name"), match.string[match.end() : match.end() + 6], weak=True):
        return match.group(0)
    return match.group("lead") + vault.name(match.group("name"))


# The rest of a lending app's name and what only an app has ("乐享" + "借的账单", "融易" + "借的利息太高").
_APP_AFTER_NAME = re.compile("(?:借|贷|花)的?(?:账单|客服|利息|额度|平台|app|APP|官方|还款日|催收)")


# What one borrowed for, read as a surname and a given name before 借 ("盖房子借了两千块", "买车借的钱"; tune 38).
_BORROWED_FOR = frozenset("盖房 买房 修房 租房 建房 买车 修车 看病 治病 结婚 上学 装修 做生意".split())


def _ends_a_word_before(text: str, start: int) -> bool:
    """The character at `start` ends a word with the one before it, both read in simplified characters ("授权专员", and "對於" as
    "对于"): see `names.ends_a_word`."""
    return start > 0 and ends_a_word(to_simplified(text[start - 1 : start + 1]), 1)


def _name_before_debt(match: re.Match[str], vault: _Vault) -> str:
    text = match.string
    name, following = match.group("name"), match.group("next")
    if to_simplified(name)[:2] in _BORROWED_FOR:
        return match.group(0)
    # Right before a person's number ("徐海涛 138…") the place is strong evidence; before a debt word weak.
    before_number = not following or following.isspace()
    if _is_not_a_name(name, text[match.start("next") : match.start("next") + 6], weak=not before_number):
        return match.group(0)
    start = match.start()
    if (
        len(name) == 3
        and start > 0
        and _RELATION_WORD.fullmatch(text[start - 1 : start + 1])
        and not _RELATION_WORD.fullmatch(name[1:])
        and not _is_not_a_name(name[1:], "")
        and _a_given_names_shape(name[1:])
    ):
        # "我老公青山的电话": the "surname" ends a kin word (老公, 外公); the two characters after it are the name (tune 36).
        return name[0] + vault.name(name[1:]) + following
    if _ends_a_word_before(text, start):
        # "有钱花借款": 有钱 is a word, 钱 no surname here; and in traditional characters, "對於惡意拖欠" as "对于" (tune 55).
        return match.group(0)
    if _APP_AFTER_NAME.match(text, match.end("name")):
        return match.group(0)  # "乐享借的账单已出", "融易借的利息": a lending app's name, whose bill or service follows
    if text.startswith(_PEOPLE_OF_A_PLACE, match.start("next")) and (is_city(name) or is_county(to_simplified(name))):
        return match.group(0)  # "林州的亲戚", "祁阳的亲戚" (tune 60): people from a city or a county
    if before_number:
        # Before a number: only a standalone name ("徐海涛 13812345678") and only before a person's number.
        start = match.start()
        if start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
            return match.group(0)
        marker = _SENTINEL_RE.match(text, match.end())
        if marker is None or _piece(vault, marker.group(0)) not in _PERSONAL_AFTER_NAME:
            return match.group(0)
    return vault.name(name) + following


def _nickname(match: re.Match[str], vault: _Vault) -> str:
    name = match.group("name")
    if _NOT_NICKNAMES.match(name) or _is_not_a_name(name, ""):
        return match.group(0)
    return match.group("lead") + vault.name(name)


def _given_names_beside_kin(text: str, vault: _Vault) -> str:
    text = _GIVEN_AFTER_KIN.sub(lambda m: _given_after_kin(m, vault), text)
    text = _GIVEN_BEFORE_KIN.sub(lambda m: _given_before_kin(m, vault), text)
    if "(" not in text:
        return text
    text = _GIVEN_KIN_IN_BRACKETS.sub(lambda m: _given_kin_in_brackets(m, vault), text)
    return _KIN_GIVEN_IN_BRACKETS.sub(lambda m: _given_kin_in_brackets(m, vault), text)


def _given_kin_in_brackets(match: re.Match[str], vault: _Vault) -> str:
    name, start = match.group("name"), match.start("name")
    if not given_name_alone(to_simplified(name)) or reads_as_full_name(
        to_simplified(match.string[max(0, start - 1) : start] + name)
    ):
        return match.group(0)  # "王春燕(我妈)": the full name is taken whole by a later pass
    return match.string[match.start() : match.start("name")] + vault.name(name) + match.string[match.end("name") : match.end()]


def _given_after_kin(match: re.Match[str], vault: _Vault) -> str:
    name, after = match.group("name"), _following(match.string, match.end(), vault)
    simple = to_simplified(name)
    after = to_simplified(after)
    if not given_name_alone(simple) or cuts_a_word(simple, after) or runs_into_word(simple, after):
        return match.group(0)
    if not word_given_name_ends(simple, after):
        return match.group(0)  # "我哥富贵病犯了", "我姐解放前就出生了": the word goes on
    if reads_as_full_name(simple + after[:1]):
        return match.group(0)  # "我老公刘俊良": a full name, taken whole by a later pass
    return match.group("lead") + vault.name(name)


def _given_before_kin(match: re.Match[str], vault: _Vault) -> str:
    if not given_name_alone(to_simplified(match.group("name"))):
        return match.group(0)
    return vault.name(match.group("name")) + match.group("kin")


def _names_in_list(text: str, vault: _Vault) -> str:
    """ "司马相如、诸葛亮亮": a name right after a name placeholder and a list separator.

    One left-to-right walk: each name found becomes the marker the next list item is judged by.
    """
    pieces, pos = [], 0
    found = _LIST_NEXT_NAME.search(text, pos)
    while found is not None:
        name = found.group("name")
        if _piece(vault, found.group("marker")) != NAME or _is_not_a_name(name, "", weak=True):
            pieces.append(text[pos : found.end("marker")])
            pos = found.end("marker")
            found = _LIST_NEXT_NAME.search(text, pos)
            continue
        pieces.append(text[pos : found.start("name")])
        # Search on in the rest, with the new marker in front so the next item sees it.
        text, pos = vault.name(found.group("name")) + text[found.end("name") :], 0
        pieces = ["".join(pieces)]
        found = _LIST_NEXT_NAME.search(text, pos)
    return "".join(pieces) + text[pos:]


def _pinyin_pair(match: re.Match[str], vault: _Vault) -> str:
    surname, given = match.group("surname"), match.group("given")
    if surname.lower() not in _PINYIN_SURNAMES or not _same_case_style(surname, given):
        return match.group(0)
    if match.group("sep") == "." and not (surname.istitle() and given.istitle()):
        return match.group(0)  # "Wang.Fang" as typed into a form: capitalised on both sides only
    if match.group("sep") == "/" and (not (surname.isupper() and given.isupper()) or given.lower() in _SLASHED_NOT_GIVEN):
        return match.group(0)  # "CHENG/JIAN" as on a passport or a ticket: capitals on both sides only
    if surname.islower() and (given in _EN_GIVEN_NOT or (surname in _EN_WORDS_LIKE_PINYIN and not _PINYIN_TWO.fullmatch(given))):
        # "he ping", "long time": lower-case pairs only where neither is English (a given name of two
        # syllables is no English word: "bai zihao")
        return match.group(0)
    bare_given = given.replace("-", "")
    if not _PINYIN_WORD.fullmatch(bare_given) or given.lower() in _EN_GIVEN_NOT:
        return match.group(0)
    if surname.lower() in _EN_WORDS_LIKE_PINYIN and given.lower() in _EN_NOT_NAMES_LOWER:
        return match.group(0)
    return vault.name(match.group(0))


# English words written after a slash ("HE/SHE", "HIM/HER"), not a passport's given name.
_SLASHED_NOT_GIVEN = frozenset("she her him his you we they it or and".split())


def _same_case_style(surname: str, given: str) -> bool:
    """ "Zhang Wei", "ZHANG WEI", "ZHANG Wei", "zhang wei" are names; "Zhang wei" or "zhang Wei" are not."""
    if surname.islower() or given.islower():
        return surname.islower() and given.islower()
    return surname[0].isupper() and given[0].isupper() and (surname.isupper() or not given.isupper())


def _pinyin_given_first(match: re.Match[str], vault: _Vault) -> str:
    given, surname = match.group("given"), match.group("surname")
    if given.islower():
        # All in small letters, as a phone's keyboard leaves them: only a given name of two syllables or more, that no
        # English word spells, before a surname in small letters too ("yandan qiu", "bo-fu peng"; not "change li", nor
        # a road, "renmin lu"), standing among Chinese, not among English words ("please change li to wang").
        bare = given.replace("-", "")
        text = match.string
        cued = _EN_PERSON_CUE_BEFORE.search(text, max(0, match.start() - 10), match.start()) is not None
        # Small letters are how pinyin words are typed too ("meiyou qian", "xiamen shi", "mingtian lai"): a name only after a
        # word for a person or a name (Dear, Contact, 叫, 借款人 …), written with a dash like one ("bo-fu peng"), or the subject
        # of "是我的…" ("yandan qiu是我在国外的表妹").
        named = (
            cued
            or "-" in given
            or _CN_NAME_CUE_BEFORE.search(text, max(0, match.start() - 6), match.start()) is not None
            or _IS_MY_AFTER.match(text, match.end()) is not None
        )
        if (
            not named
            or not surname.islower()
            or (not cued and _LETTER_BEFORE.search(text, max(0, match.start() - 3), match.start()) is not None)
            or (not cued and _LETTER_AFTER.match(text, match.end(), match.end() + 3) is not None)
            or surname in ("lu", "jie", "dao", "hao")
            or not _PINYIN_TWO.fullmatch(bare)
            or bare in _EN_WORDS_LIKE_PINYIN
            or bare in _EN_WORDS_OF_SYLLABLES
            or bare in _EN_GIVEN_NOT
            or bare in _EN_NOT_NAMES_LOWER
            or (given + " " + surname) in _PLACES_IN_PINYIN
        ):
            return match.group(0)
        return vault.name(match.group(0))
    if (given.isupper() != surname.isupper() and not (given.istitle() and len(surname) >= 2)) or not surname[0].isupper():
        return match.group(0)  # ("Xiulan HU", the surname in capitals as on a passport, is a name)
    if given.lower() in _EN_GREETINGS:
        return match.group(0)  # "Hi WANG": the greeting stays (the name after it is taken later)
    if (
        given.lower() in _EN_GIVEN_NOT
        or given.lower() in _EN_WORDS_LIKE_PINYIN
        or given.lower().replace("-", "") in _EN_WORDS_OF_SYLLABLES
        or not _PINYIN_WORD.fullmatch(given.replace("-", ""))
    ):
        return match.group(0)
    if surname.lower() in _EN_WORDS_LIKE_PINYIN and given.lower() in _EN_NOT_NAMES_LOWER:
        return match.group(0)
    if (given + " " + surname).lower() in _PLACES_IN_PINYIN:
        return match.group(0)
    return vault.name(match.group(0))


# Chinese words after which a name follows ("他叫 yandan qiu", "借款人 fengtao zhao"), and 是我/是他 after a name.
_CN_NAME_CUE_BEFORE = re.compile(
    r"(?:叫|名叫|名字是|姓名|名字|联系人|借款人|收款人|户名|签名|写的是|写的|写着|是|你好|您好|找|问|打给|告诉)[:：,，]?[ ]{0,2}\Z"
)
# ... or before what is said of a person: 是我/是他, owing, a greeting to them ("xiaoming wang 欠款三万", "lihua zhang，你好").
_IS_MY_AFTER = re.compile(r"[ ]{0,2}(?:是(?:我|他|她)|欠|[,，][ ]?你好|你好|的(?:电话|手机|身份证|家))")
# An English word right before or after a pair in small letters ("please change li to wang"): English, not a name.
_LETTER_BEFORE = re.compile(r"[A-Za-z][ ]*\Z")
_LETTER_AFTER = re.compile(r"[ ]*[A-Za-z]")
# English words after which a person is named ("Dear gangde xu,", "Contact fengtao zhao at …").
_EN_PERSON_CUE_BEFORE = re.compile(r"(?i:\b(?:dear|hi|hello|contact|call|ask for|attn|mr|ms|mrs)\.?[ ]{1,2})\Z")
# English words spelt as pinyin syllables could be ("wi-fi", "taxi", "data"), before a word that is a pinyin surname too,
# and apps' names in pinyin.
_EN_WORDS_OF_SYLLABLES = frozenset(
    "wifi hifi change china panda banana mama papa baba gaga tango mango bingo dingo lingo bongo tuna puma yoga taxi "
    "data meta beta zeta sushi tofu sofa soda judo gala lama kiwi mocha fanta hobo "
    # and apps' names in pinyin ("叫车didi快")
    "didi taobao tianmao jingdong meituan weixin zhifubao huabei jiebei douyin kuaishou pinduoduo xianyu baidu".split()
)
_EN_GREETINGS = frozenset({"hi", "hey", "dear", "hello", "mr", "mrs", "ms", "miss", "dr", "sir", "attn", "to", "re", "cc"})
_PLACES_IN_PINYIN = {"hong kong", "xi an", "shang hai", "bei jing", "tian jin", "chong qing"}


def _pinyin_surname_alone(match: re.Match[str], vault: _Vault) -> str:
    name = match.group("name").lower()
    if name not in _PINYIN_SURNAMES or name in _EN_WORDS_LIKE_PINYIN:
        return match.group(0)
    return vault.name(match.group(0))


# A name in pinyin after an English word for who someone is ("my ex-colleague Xie Caixia", "my name is Siyuan Xue", "my
# mum, Sun Xiuying"): both words pinyin, one of them a surname.
_PINYIN_AFTER_EN_PERSON = re.compile(
    r"(?:[Mm]y name is|[Cc]olleague|[Ff]latmate|[Rr]oommate|[Cc]lassmate|[Mm]y (?:mum|mom|mother|dad|father|brother|sister|husband|wife"
    r"|son|daughter|friend|cousin|uncle|aunt)),?\s(?P<name>[A-Z][a-z]{1,7}\s[A-Z][a-z]{1,11})(?![A-Za-z])"
)


def _pinyin_after_en_person(match: re.Match[str], vault: _Vault) -> str:
    words = match.group("name").split()
    if not all(_PINYIN_WORD.fullmatch(w) for w in words) or not any(w.lower() in _PINYIN_SURNAMES for w in words):
        return match.group(0)
    return match.group(0)[: match.start("name") - match.start()] + vault.name(match.group("name"))


def _latin_name_after_cue(match: re.Match[str], vault: _Vault) -> str:
    if len(match.group("name").replace("-", " ").split()[0]) < 2:
        return match.group(0)  # a letter alone opens no name (below), and a run of "A胡同A胡同…" asks this 1,250 times
    cue = _CUE_BEFORE_LATIN_NAME.search(match.string, max(0, match.start() - 16), match.start())
    if cue is None:
        return match.group(0)
    words = match.group("name").replace("-", " ").split()
    if cue.group("cn") is not None:
        # Pinyin, or (after a Chinese cue) two or three capitalised words as Malaysian and Singaporean Chinese spell their
        # names in Hokkien or Cantonese ("户名Teh Kah Wai", "表姐Low Boon Hock"), none of them an English word.
        is_name = all(len(w) >= 2 and _PINYIN_WORD.fullmatch(w) for w in words) or (
            cue.group("cn") in _PAYEE_OR_KIN_CUES and _malaysian_name(words)
        )
        if len(words) == 1 and words[0].islower():
            is_name = is_name and len(words[0]) >= 4 and words[0] not in _EN_NOT_NAMES_LOWER
    else:
        is_name = words[0].isupper() and len(words[0]) >= 2 and words[0] not in _EN_NOT_NAMES_UPPER
    return vault.name(match.group(0)) if is_name else match.group(0)


# Whose words a role's label introduces in an English line ("Agent: Please repay today.").
_EN_ROLE_LABEL = re.compile(r"(?:Attorney|Lawyer|Counsel|Agent|Collector|Officer):")


def _english_dear(match: re.Match[str], vault: _Vault) -> str:
    first = match.group("name").split()[0]
    if first in _EN_NOT_NAMES:
        return match.group(0)
    if (
        _EN_ROLE_LABEL.match(match.group("lead"))
        and " " not in match.group("name")
        and re.match(r"\s+[a-z]", match.string[match.end() : match.end() + 2])
        and first not in _CENSUS_GIVEN_NAMES
        and first.lower() not in _PINYIN_SURNAMES
    ):
        # After a role's label a sentence follows as often as a name ("Agent: Please repay today.", "Lawyer:
        # Contact us today."): one capitalised word then small words is a sentence unless it is a given name
        # or a surname ("Agent: Mark Hale called", "Agent: Chen called").
        return match.group(0)
    return match.group("lead") + vault.name(match.group("name"))


_EN_NOT_NAMES_UPPER = frozenset(w.upper() for w in _EN_NOT_NAMES)


# The rest of a company's name after a city's ("武汉" + "恒达资产管理有限公司").
# (Only the rest of a name before them, no verb: "常德胜是集团的老板", "邵阳明被调查了" are people; "东莞" + "鸿达电子有限公司",
# "钦州" + "德和衡律师事务所" are firms.)
_COMPANY_AFTER = re.compile(
    f"(?:(?![是被在的了说给把让为找去跟也都就还又])[{_CJK_CHAR}]){{0,6}}"
    "(?:有限公司|有限责任公司|资产管理|集团有限|股份有限|律师事务所|商务咨询|信息咨询|调查有限|金融服务|科技有限|网络科技)"
)
# What a company does and its legal form, right after its trade name ("金诚" + "网络科技有限公司", "前海德润" +
# "小额贷款有限公司", "鑫达" + "商务外包服务有限公司"), with a city or a province just before or at its start (tune 37). (No verb,
# particle or role between: "王芳在网络科技有限公司上班", "王磊开电子商务公司", "张伟创办网络科技有限公司", "催收员赵敏网络科技公司的"
# are people, a review found.)
_TRADE_NAME_BEFORE = re.compile(
    f"(?:(?![是被在的了说给把让为找去跟也都就还又和与开做搞干负入创任供应成现经员办])[{_CJK_CHAR}]){{0,3}}"
    "(?:小额贷款|融资担保|商务外包|外包服务|网络科技|信息科技|金融信息|金融服务|资产管理|商务咨询|信息咨询|投资管理|融资租赁"
    "|数据科技|电子商务|企业管理|信息技术|网络小额)"
    f"[{_CJK_CHAR}]{{0,6}}?(?:有限责任公司|有限公司|公司)"
)


def _a_place_at(text: str, start: int) -> bool:
    """A city's or a province's name within four characters before `start` or at it ("深圳前" + 海德润, 江苏 + 鑫)."""
    return any(_a_place(text[i : i + 2]) for i in range(max(0, start - 4), start + 1))


# Who a city's name before them is where they are from ("林州的亲戚", "黄石的同事").
_PEOPLE_OF_A_PLACE = ("的亲戚", "的同事", "的朋友", "的老乡", "的同学")


def _names_by_evidence(text: str, vault: _Vault) -> str:
    """Names that no cue pattern caught, weighed by `triage.names.find_names`."""

    # Where a placeholder for a person's number or document starts and ends: asked for every candidate
    # name, so looked up in a set, not by a call into Python each time (a run of surnames asks 9,000 times).
    personal = [m.span() for m in _SENTINEL_RE.finditer(text) if _piece(vault, m.group(0)) in _PERSONAL_AFTER_NAME]
    personal_at = frozenset(start for start, _ in personal).__contains__
    personal_end = frozenset(end for _, end in personal).__contains__
    # Names written in traditional characters ("張偉") are weighed in simplified ones: to_simplified
    # maps one character to one, so the spans found are the spans in the text.
    simplified = to_simplified(text)
    found = find_names(simplified, personal_at, personal_end)
    # A run of one name over and over (a hostile text, a pasted list) weighs each name and what follows it once.
    not_a_name: dict[tuple[str, str], bool] = {}

    def weighed_not_a_name(name: str, after: str) -> bool:
        key = (name, after)
        if key not in not_a_name:
            not_a_name[key] = _is_not_a_name(name, after)
        return not_a_name[key]

    spans = [
        (a, b)
        for a, b in found
        if not weighed_not_a_name(text[a:b].replace(" ", "").replace("\n", ""), _following(text, b, vault))
        and not inside_longer_word(simplified, a, b)
        # (A doubled word is no name however it stands, even as a list's last item: "……黄金周，谢谢", tune 48.)
        and simplified[a:b] not in _DOUBLED_WORDS
        # "邵阳老家的亲戚", "白城老家的房子": a city's name before 老家 is where home is, not whose; nor before a public body.
        and not (simplified.startswith("老家", b) and is_place(simplified[a:b]))
        and not (
            is_place(simplified[a:b])
            and _PUBLIC_BODY_AFTER.match(to_simplified(_following(text, b, vault))) is not None
            and _CUE_BEFORE_A_PLACE.search(simplified, max(0, a - 6), a) is None
        )
        # "林州的亲戚打电话问我", "黄石的同事也收到了": people from a city, not of a person.
        and not (simplified.startswith(_PEOPLE_OF_A_PLACE, b) and is_city(simplified[a:b]))
        # "武汉恒达资产管理有限公司": a city and the first characters of a company's name, not 武 + 汉恒.
        and not (_COMPANY_AFTER.match(simplified, b) is not None and is_city(simplified[a : a + 2]))
        and not (_TRADE_NAME_BEFORE.match(simplified, b) is not None and _a_place_at(simplified, a))
    ]
    # (Joined once, not the text copied at each name: a run of names has thousands.)
    pieces, rest = [], len(text)
    for start, end in reversed(spans):
        pieces += [text[end:rest], vault.name(text[start:end])]
        rest = start
    pieces.append(text[:rest])
    return "".join(reversed(pieces))


# A list written with 、 (its last item after 和, 与 or 及 too): names found among its items, or items that are
# all a surname and one character, make names of its other items of that shape ("王芳、江河、夏天都是我同事",
# "他们找了李强、时光和白露", "郑爽、杨幂都借过钱"). An item is a marker or two characters; the last one ends the
# clause or stands before a character that ends a name (都, 也, 的). Two items joined by 和 alone are a list only
# beside a name found and at a clause's end or before 都, 也, 的 or 说 ("找了李强和时光", not "借款人和出借人").
_NAME_LIST_ITEM = f"(?:\ue000[\ue100-\ue109]+\ue001|[{_CJK_CHAR}]{{2}})"
_LIST_JOINER = "(?:以及|还有|[和与及跟同])"
# Where a list ends: before no character that would run on from its last name, unless how many they are or 一起 follows.
_LIST_ENDS = (
    f"(?!(?![两三四五六七八九几十]个|[两三四五六七八九几十]人|俩|等人|他们|她们|一起|一块)[{_CJK_CHAR}](?<![{_NAME_STOP}]))"
)
_NAME_LIST = re.compile(
    # (A pair not before a list's 、: "昨天跟王芳、江河、夏天都说了" is no pair 昨天跟王芳, a fresh read found.)
    # (And 以及, 还有, 同 join as 和 does: "〔姓名〕和〔姓名〕以及许诺都可以作证", "你让林立同卫星都别接电话", tune 56.)
    f"(?P<run>{_NAME_LIST_ITEM}(?:(?:、{_NAME_LIST_ITEM})+(?:{_LIST_JOINER}{_NAME_LIST_ITEM})?|(?:{_LIST_JOINER}{_NAME_LIST_ITEM})+(?!、)))"
    # (Or before how many they are, "……三个人都被爆了通讯录", tune 46; or before 一起, "蒯敏、顾慧琳一起来的", tune 48: see _LIST_ENDS.)
    + _LIST_ENDS
)
_PAIR_ENDS = frozenset("都也的说")
# A list written with commas, three or more ending in 和 or the like ("打给了向前，〔姓名〕，〔姓名〕和〔姓名〕", tune 56): weighed as the lists
# above, only beside a name found (see `_names_in_a_list`).
_COMMA_NAME_LIST = re.compile(
    f"(?P<run>{_NAME_LIST_ITEM}(?:[，,]{_NAME_LIST_ITEM})+{_LIST_JOINER}{_NAME_LIST_ITEM})" + _LIST_ENDS
)


def _a_pair_of_names_item(item: str) -> bool:
    return two_character_name(item, False) and lexicon().given_weight.get(item[1], -9) >= GIVEN_WEIGHT["likely"]


# How many they are, after two names ("杨彧与〔姓名〕两个人给我做的担保", tune 51).
_HOW_MANY_THEY_ARE = ("两个", "两人", "俩", "等人", "一起", "一块")
_LIST_PIECE = re.compile(f"(?:^|(?<=[、，,和与及跟同])|(?<=以及)|(?<=还有)){_NAME_LIST_ITEM}")


# Countries that begin with a surname's character, in a list of foreigners ("日本人X、韩国人Y、越南人Z").
_COUNTRIES = frozenset("韩国 越南 朝鲜 蒙古 印度 法国 英国 德国 俄国 美国 泰国 老挝 缅甸 马来 菲律宾 印尼".split())


# Doubled characters that are words, not a child's or a friend's nickname (刚刚, 天天, 宝宝, 哥哥).
_DOUBLED_WORDS = frozenset(
    "常常 刚刚 天天 人人 个个 渐渐 慢慢 好好 往往 偏偏 明明 默默 星星 宝宝 娃娃 哥哥 姐姐 弟弟 妹妹 爸爸 妈妈 爷爷 奶奶 叔叔 姑姑 "
    "舅舅 婶婶 伯伯 公公 婆婆 姥姥 嫂嫂 谢谢 匆匆 悄悄 早早 统统 纷纷 仅仅 稍稍 多多 家家 处处 事事 年年 月月 日日 时时 层层 步步 "
    "久久 万万 千千 条条 样样 次次 回回 句句 件件 笔笔 夜夜 代代 世世 生生 轻轻 静静 淡淡 高高 大大 小小 长长 远远 满满 足足 "
    "白白 红红 绿绿 乖乖 哈哈 呵呵 嘿嘿 嘻嘻 嗯嗯 哦哦 啊啊 喂喂 对对 是是 行行 快快 点点 滴滴 拜拜 太太 娘娘 爹爹 孃孃 "
    "嬢嬢 嬷嬷 崽崽 囡囡 狗狗 猫猫 频频 屡屡 种种 微微".split()
)


def _names_in_a_list(text: str, vault: _Vault) -> str:
    def run(match: re.Match[str]) -> str:
        found = match.group("run")
        items = list(_LIST_PIECE.finditer(found))
        named = any(_piece(vault, m.group(0)) == NAME for m in items if m.group(0)[0] == _SENTINEL_OPEN)
        words = [m for m in items if m.group(0)[0] != _SENTINEL_OPEN]
        if not words or (not named and len(words) < len(items)):
            return found
        commas = "，" in found or "," in found
        if commas and not named:
            return found  # (Not "……没有关系，平安，……和……": a clause's last word before a comma, with no name found beside it.)
        if not named and match.string.startswith(("一起", "一块"), match.end()):
            return found  # (Before 一起 only beside a name found: "车险、房险一起买" is no list of names, a review found.)
        # (A pair, not a list: beside 跟, or before how many they are, only a name's shape with a character names are given — 跟 joins a name
        # to anything in chat, "我周末跟〔姓名〕一起去", "〔姓名〕跟金主说了", and so does 和 before a count, "〔姓名〕和金主两个人"; reviews found.)
        strict = False
        if "、" not in found and not commas:
            following = match.string[match.end() : match.end() + 1]
            counted = match.string.startswith(_HOW_MANY_THEY_ARE, match.end())
            if is_cjk(following) and following not in _PAIR_ENDS and not counted:
                return found
            strict = not named or "跟" in found or counted
            # (Two with neither found, each of a name's shape with a likely given character: "钱分别给了赵昶和鲁悦两人", tune 51.)
            if not named and not all(_a_pair_of_names_item(to_simplified(m.group(0))) for m in words):
                return found
        loose = named and not strict
        after = _following(match.string, match.end(), vault)

        # (Each item weighed once: a list of one name over and over, a hostile text, had it weighed thousands of times.)
        @functools.cache
        def listed(item: str) -> bool:
            simple = to_simplified(item)
            # (The cheap checks first: a long list asks this of every item.)
            return (
                simple not in _COUNTRIES
                and not _RELATION_WORD.fullmatch(simple)
                and not _TITLE_AFTER_SURNAME.fullmatch(simple[1:])
                and (
                    (_a_pair_of_names_item(simple) if strict else two_character_name(simple, loose))
                    # (Beside names found, a given name alone or a doubled nickname: "欣然、袁佳琪、贝贝三个人都被爆了通讯录", tune 46.)
                    or loose
                    and len(simple) == 2
                    and simple not in _DOUBLED_WORDS
                    and simple not in _WORDS_AND_PLACES_LIKE_GIVEN
                    and (
                        _a_given_name_alone(simple)
                        and not is_dictionary_word(simple)
                        or simple[0] == simple[1]
                        # (Or a given name listed by hand, a word too, beside a name found: "春花和〔姓名〕都是他堂弟", tune 49. Only where the other
                        # is found first: "春花和德胜" alone stays, 德胜 is found by a later pass.)
                        or simple in lexicon().hand_given_pairs
                    )
                )
                and not _is_not_a_name(item, after)
            )

        if (not named or commas) and not all(listed(m.group(0)) for m in words):
            return found  # (With commas, every item a name's: not "〔姓名〕，在呼和浩特打工", whose 浩特 is one alone.)
        pieces, pos = [], 0
        for m in words:
            if named and not listed(m.group(0)):
                continue
            pieces += [found[pos : m.start()], vault.name(m.group(0))]
            pos = m.end()
        return "".join(pieces) + found[pos:]

    return _COMMA_NAME_LIST.sub(run, _NAME_LIST.sub(run, text))


# A name of a surname and one character glued to a name found, nothing between them: a list written without its commas
# ("分给了吴豪〔姓名〕两个人", "你问问〔姓名〕于勇谁签的字", "上次周桐谭帆吵了一架", tune 50).
_GLUED_BEFORE_A_NAME = re.compile(f"(?P<name>[{_CJK_CHAR}]{{2}})(?P<marker>\ue000[\ue100-\ue109]+\ue001)")
_GLUED_AFTER_A_NAME = re.compile(f"(?P<marker>\ue000[\ue100-\ue109]+\ue001)(?P<name>[{_CJK_CHAR}]{{2}})")


def _names_glued_to_a_name(text: str, vault: _Vault) -> str:
    # A run of one name over and over (a hostile text, a pasted list) weighs each name and what follows it once.
    @functools.cache
    def no_name(name: str, after: str) -> bool:
        # (Its given character one that names are given, and no word: "杭晓梅连打三次" keeps 连打, "王磊车开走了" 车开, "收钱后张伟" 钱后,
        # reviews found.)
        return not _a_pair_of_names_item(to_simplified(name)) or _is_not_a_name(name, after, weak=True)

    def glued(match: re.Match[str]) -> str:
        name = match.group("name")
        # (What follows the name: the name found, where it stands before one, "我们查了吴豪〔姓名〕银行流水", a fresh read found.)
        # (Its first few characters only: `_is_not_a_name` reads six at most, and the rest of a long text, converted to simplified
        # characters at each of a run of names, made this pass quadratic: 22 ms on a run of "陳老師".)
        after = match.string[match.end() : match.end() + 12] if match.start("name") > match.start("marker") else ""
        if _piece(vault, match.group("marker")) != NAME or no_name(name, after):
            return match.group(0)
        return match.group(0).replace(name, vault.name(name), 1)

    for pattern in (_GLUED_AFTER_A_NAME, _GLUED_BEFORE_A_NAME):
        text = pattern.sub(glued, text)
    return text


# A hard line break between two Chinese characters, after a line as long as a screenshot's ("…联系邵\n婷。").
_CJK_BREAK = re.compile(f"(?<=[{_CJK_CHAR}])\n(?=[{_CJK_CHAR}])")
# How much of each line the name finder sees around a break, and how many breaks it looks at.
BREAK_WINDOW = 8
MAX_BREAKS = 60


def _names_across_breaks(text: str, vault: _Vault) -> str:
    """A name an OCR'd screenshot broke over two lines ("向梁\n梦瑶转账"): the name finder weighs the few
    characters on each side as one line, and a name it finds across the break goes, the break inside it."""
    spans: list[tuple[int, int]] = []
    for brk in itertools.islice(_CJK_BREAK.finditer(text), MAX_BREAKS):
        at = brk.start()
        if at - (text.rfind("\n", 0, at) + 1) < 8:
            continue  # a short line ends where its writer ended it, not where a screen wrapped it
        begin = max(0, at - BREAK_WINDOW)
        window = text[begin:at] + text[at + 1 : at + 1 + BREAK_WINDOW]
        for start, end in find_names(to_simplified(window)):
            if start < at - begin < end and not _is_not_a_name(window[start:end], window[end:]):
                spans.append((begin + start, begin + end + 1))
    for start, end in reversed(spans):
        text = text[:start] + vault.name(text[start:end]) + text[end:]
    return text


# A surname alone on its line, its given name of one or two characters opening the next, as a note, a letter or a
# table's cell wraps them ("便签：\n欧\n亮\n1324…", "３　逯\n飞　朋友"): nothing but a name is written so.
_LONE_SURNAME_LINE = re.compile(rf"(?m)(?:^|(?<=[ \t\u3000]))(?P<name>{_SURNAME}\n[{_CJK_CHAR}]{{1,2}})(?=[^{_CJK_CHAR}]|$)")


def _lone_surname_line(match: re.Match[str], vault: _Vault) -> str:
    """Only a pair that reads as a full name by itself (no word: 江\n湖, 高\n兴, 周\n一, 钱\n呢), and not inside a
    run of one-character lines (a poem or a list typed a character a line: 床\n前\n明\n月\n光, 高\n中\n低)."""
    name, text = match.group("name"), match.string
    joined = to_simplified(name.replace("\n", ""))
    if not reads_as_full_name(joined) or _is_not_a_name(joined, _following(text, match.end(), vault), weak=True):
        return name
    start, end = match.span("name")
    # The line before the surname's (or what stands before it on its own line), and the line after the given name's.
    before = after = ""
    if start:
        before = text[text.rfind("\n", 0, start - 1) + 1 : start - 1]
    if text.startswith("\n", end):
        stop = text.find("\n", end + 1)
        after = text[end + 1 : stop if stop >= 0 else len(text)]
    if _ONE_CHARACTER_LINE.fullmatch(before.strip()) or _ONE_CHARACTER_LINE.fullmatch(after.strip()):
        return name
    return vault.name(name)


# (Not 男 or 女: a form's field beside the name.)
_ONE_CHARACTER_LINE = re.compile(f"[{_CJK_CHAR}](?<![男女])")


# A space, an ideographic space or a dash between two Chinese characters: a name may be written apart.
_SPACED_CJK = re.compile(f"[{_CJK_CHAR}][ \u3000-][{_CJK_CHAR}]")
# Spaced names looked for again: a real message has a handful of names, a hostile one hundreds.
MAX_SPACED_NAMES = 40
# From how many names one pass over the text finds those that stand in it faster than a scan of it for each
# (measured: the pass costs as much as about 150 scans, whatever the text's length).
MANY_NAMES = 150


def _names_seen_elsewhere(text: str, vault: _Vault) -> str:
    """A name found in one place goes wherever else it stands ("尊敬的王芳女士……王芳说"), spaced or not."""
    joined = {re.sub(r"[\s\-–—]", "", n) for n in vault.names}
    # And a full name's given name where it stands alone later ("钱雨欣说下个月还，结果雨欣到现在都没动静", "彭雨涵跟我说过，雨涵妈妈也知道",
    # tune 45), as a name that is a word too: only where it acts or is spoken of (not "李建国说他住建国门那边", "孙宇航……宇航员", a review).
    given_parts = (
        {
            given
            for given in map(_given_part, joined)
            if given and given in text and given_name_alone(given) and not _a_place(given)
        }
        if len(joined) <= MANY_NAMES
        else set()
    )
    # (The cheap checks first: a hostile text holds hundreds of names.) A name of three characters or more counts as a word only where
    # the whole of it is one: "沈思雨" found as a name goes everywhere, though 沈思 opens it (tune 45's change).
    names = sorted(
        (n for n in joined if len(n) >= 2 and not _a_word_as_written(n) and not _is_not_a_name(n, "")), key=len, reverse=True
    )
    # A name that is an ordinary word too ("我们车间的组长叫江海，江海说……", "介绍我借网贷的是钱程，钱程自己……") goes again
    # only where it acts or is spoken of, at the head of a clause and before a verb.
    worded = [n for n in joined if 2 <= len(n) <= 4 and _a_word_as_written(n) and n in text and not _is_not_a_name(n, "")]
    if given_parts and len(given_parts) <= MAX_SPACED_NAMES:
        # (With a surname's character before it, the given name makes another full name: "朱春燕……呙春燕说的", tune 45's change.)
        surnamed = re.compile(f"[{_SINGLE_SURNAMES}](?:" + "|".join(map(re.escape, sorted(given_parts))) + ")")
        text = surnamed.sub(lambda m: _surnamed_given(m, vault), text)
    # A given part that is no word goes wherever what follows it is said of a person or ends the clause ("借款人白晓丽是我妹妹，晓丽现在
    # 在泉州打工"); not where it runs on into a word, an idiom or a place ("孙宇航……宇航员", "郑一诺……一诺千金", "刘德胜……德胜门", a
    # review of tune 45). Where it acts, below, any given part goes.
    lex = lexicon()
    unworded = sorted(
        (given for given in given_parts if not is_dictionary_word(given) and given not in lex.word_given_pairs),
        key=len,
        reverse=True,
    )
    if unworded and len(unworded) <= MAX_SPACED_NAMES:
        alone = re.compile(f"(?<![{_CJK_CHAR}])(?:" + "|".join(map(re.escape, unworded)) + f")(?={_AFTER_A_GIVEN_PART})")
        text = alone.sub(lambda m: vault.name(m.group(0)), text)
    worded += [given for given in given_parts if given not in worded]
    if worded and len(worded) <= MAX_SPACED_NAMES:
        acting = re.compile(
            r"(?:^|(?<=[，。！？；：,.!?;:\s])|(?<=结果|后来|然后|但是|可是|昨天|今天))(?:"
            + "|".join(map(re.escape, sorted(worded, key=len, reverse=True)))
            + ")"
            r"(?=说|讲|是|也|都|又|就|自己|跟|给|让|叫|打|还|在|去|来|把|被|妈妈|爸爸|到现在)"
        )
        text = acting.sub(lambda m: vault.name(m.group(0)), text)
    if not names:
        return text
    # Written as found: one C-speed replace per name, longest first. A regex of all the names cost more to
    # compile than the rest of the scrub on a text of hundreds of names (a fresh 5,000-character run of
    # surnames took 135 ms, 49 ms only once Python's regex cache held the pattern).
    looked_for = names
    if len(names) > MANY_NAMES:
        # Most were hidden where they were found: those that stand in the text at all are found in one pass
        # over it (a scan of the whole text for each cost 3 ms on the run of surnames). Hiding one brings no
        # two characters together that stood apart, so no other name comes to stand in the text unless it
        # holds a marker itself.
        standing = _standing_in(text, names)
        looked_for = [name for name in names if name in standing or _PRIVATE_USE.search(name)]
    for name in looked_for:
        if name in text:
            text = text.replace(name, vault.name(name))
    if not _SPACED_CJK.search(text):
        return text
    # Written apart ("王 芳"): the names that may stand so, a bounded number of them, in one pattern.
    pattern = re.compile("|".join("[ \u3000-]?".join(map(re.escape, n)) for n in names[:MAX_SPACED_NAMES]))
    return pattern.sub(lambda m: vault.name(m.group(0)), text)


# What follows a full name's given part standing alone that is said of a person: a mark, a verb or an adverb a person's clause opens
# with, a time, a place of theirs.
_AFTER_A_GIVEN_PART = (
    "[，。！？；：,.!?;:、\\s]|$|现在|说|讲|在|是|欠|还|和|跟|与|也|都|又|就|已|给|让|叫|把|被|去|来|没|不|自己|妈|爸|他|她"
    # (的 only before a person's kin or contact: not "王宝山……宝山的房子", "刘永辉……永辉的工资", a review found.)
    "|的(?:妹妹|姐姐|哥哥|弟弟|老公|老婆|妈|爸|父母|父亲|母亲|爷爷|奶奶|家人|亲戚|领导|老师|电话|手机|微信|号码|同学|同事|朋友|孩子|儿子|女儿|家)"
    "|这边|那边|今天|昨天|前天|后来|一直|根本|早就|本人|家"
)


def _surnamed_given(match: re.Match[str], vault: _Vault) -> str:
    """A surname's character before a given name the text named: a name, unless a place's or a firm's word follows ("胡志明" + "市", a
    review)."""
    found, after = match.group(0), match.string[match.end() : match.end() + 6]
    # (Nor 和, 向, 于 and the other surnames that are far more often a conjunction: "我和雨欣说了" is 和 + 雨欣, which the acting
    # pattern weighs.)
    if found[0] in _FUNCTION_SURNAMES or after[:1] in "市路街区县镇村省州" or is_place(found) or _is_not_a_name(found, after):
        return found
    return vault.name(found)


def _a_word_as_written(name: str) -> bool:
    if len(name) == 2:
        return is_ordinary_word(name)
    return name in ordinary_words() or name in lexicon().longer


def _given_part(name: str) -> str:
    """The two given characters of a full name of three (one surname) or four (a compound one), else ""."""
    if len(name) == 3 and name[0] in _SINGLE_SURNAMES:
        return name[1:]
    if len(name) == 4 and name.startswith(_COMPOUND_SURNAMES):
        return name[2:]
    return ""


# A given name alone where only a person stands, as families and friends write it (tune 45: "梓彤说她没借过", "诗涵昨天打电话来", "我跟梓涵
# 说了", "上个月浩轩借了我1000元"): at a clause's head before what a person says or does, or after 跟, 和, 给, 找, 问了, 帮帮, 打扰 or 告诉
# and before what a person says or does. Only two characters that read as a given name by themselves and are no ordinary word (星辰
# and 宇航 stay words there); and not before what a place or a firm does as well ("永康也有分部", "恒昌已经起诉了", a review found).
# (And before what only a person does to the writer or of herself, "思远把我的号码填成了紧急联系人", "嘉怡她婆家也接到了", "雅静在石家庄
# 读书", "依诺的QQ是……"; after 叫, 让, 是, 替, "妈说", "我和" and the writer's friends and neighbours, "叫思彤回个电话", "是浩宇帮我垫
# 的钱", "妈说梓涵借了网贷", "我发小语桐在山南上班", tune 61.)
_A_PERSON_DOES = (
    "把我|跟我说|帮我|替我|[她他](?!们|人|乡|妈)|回来说|刚打|别接|回个电话|回电话|从小|住(?!院|宿|房|址)"
    "|在[^，。！？；,.!?;\\s]{1,8}(?:读书|上学|上班|打工|工作)|的(?:qq|QQ|微信|邮箱)"
)
# (Not a number, which a place or a firm has too: "明光的号码"; and 是 only before what a person does, not before a mark, "不是,是真人"
# (`after_is`); the listed Tibetan, Mongolian, Uyghur and Kazakh names, no word, are names after 是 before a mark too, "这是米娜,".)
_A_PERSON_BEFORE = "(?<=妈说|爸说|我和|同事|同学|室友|发小|邻居|朋友|闺蜜|对象|外甥|侄子|侄女|婆婆|老乡)|(?<=[叫让替])"
# The head of a clause, or what follows a day's word there, where a given name alone may stand (shared by the patterns below).
_AT_A_CLAUSE_HEAD = r"^|(?<=[，。！？；：,.!?;:\s])|(?<=昨天|今天|上午|下午|晚上|中午|刚才|后来|结果|然后|前天)"
_GIVEN_ALONE_ACTING = re.compile(
    rf"(?:{_AT_A_CLAUSE_HEAD}|(?<=上个月|这个月))(?P<head>[{_CJK_CHAR}]{{2}})"
    r"(?=说|讲|昨天|今天|前天|刚才|是我|打电话|打来|借了|借过|没借|没还|欠我|欠了|妈妈|爸爸)"
    rf"|(?:{_AT_A_CLAUSE_HEAD}|(?<=上个月|这个月))(?P<head_does>[{_CJK_CHAR}]{{2}})"
    rf"(?={_A_PERSON_DOES})"
    rf"|(?:(?<=[跟和给找])|(?<=问了|帮帮|打扰|告诉))(?P<after>[{_CJK_CHAR}]{{2}})(?=说|借|还钱|打电话|[，。！？,.!?]|$|{_A_PERSON_DOES})"
    rf"|(?:{_A_PERSON_BEFORE})(?P<after_person>[{_CJK_CHAR}]{{2}})(?=说|借|还钱|打电话|也|都|[，。！？,.!?]|$|{_A_PERSON_DOES})"
    rf"|(?<=是)(?P<after_is>[{_CJK_CHAR}]{{2}})(?=帮我|替我|把我|跟我说|打来|借)"
    # Weaker places, where a firm, a district or a pet word stands as often (tune 46: "晓东去派出所报案了", "丽萍还说她没借过", "海波根本
    # 就没借过", "我已经转告淑华"; not "永辉已经起诉我了", "崇明还在封控", "宝贝去医院了", a review found): only a listed given name that is
    # no word, nor one of `_WORDS_AND_PLACES_LIKE_GIVEN` (see `_given_names_acting`). (So "丽娟也被打了", "雅琴还说要帮我" keep names the
    # list lacks: the price of leaving firms and districts alone.)
    rf"|(?:{_AT_A_CLAUSE_HEAD})(?P<head_weak>[{_CJK_CHAR}]{{2}})"
    r"(?=也[被说不没知借还]|都[说劝被不没知]|又[来说借打]|还[说没不要]|去(?:了|过)?(?:派出所|银行|医院|公司|学校|外地|打工|上班|报案)"
    r"|根本(?:不|没|就)|早就(?:不在|没在|搬|离开|不知道|没还)|一直(?:没|不)(?:还|回|接)|已经(?:搬|离|跑|走))"
    rf"|(?:(?<=[跟和给找])|(?<=转给|找过|骚扰|转告|联系|打给)|(?<=借款人是))(?P<after_weak>[{_CJK_CHAR}]{{2}})"
    r"(?=说|借|还钱|打电话|都|也|一起|根本|[，。！？,.!?]|$)"
)
# Words that are listed given names too yet name no one in particular where they stand at a clause's head (宝贝, 光荣), and districts
# that are (宝山, 玄武): read as names only in the stronger places (a review of tune 46's change).
_WORDS_AND_PLACES_LIKE_GIVEN = frozenset(
    "宝贝 宝宝 光荣 英俊 宝石 远方 曙光 精灵 珍珠 菊花 牡丹 玫瑰 芙蓉 莲花 麒麟 春晖 美丽 宝山 玄武 秀山 启东 德清 永康 立新".split()
)


# Given names alone looked for in one text: a real message has a few, a hostile one thousands (those found are hidden again wherever
# they stand by the pass after, the names seen elsewhere).
MAX_GIVEN_ALONE = 60


def _a_given_name_alone(pair: str) -> bool:
    """Two characters that stand for a person with no surname beside them. (Not a nickname, 小李, 老王, 阿明, 二狗, 胖子, nor a given
    name that is a word, 胜利, 建设: no one in particular there, as earlier writers counted it; nor a word of kin, 父母.)"""
    return (
        pair[0] not in "小老阿大"
        and pair not in lexicon().word_given_pairs
        and given_name_alone(pair)
        and not is_ordinary_word(pair)
        and _RELATION_WORD.fullmatch(pair) is None
    )


def _given_names_acting(text: str, vault: _Vault) -> str:
    simplified = to_simplified(text)  # (one character for one: positions are the same)
    weighed: dict[str, bool] = {}  # a pair's own reading, weighed once (a pasted list or a hostile text repeats one)

    def a_given_name(pair: str) -> bool:
        if pair not in weighed:
            weighed[pair] = _a_given_name_alone(pair)
        return weighed[pair]

    def read(match: re.Match[str]) -> tuple[int, int] | None:
        group = match.lastgroup or "head"
        start = match.start(group)
        pair = simplified[start : start + 2]
        if group.endswith("_weak") and (
            # (A firm or a district stands there as often, "德勤又来电话了", "宝安也被曝光了", "请联系永辉", "我跟德勤一起投诉", a review:
            # a listed given name only.)
            pair not in lexicon().given_pairs or is_dictionary_word(pair) or pair in _WORDS_AND_PLACES_LIKE_GIVEN
        ):
            return None
        if group in ("head_does", "after_person", "after_is") and pair in _WORDS_AND_PLACES_LIKE_GIVEN:
            return None  # (The places added in tune 61 are strong for a person's name only: "宝贝住在……", "永康住在……", a fresh read.)
        if (
            not a_given_name(pair)
            # (Nor a pair inside a longer word, "呼和" + "浩特".)
            or inside_longer_word(simplified, start, start + 2)
            or (start and is_ordinary_word(simplified[start - 1 : start + 1]))
            or _is_not_a_name(pair, simplified[match.end() : match.end() + 6])
        ):
            return None
        return start, start + 2

    return _split_names(_GIVEN_ALONE_ACTING, MAX_GIVEN_ALONE, text, vault, read, searched=simplified)


@functools.cache
def _names_alone_acting() -> re.Pattern[str]:
    """A Tibetan, Mongolian, Uyghur or Kazakh name written alone (names.toml [transliterated] alone), in the places of
    `_GIVEN_ALONE_ACTING` and before what a person says or does: "白玛她婆家也接到了", "热依汗跟我说她不知道", "我对象宝音说……"
    (tune 61)."""
    return re.compile(
        rf"(?:{_AT_A_CLAUSE_HEAD}|(?<=[跟和给找])"
        rf"|(?<=问了|帮帮|打扰|告诉|转给|联系|打给)|(?<=是)|{_A_PERSON_BEFORE})(?P<name>{'|'.join(names_alone())})"
        rf"(?=说|讲|借|欠|打电话|打来|也|都|还|又|一起|[，。！？；,.!?;]|$|{_A_PERSON_DOES})"
    )


def _minority_names_acting(text: str, vault: _Vault) -> str:
    return _split_names(
        _names_alone_acting(), MAX_GIVEN_ALONE, text, vault, lambda m: m.span("name"), searched=to_simplified(text)
    )


def _standing_in(text: str, names: list[str]) -> set[str]:
    """Those of `names` that stand in `text`: each place tries only the names that begin with its character."""
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    return {name for at, ch in enumerate(text) if ch in by_first for name in by_first[ch] if text.startswith(name, at)}


def _dotted_name(match: re.Match[str], vault: _Vault) -> str:
    span = dotted_name_span(match.group(0))
    if span is None:
        return match.group(0)
    found = match.group(0)
    return found[: span[0]] + vault.name(found[span[0] : span[1]]) + found[span[1] :]


def _undotted_names(text: str, vault: _Vault) -> str:
    spans = [undotted_name_span(text, m.start(), m.end()) for m in undotted_name_pattern().finditer(text)]
    spans += [tibetan_name_span(text, m.start()) for m in tibetan_name_pattern().finditer(text)]
    spans += piece_name_spans(text)
    pieces, pos = [], 0
    for span in sorted(s for s in spans if s is not None):
        if span[0] < pos:
            continue
        pieces.append(text[pos : span[0]])
        pieces.append(vault.name(text[span[0] : span[1]]))
        pos = span[1]
    return "".join(pieces) + text[pos:]


# A line of a copied chat: who speaks, then a colon ("江山: 今天几号了", "[梁山] 先转3000", "江河(催收):…").
_SPEAKER_LINE = re.compile(
    rf"(?m)^[ \t]*[\[<【]?(?P<label>[{_CJK_CHAR}]{{1,4}}|(?P<latin>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+|-[A-Za-z]+){{1,3}}))"
    rf"[\]>】]?[ \t]*(?:\([^()\n]{{0,12}}\))?[ \t]*(?:说)?(?::|(?<=[\]>】])|(?<=[ \t])(?P<stamp>[\ue000-\ue1ff][\ue000-\ue1ff \t]*$))"
)
# Labels of a chat line or a form that are no one's name.
_NOT_SPEAKERS = frozenset(
    "我 我们 对方 本人 客服 催收 系统 通知 备注 地址 时间 金额 注意 提示 原文 内容 回复 短信 消息 附言 说明 日期 电话 手机 "
    "微信 姓名 结果 问题 答复 问 答 图片 语音 视频 链接 文件 转账 红包 温馨提示 特别提醒 重要通知 友情提示 特别提示 重要提示 "
    "表情 动画表情 位置 名片 撤回 通话 语音通话 视频通话 聊天记录 群公告 公告 收款 付款 "
    # (A forum's and a platform's words for who posted, "回复楼上：砍头息可以要求退还", tune 43.)
    "楼上 楼下 楼主 层主 博主 题主 答主 作者 主播 官方 吧主 吧务 组长 群主 管理员 评论区".split()
)


# "王经理:", "李老师:": a surname and a title is no full name (the title pass keeps the title).
_TITLE_AFTER_SURNAME = re.compile(f"(?:{_HONORIFIC}|姐|哥|叔|姨|总|局|处|科|主任|所长|队长)")
_NOT_LATIN_SPEAKERS = frozenset(
    "dear customer customers user thank thanks you hello hi note notice date time amount re fw from to subject "
    "system me my our your the bank service team reply message please".split()
)
# A chat has a handful of speakers; a wall of labelled lines is not scanned once per label.
MAX_SPEAKERS = 12


def _chat_speakers(text: str, vault: _Vault) -> str:
    """Who speaks in a copied chat transcript is a person, even one whose name is an ordinary word.

    Only in a transcript: the same label opens two lines, or the writer's own "我:" line stands beside it
    ("江山: 今天几号了\n江山: 明天我们的人就到南宁了", "江河(催收):你是谁\n我:朋友"). A heading that opens
    one line ("温馨提示:") is not a transcript.
    """
    lines = list(itertools.islice(_SPEAKER_LINE.finditer(text), 200))
    if len(lines) < 2:
        return text
    counts = Counter(m.group("label") for m in lines)
    # An export that marks every speaker the same way ("<郭心怡> …", "[甘露] …", "魏巍 00:13") is a
    # transcript even when each speaker says one line; but a list of headings ("【周一】…", "[车险] …",
    # pasted SMS signed 【金条】) is shaped the same, so there only a label that reads as a name by itself.
    shaped = sum(1 for m in lines if m.group("stamp") or m.group(0).lstrip()[:1] in "[<") >= 2
    self_line = counts["我"] > 0
    # "Lau Pui Shan:", "Tsai Hsiao-wen:": a romanised name of two to four capitalised parts.
    speakers = {
        label
        for label, count in counts.items()
        if (" " in label or "-" in label)
        and (count >= 2 or self_line)
        and not _NOT_LATIN_SPEAKERS.intersection(label.lower().replace("-", " ").split())
    }
    speakers |= {
        label
        for label, count in counts.items()
        if 2 <= len(label) <= 4
        and not _TITLE_AFTER_SURNAME.fullmatch(label[1:])
        and (
            count >= 2
            or self_line
            or (shaped and reads_as_full_name(label))
            or (_named_again(label, text) and _reads_as_named(label))
        )
        and label not in _NOT_SPEAKERS
        and (
            label[0] in _SURNAME_CHARS
            or label[:2] in _COMPOUND_SURNAMES
            or given_name_alone(to_simplified(label))
            or _unlisted_surname_speaker(label, text)
        )
        and not is_role(label)
        and not _RELATION_WORD.fullmatch(label)
        and not _is_not_a_name(label, "")
    }
    for label in sorted(speakers, key=len, reverse=True)[:MAX_SPEAKERS]:
        text = re.sub(rf"(?<![{_CJK_CHAR}A-Za-z]){re.escape(label)}(?![A-Za-z])", lambda m: vault.name(m.group(0)), text)
    return text


def _unlisted_surname_speaker(label: str, text: str) -> bool:
    """A three-character speaker whose surname is not on the list (刀, 达, 锁, 线: Dai, Hui and rarer ones), named
    again elsewhere in the transcript ("媳妇:达有良 … 达有良:知道了", "线甩波 三千二我下周还 … 线甩波:好"), and no
    word at all: neither the label nor its first two characters is a dictionary word ("客服部", "管理员")."""
    simple = to_simplified(label)
    return _named_again(label, text) and not is_dictionary_word(simple) and not is_dictionary_word(simple[1:])


def _reads_as_named(label: str) -> bool:
    """A label named again that reads as a name, not as a form's item ("金条数：待确认 … 核对金条数", "线下店：已关 … 线下店",
    /tmp/review18s): a listed surname and a given name that is no word, or no listed surname and no character that stands in
    given names only unlikely ("线甩波", not "刀削面")."""
    simple = to_simplified(label)
    if simple[0] in _SURNAME_CHARS:
        return reads_as_full_name(simple) and not is_dictionary_word(simple[1:])
    weights = lexicon().given_weight
    return not is_dictionary_word(simple[:2]) and all(weights.get(ch, 0.0) > GIVEN_UNLIKELY for ch in simple[1:])


def _named_again(label: str, text: str) -> bool:
    """A three-character speaker named again elsewhere in the text ("大哥:房法旺 … 房法旺:知道了"); not a party's
    role that the form repeats ("来电人:… 来电人称", "受托人:… 上述受托人")."""
    return len(label) == 3 and label[-1] not in "人员方费表单号价额款证卡率期金钱税" and text.count(label) >= 2


# A WeChat quoted reply ("「白露:我是他老婆」", "「刘龙:「文静:什么时候还」我也不知道」"): the quote opens with who
# said it, so even a word of a name's shape is a name there; a role or a relation is not ("「客服:…」").
_QUOTED_SPEAKER = re.compile(rf"「\s*(?P<name>[{_CJK_CHAR}]{{2,4}})\s*:")


def _quoted_speaker(match: re.Match[str], vault: _Vault) -> str:
    label = to_simplified(match.group("name"))
    if not _speaker_of_a_quote(label):
        return match.group(0)
    start = match.start("name") - match.start()
    return match.group(0)[:start] + vault.name(match.group("name")) + match.group(0)[start + len(label) :]


def _speaker_of_a_quote(label: str) -> bool:
    if label in _NOT_SPEAKERS or is_role(label) or _RELATION_WORD.fullmatch(label) or is_cue_word(label):
        return False
    if names_no_one(label, False) or _TITLE_AFTER_SURNAME.fullmatch(label[1:]) or label.endswith(("员", "方", "人")):
        return False  # "「催收员:…」", "「对方:…」", "「陌生人:…」"
    if len(label) == 2:
        if is_dictionary_word(label) and not is_person_word(label) and label[-1] in _ORGANISATION_ENDS:
            return False  # "「平台:…」", "出借人:公司": an organisation speaks or lends
        return two_character_name(label, words_too=True) or given_name_alone(label)
    return reads_as_full_name(label)


# Last characters of the words for an organisation or a service (公司, 银行, 平台, 法院, 派出所, 商家, 物业).
_ORGANISATION_ENDS = "司行台院所局社厂店部会团家业队处"


# The parties of an IOU: the field of a party's role ("承诺人:安阳", "出借人(甲方):路遥", "欠款人:江月(按手印)") and
# who lent in the body ("今借到路遥人民币…", "今收到何雪交来…"). The place holds a person, so even a word of a
# name's shape is a name there (speakers of a quote are weighed the same way).
_IOU_PARTY_FIELD = re.compile(
    r"(?m)(?P<lead>(?:(?:(?:出借|借款|欠款|承诺|受托|确认|见证|立据|借出|收款|担保|保证|委托)人|债权人|债务人)"
    r"(?:\((?:甲|乙|丙)方\))?|(?:甲|乙)方(?:\((?:出借|借款|债权|债务)人\))?)[ \t]*:[ \t]*)"
    rf"(?P<name>[{_CJK_CHAR}]{{2,3}})(?=[ \t]*(?:\((?:按手印|签字|签名|手印)\)|[,、;。\n]|$))"
)
_IOU_LENDER = re.compile(
    rf"今(?P<lead>借到|借|欠|收到)(?P<name>[{_CJK_CHAR}]{{2,3}})(?=人民币|现金|交来|新台币|[壹贰叁肆伍陆柒捌玖拾佰仟]|[0-9¥￥]|{_SENTINEL_OPEN})"
)


def _iou_parties(text: str, vault: _Vault) -> str:
    text = _IOU_PARTY_FIELD.sub(lambda m: _iou_party(m, vault), text)
    return _IOU_LENDER.sub(lambda m: _iou_party(m, vault), text)


def _iou_party(match: re.Match[str], vault: _Vault) -> str:
    if not _speaker_of_a_quote(to_simplified(match.group("name"))):
        return match.group(0)
    start = match.start("name") - match.start()
    return match.group(0)[:start] + vault.name(match.group("name"))


# Who WeChat's system lines and a Moments thread name (“柳青”修改群名为…, 将“金铃”移出了群聊, 邀请你和A、B、高山加入了
# 群聊, 宁静 请求添加你为朋友, 关山回复杨柳:): the place holds a person, weighed as a quote's speaker. (Straight quotes too, as an
# export writes them: "刘涛"将"包锦程"移出了群聊.)
_WECHAT_SYSTEM_NAME = re.compile(
    rf"(?:(?<=[“\"])(?P<quoted>[{_CJK_CHAR}]{{2,4}}|[{_CJK_CHAR}]{{1,6}}[·•・][{_CJK_CHAR}]{{1,8}})(?=[”\"](?:修改群名为|邀请|将[“\"]|撤回了|拍了拍|加入了群聊|移出了群聊|与群里))"
    rf"|(?<=[、和])(?P<joined>[{_CJK_CHAR}]{{2,4}})(?=加入了群聊)"
    rf"|(?m:^)(?P<asking>[{_CJK_CHAR}]{{2,4}})(?=[ \t]*请求添加你为朋友)"
    rf"|(?m:^)(?P<replying>[{_CJK_CHAR}]{{2,4}})(?=回复)|(?<=回复)(?P<replied>[{_CJK_CHAR}]{{2,4}})(?=[ \t]*:)"
    # Someone @-mentioned in a chat ("@許育誠 你欠我的……什麼時候要還"; only a full name or a nickname there, not "@全体成员").
    rf"|(?<=@)(?P<mentioned>[{_CJK_CHAR}]{{2,4}})(?=[ \u2005\u3000])"
    # A red packet's lines: "隗静发出了红包“先还一点”", "许亮领取了隗静的红包" (only a full name there: not "领取了丰厚的红包").
    rf"|(?m:^)(?P<giving>[{_CJK_CHAR}]{{2,4}})(?=发出了红包|领取了[^\n]{{0,6}}红包)|(?<=领取了)(?P<given>[{_CJK_CHAR}]{{2,4}})(?=的红包)"
    # Who took back a message, who a forwarded chat was with, whose card was shared, whom you added ("金山撤回了一条消息",
    # "吴建国与锁福元的聊天记录", "周家乐的二维码名片", "你已添加了萧雅，现在可以开始聊天了"; not "对方撤回了…", "群聊的聊天记录").
    rf"|(?m:^)(?P<recalling>[{_CJK_CHAR}]{{2,4}})(?=撤回了一条消息)"
    rf"|(?m:^)(?P<chatting>[{_CJK_CHAR}]{{2,4}})(?=[与和][{_CJK_CHAR}]{{2,4}}的聊天记录)"
    rf"|(?<=[与和])(?P<chatted>[{_CJK_CHAR}]{{2,4}})(?=的聊天记录)"
    rf"|(?m:^)(?P<card>[{_CJK_CHAR}]{{2,4}})(?=的二维码名片)"
    rf"|(?<=你已添加了)(?P<added>[{_CJK_CHAR}]{{2,4}})(?=[,，]现在可以开始聊天了))"
)


# Who liked a Moments post ("♡ 杨柳,李红霞"), and who speaks with a role in brackets ("杨柳(班主任):请各位家长…"):
# each item is a person, weighed as a quote's speaker.
_MOMENTS_LIKES = re.compile(
    rf"♡[ \t]*(?P<list>[{_CJK_CHAR}\ue000-\ue001\ue100-\ue109]+(?:[ \t]*[,、][ \t]*[{_CJK_CHAR}\ue000-\ue001\ue100-\ue109]+)*)[ \t]*$",
    re.M,
)
_SPEAKER_WITH_ROLE = re.compile(
    rf"(?m)^(?P<name>[{_CJK_CHAR}]{{2,4}})(?=\((?:班主任|老师|群主|管理员|家长|业主|村支书|书记|主任)\):)"
)


def _moments_likes(match: re.Match[str], vault: _Vault) -> str:
    return re.sub(
        rf"[{_CJK_CHAR}]{{2,4}}",
        lambda item: vault.name(item.group(0)) if _speaker_of_a_quote(to_simplified(item.group(0))) else item.group(0),
        match.group(0),
    )


def _liked_or_speaking(text: str, vault: _Vault) -> str:
    if "♡" in text:
        text = _MOMENTS_LIKES.sub(lambda m: _moments_likes(m, vault), text)
    return _SPEAKER_WITH_ROLE.sub(lambda m: _wechat_system_name(m, vault), text)


def _recalled_by_no_one(label: str, match: re.Match[str]) -> bool:
    """What opens a line before 撤回了一条消息 and names no one: a time, an adverb, a place ("周末", "陆续", "楼上"), how it was done
    or who by a pronoun ("居然撤回了", "他刚刚撤回了"), or a name broken by a line whose surname stands on the line before
    ("许\n晓红撤回了…", left to the line-broken names pass)."""
    if len(label) == 2 and (names_no_one(label) or lexicon().given_weight.get(label[1], -9) < GIVEN_WEIGHT["possible"]):
        return True
    if label in _ADVERBS_BEFORE_RECALLING or label[:1] in "他她它你我":
        return True
    return match.string[max(0, match.start() - 3) : match.start()].lstrip("\n")[:-1] in _SURNAME_CHARS


def _shown_by_wechat(label: str) -> bool:
    """A forwarded chat's title, a shared card and an added contact show a display name as WeChat wrote it: a name there when it
    reads as one — two characters of a surname and a given name that are no word, three or four of a surname and a given name
    that is no word, or no listed surname and nothing of a word ("与锁福元的聊天记录"; not "与支付宝的聊天记录", "你已添加了苏宁")."""
    if _is_not_a_name(label, ""):
        return False
    # (Not a firm, a lender or a role the person chatted with: "你已添加了苏宁", "我和来分期的聊天记录", "我和放贷人的聊天记录",
    # "饿了么的二维码名片", /tmp/review18s.)
    if label[-1] in _ORGANISATION_ENDS + "主湖人贷罐么园佬":
        return False
    if len(label) == 2:
        return two_character_name(label, words_too=False)
    if label[0] in _SURNAME_CHARS:
        return reads_as_full_name(label) and not is_dictionary_word(label[1:])
    return _reads_as_named(label) and not (is_dictionary_word(label) or is_dictionary_word(label[1:]))


# A name that is an ordinary word too (夏天, 常青, 谷雨, 和平) where only a person stands: a party's field or place in a court
# paper ("原告：夏天", "被告向前经本院传票传唤", "担保人：明天（+86…）"), an @-mention ("@温柔 请尽快还款"), the identity a
# caller asks for ("你是谷雨吗"), a title of a collector or a lawyer ("催收专员常青提醒您", "和平律师提醒", "宁夏专员为您服务")
# (tune 34).
# Where a match of _WORD_NAME_PLACE can begin: right after the last character of one of its cue words (the look-behinds below, a
# numbered contact's too); at a line's start or after a mark, where a speaker, someone addressed, a bracketed contact or a guarantor
# stands (two characters, then a colon, 你, a bracket or 帮我担保); or before a title (its one branch with no look-behind, "titled").
# Tried first, these few look-arounds spare the hundred and forty look-behinds of its branches at every other place (a
# 5,000-character text took 10 to 30 ms in the pattern alone, whatever it held). Keep them in step with the branches.
_WORD_NAME_CUE_ENDS = "@东主书了事人任儿公友叫名告员哥夫头女妇妈妹姐婆子学官家居师弟手找方是爸理的管给警诉跟还长"
_WORD_NAME_PLACE = re.compile(
    rf"(?:(?<=[{_WORD_NAME_CUE_ENDS}])|(?<=联系人[0-9一二三])|(?<=联系人 [0-9])"
    rf"|(?:^|(?<=[\s;；:：,，。\]]))(?=[{_CJK_CHAR}]{{2}}[:：你啊呀,，(（帮给替做也说接])"
    rf"|(?=[{_CJK_CHAR}]{{2}}(?:律师|经理|专员|师傅)))(?:"
    # Who mediates, judges, records, takes a report or owes by a court's order, and whom a collector is called, going on as a person
    # (tune 41: "调解员春雨约了……", "审判员建国", "民警海燕做的笔录", "原告光明诉被告……", "被执行人建国", "催收员叫胜利"): only a listed
    # given name (see _NAMED_WHATEVER_IT_MEANS).
    rf"(?:(?<=调解员)|(?<=审判员)|(?<=书记员)|(?<=民警)|(?<=被执行人)|(?<=陪审员)|(?<=法官)|(?<=审判长)|(?<=法官助理)|(?<=原告)"
    rf"|(?<=被告))(?P<court_role>[{_CJK_CHAR}]{{2}})"
    rf"(?=约了|说|讲|做的|答应|同意|让我|叫我|诉(?:被告|我)|律师|名下|宣布|宣读|出庭|陈述|称|表示|[,，。;；!！、\s]|$)"
    # Who pays, is paid or lends in a bank's or a payment app's record (tune 42: "出借人招财", "交易对方富贵，转账备注：还……", "转账给秀英").
    rf"|(?:(?<=出借人)|(?<=交易对方)|(?<=对方户名)|(?<=付款人)|(?<=收款人)|(?<=付款方)|(?<=收款方)|(?<=转账给)|(?<=户名))[:：]?[ ]?"
    rf"(?P<payee>[{_CJK_CHAR}]{{2}})(?=[,，。;；、(（\s|]|$|\d|[\ue000-\uf8ff]|的|转账|向你)"
    rf"|(?<=还)(?P<paid_back>[{_CJK_CHAR}]{{2}})(?=的钱)"
    rf"|(?:(?<=催收员叫)|(?<=催收的叫)|(?<=调解员叫)|(?<=客服叫)|(?<=对方叫)|(?<=律师叫))(?P<called>[{_CJK_CHAR}]{{2}})"
    rf"(?=[,，。;；!！、\s]|$)"
    rf"|(?:(?<=原告)|(?<=被告)|(?<=第三人)|(?<=担保人)|(?<=保证人)|(?<=收件人)|(?<=经办人)|(?<=联系人)|(?<=借款人)|(?<=申请人)"
    rf"|(?<=委托人)|(?<=受托人))[:：]?[ \t]?(?P<party>[{_CJK_CHAR}]{{2}})(?=[,，。;；、(（\s]|$|[+0-9]|经本院|诉|与|向)"
    rf"|(?<=@)(?P<mentioned>[{_CJK_CHAR}]{{2}})(?=[ \u2005\u3000])"
    rf"|(?:(?<=你是)|(?<=您是)|(?<=你就是)|(?<=您就是)|(?<=喂是)|(?<=好是))(?P<asked>[{_CJK_CHAR}]{{2}})(?=吗|嘛|么|本人)"
    rf"|(?P<titled>[{_CJK_CHAR}]{{2}})(?=(?:律师|经理|专员|师傅)(?:提醒|受|为您|您好|说|答应|不管|让我|叫我|的|[:：,，]))"
    rf"|(?:(?<=专员)|(?<=律师)|(?<=经理))(?P<after_title>[{_CJK_CHAR}]{{2}})(?=提醒|为您|您好)"
    # A contact numbered in a form ("联系人1：金花 同事 178…").
    rf"|(?:(?<=联系人[0-9一二三])|(?<=联系人 [0-9]))[:：]?[ \t]?(?P<numbered>[{_CJK_CHAR}]{{2}})(?=[,，。;；、(（\s]|$|[+0-9])"
    # Who says who they are, going straight on ("我叫江河我欠了广发银行信用卡", "这边是金秋我昨天给你们打过电话", "我是冬梅，借呗逾期
    # 两个月了", "我是秋月的家长"; tune 36): after 叫 the word is a name whatever it means; after 我是 and 这边是, which a verb or a place
    # follows too, only a given name's shape counts (see _SHAPE_WANTED).
    rf"|(?:(?<=我叫)|(?<=我名叫)|(?<=我的名字叫)|(?<=他的名字叫)|(?<=她的名字叫)|(?<=妈叫)|(?<=爸叫)|(?<=老婆叫)|(?<=老公叫)|(?<=儿子叫)|(?<=女儿叫))(?P<self>[{_CJK_CHAR}]{{2}})"
    rf"(?=我(?!们)|今年|手机|电话|然后|嗯|那个|就是|[,，。;；!?！？\s]|$)"
    rf"|(?:(?<=这边是)|(?<=这里是))(?P<here>[{_CJK_CHAR}]{{2}})(?=我(?!们))"
    rf"|(?<=我是)(?P<own>[{_CJK_CHAR}]{{2}})(?=嗯|[,，][^,，。;；!?！？\n]{{0,8}}?(?:逾期|欠|借|分期|贷|白条|花呗|月付|信用卡|还款)"
    rf"|[\s,，]?(?:卡号|手机|电话|身份证)|我(?:欠|借|今年)|的(?:家长|妈妈|爸爸|母亲|父亲|姐姐|哥哥|老婆|老公))"
    # A chat's speaker who goes by a given name ("[16:32] 红梅: 我电话是…", "晓燕：我这个月只能还一千"): only a given name's shape, and a
    # person's words after the colon (not a form's "文化：初中", a lender's "锦程：您的账单", a review found).
    rf"|(?:^|(?<=\n)|(?<=\] ))(?P<speaker>[{_CJK_CHAR}]{{2}})(?=[:：][ ]?(?:我|你|您|他|她|好|嗯|别|对|行|不|没|在|谢|收到|哦|啊|怎么|今天|刚才))"
    # Someone addressed at the opening of a line ("雅婷你别怕", "江河你在吗", "俊杰啊你到底借了多少", "昊天，你妈打电话来").
    rf"|(?:^|(?<=\n)|(?<=\] )|(?<=\]))(?P<addressed>[{_CJK_CHAR}]{{2}})"
    rf"(?=你(?:在吗|别怕|别急|别慌|到底|先别|放心|最近)|[啊呀],?你|[,，]你(?:妈|爸|在吗|别|到底))"
    # Someone's husband, mother or manager and their phone ("我老婆朝阳的电话也被打了", "车间主任建华的电话025…"), a contact with the
    # relation in brackets ("秋月（配偶）180…", "春华（朋友）199…"), someone to be told ("催收让我转告金花尽快还款").
    rf"|(?:(?<=老婆)|(?<=老公)|(?<=妻子)|(?<=丈夫)|(?<=爱人)|(?<=我妈)|(?<=我爸)|(?<=主任)|(?<=经理)|(?<=组长)|(?<=同事)|(?<=表哥)"
    rf"|(?<=表姐)|(?<=表妹)|(?<=表弟)|(?<=堂哥)|(?<=堂姐)|(?<=堂弟)|(?<=堂妹)|(?<=哥哥)|(?<=姐姐)|(?<=弟弟)|(?<=妹妹)|(?<=儿子)"
    rf"|(?<=女儿)|(?<=同学)|(?<=媳妇)|(?<=闺女))(?P<kin>[{_CJK_CHAR}]{{2}})"
    rf"(?=的(?:电话|手机|号码|微信|学校|单位|公司|老师)|知道|也被|被(?:拉|打|骂|催|骚扰)|上[初高小大幼]|带着|[。!！]|$)"
    # A neighbour or a village head who speaks ("隔壁的春花说有人来敲门", "村主任晨曦说村委会不管"; tune 38).
    rf"|(?:(?<=隔壁的)|(?<=邻居)|(?<=村主任)|(?<=村支书)|(?<=村长)|(?<=楼下的))(?P<neighbour>[{_CJK_CHAR}]{{2}})(?=说|讲|告诉|打电话)"
    rf"|(?:^|(?<=[\n;；:：,，\s]))(?P<bracketed>[{_CJK_CHAR}]{{2}})"
    rf"(?=[(（](?:朋友|父亲|母亲|配偶|同事|哥哥|姐姐|弟弟|妹妹|丈夫|妻子|儿子|女儿|同学|领导|室友|老公|老婆)[)）])"
    rf"|(?:(?<=转告)|(?<=你跟))(?P<told>[{_CJK_CHAR}]{{2}})(?=尽快|赶紧|马上|快点|说一声|一声|还款|还钱)"
    rf"|(?<=跟)(?P<told_to>[{_CJK_CHAR}]{{2}})(?=说一声|讲一声|说声)"
    # Whom one borrowed from, paid or called, who vouched ("找金花借了8600块", "钱我转给海军了", "催收员打给了建国", "国庆帮我担保的";
    # tune 37): a given name's shape only ("找银行借", "转给平台了", "打给了家里" stay).
    # (Tune 38: "还给了X两千", "你们找X干嘛", "请告诉X，钱我会还的".)
    rf"|(?:(?<=找)|(?<=转给)|(?<=打给了)|(?<=借给)|(?<=还给)|(?<=还给了)|(?<=借给了)|(?<=转给了)|(?<=告诉))(?P<object>[{_CJK_CHAR}]{{2}})"
    rf"(?=借|要钱|帮忙|了|干嘛|干什么|[0-9两二三四五六七八九\ue000]|[,，。;；!?！？]|$)"  # (\ue000: an amount already bucketed)
    rf"|(?:^|(?<=[\n,，。;；:：\s]))(?P<guarantor>[{_CJK_CHAR}]{{2}})(?=帮我担保|给我担保|替我担保|做的担保)"
    # Who a rider, a driver or a line worker answers to, speaking or ordering (tune 39: "线长国庆让我加班到十点", "工长志强：明天八点开工").
    rf"|(?:(?<=站长)|(?<=工长)|(?<=线长)|(?<=拉长)|(?<=班组长)|(?<=车队长)|(?<=主管)|(?<=店长)|(?<=包工头)|(?<=工友))"
    rf"(?P<worker>[{_CJK_CHAR}]{{2}})(?=说|讲|让我|叫我|让我们|[:：]|的(?:电话|手机|微信|车|货车))"
    # Who buys, owns, rents out or delivers, as an order, an estate's or a rider's notice names them (tune 40: "买家国庆，订单……",
    # "业主胜利家漏水", "骑手光明已取餐", "房东光明说这个月房租先欠着").
    rf"|(?:(?<=买家)|(?<=卖家)|(?<=业主)|(?<=骑手)|(?<=房东)|(?<=快递员)|(?<=收货人)|(?<=收件人))[:：]?"
    rf"(?P<role_word>[{_CJK_CHAR}]{{2}})(?=已|家(?![园属具里人])|说|收|[，,。；;]|$|\d)"
    # (Someone said of as knowing nothing, at a clause's start: "向阳说不认识", see _FRAMED_NAME_PLACE below.)
    rf"|(?:^|(?<=[\s,，。;；:：!！]))(?P<framed_denied>[{_WORD_NAME_SURNAMES}][{_CJK_CHAR}])(?=也?说不认识|也被骚扰|也收到了|接的电话)"
    # Who owes, as the one told of says it (tune 39: "欠我钱的是志强，在临沂跑车", "借条上写的是国庆，不是我").
    rf"|(?:(?<=欠我钱的是)|(?<=欠钱的是)|(?<=借钱的是)|(?<=借条上写的是)|(?<=借条上的名字是))(?P<owes>[{_CJK_CHAR}]{{2}})"
    rf"(?=[,，。;；!！\s]|$))",
    re.MULTILINE,
)
# Whom a collector asked, rang, spoke with or pulled into a group, framed on both sides so that only a person stands there (tunes 56 and
# 57: "问了康乐又问了向阳", "给金山打了好几次电话", "催收员与华夏通话", "把金星也拉进了群", "是春雨借的钱"): a frequent surname's character
# first, and a word of the kind a person is called by (see `_a_word_name_there`). Apart from _WORD_NAME_PLACE, and each branch opening
# on its cue word: 和, 给 or 是 among the cue ends there tried its hundred and forty look-behinds at each of them (a run of "张伟和" took
# half as long again).
_FRAMED_NAME_PLACE = re.compile(
    rf"问了(?P<framed_asked>[{_WORD_NAME_SURNAMES}][{_CJK_CHAR}])(?=又问了|还问了|又问|还问)"
    rf"|[又还]问了(?P<framed_asked_too>[{_WORD_NAME_SURNAMES}][{_CJK_CHAR}])(?=[,，。;；!！\s]|都|也|$)"
    rf"|给(?P<framed_rung>[{_WORD_NAME_SURNAMES}][{_CJK_CHAR}])"
    rf"(?=打了?(?:好几次|几次|多次|很多次|[0-9一二两三四五六七八九十几]{{1,3}}次)?电话|打[,，。;；]|发了?(?:短信|消息|信息)|转了[0-9一二两三四五六七八九十几])"
    rf"|[与和跟同](?P<framed_spoke>[{_WORD_NAME_SURNAMES}][{_CJK_CHAR}])(?=通话|通过电话|取得(?:了)?联系|联系过)"
    rf"|把(?P<framed_pulled>[{_WORD_NAME_SURNAMES}][{_CJK_CHAR}])(?=也?拉进了?(?:催收)?群)"
    rf"|是(?P<framed_borrowed>[{_WORD_NAME_SURNAMES}][{_CJK_CHAR}])(?=借的|用我的|在用|签的字)"
    rf"|替(?P<framed_vouched>[{_WORD_NAME_SURNAMES}][{_CJK_CHAR}])(?=担保)"
    rf"|骂(?P<framed_called>[{_WORD_NAME_SURNAMES}][{_CJK_CHAR}])(?=是老赖|是骗子)"
    rf"|除了(?P<framed_besides>[{_WORD_NAME_SURNAMES}][{_CJK_CHAR}])(?=以外|之外)",
    re.MULTILINE,
)
# The two-sided frames: the groups above and _WORD_NAME_PLACE's one at a clause's start.
_FRAMED = frozenset(_FRAMED_NAME_PLACE.groupindex) | {"framed_denied"}
# Where the position alone says "person" (see the groups above): whatever the word means, only what names no one stays.
_SAID_OF_A_PERSON = frozenset(
    {
        "numbered",
        "self",
        "here",
        "own",
        "addressed",
        "kin",
        "bracketed",
        "told",
        "told_to",
        "object",
        "guarantor",
        "speaker",
        "neighbour",
        "worker",
        "owes",
        "role_word",
        *_FRAMED,
    }
)
# Of those, the positions where only a person stands, so that a listed given name is one even where it is a word or a festival too.
_NAMED_WHATEVER_IT_MEANS = frozenset({"worker", "owes", "role_word", "court_role", "called", "payee", "paid_back"})
# Words that stand in _NOT_A_NAME_THERE below and are given names as well, which those positions take ("欠我钱的是胜利").
# (Not 光明, a dairy's name: "欠钱的是光明，乳业那边拖了货款", a review found.)
_WORD_NAMES_THERE_TOO = frozenset({"胜利"})
# In a court's or a police station's role, where no dairy stands ("原告光明诉被告马璐", tune 41); but not 胜利, what a party does ("原告胜利。",
# a review found), nor a holiday or a city ("民警国庆、春节都照常值班", "法官长春，吉林……调来的").
_WORD_NAMES_IN_COURT_TOO = frozenset({"光明"})
_HOLIDAYS = frozenset("国庆 中秋 春节 元旦 端午 清明 七夕 重阳 除夕 元宵 五一 十一".split())
# Who a role is, after it: 房东太太, 骑手师傅, 卖家大哥.
_WHO_A_ROLE_IS = frozenset("太太 师傅 阿姨 大哥 大姐 小哥 小姐 先生 女士 老板 老师 叔叔 大爷 大妈 奶奶 爷爷 发财".split())
# Adverbs that stand where a given name would after a title ("主管明明说过要给加班费", a review found).
_ADVERBS_NOT_NAMES = frozenset(
    "明明 其实 已经 刚刚 一直 还是 真的 确实 本来 居然 竟然 根本 总是 老是 经常 肯定 亲自 当时 后来 突然".split()
)
# Asset managers and insurers known by two characters, whom a debt is sold or paid to ("我转给华融了", "信达做的担保", "我转给泰康了":
# reviews of tune 37's places and of the session's change).
# (And lenders known by two characters that read as a given name, "恒昌说要上门", "我跟锦程说了", a review of tune 45's change.)
_FIRMS_BY_TWO = frozenset(
    "华融 长城 信达 东方 华安 华泰 长安 永安 太平 人保 泰康 天安 众安 宜信 恒昌 锦程 捷信 中邮 招联 宜人 玖富".split()
)
# What stands in those positions and names no one: who one is by trade or state, a pronoun for many, the family.
_NOT_A_NAME_THERE = (
    frozenset(
        "大家 家里 家人 领导 公司 单位 他们 她们 对方 本人 客户 朋友 同事 宝贝 亲爱 兄弟 姐妹 老铁 哥们 孩子 宝宝 媳妇 闺女 儿子 女儿 "
        "老婆 老公 妈妈 爸爸 外卖 真的 认真 无辜 自愿 单身 穷人 新手 女生 男生 学生 股东 会员 电话 手机 号码 微信 联系 致电 拨打 热线 回电 来电 "
        "本机 机主 尾号 客服 孝子 孝女 孝孙 孙子 孙女 外孙 快递 滴滴 代驾 跑腿 开锁 维修 救命 救护 什么 醒他 醒她 未填 拒填 保密 不填 "
        "爸妈 上面 下面 大伙 老头 当事 姑娘 大爷 伙计 上帝 哎呀 哎哟 唉唉 冷静 座机 醒我 醒了 老大 老二 老三 老幺 农村 小妹 宝子 小哥 大妈 大姐 "
        "大哥 小弟 妹子 删除 乱填 错误 直系 伙伴 快车 专车 出租 大夫 救兵 外援 城管 交警 民警 学姐 学长 师姐 师兄 原话 英雄 美丽 光明 "
        "建设 文化 胜利 老四 老五 老六 老七 老八 老九".split()
    )
    | _FIRMS_BY_TWO
)
_NO_NAME_ENDS = frozenset("人手生族户者员工家民客友主方身们长师士")
# The first two characters of every bank's and lender's name and alias in the directory (锦程, 晋商, 杭银, 招联 …).
_INSTITUTION_HEADS = frozenset(
    name[:2] for inst in all_institutions() for name in (inst.name_zh, *inst.aliases) if len(name) >= 2
)
# The positions that a word also fills (我是 before a verb, 这边是 a place, a relative's workplace, a vocative, whom to tell, a form's
# filler): there only a given name's shape counts (two blind reviews of tune 36's passes found some 120 words taken).
_SHAPE_WANTED = frozenset(
    {
        "own",
        "here",
        "addressed",
        "kin",
        "told",
        "told_to",
        "object",
        "guarantor",
        "neighbour",
        "numbered",
        "bracketed",
        "worker",
        "owes",
        "role_word",
    }
)


def _a_given_names_shape(label: str) -> bool:
    """A listed or a likely given name, or a surname and a given-name character that make no dictionary word."""
    return (
        given_name_alone(label)
        or label in lexicon().given_pairs
        or (two_character_name(label, words_too=True) and not is_dictionary_word(label))
    )


# A name with some of its characters masked, as banks, payment apps and collectors print it ("对方户名：*婷荣", "收款人**辉", "吕**，还款卡……",
# "你已收到赵*杰的转账", "**超您好"; tune 42): what is left still narrows it to a few people. Only where a person stands: after a payee's or
# a borrower's label, before what is said to a person or of one; and never a masked firm, bank or place ("【**金融】", "**银行:", "**市").
_MASKED_TOKEN = r"(?:[\u4e00-\u9fff](?:[*＊]{1,3}[\u4e00-\u9fff]?|[xX×〇][\u4e00-\u9fff])|[*＊]{1,3}[\u4e00-\u9fff]{1,2})"
# (The labels in traditional characters too: "對方戶名：*婷榮", a fresh read.)
# (After 被, 向, 收到 or 来自 only a surname's character and a mask, "转账已被顾*领取": not "被**打了", "向**举报", "来自**保险", a review found.)
_MASKED_SURNAME_FIRST = r"[\u4e00-\u9fff][*＊]{1,3}[\u4e00-\u9fff]?"
_MASKED_NAME = re.compile(
    r"(?:(?<=户名)|(?<=戶名)|(?<=收款人)|(?<=付款人)|(?<=付款方)|(?<=收款方)|(?<=交易对方)|(?<=交易對方)|(?<=转账给)|(?<=轉賬給)|(?<=转给)"
    r"|(?<=轉給)|(?<=借款人)|(?<=出借人)|(?<=实名认证)|(?<=實名認證)|(?<=转账-)|(?<=收款-)|(?<=\[转账\])|(?<=名称)"
    # (And who one says one is or a screenshot shows: "催收员自称范**", "他的实名是**静", "对方名字是*蓉凯", "收款码名字显示韦**", "记录显示
    # 对方是贾**", "催收人员谭x佳", "@**磊"; tune 43.)
    r"|(?<=自称)|(?<=实名是)|(?<=实名)(?=[:：])|(?<=名字是)|(?<=名字叫)|(?<=对方是)|(?<=催收员)|(?<=催收人员)|(?<=显示)|(?<=显示“)|(?<=@))[:：|]?[ ]?"
    rf"(?P<labelled>{_MASKED_TOKEN})(?=[\s,，。:：;；|()（）\[\]”\"」]|$|\d|[\ue000-\uf8ff]|的|尾号|您好|先生|女士|转账|向你|领取|多次|说|骂|又|打来|打电话|发来)"
    r"|(?:(?<=收到)|(?<=来自)|(?<=被)|(?<=向))"
    rf"(?P<after_verb>{_MASKED_SURNAME_FIRST})(?=[\s,，。:：;；|()（）\[\]]|$|\d|[\ue000-\uf8ff]|的|尾号|转账|领取)"
    rf"|(?:^|(?<=[\n,，。;；】\]]))(?P<addressed>{_MASKED_TOKEN})(?=[ ]?(?:您好|你好|先生|女士|[,，][ ]?(?:限你|你|您|\ue000)|[(（]))"
    rf"|(?P<said_of>{_MASKED_TOKEN})(?=的转账|向你转账|发起了)"
)
_NOT_MASKED_NAME_ENDS = frozenset("行司融款贷团台院所借呗省市区县镇村路街号店厂部局站网险券金期递房花宝城流技媒务服师通")


def _masked_names(text: str, vault: _Vault) -> str:
    def replace(match: re.Match[str]) -> str:
        group = match.lastgroup or "labelled"
        token = match.group(group)
        hans = [ch for ch in token if is_cjk(ch)]
        if is_cjk(token[0]) and to_simplified(token[0]) not in lexicon().surname_tier:
            return match.group(0)  # ("尾*号": not a surname and a mask)
        if not is_cjk(token[0]) and (hans[-1] in _NOT_MASKED_NAME_ENDS or is_ordinary_word("".join(hans))):
            return match.group(0)  # ("**银行", "**市", "**金融": a firm or a place with its name masked)
        return match.group(0)[: match.start(group) - match.start()] + vault.name(token)

    return _MASKED_NAME.sub(replace, text)


def _word_names_in_place(text: str, vault: _Vault) -> str:
    """Where it stands so, and elsewhere only where a person's words follow it ("被告：甘露 … 甘露表示无力还款", "杨柳:打了七次",
    "被告甘露之配偶"); the same word stays a word elsewhere ("经办人：向前 … 要向前看", "被告：高山，住高山镇")."""
    spans = [m.span(m.lastgroup or 0) for m in itertools.islice(_WORD_NAME_PLACE.finditer(text), 50) if _a_word_name_there(m)]
    framed = [m.span(m.lastgroup or 0) for m in itertools.islice(_FRAMED_NAME_PLACE.finditer(text), 50) if _a_word_name_there(m)]
    if framed:
        # (Left to right and apart: the two patterns may find the same name.)
        taken: list[tuple[int, int]] = []
        for span in sorted(set(spans + framed)):
            if not taken or span[0] >= taken[-1][1]:
                taken.append(span)
        spans = taken
    names = {text[start:end] for start, end in spans}
    for start, end in reversed(spans):
        text = text[:start] + vault.name(text[start:end]) + text[end:]
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(rf"(?<![{_CJK_CHAR}]){re.escape(name)}(?={_AFTER_A_PERSON})", lambda m: vault.name(m.group(0)), text)
    return text


# What follows a person named again: a mark, a speaker's colon, or a word said of a person.
_AFTER_A_PERSON = "[,，。;；:：!?！？、\\s]|$|之|的|说|表示|称|已|在|是|欠|还|和|与|也|都|向|于|经"


def _a_word_name_there(match: re.Match[str]) -> bool:
    label = to_simplified(match.group(match.lastgroup or 0))
    if match.lastgroup == "speaker" and not (given_name_alone(label) or label in lexicon().given_pairs):
        return False  # ("备注：我…", "提醒：你…": a label, unless a given name's shape says who speaks)
    if match.lastgroup in ("own", "here") and is_city(label):
        return False  # ("我是湖南，欠了…": where one is from)
    if match.lastgroup in _SHAPE_WANTED and not _a_given_names_shape(label):
        return False  # ("我是觉得，欠的钱…", "这边是工地我…", "我爸工厂的电话", "姑娘你别怕": a word, a review found)
    if match.lastgroup == "role_word" and (
        label in _WHO_A_ROLE_IS or match.string[max(0, match.start() - 3) : match.start() - 2] == "祝"
    ):
        return False  # "房东太太说", "骑手师傅说", "祝卖家发财": who the role is, or a wish (a review found)
    if (
        match.lastgroup in _NAMED_WHATEVER_IT_MEANS
        and label in lexicon().given_pairs
        and label not in _ADVERBS_NOT_NAMES
        and not (
            is_cue_word(label)
            or _RELATION_WORD.fullmatch(label)
            or label in _FIELD_FILLERS
            or (
                label in _NOT_A_NAME_THERE
                and label not in (_WORD_NAMES_IN_COURT_TOO if match.lastgroup == "court_role" else _WORD_NAMES_THERE_TOO)
            )
            or (match.lastgroup == "court_role" and label in _HOLIDAYS and match.string[match.end() : match.end() + 1] in "、,，")
            or (match.lastgroup in ("court_role", "payee", "paid_back") and is_city(label))
            or _is_not_a_name(label, "")
        )
    ):
        return True  # "欠我钱的是胜利", "线长国庆让我加班": who owes or gives orders, a given name however it reads as a word
    if match.lastgroup in ("role_word", "court_role", "called", "payee", "paid_back"):
        return False  # (only a listed given name there, above: "卖家包邮", a word after a role)
    if match.lastgroup in _FRAMED and _a_place(label):
        return False  # ("常州也收到了同样的通知", "给华山打了电话": a place that speaks or is rung for its office)
    if match.lastgroup in _SAID_OF_A_PERSON:
        return not (
            label in _NOT_A_NAME_THERE
            or label in _ADVERBS_NOT_NAMES
            or label[0] in "他她它你您我咱这那谁人"  # ("请转告他速还款", "我妈叫人打电话")
            or label in _INSTITUTION_HEADS  # ("我是晋商，逾期", "你跟华融还款": a lender's short name)
            or label in _FIELD_FILLERS
            or label[-1] in _NO_NAME_ENDS
            # (Not in a two-sided frame, where 向 or 于 opens a name: "又问了向阳", "向阳说不认识".)
            or (has_function_character(label) and match.lastgroup not in _FRAMED)
            or names_no_one(label)
            or is_role(label)
            or is_cue_word(label)
            or _RELATION_WORD.fullmatch(label) is not None
            or _is_not_a_name(label, "")
        )
    before = match.string[match.start() - 1 : match.start()]
    if match.lastgroup == "titled" and before and is_cjk(before) and before != "的":
        return False  # "合作律师", "项目经理": a word runs into the title; only after 的 or at a clause's start
    if label in _FIELD_FILLERS or not two_character_name(label, words_too=True) or _a_place(label):
        return False  # (nor a place: "@罗湖 罗湖口岸几点开？")
    if match.lastgroup in ("titled", "after_title", "asked") and is_dictionary_word(label) and label not in lexicon().given_pairs:
        return False  # "华南经理", "宣传专员", "你是东家吗": a region, a department, what one is
    # A party's field with its colon holds a name whatever its characters ("收件人：童话 183…", "经办人：向前，联系电话"); elsewhere the
    # second character must stand in given names (not "项目经理", "高级经理").
    field = match.lastgroup == "party" and match.string[match.start() : match.start() + 1] in ":："
    if not field and lexicon().given_weight.get(label[1], -9) < GIVEN_WEIGHT["possible"]:
        return False
    return not _is_not_a_name(label, "")


# What a form's field holds when it names no one ("联系人：本人", "担保人：同上", "收件人：不详").
_FIELD_FILLERS = frozenset(
    "本人 同上 如上 见上 不详 未知 待定 暂无 某某 空白 没有 自己 家人 亲属 朋友 同事 空号 关机 停机 法人 双方 各方 单位 公司 金主 房奴".split()
)


# Adverbs that open a line before 撤回了一条消息 in a person's own telling.
_ADVERBS_BEFORE_RECALLING = frozenset(
    "居然 竟然 突然 忽然 果然 显然 刚刚 刚才 已经 马上 立刻 立马 随即 赶紧 然后 后来 结果 又 偷偷 还 也 都 就 对方 群主".split()
)
# The last characters of what is @-mentioned that no name ends in: roads and places, lending apps and sites, snacks.
_NOT_A_MENTIONED_NAME_END = frozenset("路街道巷弄村庄区镇县市贷呗网鸭鸡店")


def _wechat_system_name(match: re.Match[str], vault: _Vault) -> str:
    label = to_simplified(match.group(0))
    if match.lastgroup == "mentioned" and label[-1] in _NOT_A_MENTIONED_NAME_END:
        return match.group(0)  # "@凤起路", "@向钱贷", "@周黑鸭": a road, a lending app, a brand
    if match.lastgroup == "quoted" and any(dot in label for dot in "·•・"):
        return vault.name(match.group(0))  # 你将"撒·伊斯哈格"移出了群聊: a transliterated name
    if match.lastgroup in ("chatting", "chatted", "card", "added"):
        return vault.name(match.group(0)) if _shown_by_wechat(label) else match.group(0)
    if label == "我" or not _speaker_of_a_quote(label):
        return match.group(0)
    if match.lastgroup == "recalling" and _recalled_by_no_one(label, match):
        return match.group(0)
    # A red packet's giver or taker, someone @-mentioned and a name in straight quotes read as a full name by themselves (陆续领取了
    # 红包, 领取了双倍的红包 and 群公告"任务"邀请好友 name no one), or as a nickname: 老王, 小明, 阿强 (a surname's character after 老,
    # 小, 阿; not 老大, 小二, 阿猫).
    strict = match.lastgroup in ("giving", "given", "mentioned") or (
        match.lastgroup == "quoted" and match.string[match.start() - 1 : match.start()] == '"'
    )
    if strict and not (
        len(label) == 2 and label[0] in "老小阿" and label[1] in surname_lexicon()[0] and not is_ordinary_word(label)
    ):
        if not reads_as_full_name(label) or _is_not_a_name(label, ""):
            return match.group(0)
    return vault.name(match.group(0))


_RELATION_WORD = re.compile(f"(?:{_RELATIONS})")
# "What" before 叫 ("啥叫", "什么叫", "咋叫"): what a word means is asked, nobody is named.
_ASKING_WHAT = ("啥", "什么", "么", "咋", "怎么")


def _hidden_names_pass(text: str, vault: _Vault) -> str:
    for name in vault.hidden_names:
        text = text.replace(name, vault.name(name))
    return text


# --- values broken by a hard line break ------------------------------------------------------------
# A screenshot read by OCR breaks its lines at a fixed width, inside an address, a number or a name
# ("扣扣85\n579039", "<wu\nzheng1906@q\nq.com>", "联系电话:182668\n75346"). Where letters, digits or an
# e-mail's punctuation stand on both sides of a break, the break is taken out if the two halves make a value
# only together, so the passes below see it whole.
_VALUE_CHARS = "A-Za-z0-9@._*\\-"
_BROKEN_VALUE = re.compile(rf"(?<=[{_VALUE_CHARS}])[ \t]*\n(?=[ \t]*[{_VALUE_CHARS}])")
_LEFT_PART = re.compile(rf"[{_VALUE_CHARS}·]+(?: [{_VALUE_CHARS}]+){{0,5}}\Z")
_RIGHT_PART = re.compile(rf"[ \t]*(?:[{_VALUE_CHARS}]+ ?){{1,8}}")
_LIST_ITEM = re.compile(r"[ \t]*\d{1,2}[.、)][\s\u4e00-\u9fff]")
_DATE_THEN_TIME = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\Z")
_WHOLE_NUMBER = re.compile(rf"{numbers.MOBILE.pattern}|\d{{17}}[\dXx]|\d{{16,19}}")
# Longest part looked at on each side, and most breaks mended in one text (a hostile one has thousands).
MAX_PART = 40
MAX_MENDED = 40


# A label or an estate's word broken by the wrap, then its value ("工\n号HX-10012", "家属\n院 9-2-1003").
_BROKEN_LABEL = re.compile(
    "(?:(?<=工)\n(?=号)|(?<=微)\n(?=信)|(?<=电)\n(?=话)|(?<=手)\n(?=机)|(?<=账)\n(?=号)|(?<=卡)\n(?=号)"
    "|(?<=邮)\n(?=箱)|(?<=属)\n(?=院)|(?<=小)\n(?=区)|(?<=单)\n(?=元))"
    r"(?=.[:\s]{0,2}[A-Za-z0-9])"
)


def _mend_broken_values(text: str, vault: _Vault) -> str:
    text = _BROKEN_LABEL.sub("", text)
    # An address broken twice ("<wu\nzheng1906@q\nq.com>") makes a value only once both breaks are mended.
    for _ in range(3):
        mended = _mend_once(text)
        if mended == text:
            break
        text = mended
    return text


def _mend_once(text: str) -> str:
    pieces, pos, mended = [], 0, 0
    for brk in _BROKEN_VALUE.finditer(text):
        if mended >= MAX_MENDED:
            break
        line_start = text.rfind("\n", 0, brk.start()) + 1
        left = _LEFT_PART.search(text, max(line_start, brk.start() - MAX_PART), brk.start())
        right = _RIGHT_PART.match(text, brk.end(), brk.end() + MAX_PART)
        if left is None or right is None or _LIST_ITEM.match(text, brk.end()) or _DATE_THEN_TIME.search(left.group(0)):
            continue
        if text[right.end() : right.end() + 1] in (":", "："):
            continue  # "2026-05-09\n10:00": a date, then a time on the next line
        whole = left.group(0) + right.group(0).lstrip(" \t")
        if not _broken_value(left.group(0), whole, text[left.start() - 1 : left.start()]):
            continue
        pieces.append(text[pos : brk.start()])
        pos = brk.end() + len(right.group(0)) - len(right.group(0).lstrip(" \t"))
        if right.group(0)[:1] in " \t" and left.group(0)[-1:].isdigit():
            pieces.append(" ")  # "1 3 9 3 8\n 6 3 2 6 4 2": the digits stay spaced alike
        mended += 1
    return "".join(pieces) + text[pos:]


def _broken_value(left: str, whole: str, before: str) -> bool:
    """The two halves make an e-mail address, a number of a phone's length or more, a plate or an id
    of letters and digits, which the left half alone is not."""
    if "@" in whole:
        return _EMAIL.search(whole) is not None
    digits = re.sub("[ *-]", "", whole)
    if _WHOLE_NUMBER.fullmatch(re.sub("[ -]", "", left)):
        return False  # the number was whole before the break ("电话13812345678\n2号楼")
    right = whole[len(left) :]
    if _WHOLE_NUMBER.fullmatch(re.sub("[ -]", "", right)) or left.strip().lower() in _KNOWN_HEADERS:
        # The next line opens with a whole number, or the line ended with a column's name: rows of a table
        # ("…,51\n19601456006,…", "…,QQ\n18397946333,…"), not one value broken in two.
        return False
    if sum(ch.isdigit() or ch == "*" for ch in digits) >= 7 and re.fullmatch(r"[\d*Xx]+", digits):
        return True
    if _PLATE.match(before + whole):
        return True
    bare = whole.replace(" ", "")
    return len(bare) >= 6 and bool(re.search("[A-Za-z]", bare)) and bool(re.search(r"\d", bare)) and " " not in whole


# --- the table of passes ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Pass:
    """One step of the scrubber. `gate` is a cheap test on the text that skips a pass which cannot
    match (each pattern costs a scan of the whole text); `run` returns the text with what it found
    behind vault markers, so no later pass sees it again."""

    name: str
    gate: Callable[[str], bool]
    run: Callable[[str, _Vault], str]


def _always(text: str) -> bool:
    return True


def _has_latin(text: str) -> bool:
    return _LATIN.search(text) is not None


def _contains(*needles: str) -> Callable[[str], bool]:
    return lambda text: any(needle in text for needle in needles)


def _each(pattern: re.Pattern[str], replace: Callable[[re.Match[str], _Vault], str]) -> Callable[[str, _Vault], str]:
    """A run function: `replace(match, vault)` for every match of `pattern`."""
    return lambda text, vault: pattern.sub(lambda m: replace(m, vault), text)


def _typed(pattern: re.Pattern[str], placeholder: str) -> Callable[[str, _Vault], str]:
    """A run function: every match becomes `placeholder`."""
    return _each(pattern, lambda m, vault: vault.keep(placeholder))


def _typed_after_lead(pattern: re.Pattern[str], placeholder: str) -> Callable[[str, _Vault], str]:
    """A run function: the label before the value stays ("微信:"), the value becomes `placeholder`."""
    return _each(pattern, lambda m, vault: m.group("lead") + (m.groupdict().get("sep") or "") + vault.keep(placeholder))


def _institution_names(text: str, vault: _Vault) -> str:
    """The directory's institutions kept as written, found in simplified characters too ("向銀保監投訴", tune 46): to_simplified maps one
    character to one, so the spans found are the spans in the text."""
    simplified = to_simplified(text)
    pieces, pos = [], 0
    for match in _INSTITUTION_NAMES.finditer(simplified):
        pieces += [text[pos : match.start()], vault.keep(text[match.start() : match.end()])]
        pos = match.end()
    return "".join(pieces) + text[pos:]


# Pinyin with tone marks ("Zhāng Wěi") read as plain letters, one character for one, so spans match.
_TONE_MARKS = str.maketrans(
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜ", "aaaaeeeeiiiioooouuuuvvvvvAAAAEEEEIIIIOOOOUUUUVVVVV"
)


def _on_plain_letters(pattern: re.Pattern[str], replace: Callable[[re.Match[str], _Vault], str]) -> Callable[[str, _Vault], str]:
    """A run function like `_each`, matched on the text with tone marks removed."""

    def run(text: str, vault: _Vault) -> str:
        plain = text.translate(_TONE_MARKS)
        if plain == text:
            return pattern.sub(lambda m: replace(m, vault), text)
        pieces, pos = [], 0
        for match in pattern.finditer(plain):
            replaced = replace(match, vault)
            pieces.append(text[pos : match.start()])
            pieces.append(text[match.start() : match.end()] if replaced == match.group(0) else replaced)
            pos = match.end()
        return "".join(pieces) + text[pos:]

    return run


def _spelled_email_gate(text: str) -> bool:
    lowered = text.lower()
    return _has_latin(text) and (
        " at " in lowered
        or "(at)" in lowered
        or "[at]" in lowered
        or "艾特" in text
        or " @" in text
        or "@ " in text
        or "#" in text
        or ("@" in text and ("点" in text or " dot " in lowered))
        or "圈a" in lowered
    )


def _other_account_gate(text: str) -> bool:
    lowered = text.lower()
    return _has_latin(text) and any(cue in lowered for cue in _OTHER_ACCOUNT_CUES)


def _birth_date_gate(text: str) -> bool:
    return "生" in text or (_has_latin(text) and ("irth" in text or "DOB" in text or "D.O.B" in text))


# In order: what is most specific first, so that a link is not read as an e-mail address, a case number
# not as a phone number, a date not as an amount; names last, when every number around them is already
# typed (a name before 〔身份证号〕 is more likely a name).
PASSES: tuple[Pass, ...] = (
    Pass("own placeholders", _always, _each(_OWN_PLACEHOLDER, lambda m, vault: vault.keep(m.group(0)))),
    Pass("digits split by emoji or dots", _split_digits_gate, _each(_SPLIT_BY_SYMBOLS, _join_split_digits)),
    Pass("values broken by a line break", _contains("\n"), _mend_broken_values),
    Pass("case numbers", _contains("号"), _typed(_CASE_NUMBER, CASE_NUMBER)),
    Pass("spelled-out e-mail addresses", _spelled_email_gate, _typed(_SPELLED_EMAIL, EMAIL)),
    # Links before e-mail addresses: "https://zhangsan:pass@x.cn/" is a link with a user name in it,
    # not the address "pass@x.cn". Bare "user@host" without a scheme is left to the e-mail pass.
    Pass("links", lambda text: "." in text and _has_latin(text), _each(_URL, _url)),
    Pass("e-mail addresses", _contains("@"), _typed(_EMAIL, EMAIL)),
    Pass("@handles", _contains("@"), _typed(_HANDLE, ACCOUNT)),
    Pass("mobiles spelled in sound-alikes", _always, _each(_HOMOPHONE_MOBILE, _homophone_mobile)),
    Pass("numbers read out in Chinese", _always, lambda text, vault: _CN_DIGIT_RUN.sub(_cn_digits, text)),
    Pass("WeChat internal ids", _has_latin, _typed(_WXID, WECHAT)),
    Pass("handles of reposts and forum floors", _contains("//@", "楼"), _typed_after_lead(_POSTER_HANDLE, ACCOUNT)),
    Pass("WeChat ids", _always, _typed_after_lead(_WECHAT, WECHAT)),
    Pass("WeChat ids a few words after the label", _has_latin, _typed_after_lead(_WECHAT_NEARBY, WECHAT)),
    Pass("other messaging accounts", _other_account_gate, _each(_OTHER_ACCOUNT, _other_account)),
    Pass("QQ numbers", _always, _typed_after_lead(_QQ, QQ)),
    Pass("QQ numbers listed after one", _contains("、", "和", "或", "/", ",", "及"), _each(_LISTED_AFTER_A_NUMBER, _qq_listed)),
    Pass(
        "chat ids behind combined labels", _contains("QQ", "qq", "微信", "V", "v", "薇", "威", "扣扣"), _each(_CHAT_ID, _chat_id)
    ),
    Pass("card tails", _always, _typed_after_lead(_CARD_TAIL, CARD_TAIL)),
    Pass("staff numbers", _contains("号", "號", "席"), _typed_after_lead(_STAFF_NUMBER, ACCOUNT)),
    Pass(
        "patients' numbers",
        _contains("住院号", "病历号", "病案号", "门诊号", "就诊"),
        _typed_after_lead(_PATIENT_NUMBER, ACCOUNT),
    ),
    Pass("member, loan and contract codes", _has_latin, _typed_after_lead(_ACCOUNT_CODE, ACCOUNT)),
    Pass("birth dates", _birth_date_gate, lambda text, vault: _BIRTH_DATE.sub(_birth_date, text)),
    Pass("dates (kept)", _always, _each(_DATE, lambda m, vault: vault.keep(m.group(0)))),
    Pass("times of day", _always, _each(_TIME, lambda m, vault: vault.keep(f"〔{int(m.group('hour'))}时〕"))),
    Pass("amounts", _always, _amounts),
    Pass("mobiles split by slashes, commas or 杠", _contains("/", "、", "杠"), _each(_SPLIT_MOBILE, _split_mobile)),
    Pass("masked numbers in groups", _always, _each(_MASKED_GROUPS, _masked_groups)),
    Pass("masked numbers", _always, _each(_MASKED, lambda m, vault: vault.keep(_masked_kind(m.group(0))))),
    Pass("licence plates", _has_latin, _typed(_PLATE, PLATE)),
    Pass(
        "plates of Taiwan and Hong Kong after a car",
        _has_latin,
        _each(_PLATE_AFTER_A_CAR, lambda m, vault: (m.group("lead") or m.group("label")) + vault.keep(PLATE)),
    ),
    Pass("mobiles misread by OCR", _has_latin, _each(_OCR_MOBILE, _ocr_mobile)),
    Pass(
        "pickup codes (kept)",
        _contains("码", "碼"),
        _each(_PICKUP_CODE, _pickup_code),
    ),
    Pass("digit runs", _always, _each(_NUMBER_RUN, lambda m, vault: _number(m.group(0), vault))),
    # (Before tokens and handles, which would take the pinyin half of "黄cuifeng" for an account.)
    Pass(
        "a surname with a pinyin given name, no cue",
        _has_latin,
        _each(_HAN_SURNAME_PINYIN_GIVEN_BARE, _han_surname_pinyin_given_bare),
    ),
    Pass("a pinyin surname with a given name", _has_latin, _each(_PINYIN_SURNAME_HAN_GIVEN, _pinyin_surname_han_given)),
    Pass("tokens", _has_latin, _typed(_TOKEN, ACCOUNT)),
    Pass("chat ids after who speaks", _contains("("), _each(_SPEAKER_ID, lambda m, vault: f"({vault.keep(ACCOUNT)})")),
    Pass("bare handles in Chinese text", _has_latin, _each(_BARE_HANDLE, _bare_handle)),
    Pass("schools and classes", _contains("学", "幼儿园", "學", "幼兒園"), _each(_SCHOOL, _school)),
    Pass("Hong Kong flats written in English", _contains("/F"), _typed(_HK_FLAT_IN_ENGLISH, ADDRESS)),
    Pass("Chinese flats written in English", _contains("Room", "Rm", "Flat"), _typed(_ROOM_ADDRESS_IN_ENGLISH, ADDRESS)),
    Pass("addresses abroad", lambda text: _has_latin(text) or "-" in text, _each(_ADDRESS_ABROAD, _address_abroad)),
    Pass("addresses in Korean", _has_hangul, _typed(_HANGUL_ADDRESS, ADDRESS)),
    Pass("estates where someone lives", _contains("住的"), _typed(_ESTATE_LIVED_IN, ADDRESS)),
    Pass("homes told by a landmark", _contains("对面", "后面", "旁边", "隔壁", "门"), _each(_LANDMARK_HOME, _landmark_home)),
    Pass(
        "farms' and the corps' addresses",
        _contains("林场", "农场", "牧场", "矿区", "林业局", "团"),
        _typed(_FARM_ADDRESS, ADDRESS),
    ),
    Pass("addresses", _always, _addresses),
    Pass("estates with a building-unit-room number", _contains("-"), _typed(_ESTATE_ROOM, ADDRESS)),
    # (After the estates' pass, which takes an estate with its number whole: "我住在幸福里3-2-2202", a fresh read found.)
    Pass("room numbers", _contains("-"), _each(_ROOM_NUMBER, _room_number)),
    Pass("addresses in English", _has_latin, _each(_EN_ADDRESS, _english_address)),
    Pass("bank branches (kept)", _contains("银行", "銀行"), _each(_BANK_BRANCH, _bank_branch)),
    Pass("institution names (kept)", _always, _institution_names),
    Pass("a surname with a pinyin given name", _has_latin, _each(_HAN_SURNAME_PINYIN_GIVEN, _han_surname_pinyin_given)),
    Pass("names in Hangul", _has_hangul, _each(_HANGUL_NAME, _hangul_name)),
    Pass("Korean names in Latin letters", _contains("-"), _each(_KOREAN_LATIN_NAME, _korean_latin_name)),
    Pass(
        "Vietnamese names",
        _has_latin,
        _each(_VIETNAMESE_NAME, lambda m, vault: m.group(0) if m.group(0) in _VN_NOT_NAMES else vault.name(m.group(0))),
    ),
    Pass("Japanese names", lambda text: any(word in text for word in _JAPAN_WORDS), _japanese_names),
    Pass("Latin names after a label", _has_latin, _each(_LATIN_NAME_AFTER_LABEL, _latin_name_after_label)),
    Pass("a romanised name greeted at the opening", _has_latin, _each(_LATIN_NAME_GREETED, _latin_name_greeted)),
    Pass("columns of a table", _always, _table_columns),
    Pass("fields of an export naming a person", _contains(":", "="), _structured_fields),
    Pass("names written apart character by character", _contains(".", "·", "•", "・", " ", "-"), _names_apart),
    Pass("names split by emoji", _has_emoji, _names_split_by_emoji),
    Pass("names split by a bar", _contains("|", "丨", "｜"), _names_split_by_bars),
    Pass(
        "names with a middle dot",
        _contains("·", "•", "・", "‧"),
        lambda text, vault: dotted_name_pattern().sub(lambda m: _dotted_name(m, vault), text),
    ),
    Pass(
        "transliterated names without the dot",
        lambda text: (
            undotted_name_pattern().search(text) is not None
            or tibetan_name_pattern().search(text) is not None
            or piece_name_pattern().search(text) is not None
        ),
        _undotted_names,
    ),
    Pass("spaced names joined", _contains(" ", "-", "–", "—"), _each(_SPACED_NAME, _join_spaced_name)),
    Pass("speakers of a copied chat", lambda text: "\n" in text, _chat_speakers),
    Pass("speakers of a quoted reply", _contains("「"), _each(_QUOTED_SPEAKER, _quoted_speaker)),
    Pass("parties of an IOU", _contains(":", "今"), _iou_parties),
    Pass("who liked a post, who speaks with a role", _contains("♡", "):"), _liked_or_speaking),
    Pass(
        "names in WeChat's system lines",
        _contains("群", "朋友", "回复", "红包", "@", "撤回", "聊天", "名片"),
        _each(_WECHAT_SYSTEM_NAME, _wechat_system_name),
    ),
    Pass("names at the opening", _always, _each(_NAME_AT_OPENING, _name_at_opening)),
    Pass("masked names", _contains("*", "＊", "〇", "x", "X", "×"), _masked_names),
    Pass("names that are words, where only a person stands", _always, _word_names_in_place),
    Pass("form fields naming a person", _contains(":"), _each(_PERSON_FIELD, _person_field)),
    Pass("names after strong cues", _always, _each(_NAME_AFTER_STRONG_CUE, _name_after_strong_cue)),
    Pass("names after context words", _always, _names_after_context),
    Pass("names someone is called by", _contains("叫", "自称", "名字"), _each(_CALLED, _called)),
    Pass("names of someone's contact", _contains("联系人", "联络人"), _each(_CONTACT_NAMED, _contact_named)),
    Pass("names of any surname before titles", _contains(*_TITLES), _each(_ANY_NAME_BEFORE_TITLE, _name_before_title)),
    Pass("names before honorifics", _always, _each(_NAME_BEFORE_HONORIFIC, _name_before_honorific)),
    Pass("names before greetings", _always, _each(_NAME_BEFORE_GREETING, _name_before_greeting)),
    Pass("names after verbs of telling", _always, _each(_NAME_AFTER_VERB, _name_after_verb)),
    Pass("names before debt words", _always, _each(_BARE_NAME, _name_before_debt)),
    Pass("nicknames after relations", _always, _each(_NICKNAME, _nickname)),
    Pass("given names beside kin words", _always, _given_names_beside_kin),
    Pass("names in lists", _contains(_SENTINEL_OPEN), _names_in_list),
    Pass(
        "Hong Kong and Taiwan romanisations",
        _has_latin,
        _each(_ROMAN_NAME, _roman_name),
    ),
    Pass("English given names beside a surname", _has_latin, _each(_EN_GIVEN_WITH_SURNAME, _en_given_with_surname)),
    Pass("English given names after a surname's character", _has_latin, _han_surnames_en_given),
    Pass("English names", _has_latin, _each(_EN_FULL_NAME, _english_full_name)),
    Pass("English given names where a person stands", _has_latin, _each(_EN_GIVEN_BY_CUE, _english_given_by_cue)),
    # (Before the joined ones, which would take "yandan" of "他叫 yandan qiu" alone.)
    Pass(
        "initials with a pinyin surname",
        lambda text: "." in text and _has_latin(text),
        _each(_INITIALS_AND_SURNAME, _initials_and_surname),
    ),
    Pass("pinyin names, given name first", _has_latin, _on_plain_letters(_LATIN_PAIR_GIVEN_FIRST, _pinyin_given_first)),
    Pass("pinyin names written joined", _has_latin, _each(_CAMEL_NAME, _camel_name)),
    Pass("pinyin names written joined and small", _has_latin, _each(_JOINED_PINYIN, _joined_pinyin)),
    Pass("pinyin names", _has_latin, _on_plain_letters(_LATIN_PAIR, _pinyin_pair)),
    Pass("pinyin surnames alone", _has_latin, _each(_LATIN_SURNAME_ALONE, _pinyin_surname_alone)),
    Pass("latin names after cues", _has_latin, _each(_LATIN_NAME, _latin_name_after_cue)),
    Pass("pinyin names after English words for a person", _has_latin, _each(_PINYIN_AFTER_EN_PERSON, _pinyin_after_en_person)),
    Pass("English titles", _has_latin, _each(_EN_TITLE, lambda m, vault: m.group("lead") + vault.name(m.group("name")))),
    Pass("English greetings", _has_latin, _each(_EN_DEAR, _english_dear)),
    Pass("English relations", _has_latin, _each(_EN_RELATION, lambda m, vault: m.group("lead") + vault.name(m.group("name")))),
    Pass("initials that sign or owe", _has_latin, _each(_INITIALS_SIGNED, _initials_signed)),
    Pass("word names after a cue", _always, _each(_WORD_NAME, _word_name)),
    Pass(
        "names before a workplace",
        _contains("分公司", "总部", "分部", "人民医院"),
        _each(_NAME_BEFORE_WORKPLACE, _name_before_workplace),
    ),
    Pass(
        "names half masked",
        _contains("*", "＊", "x", "X", "×"),
        _each(_HALF_MASKED_NAME, lambda m, vault: vault.name(m.group(0))),
    ),
    Pass("names by evidence", _always, _names_by_evidence),
    Pass("names beside names in a list", _contains("、", "和", "与", "及", "跟", "同", "还有"), _names_in_a_list),
    Pass("names glued to a name found", _contains(_SENTINEL_OPEN), _names_glued_to_a_name),
    Pass("names broken by a line break", _contains("\n"), _names_across_breaks),
    Pass("names after a surname alone on its line", _contains("\n"), _each(_LONE_SURNAME_LINE, _lone_surname_line)),
    Pass("names hidden by invisible characters", _always, _hidden_names_pass),
    Pass("given names alone where a person acts", _always, _given_names_acting),
    Pass("Tibetan, Mongolian, Uyghur and Kazakh names alone where a person acts", _always, _minority_names_acting),
    Pass("names seen elsewhere in the text", _always, _names_seen_elsewhere),
    Pass("staff codes beside a name", _has_latin, _each(_CODE_BESIDE, _code_beside)),
)
