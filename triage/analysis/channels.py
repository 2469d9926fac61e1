"""The channels a message asks the person to act through: numbers to call, chat accounts, bank accounts.

The one fact behind most collection-SMS scams is an action requested through a channel that the
institution the message names does not own: "您的XX银行信用卡已冻结，请致电 138…", "请转账至新还款账户
6222… 户名 张某", "加专员微信". The article's step 2 (核实身份) says the same from the other side: reach a
creditor only through channels you found yourself. This module finds those channels in the normalised,
lower-cased text; `analyzer` judges each one against the claimed institution's official channels
(triage/data/institutions.toml).

What counts as a channel here:
- phone: a number written next to a word asking to call ("致电", "联系", "客服", "热线" …), including the
  masked forms that public warnings quote (138xxxxxxxx, 0755-xxxx, 008-61xxxx, 400-***-1234);
- account: a card or account number (12+ digits, masked or not) next to a word asking to pay into it,
  or a named account holder ("户名 张某");
- chat: a WeChat / QQ account or "加V" followed by an ID.
Links are found by `links.find_links` and judged there; apps and screen sharing are text rules.

Every pattern is bounded and starts on a plain character or a digit, so scanning stays linear.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import NamedTuple

from . import numbers
from .alternation import by_first_character, skipping_ahead
from .sender import classify_sender

# Words that ask the person to call or contact the number that follows (or, for a few, precedes it).
_CALL_CUE = re.compile(
    r"(?:致电|来电|回电|去电|拨打|拨|电话|热线|专线|客服|联系|联络|咨询|详询|垂询|询问|热线电话|座机|"
    r"tel|call|phone|电联|专员|经理|处理|办理|核实|解冻|"
    # "询：150****4924", "询13812345678": ask at (not "询商户5905…": a shop's own line in a bank's offer).
    r"询(?!商户|商家|门店))"
)
# A role written right before the number: "李主任132…", "徐主管：139…" (not "班主任张老师138…", "置业顾问小李 137…").
_ROLE_RIGHT_BEFORE = re.compile(r"(?:(?<!班)主任|主管|顾问)\s{0,2}[:：]?\s{0,2}\Z")
# How far before a number a cue may stand ("请于今日内联系客服专员 0755-…"), and after it ("138… 联系我").
CUE_BEFORE = 12
CUE_AFTER = 6
# How far before an account number its cue to pay may stand: a company's name may stand between ("转入我司对公账户:深圳市某某科技有限公司
# 4000 0219 …"); the cue itself is anchored at the number.
PAY_CUE_BEFORE = 36
# Written numbers judged per message: far more than any SMS has, bounded for pasted walls of digits.
MAX_NUMBERS = 100
_CUE_AFTER = re.compile(r"(?:联系|咨询|办理|处理|回电|致电|核实)")

# A written number: digits, with spaces, dashes, dots or mask characters (x, *, ×) between them. Starts on
# a digit or "+" so re can skip ahead; bounded length.
_NUMBER = re.compile(r"(?:\+|\d)[\d\-\s.*x×—–－]{3,28}[\dx*×]")
_ANY_DIGIT = re.compile(r"\d")
# Not a callback number: an amount, a date or time, a tail of a card, a code, an order or case number.
_NOT_NUMBER_BEFORE = re.compile(
    r"(?:尾号|后四位|后4位|末四位|验证码|动态码|校验码|编号|单号|订单号|合同号|案号|流水号|工号|会议号|"
    r"身份证|证件号|号码是?本人|截至|截止|举报电话|举报热线|监督电话|监督举报电话"
    # (Where calls are forwarded to, in a carrier's own warning: "您的号码已设置无条件呼叫转移,来电将转至170****5516", batch 51; not
    # "请致电呼叫转移到170……的专员", a review found.)
    r"|来电将转(?:至|到|移至))[^\d]{0,3}\Z"
)
# A letter O written for a zero beside digits ("电话：O311-80797856", "转出196O"), to dodge filters.
_LETTER_O = re.compile(r"(?<=\d)o|o(?=\d{2})")
# Letters O and l written for 0 and 1 inside a run of digits ("4OOO 02l9 **** 6533", "l5l****2O38", batch 44): read as digits
# where the run holds four digits at least and more digits than letters (not "hello12", "300ml").
_DIGITS_WITH_LETTERS = re.compile(r"(?<![a-z])[\dol][\dol*x× -]{3,24}[\dol](?![a-z])")
_AS_DIGITS = str.maketrans("ol", "01")


def _as_digits(match: re.Match[str]) -> str:
    run = match.group(0)
    digits = sum(ch.isdigit() for ch in run)
    letters = sum(ch in "ol" for ch in run)
    return run.translate(_AS_DIGITS) if letters and digits >= 4 and digits > letters else run


# "打过来告诉我一声", "把钱打到这张卡上": a request to pay a person, in the words people use.
# ("我把钱打你卡上了" goes the other way: the writer paid.)
_PERSONAL_PAY = re.compile(
    skipping_ahead(
        # (Not a message forwarded: "朋友转给我的，……", "同事转给我的短信".)
        r"(?:打|汇|转)(?:过来|给我(?!的[,:]|的?(?:短信|信息|消息|截图|这条|一条))|到我|到这)|请把[^,.;:!?，。；：！？\n]{0,4}(?:打|汇|转)|到这(?:个|张)(?:卡|账户|账号)"
        # "把欠款打到 6222…", "把钱转到财务卡上"; not "我把钱打到你卡上了". (The look-behind after 把, so that `re`
        # can skip ahead to it.)
        r"|把(?<!我把)[^,.;:!?，。；：！？\n]{0,8}(?:打|汇|转|存)(?:到|至|进|入)"
        # "钱直接打我农行卡上", "那钱打工行；卡号…": the money, then where to put it.
        r"|钱(?:直接)?(?:打|汇|转|存)(?:到|进|入)?我?[^,.;:!?，。；：！？\n]{0,4}(?:卡上|账户|账号|银行|[工农建中交招]行|邮政)"
        # "钱打到: 6222 …": where to, after a colon.
        r"|钱(?:直接)?(?:打|汇|转|存)(?:到|至|进)\s{0,2}[:：]"
        # "你打这个卡上就行了", "打到该帐", "汇此账户".
        r"|(?:打|汇|转|存)(?:到|进|在|入)?(?:这个|这张|该|此)(?:卡|账|帐)"
        # "打款后通知我一下", "款打后回电话", "打完了回信息": tell me once it is paid.
        r"|(?:打|汇|转)(?:款|钱)?(?:后|完)了?[^,.;:!?，。；：！？\n]{0,2}(?:回|告诉|通知)|款(?:打|汇|转)(?:后|完)"
    )
)
# A number labelled as a card or account ("卡号：6228****1395776"), in a message asking to pay a person.
_ACCOUNT_LABEL = re.compile(r"(?:卡号|账号|帐号|账户|帐户|卡上|行卡)\s{0,2}[:：是为,，]?\s{0,2}\Z")
# A bank's name right before or after the number ("建设银行:6217…", "6217…工商银行户名…", "邮政xxxx…"):
# the card a person asks to be paid on, where the text asks it in a person's words.
_BANK = r"(?:银行|[工农建中交招]行|邮政|邮储|信用社)"
_BANK_BEFORE = re.compile(rf"(?:{_BANK}|储蓄)\s{{0,2}}[:：,，]?\s{{0,2}}\Z")
_BANK_AFTER = re.compile(rf"[^\d.;:!?。；：！？\n]{{0,6}}{_BANK}")
_LATIN_OR_DIGIT = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# A card number the source masked whole ("建设银行:xxxxxxxxxxxxxxxxxxx", "xxxx xxxx xxxx xxxx xxx").
_MASKED_CARD = re.compile(r"x{15,19}(?!x)|x{4}(?: {1,3}x{3,4}){3,4}(?!x)")
# Words after which a number is an account or a chat ID, not a number to call.
_ACCOUNT_BEFORE = re.compile(r"(?:卡号|账号|账户|帐号|帐户|qq|微信|vx|wx)[^\d]{0,3}\Z")
# A caller listed in a missed-call notice ("138****1234于12月03日10:21呼叫过您1次", "未接来电：186****5021（2次）"):
# who rang, not a number the message asks the person to call.
_CALLER_AFTER = re.compile(
    r"\s{0,2}(?:于|在)[^,.;!?，。；！？\n]{0,24}(?:呼叫|致电|来电|打过|拨打)过?(?:您|你)|\s{0,2}[(（]\d{1,2}次[)）]"
)
# (Unless the message asks for a call back: "专员 170…… 于今日致电您未接通，请尽快回电".)
_CALLBACK_ASK = re.compile(r"回电|回拨(?!请直接)|请(?:尽快|立即|速|及时)?(?:拨打|致电|联系)")
_CALLER_BEFORE = re.compile(r"(?:未接来电|来电未接|来电号码|主叫号码)[:：]?(?:号码[:：]?)?\s{0,2}\Z")
_MARKED_AS_SCAM = re.compile(r"\s{0,2}(?:被[^,.;:!?，。；：！？\n]{0,8}标记|是诈骗|为诈骗|系诈骗)")
# A date written with digits ("2024-03-05", "3/5/24"): no phone number, and no sender.
DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")
_NOT_PHONE_AFTER = re.compile(r"\A\s{0,2}(?:元|块|万|千|百|年|月|日|号|期|笔|天|个|次|%|分|小时|rmb|cny)")
# Where an account number is one to pay into: right after "转账至", "还款账户", "以下账户" … (a card number
# in a transaction notice, "您的账户6222****1234于…转入", is not preceded by such words).
_PAY_CUE = re.compile(
    r"(?:转账|转入|转至|转到|转回|退回|汇款|汇入|汇至|汇到|打款|打入|打到|存入|还款|还至|还到|付款|打钱|还钱|收款)"
    r"(?:至|到|进)?[^,.;:!?，。；：！？\n]{0,6}(?:账户|账号|帐户|帐号|卡号|银行卡|卡里|卡上|账上)?[:：]?\s{0,2}\Z"
    # (The holder's masked name may come first: "请帮忙汇6000元到以下帐号：林**    621…".)
    r"|(?:以下|下列|如下|指定|新的?|该|此|我司|我方|对公|收款|还款|财务)(?:的)?(?:账户|账号|帐户|帐号|卡号|银行卡)[:：]?\s{0,2}"
    # (Or a company's name: "转入我司对公账户:深圳市某某科技有限公司 4000 0219 …", batch 44.)
    r"(?:[\u4e00-\u9fff][*某]{1,3}\s{0,4}|[\u4e00-\u9fff]{2,16}(?:公司|中心)\s{0,2}[:：]?\s{0,2})?\Z"
    r"|(?:账户|账号|卡号)如下[:：]?\s{0,2}\Z"
    # "你先转2万到 6222 ****": the sum, then where to.
    r"|(?:转|汇|打)\d{1,6}(?:万|千)?(?:元|块)?(?:到|至|进)\s{0,2}\Z"
)
# The message asks the person to pay somewhere: only then is an account or a holder's name a channel.
_PAY_REQUEST = re.compile(
    skipping_ahead(
        r"(?:请|需|须|务必|尽快|立即|马上|麻烦|直接|速)(?!确认|核对|核实|注意|留意)[^。！？!?\n]{0,12}"
        r"(?:转账|转款|转入|转至|转到|转回|退回|汇款|汇入|汇至|打款|打到|打入|存入|还款|还至|还到|付款|打钱|还钱|缴纳|缴费至|缴费到|缴至|交(?!易|通|流))"
        # "转账到工行卡号…": where to, whoever asks; not money arriving ("转账到账", "转账至您的账户").
        r"|(?:转账|汇款|打款)(?:到|至)(?!账|您|你)"
        # "请于3日内将和解款12600元汇入书记员代收账户…": a deadline first, then the money and where it goes (batch 44).
        # ("请将本期应还 1,866.20 元转入我司对公账户", batch 44: the sum itself runs past the gap above.)
        r"|(?:请|需|须|务必)(?:(?:于|在)[^。！？!?\n]{1,10}(?:前|内))?将[^。！？!?\n]{1,16}(?:汇入|转入|打入|存入|汇至|转至|汇到|转到|打到)"
        r"|(?:你|您)先(?:转|汇|打)\d"
        # "请帮忙汇6000人民币到以下帐号".
        r"|(?:汇|转|打)\d{1,6}(?:万|千)?(?:元|块)?(?:人民币|钱)?(?:到|至|进)(?:以下|下列|如下|这个|我的)"
        # "请办理31380元入以下账号": a sum, then into the account below.
        r"|\d(?:万|千)?(?:元|块)(?:打|转|汇|存)?(?:入|到|至|进)(?:以下|下列|如下)(?:账|帐|卡)"
    )
)
# The person's own account, where a lender has repayments put ("请于10日前将款项存入您的还款账户 6222****1234"): no one
# else's account to pay into.
_OWN_ACCOUNT = re.compile(
    r"(?:您|你|本人)(?:的|名下的?)?(?:还款|借记|工资)?(?:账户|账号|帐户|帐号|卡号|银行卡|借记卡|卡)[:：]?\s{0,2}\Z"
)
# A named holder of an account: "户名: 张某", "收款人 李某某", "户名 XX有限公司" (a company is still named).
_HOLDER = re.compile(
    r"(?<!对方)(?<!付款)(?<!付款人)(?:户名|户主|收款人|收款方|开户名|账户名|帐户名|姓名)\s{0,2}[:为是]?\s{0,2}"
    # (A masked holder is one character once the mask is dropped: "户名:高*!".)
    r"([\u4e00-\u9fffa-z*x×·]{2,20}|[\u4e00-\u9fff](?=[\s,.;:!?，。；：！？]|\Z))"
)
# A card number and its holder side by side, with at most a bank's name around them.
_BARE_ACCOUNT = re.compile(
    skipping_ahead(
        r"(?:卡号|账号|帐号)[^。！？!?\n]{0,30}(?:户名|收款人|姓名)|(?:户名|收款人)[^。！？!?\n]{0,30}(?:卡号|账号|帐号)"
    )
)
# A bank's notice of money in or out names the account and its holder too.
# (Not 开户行, 开户名, 开户支行: fields of where to pay, not an account opened.)
_ACCOUNT_MOVEMENT = re.compile(
    r"收入|入账|到账|支出|余额|交易|消费|转入|存入|验证码|绑定|解绑|换卡|开户(?!行|网点|银行|名|支行|地|人)|挂失"
)
# An account given only with a person's own words ("打过来告诉我一声。卡号…"): a friend asking to be paid
# back writes the same, so it counts, but not as severe on its own (see analyzer._check_channels).
PERSONAL_REQUEST = "personal_request"
# A courier's own mobile ("请联系快递员 138…"): how deliveries are settled, unless money is involved.
_COURIER_BEFORE = re.compile(r"(?:快递员|派送员|派件员|配送员|快递小哥|送货员|快递师傅|骑手)[^,.;:!?，。；：！？\n]{0,6}\Z")
# The shop a voucher is for, in a group-buying platform's text ("商家电话：0757-82269990"): the same, for its
# landline too.
# ("询商户59056880" in a bank's offer with a shop.)
_SHOP_BEFORE = re.compile(r"(?:商家|商户|门店|店铺|店家)(?:电话|联系电话|联系方式|热线)?\s{0,2}:?\s{0,2}\Z")
# Money to move, a code or a link: where a courier's or a shop's number stands beside them, it is a pretext's.
_MONEY_MOVES = r"理赔|赔付|赔偿|退款|退费|转账|付款|汇款|银行卡|验证码|链接"
_MONEY_WORDS = re.compile(_MONEY_MOVES + r"|费|支付")
# Trouble with an order or an account, or money to move, is the impersonation's pretext, shop or not ("商户账户存在违规，
# 将冻结结算款", "订单退款失败"). (Not a bare 费: a voucher says 消费 and a bank's offer 费率.)
_SHOP_TROUBLE = re.compile(r"异常|违规|冻结|结算|保证金|核实|审核|失败|风险|投诉|" + _MONEY_MOVES)
# Where an institution names its own chat account.
_OFFICIAL_ACCOUNT = re.compile(r"官方微信|官微|官方qq|服务号|订阅号")
_COMPANY = re.compile(r"(?:公司|银行|中心|机构|集团|事务所|合作社|支行|分行|基金会|法院|政府|学校|医院|财政|专户)")
# A chat account: "微信 abc123", "加V: tx8888", "QQ 12345678", "vx号 ..."; not an official account.
# The ID may be masked where it is quoted ("+v：dj***tg", "薇：jz***07"); "薇", "威" and "+q" stand in for
# 微信 and QQ to get past filters, ➕ for "+".
# The names are one trie (`by_first_character`), so `re` skips ahead on their first characters; a word
# of asking before them ("加", "添加", "联系") is taken into the evidence afterwards (`_CHAT_ASK`).
_CHAT_NAMES = ["企业微信", "微信", "威信", "薇信", "v信", "vx", "v x", "wx", "wechat", "weixin", "qq", "扣扣", "企鹅"]
_CHAT_NAMES += ["加v", "加q", "➕v", "➕q"]
_CHAT = re.compile(
    f"(?:{by_first_character(_CHAT_NAMES)}"
    # A group's number after "群:" or a filter-dodging 峮 ("Q群:571xxxxxx", "Ǭ峮:709813306"): a QQ group, after a letter or sign that stands for Q (not "发到家庭群：96110是…", "家长群：523418").
    r"|\+[vq]|v(?<![a-z0-9]v)(?=\s{0,2}[:：])|薇(?=\s{0,2}[:：])|威(?=\s{0,2}[:：])|[群峮](?:(?<=[^\u4e00-\u9fff\s][群峮])|(?<=[加进入][群峮]))(?=\s{0,2}[:：]\s{0,2}\d{3}[\dx*]{3}))"
    # (And the name, then how to use it, then the id: "微信联系：kk9988", batch 72's review.)
    r"(?:号|群| ?account| ?id|联系|咨询|详谈)?\s{0,2}[:：]?\s{0,3}[“\"]?"
    # (Not English words after the name: "the hospital WeChat account", "WeChat official".)
    r"(?:(?!account|official|public|group|mini|pay\b|before|after|today|please|below|above|number|instead|within)"
    r"[a-z][a-z0-9_\-*]{4,19}|\d[\d*×]{4,11}|\d{3}x{3,8})(?![a-z0-9_\-*×])"
)
_CHAT_ASK = ("添加", "联系", "加")


# What to do at a link that is only described, in the same clause ("详见链接办理恢复", "长按识别二维码进行更新"): without it such words
# are a bank's own "详见链接", a parent's "长按识别二维码进不去" or an album's "扫描下方二维码" (a review of batch 64's change).
_THEN_WHAT_TO_DO = r"(?=[^,.;:!?，。；：！？\n]{0,6}(?:办理|认证|领取|申领|赔偿|理赔|退税|退款|解冻|激活|续费|缴费|缴纳|更新|恢复|修复|查收|提现|登记|处理|升级|验证|补录|审核|核实|取消))"


# A link mentioned in words where the public source has masked or left out the address itself
# ("请点击链接确认", "登录网址xxx", "(此处为链接)"). Counted only when no real link is in the text.
LINK_WORDS = re.compile(
    skipping_ahead(
        r"(?:点击|点开|打开|戳|访问|登录|登陆|登入|进入)[^,.;:!?，。；：！？\n]{0,6}(?:链接|网址|网站|网页|此处|下方|以下|x{2,3}|[*]{2,3})"
        r"|此处为链接|(?:以下|下列|下方|如下)(?:网址|链接)|网址[:：]?\s?(?:x{2,3}|[*]{2,3})"
        # "请点某某链接授权": the address replaced by a word where the message is quoted.
        r"|点(?:某某|xx|××|这个|该)链接"
        # (And the prize's "activity site": "请及时登陆活动站:****** 查看领取", "请速查阅 ****** 领取".)
        r"|(?:至|到|登录|登陆|登入)(?:网站|活动站|活动网站|活动官网)|请速查阅\s?[*x×]{3,10}"
        r"|点击(?<!栏目点击)(?<!页面点击)(?<!app点击)(?<!公众号点击)(?:兑换|换取|领取|激活|认证|验证|确认|办理|查看|查询|申请|下载)"
        # (Not a button inside the app, "可在微信内点击解封按钮", nor what someone was told: "柜台说点击解冻就行".)
        r"|点击(?<!内点击)(?<!里点击)(?<!说点击)(?:解封|解冻|解锁|申诉)(?!按钮|入口|就行|就可以|即可)"
        r"|(?:点击|点开|打开|下载|登录|登陆|进入?|访问|戳|点此)\s?(?:…|\.{3}|[*]{3,6}|[x×]{3,6}|积分商城)|网站链接|链接地址"
        r"|点此(?:兑换|换取|领取|激活|认证|验证|确认|办理|查看|查询|申请|下载)"
        # A WAP push as published datasets show it ("[PUSH]山西晋中-138****8274您好,您的好友发来……"): a link is what it carries.
        r"|\[push\]"
        # (Each alternative starts with a character, look-behinds after it, so `re` can skip ahead to those characters.)
        r"|[*x×](?<![*x×][*x×])[*x×]{1,9}(?:\.[*x×]{1,10}){0,3}\.(?:[a-z]{2,3}(?<!doc)(?<!xls)(?<!ppt)(?<!pdf)(?<!jpg)(?<!png)(?<!txt)(?<!zip)(?<!rar)|xyz|info|shop|site|club|wang|online|link|live|life|help|work|store|asia|mobi|tech|cloud|space|today|homes|support|[*x×]{2,6})(?![a-z0-9@])"
        # (A host masked in the middle, "tj.bq*.cn", "xc*.top/k2": letters or a dot before the mask, a dot and a common TLD after it;
        # not an e-mail or a file name masked, "j***.smith@gmail.com", "report_v2**.docx".)
        r"|[*](?<=[a-z0-9.][*])[*]{0,3}[a-z0-9-]{0,8}\.(?:cn|com|net|org|cc|top|vip|xyz|info|me|co|shop|site|club)(?![a-z0-9@])"
        # (Batch 64, the instruction quoted without its link: "详见链接办理恢复", "详见短信链接", "点链接续费", "点此链接办理", "复制到浏览器
        # 打开", "长按识别下方二维码办理", "扫描邮件中的二维码进入退税系统", "扫描面单二维码申领赔偿": a code in a text message is an image
        # the message cannot carry, so it stands for a link too. Not "请扫描附件二维码查看", a school's notice with its
        # attachment, a review of the sixteenth session found; nor a code to follow an official account.)
        # (Only with what to do there, in the same clause: not a bank's own "手机银行已升级……详见链接", a parent's "长按识别二维码进不去", an album's
        # "扫描下方二维码" or "长按识别图片里的二维码可以看原图", a review found.)
        r"|详见(?:短信|下方|以下)?链接"
        + _THEN_WHAT_TO_DO
        + r"|点(?:此|下方|下面)链接"
        + _THEN_WHAT_TO_DO
        # (A bare 点链接 only as an order with what to do there, not as told or warned of: "让点链接交罚款", "没让点链接", "点链接充值后卡被盗刷".)
        + r"|点(?<!让点)(?<!要点)(?<!没点)(?<!别点)(?<!不点)(?<!说点)(?<!去点)(?<!乱点)(?<!误点)(?<!你点)(?<!我点)(?<!他点)(?<!她点)链接"
        r"(?:续费|办理|领取|激活|认证|解冻|提现|缴费|充值|更新|恢复|申请|登记|查收)(?![^,.;:!?，。；：！？\n]{0,4}(?:后|了|的))"
        r"|复制[^,.;:!?，。；：！？\n]{0,16}(?:到|至)(?:手机)?浏览器"
        r"|长按识别(?:下方|图中|以下|图片)?(?:二维码|图片)"
        + _THEN_WHAT_TO_DO
        + r"|扫描?(?:下方|以下|图中|面单|邮件中的?|包裹里的?|包裹内的?)的?(?:售后)?二维码"
        + _THEN_WHAT_TO_DO
        # (A mini program, an official account or an app whose name the page masked: "微信搜索小程序“***补贴”", "关注公众号“***人寿”",
        # "下载“云***”APP"; a link the caller will send: "我发链接给你处理", "发个链接给您升级账户", "我发您一个退款链接".)
        + r"|搜索?小程序\s?[“\"「]?[^”\"」\n]{0,8}(?:[*]{2}|[x×]{3})|公众号\s?[“\"「]?[^”\"」\n]{0,8}(?:[*]{2}|[x×]{3})"
        r"|[“\"「](?=[^”\"」\n]{0,8}(?:[*]{2}|[x×]{3}))[^”\"」\n]{1,12}[”\"」]\s?(?:app|客户端|小程序)"
        r"|发(?:个|一个|您一个|你一个|您|你)?(?:退款|理赔|认证|升级|办理|处理|验证)?链接(?:给(?:你|您))?(?:处理|办理|升级|认证|验证|退款|理赔|操作)"
        r"|发(?:您|你)(?:一个|个)(?:退款|理赔|认证|升级|验证)链接"
    )
)


# Where a link stood: a mask of it, or a note that it was left out.
# (Not a masked number: no digit right before or after it, "尾号****1234", "138****5678".)
# (Or in angle brackets, as Taiwanese police pages print it: "請點此：<連結>", "‹連結>".)
_LEFT_OUT = (
    r"(?:(?<!\d)[*]{3,12}(?![\d*])|(?<!\d)[x×]{3,12}(?![a-z0-9.])|\((?:链接|网址|连结)(?:略|已隐去|已删除|已删|已移除|已屏蔽|已隐藏|已省略)?\)"
    r"|\[(?:链接|网址|url)\]|【(?:链接|网址)】|[<‹](?:链接|网址|连结)(?:略|已删除|已删|已移除)?>)"
)
# A verb done already (已, 成功; not 需……完成), in the clause before a mask after a verb ("您的U盾已激活 ******", "您已完成医保电子凭证激活：******";
# not "您的ETC已失效 请立即核验 ******": a space, 请 or 立即 begins what to do now):
# a masked name or number, not a link to follow.
DONE_BEFORE = re.compile(r"(?:已|成功)(?:(?!请|立即|尽快|马上|点)[^,.;:!?，。；：！？\n\s]){0,12}\Z")
# A mask or a left-out note anywhere (`LEFT_OUT_LINK` says where one stands for a link).
LEFT_OUT_MARK = re.compile(_LEFT_OUT)
# The address masked or left out where a page quotes the message, after a word that points to a link
# ("认证地址 ******", "请于3日内点 ****** 在线年检", "请登录手机网查询兑换******", "领取入口:(链接略)"), or
# only the note that it was left out ("[网址]", "(链接已隐去)"). Searched only where "***", "xxx", "×××",
# "链接" or "网址" stands (`may_have_left_out_link`).
LEFT_OUT_LINK = re.compile(
    rf"(?:网址|网站|链接|入口|官网|页面|下载地址|领取地址|认证地址|登记地址|申请地址)[:：]?\s?{_LEFT_OUT}"
    # (Not the 点 of a time or a place: "下午两点 ****", "地点:***"; not a number, a name or a place masked
    # after 查看/前往: "查看尾号****", "前往***社区".)
    rf"|(?:点击|点开|打开|点(?<![\d一二三四五六七八九十两几地重整半网站景起终要特优缺焦]点)|登录|登陆|登入|访问|戳|进群)"
    rf"[^,;:!?，。；：！？\n号卡]{{0,8}}?\s?{_LEFT_OUT}"
    # (After 查看/前往, only a long mask right after: "取件码请查看 ******", not "前往 *** 社保服务大厅".)
    r"|(?:查看|查阅|前往|进入)\s?(?<!\d)[*x×]{5,12}(?![\d*x×a-z])"
    # (After 详见/详情, any mask that ends the message or its line: "详情 ***", "详见 ***" (batch 43); not "详情 ****** 为您的服务密码", "详情xxx，我回头再发你",
    # a shop's own "您的订单已发货，详情 ***。" copied with its link masked.)
    r"|(?:详见|详情)[:：]?\s?(?<!\d)[*x×]{3,12}(?=[ \t]{0,3}(?:$|\n))"
    # (After a word of where or how, only the long mask pages put for a whole address: "请通过 ****** 认证", "请于
    # 7月20日前在 ****** 签署", "速登 ****** 领取", "办理👉 ******"; not "请至***派出所", "通过***转账", money
    # "转至 ****** 尾号的卡".)
    r"|(?:通过|至(?<!转至)(?<!汇至)(?<!存至)|在|速登|→|办理|缴费|续费|升级|认证)\s?(?<!\d)\*{6,12}(?![\d*a-z])"
    # (After a verb of what to do there, or its app or entry, with or without a colon: "请立即核验 ******", "违章抓拍图像请查看:
    # ******", "下载新版钱包:******", "兑换 ******", "详见 ******". Only the long mask, and not before a unit or a noun it
    # qualifies: "兑换******元", "兑换 ****** 张优惠券", "已开通******免密支付服务" mask an amount or a name. Where the verb
    # is done already, "您已激活 ******", the analyser drops it: see `DONE_BEFORE`.)
    r"|(?P<after_verb>(?:核验|核实|查看|详见|兑换|领取|申领|下载|充值|验证|更新|签收|申请|激活|解冻|复核|同步|登记|提交|开通|处理|打开|点这里|点此|app|钱包|客户端|here|update|visit|verify|click)"
    r"[:：]?\s?(?<!\d)[*●]{6,12}(?![\d*●a-z])(?!\s?[元分个次份张件万笔条号的(（]|\s?(?:积分|业务|服务|额度|学历|医保|身份|免密)))"
    # (Word first, the bracket in a look-behind, so `re` can skip ahead to those characters.)
    r"|(?:链接|网址|网站|连结)(?<=[(\[【<‹]..)(?:略|已隐去|已删除|已屏蔽|已隐藏|已省略)?[)\]】>]|url(?<=\[url)\]"
    # (已删 and 已移除 in round brackets only, "(連結已刪)": "[链接已删]" is how a person pasting a court's notice marks the
    # link they took out, as a genuine batch-27 message does, and "违规链接已移除" what a platform did.)
    r"|(?:链接|网址|连结)(?<=\(..)(?:已删|已移除)\)"
    # Or with no bracket, as a clause of its own: "……请尽快更新认证，链接略……" (not "链接略有不同").
    # (连结: Taiwan's and Hong Kong's word for a link, "(連結已隱去)".)
    r"|(?:链接|网址|连结)(?:略(?![有微带显小大高低为作过去])|已隐去|已删除|已屏蔽|已隐藏|已省略)"
)


def may_have_left_out_link(lowered: str) -> bool:
    return "***" in lowered or "xxx" in lowered or "×××" in lowered or "链接" in lowered or "网址" in lowered or "连结" in lowered


# A link the source masked whole ("http://xxx", "https://***"), or an install file named with its address cut off
# ("http://cdn……XXshenqi.apk"): searched only where "://" or ".apk" stands, so most messages pay nothing for it
# (`masked_links`). (An install file only after a word of a link or with its name masked: "相册链接 xxx.apk", not
# "游戏安装包 minecraft.apk 我发你QQ了".)
_MASKED_ADDRESS = r"https?://[x*×]{2,10}(?![a-z0-9.])"
MASKED_LINK = re.compile(
    skipping_ahead(
        _MASKED_ADDRESS
        + r"|(?:://|…|链接|下载|查看|点击|地址|网址)[^,;!?，。；！？\s]{0,6}\s?[^,;!?，。；！？\s]{0,40}?\.apk(?![a-z0-9])"
        r"|[x*×][x*×]{1,5}[a-z0-9_-]{0,20}\.apk(?![a-z0-9])"
    )
)
# Its first alternative, the only one that can match where no ".apk" stands.
MASKED_ADDRESS = re.compile(_MASKED_ADDRESS)


def masked_links(lowered: str, limit: int) -> list[re.Match[str]]:
    """The first `limit` matches of MASKED_LINK in `lowered`.

    Where no ".apk" stands, only its first alternative can match, and alone it finds the same: the
    others look up to 46 characters on for ".apk" after each "://" ("http://" x 714 took 4 ms).
    """
    if ".apk" in lowered:
        pattern = MASKED_LINK
    elif "://" in lowered:
        pattern = MASKED_ADDRESS
    else:
        return []
    return list(itertools.islice(pattern.finditer(lowered), limit))


# A chat account asked for where the source masked or left out its ID ("请添加我们代办客户 QQ", "加下我 QQ").
CHAT_WORDS = re.compile(
    skipping_ahead(
        r"(?:加|添加)[^,.;:!?，。；：！？\n]{0,8}(?:qq|微信|vx|wx|v信|扣扣)(?![a-z0-9_])"
        # "加微 dk8888": the ID right after.
        r"|加微(?=[\s:：]{0,2}[a-z0-9_-]{4,20})"
        r"|add (?:me on |my |our )?(?:wechat|qq|whatsapp|telegram|line)\b"
        # LINE, nicknamed 賴 in Taiwanese texts: "請加賴", "加LINE好友", "LINE ID:".
        # (Not "hotline", "online", 赖 the surname or the verb: "参加赖叔叔的寿宴".)
        r"|(?:加|添加)[^,.;:!?，。；：！？\n]{0,8}(?<![a-z])line(?![a-z])|加(?<![参增]加)赖(?![叔姨家老总先女某哥姐弟妹氏])|line(?<![a-z]line) ?id"
    )
)
# A QR code that adds a person's chat: "扫码加福利师" (a class's "扫码进群" is no private chat).
QR_CHAT_WORDS = re.compile(r"扫描?(?:码|二维码)[^,.;:!?，。；：！？\n]{0,2}(?:加|添加)(?!群|入群)")
# An account named as a person's, with its number left out: "交至经办人账户", "转账到车管所代办员账户",
# "押金转到我个人微信".
PERSONAL_ACCOUNT_WORDS = re.compile(
    skipping_ahead(
        r"(?:经办人|代办员|业务员|专员|办事员)的?(?:个人)?(?:账户|账号|微信|支付宝|银行卡)"
        r"|(?:转|打|交|付|汇)(?:到|至|给)?我?的?个人(?:账户|账号|微信|支付宝|银行卡)"
        # An adjuster's or a service clerk's chat to pay into (batch 65). (Not a courier's or a rider's: one pays them so every day, "到付件
        # 运费18元，也可以转给快递员微信", a review of the change.)
        r"|(?:转|打|交|付)(?:给|到)(?:理赔员|客服|专员|经办人|业务员|代办员)的?(?:微信|支付宝)(?!了)"
    )
)
# The writer's own chat or wallet to pay into (batch 65: "车险便宜一千，转我微信出单", "罚款转我微信即可", "换新费168元，直接微信转我", "钱先转我
# 这边统一办理"). Friends and family ask so too, for a bill split, a fee paid ahead or a loan ("室友们，电费一人60，转我微信就行", "他说下周还
# 我，转给我微信"): it counts only where the sentence names what only a stranger sells or charges for (see `SERVICE_OR_FEE`). (Not "他微信转我
# 500了", "平台就把钱转到我支付宝了": paid.)
WALLET_OF_MINE = re.compile(
    skipping_ahead(
        r"(?:转|打|交|付|汇)(?:到|至|给)?我的?(?:微信|支付宝|vx|wx)(?!了|上了|里了)"
        r"|直接(?:微信|支付宝)(?:转|付)(?:给)?我(?!们)"
        r"|(?:钱|费|款|金)(?:先|直接|就)?(?:转|打|交)(?:给)?我(?:这边|这里|这儿)"
    )
)
# What only a stranger sells or charges for, in the sentence of a wallet of the writer's: a policy issued cheap, a fine or a record cleared,
# a fee to unfreeze or to handle (not a bill split among friends, a deposit or a ticket paid ahead: "饭费转我微信", "订金50元转我微信就行", "门票
# 一张680，方便时转我微信", a review of the change).
SERVICE_OR_FEE = re.compile("出单|车险|罚款|违章|销案|扣分|手续费|保证金|解冻|补差价|差价|年审|代办")
# A QR code of a person's to pay into: "我给你发个收款码，扫这个还", "扫我的码转过来".
QR_PAY_WORDS = re.compile(
    skipping_ahead(
        r"(?:发|给)(?:你|您)(?:个|一个)?(?:收款码|收款二维码)|个人收款码|扫(?:这个|我的|我发的)(?:码|二维码|收款码)?(?:还|付|转|支付|缴)"
        # "请扫描客服发送的二维码支付", "扫我发的收款码缴纳": a code that a person sends.
        r"|扫描?(?:客服|专员|工作人员|老师|我|对方)(?:发送|发|给)的?(?:二维码|收款码|付款码)"
    )
)


# A number to call mentioned in words where the source masked it ("立即拨打XX号码", "致电以下电话").
NUMBER_WORDS = re.compile(
    skipping_ahead(
        r"(?:拨打|致电|回电|联系|来电)(?:x{2,12}|×{2,12}|[*]{2,12}|以下|下面|下方|如下|此|这个)(?:号码|电话|热线|专线)"
        r"|(?:咨询电话|客服电话|联系电话|热线电话|咨询热线|电话)(?:是|为)?[:：]?\s?(?:…|\.{3}|x{3,12}|×{3,12}|[*]{3,12})"
        # A mobile the source masked whole after a word of enquiry ("详询xxxxxxxxxxx厦门刘经理").
        r"|(?:详询|咨询|垂询)[:：]?\s?x{11}(?!x)"
        # A number cut after its area code where the message is quoted ("详情请咨询0769。").
        r"|(?:咨询|详询|致电|拨打|联系|热线|电话)[:：]?\s?0\d{2,3}(?=[。…]|\.{3}|\Z)"
    )
)


# A link asked for in people's words and not shown ("点此升级", "点链接查看", "今日点链接缴罚款", batch 72): a link, so a service number in the
# message's signature is no route for it. (Not told, "让我点链接激活账户", "要点链接激活".)
_UNSHOWN_LINK_ASK = (
    r"点(?<!让点)(?<!要点)(?<!叫点)(?<!让我点)(?<!要我点)(?<!叫我点)(?:此|这里|链接|网址)[^,.;:!?，。；：！？\n]{0,3}"
    r"(?:升级|更新|缴|修改|登记|填写|激活|查看|领取|认证|处理|办理|查询)"
)
UNSHOWN_LINK_ASK = re.compile(_UNSHOWN_LINK_ASK)


# A request to act through a channel that the text does not show: reply, call back, apply online, click.
# Only weighed when the message holds no number, link or account at all ("您的信用卡被冻结，回复电话可以
# 激活"): the sender's own number is then the channel, or the source left it out. Opting out of marketing
# ("回复TD退订", "拒收回T") is not such a request.
ASK_WORDS = re.compile(
    skipping_ahead(
        r"(?:回复|回拨|回电|致电|来电|拨打|联系|咨询|详询|点击|点开|登录|登陆|登入|在线|扫码|扫描|下载|添加|加我)"
        r"[^,.;:!?，。；：！？\n]{0,8}"
        # (And "请咨询银联中心×××": the number left out where the message is quoted.)
        r"(?:激活|解冻|办理|申请|领取|获取|兑换|换取|确认|认证|验证|处理|提额|开通|恢复|注销|查询|查看|详情|客服|专员|电话|我们|本人|中心|页面)"
        # (And the link named in people's words, "点此升级", "点链接查看", "今日点链接缴罚款", batch 72: `UNSHOWN_LINK_ASK`.)
        rf"|{_UNSHOWN_LINK_ASK}"
        r"|(?:与|和|跟)(?:本公司|我公司|我们|我司|客服|本行|我行)联系"
        # "扫码填写孩子信息和银行卡", "扫描二维码登记": details to give through a code the text does not show.
        r"|扫(?:码|描二维码|二维码)[^,.;:!?，。；：！？\n]{0,2}(?:填写|登记|绑定|申领)"
        # "下载“惠民通”APP完成认证", "下载“惠民通”App并缴纳报名费": an app the text names in quotes but does not link, to do it
        # through. (Not a warning's "不会要求您下载屏幕共享软件,": nothing done through it; nor "下载国家医保服务平台APP完成激活",
        # a bureau's own app named plainly: a review's find.)
        r"|下载[“\"「][^”\"」\n]{1,8}[”\"」](?:app|客户端|软件)[^,.;:!?，。；：！？\n]{0,3}(?:完成|进行|认证|验证|领取|申请|申领|注册|登记|填写|绑定|缴纳|激活)"
        # A voice menu ("如有疑问请按9转人工服务", "请按1键查询案件详情"): the call itself is the channel.
        # (And the key that puts the call through to anyone, "按1转理赔", "按0转省公安厅交通管理局", "拨9转接人工服务", batch 66; the key
        # spelled out too, "请按一转接民警", batch 67; not "请按一下".)
        r"|(?:按|拨)[0-9一二三四五六七八九零〇]键?(?:转|查询|查看|了解|咨询|确认|办理|兑换|领取)"
        # (And the key asked for after what it is for, "了解详情请按9", "咨询请按9。", batch 65; "如有疑问请按0", "申诉请按1",
        # "复核请按1", batch 66; money to collect or a claim, "领取请按1", "理赔请按1", a review of 2ed1e75; not a bank's own menu, "查询余额
        # 请按1，转账请按2", a review found, nor a shop's refunds, "退款请按2", a review of c0cdc16.)
        r"|(?:了解详情|详情|咨询|详询|疑问|申诉|复核|解除|人工服务|人工客服|转人工|领取|理赔|赔偿|解冻)[^,.;:!?，。；：！？\n]{0,2}请?按[0-9一二三四五六七八九零〇](?![0-9下])"
        # "医保卡异常，速回电", "银行卡被冻结了，回电 ***": a call back asked for, the number left out.
        # (And "请及时回电", "请来电", batch 62.)
        # (Not a call back missed: "不好意思没及时回电", a fresh read found.)
        r"|(?:速|请|尽快|马上)回电|及时回电(?<![没未不]及时回电)|回电\s?[*x×]{2,10}|请(?:及时|尽快|速)?来电(?![0-9])"
        # "申请补助回1，咨询请回2": a numbered reply asked for.
        r"|(?:申请|领取|办理|咨询)[^,.;:!?，。；：！？\n]{0,6}回复?\d"
        # (And a call back in people's words, "回个电话", "方便的话回我电话"; a call promised by whom, "专员稍后联系". Not a visit: a utility's or
        # a courier's "工作人员将上门" is how they work, a fresh read found.)
        r"|回(?:个|我)电话|拨回(?:本机|本号|此号)|回拨(?:本机|本号|此号)|回条短信|(?:专员|工作人员|客服|网格员)(?:稍后|随后|将|会)[^,.;:!?，。；：！？\n]{0,4}(?:联系|来电|致电)"
        # A call still to come is the channel ("专员稍后来电指导您操作", "客服将稍后联系您，请保持电话畅通").
        r"|(?:稍后|随后|马上|将会?)[^,.;:!?，。；：！？\n]{0,6}(?:来电|致电|联系您|联系你|与您联系|给您回电)|保持电话畅通|注意接听"
        # ("如有疑问请拨电话联系": the number left out.)
        r"|请[^,.;:!?，。；：！？\n]{0,12}(?:签署|认证|验证|激活|更新|升级|解冻|核实|拨电话)"
        # "请回复您的支付宝账号和姓名以便转账": the reply itself carries what is asked for.
        r"|回复[^,.;:!?，。；：！？\n]{0,6}(?:支付宝|账号|卡号|姓名|身份证)"
        # A deadline threat asks as much: "48小时未处理将永久作废".
        r"|未(?:处理|认证|签署|激活|更新|核实)(?:的话)?将"
    )
)
# A reply by itself, a digit or y, asks as much ("ETC已停用 回1处理", "续期请回复Y", batch 60), unless the text offers a way out of its list
# ("回T退订", "拒收请回复R"): a shop's promotion asks for replies so too, a review found. Not a count, "回复1次", nor 回 in another word,
# "来回2小时", "返回1楼", "已退回1笔"; and a scam's own "放弃回N" is no way out (a fresh read's finds).
BARE_REPLY = re.compile(r"(?<![来返退收撤往挽])回复?(?:[1-9]|y)(?![0-9a-z次条个天年月日号楼笔])")
OPT_OUT = re.compile(r"回复?(?:t|td|r)(?![a-z])|拒收")


# Published SMS datasets replace each address and number with a capitalised token ("请登录 URL 兑换",
# "请联系客服热线 CELLPHONE 办理解冻"): the channel is there, masked. Matched on the text before lower-casing,
# so the English word "phone" in a bank's message is not one.
# The token is sometimes glued to the lower-case path that followed it ("前往 URLid 查看", "登录 URLfind").
# WECHAT stands for a chat ID and BANK for a card number (an account to pay into only beside a request
# to pay or an account holder's name, as for written numbers).
# Tokens may be glued together ("CELLPHONEWECHAT", "QQWECHAT"): a run is read token by token.
# The chat and account tokens count only as the datasets write them, between spaces ("加 WECHAT 验证码"): a
# brand's "在WECHAT搜索" is the word.
MASK_TOKENS = re.compile(
    r"(?:(?<![A-Za-z])|(?<=CELLPHONE)|(?<=PHONE)|(?<=QQ))"
    r"(?:(?P<link>URL(?=[a-z]|(?![A-Za-z])))"
    r"|(?:(?<=\s)|(?<=CELLPHONE)|(?<=PHONE)|^)(?P<chat>(?:QQ)?WECHAT|QQ(?=\s{1,3}\S))(?=\s|$)"
    r"|(?:(?<=\s)|^)(?P<account>BANK)(?=\s|$)"
    r"|(?:CELLPHONE|PHONE|HOTLINE|TELEPHONE)(?=WECHAT|PHONE|QQ|(?![A-Za-z])))"
)


# A message that carries a one-time code is the issuer's own ("验证码为 665201，请在页面中输入完成验证"):
# its request to act goes to the page the person is on, not to an unseen channel.
CARRIES_CODE = re.compile(
    r"(?:验证码|动态码|校验码|动态密码)(?:为|是)?[:：]?\s{0,2}[【\[(『「]?\s{0,2}\d{4,8}"
    # The code first: "778604为本次登录验证的手机验证码".
    r"|\d{4,8}\s{0,2}(?:为|是)(?:您的?)?[^,.;:!?，。；：！？\n]{0,10}(?:验证码|动态码|校验码|动态密码)"
)


class Channel(NamedTuple):
    kind: str  # "phone" | "account" | "chat"
    text: str  # as written in the normalised text
    span: tuple[int, int]
    digits: str  # the number without separators, masks kept as "x" ("" for a chat ID)
    number_kind: str  # classify_sender's kind for a phone, "masked" for masked numbers, "" otherwise
    # Written with letters for digits ("4 O O - 8 2 3 - l 6 6 O", "O311-…"): dodging filters, as no institution writes its own number.
    disguised: bool = False


def _digits(written: str) -> str:
    out = []
    for char in written:
        if char.isdigit():
            out.append(char)
        elif char in "x*×":
            out.append("x")
        elif char == "+":
            out.append("+")
    return "".join(out)


def _number_kind(digits: str) -> str:
    """The kind of a phone number written in a message: classify_sender's kinds, or masked_* for masks."""
    if "x" not in digits:
        return classify_sender(digits).kind
    bare = digits.lstrip("+")
    if bare.startswith(("00", "+")) or digits.startswith("+"):
        return "masked_foreign"
    if bare[:3] in ("400", "800"):
        return "masked_hotline"
    if bare.startswith("0"):
        return "masked_landline"
    if bare.startswith("1") and len(bare) == 11:
        return "masked_mobile"
    return "masked"


def _bare_account(lowered: str) -> bool:
    """A card number and a person as its holder, and no word of money moving on it (a bank's notice) nor a
    company or public body as the holder (a court's own account)."""
    if _BARE_ACCOUNT.search(lowered) is None or _ACCOUNT_MOVEMENT.search(lowered) is not None:
        return False
    holder = _HOLDER.search(lowered)
    return holder is None or _COMPANY.search(holder.group(1)) is None


def find_channels(lowered: str, skip: list[tuple[int, int]] | None = None) -> list[Channel]:
    """Numbers to call, accounts to pay into and chat accounts in `lowered` (normalised, lower case).

    `skip` holds spans already taken by links: a number inside a link is part of the link.
    """
    skip = skip or []
    channels: list[Channel] = []
    taken: list[tuple[int, int]] = []
    # Whether the text asks to pay ("请转账至") and asks it in a person's words ("打过来", "把钱打到"):
    # each searched once, and only when an account or a holder needs it.
    pay_request = _Lazy(lambda: _PAY_REQUEST.search(lowered) is not None)
    # An account given with its holder and nothing else ("农行卡号:622848…118,户名:陆**") is where to pay,
    # in the same words a friend uses.
    personal_pay = _Lazy(lambda: _PERSONAL_PAY.search(lowered) is not None or _bare_account(lowered))
    if _ANY_DIGIT.search(lowered) is not None:
        # Same length, so every position is as in `lowered`.
        scanned = _LETTER_O.sub("0", lowered) if "o" in lowered else lowered
        if "l" in scanned or "o" in scanned:
            scanned = _DIGITS_WITH_LETTERS.sub(_as_digits, scanned)
        for match in itertools.islice(_NUMBER.finditer(scanned), MAX_NUMBERS):
            start, end = match.span()
            written = match.group(0).rstrip(" .-")
            end = start + len(written)
            if any(s < end and start < e for s, e in skip):
                continue
            if (
                _CALLER_AFTER.match(scanned, end) or _CALLER_BEFORE.search(scanned, max(0, start - 8), start)
            ) and _CALLBACK_ASK.search(scanned, end, end + 48) is None:
                continue
            channel = _judge_number(scanned, written, start, end, pay_request, personal_pay)
            if channel is not None and channel.kind == "phone" and lowered[start:end] != scanned[start:end]:
                channel = channel._replace(disguised=True)
            if channel is not None:
                channels.append(channel)
                taken.append(channel.span)
    if "xxxx" in lowered:
        for match in itertools.islice(_MASKED_CARD.finditer(lowered), MAX_NUMBERS):
            start, end = match.span()
            if (start and lowered[start - 1] in _LATIN_OR_DIGIT) or any(s < end and start < e for s, e in skip + taken):
                continue
            written = match.group(0)
            card = _card_channel(lowered, written, start, end, written.replace(" ", ""), True, pay_request, personal_pay)
            if card is not None:
                channels.append(card)
                taken.append(card.span)
    for match in _CHAT.finditer(lowered):
        start, end = match.span()
        ask = next((word for word in _CHAT_ASK if start >= len(word) and lowered.startswith(word, start - len(word))), "")
        start -= len(ask)
        if any(s < end and start < e for s, e in skip + taken):
            continue
        if "公众号" in lowered[end : end + 4] or "公众号" in lowered[max(0, start - 4) : start + 6]:
            continue
        if _OFFICIAL_ACCOUNT.search(lowered, max(0, start - 8), start + 2):
            continue  # "关注广州移动官方微信（微信号：cmccgz）": the institution's own account
        channels.append(Channel("chat", lowered[start:end], (start, end), "", ""))
    holder = _HOLDER.search(lowered) if ("户" in lowered or "收款" in lowered or "姓名" in lowered) else None
    # (A holder of one character is a masked name, "户名:张*": a shop or a friend gives theirs so, and it asks nothing more than the
    # card beside it.)
    request = holder is not None and len(holder.group(1)) > 1 and bool(pay_request)
    if holder is not None and not _COMPANY.search(holder.group(1)) and (request or personal_pay):
        start, end = holder.span()
        # (Beside a card given in a person's words, a holder named where the text asks to pay still counts as asked.)
        if not any(c.kind == "account" and (c.number_kind != PERSONAL_REQUEST or not request) for c in channels):
            channels.append(
                Channel("account", holder.group(0), (start, end), "", "named_holder" if request else PERSONAL_REQUEST)
            )
    if "码" in lowered and not any(c.kind == "account" for c in channels):
        qr = _QR_PAY.search(lowered)
        if (
            qr is not None
            and lowered[qr.start() - 1 : qr.start()] not in _QUOTE_MARKS
            and _QR_OWN_APP.search(lowered, max(0, qr.start() - 12), qr.end()) is None
            and _QR_DEBT.search(lowered) is not None
            and _QR_BILL.search(lowered) is None
            and _QR_WARNING.search(lowered) is None
        ):
            channels.append(Channel("account", qr.group(0), qr.span(), "", "qr"))
    return channels


# A debt settled or a court's money paid by scanning a code in the message ("请扫描下方二维码缴纳执行款", "优惠结清价……请扫描下方
# 二维码支付", "专属结清二维码……个人收款码", batches 44, 45 and 47): a code is where to pay as an account number is. (Not a code
# that fetches the lender's app or account, "扫码下载App还款", "扫码关注公众号"; nor a utility's or a school's bill, which is paid
# by scanning: "国家电网……逾期……扫码缴费".)
_QR_PAY = re.compile(
    r"(?:扫描|扫一扫|扫码|扫)(?![^。！？!?\n]{0,12}(?:下载|关注|公众号|小程序|app|官方|登录|查看|了解))[^。！？!?\n]{0,10}?"
    r"(?:支付|付款|还款|缴纳|缴费|结清|转账|交款)|个人收款码"
)
# The lender's own app or account, or its counter, scanned in ("可在官方APP扫码还款", "可在手机银行扫码还款", "在网点柜台扫码支付",
# "通过法院的缴费二维码扫码缴纳": earlier reviews' probes).
_QR_OWN_APP = re.compile(
    r"官方|app|小程序|公众号|官网|手机银行|网银|网点|柜台|营业厅|窗口|法院的|本院|前台|收费处|到店|当面|司机|收银"
)
# (Only a debt settled at a price or a court's money: not a bill's arrears, which heating, schools, hospitals, gyms, carriers and courts'
# own fee notices ask to pay by scanning too, "供暖费已逾期……请扫码缴纳", "尚有欠款1230元未结清……扫描二维码缴费", "请扫码缴纳诉讼费", a
# review found.)
_QR_DEBT = re.compile(r"结清价|优惠结清|一次性结清|专属结清|和解款|减免后|执行款")
# A warning that quotes the trick ("法院不会发送个人收款二维码。若您收到“扫码缴纳执行款”，请先拨打12368核实").
_QR_WARNING = re.compile(r"不会|谨防|警惕|诈骗|骗子|骗局")
_QUOTE_MARKS = frozenset("“\"「『‘'")
_QR_BILL = re.compile(r"电费|水费|燃气|话费|物业|学费|医保|社保|停车|罚单|违章")


def asks_to_pay(lowered: str) -> bool:
    """Whether the text asks the person to pay somewhere ("请转账至", "打过来告诉我一声")."""
    return _PERSONAL_PAY.search(lowered) is not None or _PAY_REQUEST.search(lowered) is not None


class _Lazy:
    """A yes/no worked out on first use, then remembered."""

    def __init__(self, work: Callable[[], bool]) -> None:
        self.work = work
        self._found: bool | None = None

    def __bool__(self) -> bool:
        if self._found is None:
            self._found = bool(self.work())
        return self._found


def _card_channel(
    lowered: str, written: str, start: int, end: int, digits: str, masked: bool, pay_request: _Lazy, personal_pay: _Lazy | bool
) -> Channel | None:
    """A card or account number: a channel only where the text asks to pay into it."""
    if (
        _PAY_CUE.search(lowered, max(0, start - PAY_CUE_BEFORE), start)
        and pay_request
        and not _OWN_ACCOUNT.search(lowered, max(0, start - CUE_BEFORE), start)
    ):
        return Channel("account", written, (start, end), digits, "masked" if masked else "account")
    if (
        _ACCOUNT_LABEL.search(lowered, max(0, start - CUE_BEFORE), start)
        or _BANK_BEFORE.search(lowered, max(0, start - CUE_BEFORE), start)
        or _BANK_AFTER.match(lowered, end)
    ) and personal_pay:
        return Channel("account", written, (start, end), digits, PERSONAL_REQUEST)
    return None


def _judge_number(
    lowered: str, written: str, start: int, end: int, pay_request: _Lazy, personal_pay: _Lazy | bool = False
) -> Channel | None:
    digits = _digits(written)
    if digits.startswith("+") and lowered.endswith("区号", 0, start):
        digits = digits[1:]  # "拨打区号+12368": the local area code, then the number, not a country code
    bare = digits.lstrip("+")
    masked = "x" in digits
    real_digits = sum(1 for char in bare if char != "x")
    # (A mobile masked after its first two digits is still one: "请拨打 18xxxxxxxxx".)
    masked_mobile = len(bare) == 11 and bare[0] == "1" and bare[1] in "3456789"
    if (real_digits < 3 and not masked_mobile) or len(bare) < 5:
        return None
    before = lowered[max(0, start - CUE_BEFORE) : start]
    after = lowered[end : end + CUE_AFTER]
    if _NOT_PHONE_AFTER.match(after) or _NOT_NUMBER_BEFORE.search(before) or DATE.fullmatch(written):
        return None
    if _MARKED_AS_SCAM.match(lowered, end, end + 16):
        # "您刚刚接听的来电号码+852…被多名用户标记为诈骗电话": a number warned about, not one to call.
        return None
    if not masked and bare.startswith("106"):
        # A gateway number: public unless a sender put a mobile or a card behind the prefix, and then
        # the number behind it is the channel ("联系 1069 0 13812345678").
        behind = numbers.gateway_split(bare)[1]
        if not behind:
            return None
        digits = bare = behind
    if len(bare) >= 12 and not bare.startswith(("0", "86")) and numbers.public_kind(bare) is None and not written.startswith("+"):
        return _card_channel(lowered, written, start, end, digits, masked, pay_request, personal_pay)
    if _ACCOUNT_BEFORE.search(before) or not (
        _CALL_CUE.search(before) or _CUE_AFTER.match(after.lstrip()) or _ROLE_RIGHT_BEFORE.search(before)
    ):
        return None
    if masked and len(bare) < 7:
        return None
    if len(bare) > 13 and not bare.startswith(("00", "106")):
        return None
    kind = _number_kind(digits)
    if kind in ("none", "unknown") and not masked:
        return None
    if kind in ("mobile", "masked_mobile") and _COURIER_BEFORE.search(before) and not _MONEY_WORDS.search(lowered):
        kind = "courier"
    elif (
        kind in ("mobile", "masked_mobile", "landline", "masked_landline")
        and _SHOP_BEFORE.search(before)
        and not _SHOP_TROUBLE.search(lowered)
    ):
        kind = "shop"
    return Channel("phone", written, (start, end), digits, kind)
