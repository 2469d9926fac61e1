"""What the scrubber learnt from the thirty-first and thirty-second writers' corpora (tests/data/SCRUB_TUNE30.md and SCRUB_TUNE31.md),
the first of them: a name right after a day
counted from another ("昨天马佳怡", "那天马金宝", "第二天潘新民", "2天后宓子豪"), after an hour ("下午1点王海军"), after a month and a
day or an hour and its minutes with no 日 or 分 ("2月8李桂香", "晚上8点40刘冬梅"), after "问一下"; the Amdo forms of Tibetan names
(才让, 更登, 多杰 …) and the 尕 of Hui and Qinghai names ("马尕保"); and words it must not take: school subjects before 老师
("数学老师", "这学期历史换老师了"), a place gone to on an errand ("去贺州出差了"), a cue word inside a shop's or a dish's name
("钱大妈官方客服", "老干妈门店", "吃叫花鸡"), and brands, dishes, medicines and verse listed by hand. Each case that must go
failed before; each that must stay is an ordinary phrase beside it. The second's, below."""

from __future__ import annotations

import pytest

from triage.anonymize import scrub


class TestTheThirtyFirstWritersCorpus:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("昨天马佳怡哭着打电话来", "马佳怡"),
            ("发工资那天马金宝又打了十几个电话", "马金宝"),
            ("第二天潘新民几乎天天打", "潘新民"),
            ("2天后宓子豪说要去我单位", "宓子豪"),
            ("下午1点王海军李佳怡一起来的", "王海军"),
            ("2月8李桂香给我妈打电话", "李桂香"),
            ("3月28刘大勇打来电话", "刘大勇"),
            ("晚上8点40刘冬梅答应我不再打", "刘冬梅"),
            ("帮我问一下马尕保收到没有", "马尕保"),
            ("这个月马尕三已经还了一部分", "马尕三"),
            ("昨天才让旺堆来找我", "才让旺堆"),
            ("上午更登顿珠打给我", "更登顿珠"),
            ("2026.9.22才旦多杰从西宁打过来的", "才旦多杰"),
        ],
    )
    def test_the_name_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "语文老师让交资料费",
            "这学期数学换老师了",
            "这学期历史换老师了",
            "这学期道德与法治换老师了",
            "信息技术老师发了通知",
            "去贺州出差了",
            "去景洪出差了",
            "去剑南春面试了",
            "钱大妈官方客服电话",
            "老干妈门店在招人",
            "今晚吃叫花鸡",
            "被催得没胃口，文思豆腐只吃了两口",
            "谷维素饭后服用",
            "等闲识得东风面，万紫千红总是春",
            "那天马上就来了",
            "3月28日还款",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text.replace("，", ",")

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("叫王伟去贺州出差", "王伟"),
            ("王晓燕老师说要交资料费", "王晓燕"),
            ("去王伟家拿东西", "王伟"),
        ],
    )
    def test_names_beside_those_words_still_go(self, text: str, value: str) -> None:
        assert value not in scrub(text)


class TestTheThirtySecondWritersCorpus:
    """Long letters, diaries, chats and court papers (tests/data/SCRUB_TUNE31.md): Mongolian names of two pieces or a surname and a
    piece, Yi names of a clan and a given name, Korean names romanised with a hyphen; and words that must stay: 钱总 "money always",
    a place before a public body, 老家, a speaker's label before a word listed by hand, verse cut by a name."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("朝克宝力德说他没借过钱", "朝克宝力德"),
            ("额尔敦仓在呼和浩特打工", "额尔敦仓"),
            ("问包乌日娜的家在哪", "乌日娜"),
            ("韩萨仁说下个月还", "萨仁"),
            ("勒格么么欠的钱为什么打到我这", "勒格么么"),
            ("比补子拉：他们把电话打到村委会了", "比补子拉"),
            ("证人：Jung Eun-ji", "Eun-ji"),
            ("敬告Ji-hoon Park先生", "Ji-hoon"),
            ("谢谢王伟的帮忙", "王伟"),
        ],
    )
    def test_the_name_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "欠的钱总要一点点还",
            "这笔钱总算还清了",
            "投诉材料已经寄到许昌中医院",
            "本案调解地点设在楚雄人民法院",
            "听说钟祥社区居委会开通了网上预约",
            "老家德宏的东北乱炖最正宗",
            "我在海拉尔打工的时候",
            "二姐：周末在延安路碰头",
            "然后等通知谢谢大家",
            "诸葛亮草船借箭的故事",
            "我在呼和浩特上班",
            "乌兰察布的天气",
            "江苏和浙江都有分公司",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text.replace("：", ":")

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("钱总说下周给答复", "钱"),
            ("收款人：安全", "安全"),
            ("被告王伟人民法院已受理", "王伟"),
            ("你去问楚雄，他跟我一起回来的", "楚雄"),
        ],
    )
    def test_names_beside_those_words_still_go(self, text: str, value: str) -> None:
        assert value not in scrub(text)


class TestTheScrubbersReviewOfTheSixteenthSession:
    """The blind review of tunes 30 and 31's changes (/tmp/review16s): a person after 到/去 before an errand, people named like a
    listed place after a cue, 钱总 who asks, a Mongolian piece inside everyday words, Korean-looking syllables in English."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("他们说要到王伟上班的地方去闹", "王伟"),
            ("他们扬言要去张强打工的工厂找他", "张强"),
            ("我女朋友叫杨柳青", "柳青"),
            ("我哥钟祥社区网格员", "钟祥"),
            ("对接的钱总要求我今天回复", "钱"),
            ("Park Shin-hye说下周还", "Shin-hye"),
        ],
    )
    def test_the_name_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "去贺州出差了",
            "高呼和平",
            "帆布和花布",
            "分布和仓库",
            "俄罗斯琴行",
            "吉雅花园",
            "位于乌兰巴托",
            "内蒙古乌兰县",
            "Oh ha-ha, so-so",
            "钱尕得很",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text


class TestTheThirtyThirdWritersCorpusFirstLook:
    """Tune 32 (tests/data/SCRUB_TUNE32.md) came in at the session's end: only its places, festivals and a caravan, listed by
    hand, were taken from it; its names are left for the next session to tune on."""

    @pytest.mark.parametrize(
        "text",
        [
            "马帮走过的古道修成了公路",
            "盘王节那天不谈欠款",
            "阿尔山的黎明特别冷",
            "导游：沙马拉达隧道堵车",
            "卓玛拉康的门票可以退",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text.replace("：", ":")

    @pytest.mark.parametrize(("text", "value"), [("我表姐卓玛说她也收到了", "卓玛"), ("催收打给了常青", "常青")])
    def test_names_beside_them_still_go(self, text: str, value: str) -> None:
        assert value not in scrub(text)


class TestTheThirtyFourthWritersCorpus:
    """Tune 33 (tests/data/SCRUB_TUNE33.md): text pasted from screenshots and chat exports. A surname's character before an
    English given name ("朱Jack", "@胡Wendy", "陳Tom"), and a bar that OCR or a table put inside a name ("郭|明", "独孤|鹏飞", "丁丨哈三").
    A blind review (/tmp/review17s, 1,014 probes) found the first version worse than the old on 132: the character before an English
    name taken from any word ("下周Tom", "工程师Tim", "谢谢Tom"), Tom and Sam after "You" read as a pinyin surname's ("Love You Tom"),
    table cells joined across a bar ("石家庄|保定", "钱|多少", "甲方|乙方"), and any word at the start of a recall line ("居然撤回了
    一条消息"; that reading was dropped). Now 935 right against 851 for the old (one worse: "同班Tom")."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("备注：朱Jack-工地", "Jack"),
            ("@胡Wendy 看一下群公告", "Wendy"),
            ("转账给郑Jenny 1589.00元", "Jenny"),
            ("Dear 朱Tom, 您的账单已出", "Tom"),
            ("户名：郭|明", "郭|明"),
            ("独孤|鹏飞", "鹏飞"),
            ("丁丨哈三", "哈三"),
            ("雷|志明的借条", "志明"),
            ("陳Tom借錢", "Tom"),
            ("郭|明打了电话", "郭|明"),
        ],
    )
    def test_the_name_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "我和Amy去银行",
            "使用Apple Pay付款",
            "欠款|逾期|金额",
            "王|张|李",
            "姓名|电话",
            "你撤回了一条消息",
            "对方撤回了一条消息",
            "金山公园门口见",
            "拍了拍手",
            "下周Tom来上海出差",
            "谢谢Tom的帮助",
            "同时Tim也到了",
            "Love You Tom",
            "石家庄|保定",
            "钱|多少",
            "甲方|乙方",
            "押金|租金",
            "居然撤回了一条消息",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text


class TestDaiNamesAndSpeakersNamedAgain:
    """Tune 32's misses, the eighteenth session: a Dai name of an opening and two syllables with no cue ("刀甩保",
    "咪腊罕"), the Dai 咪 beside a cue, and a chat speaker of no listed surname named again in the transcript."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("刀甩保：998元我下周还\n特木尔•那仁:那你先还一半\n刀甩保: 好", "刀甩保"),
            ("线甩波 三千二我下周还\n侯玉花：那你先还一半\n线甩波:好", "线甩波"),
            ("大哥：房法旺\n阿爸: 岩燕\n房法旺：知道了", "房法旺"),
            ("你通讯录里的玉庄香都收到了催收短信", "玉庄香"),
            ("被骚扰的亲友：刀光罕和依论光。", "依论光"),
            ("被骚扰的亲友：刀光罕和依论光。", "刀光罕"),
            ("2026年12月1日 玉温叫第二次上门", "玉温叫"),
            ("我侄子叫咪砍，不是借款人", "咪砍"),
            ("担保人者有福；咪罕已经全部通知到位", "咪罕"),
        ],
    )
    def test_the_name_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "刘玉香叫我还钱",
            "被申请人谢玉应当自收到本支付令之日起清偿",
            "吴玉章学院家长接送点",
            "刀光剑影",
            "依次、排队和奶茶",
            "岩石和玉米",
            "来电人：李先生\n反映内容：来电人称其亲属欠款",
            "受托人：律师\n现委托上述受托人作为诉讼代理人",
            "客服部：您好\n客服部：请问还款了吗",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        out = scrub(text)
        for word in ("叫我还钱", "应当", "玉章", "刀光", "依次", "岩石", "玉米", "来电人", "受托人", "客服部"):
            if word in text:
                assert word in out


class TestWhoWeChatsSystemLinesName:
    """Tune 33's misses, the eighteenth session: who took back a message, who a forwarded chat was with, whose card was
    shared, whom you added, and a dotted name WeChat quotes, even when the name is an ordinary word."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("金山撤回了一条消息", "金山"),
            ("分期可以吗\n蓝天撤回了一条消息", "蓝天"),
            ("吴建国与锁福元的聊天记录", "锁福元"),
            ("你已添加了萧雅，现在可以开始聊天了。", "萧雅"),
            ('你将"撒·伊斯哈格"移出了群聊', "伊斯哈格"),
            ("分期可以吗\n许\n晓红撤回了一条消息", "晓红"),
        ],
    )
    def test_the_name_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "居然撤回了一条消息",
            "他刚刚撤回了一条消息",
            "刚刚撤回了一条消息",
            "对方撤回了一条消息",
            "群聊的聊天记录",
            "微信与支付宝的聊天记录",
            "我和招商银行的聊天记录",
            "你和催收员的聊天记录",
            "客服中心的二维码名片",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text


class TestNamesThatAreWordsWhereOnlyAPersonStands:
    """Tune 34, the eighteenth session: a name that is an ordinary word too where only a person stands — a party's field or
    place in a court paper, an @-mention, the identity a caller asks for, a collector's or a lawyer's title — is a name, and
    so is every other place the same text names it; the same words stay words elsewhere."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("原告：夏天\n被告：丁欣怡\n案由：民间借贷纠纷", "夏天"),
            ("收件人：童话 183 0297 3327", "童话"),
            ("分期乐经办人：向前，联系电话：（010）87669584", "向前"),
            ("@夏天 看到请回复，花呗的账单已逾期", "夏天"),
            ("群公告：@常青 @温柔 请尽快把度小满欠款还上", "温柔"),
        ],
    )
    def test_the_name_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "项目经理:明天开会",
            "区域经理:你好",
            "金牌律师:您好",
            "联系人:本人",
            "担保人:同上",
            "原告与被告均到庭",
            "你是本人吗",
            "@所有人 请注意",
            "夏天到了,注意防暑",
            "高峰期经理:你好",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text


class TestHongKongFlatsAndGreetedRomanisedNames:
    """Tune 34, the eighteenth session: a Hong Kong flat written in English (flat, floor, block, building, street, district) is
    one address, and a romanised name greeted at a message's opening is a name; a floor alone and a greeted firm stay."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Re: Overdue Account\nFlat 10F, 5/F, Block 2, Kwong Ming Mansion, 263 Argyle Street, Mong Kok, Kowloon", "Argyle"),
            ("Flat/Room: Flat B, 4/F, 544 Tai Po Road, Sham Shui Po, Kowloon", "Tai Po Road"),
            ("Mark Tang, your ZA Bank loan repayment is overdue.", "Mark Tang"),
            ("LAM, Mei I，您好！大西洋銀行提提您：貸款供款已逾期3日", "Mei I"),
        ],
    )
    def test_it_goes(self, text: str, value: str) -> None:
        assert value not in scrub(text)

    @pytest.mark.parametrize(
        "text", ["The office is on 5/F, thanks", "Hong Kong, your city", "Bank Notice, your account", "Dear Customer, your bill"]
    )
    def test_it_stays(self, text: str) -> None:
        assert scrub(text) == text


class TestTheScrubbersReviewOfTheEighteenthSession:
    """The blind review of the session's scrubber passes (/tmp/review18s, 590 probes): the version it read destroyed ordinary words
    on 224 probes — firms and roles in WeChat's chat titles, cards and added contacts, a form's items named twice taken for chat
    speakers, Dai openings inside words and Han names, a word-name replaced everywhere, regions and departments before a title,
    times before 撤回, fillers in a party's field, 咪咕. Now 455 of its 528 targeted probes are right (old 441), 16 worse than old;
    the word-names it cost (你是谷雨吗, 常青专员, 白露经理, 周家乐的名片, 达有良) are judgement calls left as misses."""

    @pytest.mark.parametrize(
        "text",
        [
            "你是东家吗?我看你就是不想还钱。",
            "华南经理:你好",
            "宣传专员提醒您按时还款。",
            "我和来分期的聊天记录",
            "你已添加了苏宁,现在可以开始聊天了。",
            "高速费:五十\n高速费太贵",
            "生产线保养",
            "线香香气",
            "周末撤回了一条消息",
            "打给咪咕客服",
            "我家猫叫咪咪",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("经办人:向前,电话:(010)87669584\n要向前看", "要向前看"),
            ("被告:高山,住高山镇", "住高山镇"),
            ("刘玉香康复出院", "康复出院"),
        ],
    )
    def test_the_word_beside_a_name_stays(self, text: str, kept: str) -> None:
        assert kept in scrub(text)


class TestTune35TitlesAndSignatures:
    """Tune 35 (nineteenth session): a title greeted in place of a name, a duty before a title, a letter's closing words, a work's
    title between its marks; a comrade or an elder named after a season and greeted; Hong Kong and Macau names written surname
    first with a comma."""

    @pytest.mark.parametrize(
        "text",
        [
            "业务主管您好",
            "主任您好,协商请拨打官方客服",
            "客服组长您好",
            "保洁阿姨,您好",
            "邻居阿姨,您好",
            "华南经理,您好",
            "辅导老师已经下班了",
            "这位保洁阿姨态度很好",
            "承办法官您好",
            "祝好,请按时还款",
            "敬启",
            "谨启,请勿轻信陌生来电",
            "转写:你好请问是机主吗,逾期会影响征信",
            "高楼林立,本期账单已出",
            "春和景明,利息照算",
            "《海燕》这篇课文,记得查看账单",
            "推荐一下《满江红》",
            "数学老师您好",
            "Lee, Please call us",
            "Wong, Bank of China",
            "Hong Kong, Kowloon",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("江南同志:请于12/23到法院领取法律文书。", "江南"),
            ("谷雨阿姨,您儿子欠的钱再不还我们就起诉了。", "谷雨"),
            ("Regards,\nKwok, Hoi Lam\nRecovery Officer", "Hoi Lam"),
            ("林立 拍了拍 YU, Wen-hsiung", "Wen-hsiung"),
            ("转19294给FONG, SIO LENG", "SIO LENG"),
            ("Dear SU Gang:您的账户已逾期", "Gang"),
            ("王主任您好", "王"),
            ("夏天经理您好", "夏天"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)


class TestTheReviewOfTune35sPasses:
    """What the blind review of tune 35's passes found (/tmp/review19s: 100 targeted probes worse than old in the version it read)."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("借款人《王芳》", "王芳"),
            ("签字:《孙丽》", "孙丽"),
            ("《刘洋》你好,请尽快还款", "刘洋"),
            ("《王建国》欠款3000元未还", "王建国"),
            ("吴主管您好", "吴"),
            ("江山经理您好", "江山"),
            ("老张叔叔,您好", "老张"),
            ("立夏阿姨您好", "立夏"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "全体同志:请于明天开会",
            "公安同志:您好",
            "男同志:请到左边",
            "Kwai Chung, NT",
            "USD, Yen, Euro",
            "Civil Law, PRC",
            "Company Law, Cap 622",
            "Yuen Long Park",
            "Yau Yat Chuen",
            "Officer TAM",
            "LEE, OK",
            "推荐一下《满江红》",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text

    @pytest.mark.parametrize(
        ("text", "kept"), [("Dear Mr. Wong, We write to you", "We write"), ("Hi Lee, How are you", "How are")]
    )
    def test_the_words_after_a_greeted_name_stay(self, text: str, kept: str) -> None:
        assert kept in scrub(text)


class TestTune36WhereAPersonStands:
    """Tune 36 (text typed or dictated on a phone, tests/data/SCRUB_TUNE36.md): a word is a name where only a person stands — who says
    who they are and goes straight on, someone addressed at a line's opening, a chat's speaker by a given name, a relative's phone, a
    numbered or bracketed contact, someone to be told — and initials that sign; what stands there and names no one stays."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("我叫白云我欠了招联两万", "白云"),
            ("这边是春花我上周打过电话", "春花"),
            ("我是冬梅,借呗逾期两个月了", "冬梅"),
            ("我是长江 手机13912345678", "长江"),
            ("我是夏荷的妈妈,催收打到家里了", "夏荷"),
            ("碧玉你别怕,我去问问", "碧玉"),
            ("海涛,你妈刚才打电话来", "海涛"),
            ("[10:02] 翠花: 他们又打来了", "翠花"),
            ("我老公建华的电话被打爆了", "建华"),
            ("联系人2:春燕 同事 13812345678", "春燕"),
            ("建华(朋友)13912345678", "建华"),
            ("催收让我转告白云尽快还钱", "白云"),
            ("我妈叫彩霞,她六十多了", "彩霞"),
            ("落款lzh,12月1日", "lzh"),
            ("—— QYM", "QYM"),
            ("他们在群里说ZWL欠钱不还", "ZWL"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "我叫外卖我在楼下等",
            "我是湖南,欠了很多钱",
            "明天你在吗",
            "备注: 我下午到",
            "提醒: 别接陌生电话",
            "请转告他速还款",
            "你跟大家说一声",
            "这边是客服我帮你查",
            "—— HR",
            "落款 OK",
            "—— gam yat",
            "我是学生,欠了花呗",
            "我是新手,借了点钱",
            "这位村主任不在办公室",
            "四零零八二零五五五五",
            "宝贝你别怕",
            "老师你别怕",
            "我是说,欠钱要还",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text

    def test_a_mourners_label_is_no_speaker(self) -> None:
        assert "孝孙:" in scrub("孝子:王明\n孝孙:王小明")


class TestTheReviewOfTune36sPasses:
    """What a blind review of the session's scrubber found (/tmp/review20s: 119 of its probes lost a check): 我是 before a verb, 叫 as
    "call for", where one is, a relative's workplace, vocatives and interjections, form fillers, acronyms after a dash, a QQ number read
    out; and the names the same positions still take."""

    @pytest.mark.parametrize(
        "text",
        [
            "我是觉得,欠的钱要还",
            "我是担心,欠了这么多还不上",
            "我是宝爸,欠了很多钱",
            "我是农村,借了点钱",
            "我是老大的妈妈,他们打电话骚扰孩子",
            "我叫快递我在门口等",
            "我叫代驾我喝酒了",
            "我爸叫醒我,说有人敲门",
            "平台名字叫秒贷",
            "这边是工地我不方便接电话",
            "这边是医院我晚点回",
            "我爸工厂的电话",
            "我女儿学校的电话",
            "经理助理的电话",
            "姑娘你别怕",
            "哎呀你别急",
            "你跟爸妈说一声",
            "转告大伙尽快还款",
            "联系人1:未填",
            "以上情况属实,请帮帮我——KTV",
            "还款渠道—WX或者ZFB",
            "他说XX欠钱不还",
            "公公婆婆的电话被打爆了",
            "我妈常用的电话",
            "我公公工地的电话",
            "联系人1:删除",
            "伙伴(朋友)",
            "小妹你别怕",
            "催收骂我说SB欠钱不还",
            "签名:MD5",
            "签名:yes,请查收",
            "——CPU\n他们又打来了",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text

    @pytest.mark.parametrize(
        "text", ["我的QQ是四零零一二三四五六七", "我的Q号是四零零一二三四五六七", "我支付宝账户是八零零一二三四五六七"]
    )
    def test_a_number_read_out_with_its_owner_goes(self, text: str) -> None:
        assert "零零" not in scrub(text)

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("落款:wxy", "wxy"),
            ("我老公建华的电话被打爆了", "建华"),
            ("你跟海涛说一声,27号之前把钱还了", "海涛"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        out = scrub(text)
        assert name not in out and ("老公" in out or "老公" not in text)


class TestTheThirdReviewOfTune36sPasses:
    """What a third blind review found (/tmp/review20u: 76 of 422 targeted probes lost a check): lenders', banks' and broadcasters'
    letters, a V in "initials", 叫 as "call for" (叫快车, 叫交警, 叫人帮我), a form's or a lender's label before a colon, a lender's short
    name where a person stands."""

    @pytest.mark.parametrize(
        "text",
        [
            "他说PPD欠钱不还",
            "以上情况属实——VPN",
            "我叫快车我在路口等",
            "我妈叫人打电话给我",
            "我叫交警,他们马上到",
            "文化:初中",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text

    @pytest.mark.parametrize(("text", "name"), [("晓燕:我这个月只能还一千", "晓燕"), ("红梅: 你别怕", "红梅")])
    def test_a_speaker_who_speaks_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)


class TestTune37HelpWrittenToOthers:
    """Tune 37 (help written to others: complaints, reports, messages to family): a firm's trade name before what it does is no
    name, a rural bank (村镇银行) no village nor town, 别 before 告诉 no surname; a given name where one borrows, pays, calls, tells,
    vouches or is a relative's goes."""

    @pytest.mark.parametrize(
        "text",
        [
            "深圳前海德润小额贷款有限公司打给了我二叔",
            "向重庆金诚融资担保有限公司投诉",
            "江苏鑫达商务外包服务有限公司",
            "南昌安信商务外包服务有限公司",
            "我在四川村镇银行借过钱",
            "湖北村镇银行是正规公司吗",
            "信阳平桥村镇银行的催收电话",
            "别告诉哥哥",
            "找银行借了",
            "钱转给平台了",
            "打给了家里",
            "跟家里说一声",
            "项目经理说下周发工资",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("钱我转给建国了", "建国"),
            ("打给了海军", "海军"),
            ("跟春燕说一声,我下个月还", "春燕"),
            ("国庆经理说不管", "国庆"),
            ("儿子建国的学校也被打了", "建国"),
            ("催收员打给了我同学建国", "建国"),
            ("建国帮我担保的", "建国"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    def test_an_address_with_a_village_still_goes(self) -> None:
        assert "李庄村" not in scrub("老家在周口市川汇区李庄村")


class TestTune37Initials:
    """Tune 37: initials of a person who acts (a colleague who vouches, a collector who speaks), dotted consonant initials after
    落款 or before a title, and initials after 签名 followed by a full date; not a role, an app, a brand, a file, a degree or a
    dotted abbreviation ("我同事HR说", "本人VIP", "我老公BMW的车", "写的SQL", "U.S.总部": a blind review, /tmp/review21t, found
    about 100 such taken by the first version)."""

    @pytest.mark.parametrize(
        ("text", "initials"),
        [
            ("我同事ZJ帮我担保的", "ZJ"),
            ("催收员LCK说我欠钱", "LCK"),
            ("G.J.经理可以作证", "G.J."),
            ("落款:h.l", "h.l"),
            ("签名 GXL 2026年1月9日", "GXL"),
        ],
    )
    def test_the_initials_go(self, text: str, initials: str) -> None:
        assert initials not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "我同事HR说",
            "本人VIP",
            "我朋友QQ的",
            "转给WX了",
            "本人OK",
            "我老公BMW的车",
            "写的SQL",
            "U.S.总部",
            "我女儿U.S.的签证",
            "本人PMP",
            "签名 WPS 2024年版",
            "I.T.经理",
        ],
    )
    def test_the_word_stays(self, text: str) -> None:
        assert scrub(text) == text


class TestTheReviewOfTune37sPlaces:
    """What a blind review of tune 37's passes found (/tmp/review21s: 22 targeted probes lost a check): a person before a verb and
    a kind of firm read as a firm's trade name ("王磊开电子商务公司"), 老四 and asset managers or insurers (华融, 信达, 华安) taken as
    names where one pays or vouches."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("王芳负责资产管理公司的催收", "王芳"),
            ("张伟创办网络科技有限公司", "张伟"),
            ("李娜应聘信息技术公司", "李娜"),
            ("王芳网络科技有限公司上班", "王芳"),
        ],
    )
    def test_the_person_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    @pytest.mark.parametrize(
        "text", ["我借给老四了", "我转给华融了", "信达做的担保", "华安做的担保", "深圳前海德润小额贷款有限公司"]
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text


class TestTune38FamilySchoolAndVillage:
    """Tune 38 (family, school and village life, tests/data/SCRUB_TUNE38.md): a child's school year or day after a relative is no
    name, a relative's stage no school's name, what one borrowed for no name; a word-name that a neighbour or a village head speaks,
    that one looks for, tells or pays back goes."""

    @pytest.mark.parametrize(
        "text",
        [
            "他们连我女儿初二的学校",
            "我孙女满月",
            "等我外甥高考以后",
            "我跟老板解释了",
            "我侄女幼儿园",
            "他们连闺女小学的家长群",
            "我家老二幼儿园的班级",
            "买车借的钱还没还",
            "请告诉他们",
            "隔壁的大妈说",
            "我儿子上初二了",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("我女儿高洁的学校也被打了", "高洁"),
            ("隔壁的春花说有人来敲门", "春花"),
            ("你们找海燕干嘛，她又没借钱", "海燕"),
            ("请告诉浩然，钱我会还的", "浩然"),
            ("我儿子浩然上初二", "浩然"),
            ("我媳妇建军知道这事后哭了一夜", "建军"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    def test_a_school_named_goes(self) -> None:
        assert "实验小学" not in scrub("孩子在实验小学三年级二班")


class TestTheReviewOfTune38sPlaces:
    """What a blind review of tune 38's places found (/tmp/review21u: 40 targeted probes lost a check): a name that opens with a
    school year (高一鸣, 高中华) kept everywhere, initials after 本人 before a phone or after a colleague who speaks, dotted initials
    before 主任; and 干嘛 taken for a name after a role (both versions)."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("我女儿高一鸣今年上初中", "高一鸣"),
            ("借款人高一鸣，电话打不通", "高一鸣"),
            ("高中华欠我两万块钱不还", "高中华"),
            ("本人ZX，电话13812345678", "ZX"),
            ("我同事ZJ说他也被催了", "ZJ"),
            ("L.J.主任可以作证", "L.J."),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    @pytest.mark.parametrize("text", ["你们找领导干嘛?", "等我外甥高考以后", "我同事HRD说要开会"])
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text


class TestAFreshReadOfTune37sFirms:
    """A fresh-eyes read found the asset managers and insurers left out where the name-by-evidence pass reads ("我转给信达了") and
    东方 swallowing the 了 after it; and initials after 写的 or 转给 taken before a verb."""

    @pytest.mark.parametrize(
        "text", ["我转给信达了", "我转给华安了", "我转给华泰了", "我转给泰康了", "我转给东方了", "写的ZJ说明书"]
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text) == text

    def test_a_person_called_after_a_firm_still_goes(self) -> None:
        assert "阳光" not in scrub("我叫阳光，今年28岁，被催收骚扰")


class TestANameBeforeABucketedAmount:
    """A review of tune 38's places: the one paid back before an amount with its unit ("还给了春花两千块") was kept, because the
    amount is a placeholder by the time names are read."""

    def test_the_name_goes(self) -> None:
        assert "春花" not in scrub("我已经还给了春花两千块")

    def test_a_bank_stays(self) -> None:
        assert "银行" in scrub("还给了银行两千块")


class TestTune39WorkAndSmallBusiness:
    """Tune 39 (the fortieth writer: riders, drivers, building sites, factory lines, stalls and shops): names after and before
    work titles, who owes and who gives orders by a given name that is a word, what is held of a person; and the shops, brands,
    shifts and night markets of that world, which stay."""

    @pytest.mark.parametrize(
        "text, name",
        [
            ("站长雷平安说今天单多，别请假", "雷平安"),
            ("工长谷建军：明天八点开工", "谷建军"),
            ("拉长石娜把我叫去办公室，说催收打到人事部了", "石娜"),
            ("聂波站长，催收的人又打到站里了", "聂波"),
            ("俞艳主管让我写情况说明", "俞艳"),
            ("菜市场90号摊位的酆春生，欠供货款两万", "酆春生"),
            ("瞿爱华的驾驶证和身份证都押在车队那里", "瞿爱华"),
            ("线长国庆让我加班到十点", "国庆"),
            ("欠我钱的是胜利，在重庆跑车", "胜利"),
            ("借条上写的是国庆，不是我", "国庆"),
            ("国庆师傅的货车今天不出车", "国庆"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "富民路夜市",
            "他在科技大道夜市卖凉皮",
            "红旗路那个路口",
            "高德打车派单少了",
            "金龙客车",
            "保洁的电话打不通",
            "干洗店的老板",
            "麻辣烫的老板",
            "老谢烧烤的老板说先赊着",
            "王氏修车行今天没开",
            "红旗渠，没办法",
            "现在欠钱的是大爷，你都得求着",
            "维修师傅的电话",
            "主管说明天开会",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，") == text.replace(",", "，")

    @pytest.mark.parametrize("text, name", [("我拜托黎氏荷先替我垫了两万", "黎氏荷"), ("〔姓名〕:你阿哥時光係咪喺你度", "時光")])
    def test_a_vietnamese_name_and_a_brother_named_after_a_kin_word_still_go(self, text: str, name: str) -> None:
        assert name not in scrub(text)


class TestTheReviewOfTune39sCues:
    """A blind review of tune 39's cues: a shop's brand before 店长, goods before 的货款, an adverb after 主管, a dairy's name after
    欠钱的是, a senior schoolmate's and a given name that is a word after a kin title, a monitor surnamed 白 after 白班; and initials
    read as a name after kin words that stand before brands and trades too."""

    @pytest.mark.parametrize(
        "text",
        [
            "易捷店长扣了我三天工资",
            "毛巾的货款对方一直不付",
            "主管明明说过要给加班费",
            "欠钱的是光明，乳业那边拖了货款",
            "我同学HTC的手机",
            "我朋友DJ的微信号多少",
            "CRM经理说系统要升级",
            "Fwd: 律师函",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，") == text.replace(",", "，")

    @pytest.mark.parametrize(
        "text, name",
        [
            ("我师姐文静借了我五千没还", "文静"),
            ("江哥海军帮我垫了三千块", "海军"),
            ("白班长白建军扣了我工资", "白建军"),
            ("车队长pjf：明天早上六点装货", "pjf"),
            ("群里的wgq说下周发工资", "wgq"),
            ("zxy主管让我写情况说明", "zxy"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)


class TestTune39sEnglishNamesAndInitials:
    """Tune 39: English given names alone where a Chinese text names a person by one (after a role or a tie, or opening a clause
    before what a person does), and initials after a colleague or a collector before what is theirs."""

    @pytest.mark.parametrize(
        "text, name",
        [
            ("对账单：客户Amy，2026年4月28日，赊账两万", "Amy"),
            ("客服Ryan：您好，您的订单已发货", "Ryan"),
            ("蔡总，我是David，催收的事我一定处理好", "David"),
            ("Vincent拉长说新来的是催收冒充的", "Vincent"),
            ("催收加了我同事hyx的微信lhx2005", "hyx"),
            ("致催收员LCK:我不是借款人", "LCK"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "我是Apple的客服",
            "客服Hello：您好",
            "苹果的Mac电脑",
            "用的Windows系统",
            "同事HR的微信",
            "白班：两个人",
            "白班长说了算",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，").replace(":", "：") == text


class TestTune40DeliveriesOrdersAndForms:
    """Tune 40 (the forty-first writer: courier labels, orders, riders' notes, property and tenancy records, forms, international
    orders): roles of an order as cues, a listed given name after one, a given character on the line after a form's label, a flat's
    building-unit-room and an address in English; and couriers' names, estates, developers and flagship shops, which stay."""

    @pytest.mark.parametrize(
        "text, gone",
        [
            ("买家国庆，订单6421844498562630674", "国庆"),
            ("业主胜利家漏水，物业已派人", "胜利"),
            ("护工訾阳亮说催收电话一直打到病房", "訾阳亮"),
            ("姓名田\n悦，电话13800001111", "悦"),
            ("收件人：孙\n娟", "娟"),
            ("物业管家邓超：23-5-501的范红燕家漏水了", "23-5-501"),
            ("业主孟兰莉，房号1-6-2201，欠物业费", "1-6-2201"),
            ("Ship to: Tony Jiang, No. 84 Renmin Road, Unit 5-1803, Jinshui District, Zhengzhou, Henan 161208", "Renmin Road"),
            ("Address: Rm 1003, Bldg 12, Cuiyuan Estate, No. 323 Jiefang Road, Chaoyang District, Beijing", "Cuiyuan Estate"),
            ("麻烦转告吕护士", "吕"),
        ],
    )
    def test_it_goes(self, text: str, gone: str) -> None:
        assert gone not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "卖家包邮，",
            "买家已付款",
            "骑手小哥很辛苦",
            "业主委员会说",
            "丹鸟：您的包裹派送中",
            "菜鸟裹裹：您的包裹运输中",
            "世纪华庭会所",
            "龙湖春江郦城北门",
            "稻香村官方旗舰店",
            "深圳市人民医院普外科护士站",
            "型号GB-12-345",
            "电话400-820-8888",
            "See Room 5 in the manual",
            "No. 1 Middle School",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，").replace(":", "：") == text.replace(",", "，").replace(":", "：")


class TestTheReviewOfTune40sPatterns:
    """A blind review (22t) of tune 40's patterns and tune 39's English names and initials: brands and products that are census
    names, departments' letters, numbers that are no flat, places in English that are no one's address, who a role is."""

    @pytest.mark.parametrize(
        "text",
        [
            "我买的Tiffany",
            "大客户Mercedes",
            "我是Tiffany的会员",
            "Stanley说明书上写着呢",
            "Jasmine是我们店的招牌茶。",
            "我们的老客户Harley，订单取消了。",
            "PCB：已下单",
            "PMC主管说",
            "取件码6-2-1033",
            "格口号3-2-105",
            "第3-2-101条",
            "软件版本2-1-305已更新，还是闪退。",
            "彩票号码 5-12-333 中了。",
            "Meeting Room 3, Building 2",
            "No. 10 Downing Street, London",
            "房东太太说",
            "祝卖家发财",
            "业主：和平家园",
            "当班护士",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，").replace(":", "：") == text.replace(",", "，").replace(":", "：")

    @pytest.mark.parametrize(
        "text, gone",
        [
            ("9-5-2401邓晶", "9-5-2401"),
            ("5-2-1804业主魏敏敏", "5-2-1804"),
            ("zxy主管让我写情况说明", "zxy"),
            ("客服Ryan：您好", "Ryan"),
        ],
    )
    def test_it_goes(self, text: str, gone: str) -> None:
        assert gone not in scrub(text)


class TestAFreshReadOfTune40sPatterns:
    """A fresh-eyes read: the room-number pass ran before the estates' pass and left the estate's name; a pickup code before 的 read
    as a flat; a client named at a text's start kept; a department's letters after 主管; an English address cue in another sentence."""

    def test_an_estate_with_its_number_goes_whole(self) -> None:
        assert "幸福里" not in scrub("我住在幸福里3-2-2202")

    def test_a_client_named_at_the_start_goes(self) -> None:
        assert "Amy" not in scrub("客户Amy，2026年4月28日，赊账两万")

    @pytest.mark.parametrize(
        "text", ["取件码6-2-1033的柜子", "主管QC说", "Please check your email address. Go to Room 5, Building 3 for the meeting"]
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，") == text.replace(",", "，")


class TestTune41LegalPaperwork:
    """Tune 41 (legal and official paperwork around a debt): names after court and police roles, capital initials before a
    lawyer's or a manager's title, English work names, word-names in a court's roles, an ID's masked tail; and the words of
    the same papers that must stay (a police station named after its place, a court's own address, "涉及陈述")."""

    @pytest.mark.parametrize(
        "text, gone",
        [
            ("民警方锋茜", "锋茜"),
            ("接报民警向瑶雅说这属于民事纠纷", "瑶雅"),
            ("人民陪审员冯Eric、戴英秀", "Eric"),
            ("被询问人蔡Ryan，户籍地", "Ryan"),
            ("客服孔Zoe说我的账户已经结清", "Zoe"),
            ("您好任Frank，我是投诉专员", "Frank"),
            ("我问了他们的Eric，她说不能停催", "Eric"),
            ("催收员英文名叫Kevin，真名不知道", "Kevin"),
            ("Your complaint has been received. — Lisa, Customer Care", "Lisa"),
            ("限制消费令 被执行人Sunny董（530***********2210）", "Sunny"),
            ("KCJ经理说可以减免违约金", "KCJ"),
            ("农业银行信用卡中心RJ经理说可以分60期", "RJ"),
            ("自称河南瑞丰律师事务所的JMW律师，手机19839352212，说要上门", "JMW"),
            ("法务MZ让我加微信", "MZ"),
            ("原告光明诉被告马璐", "光明"),
            ("审判员建国", "建国"),
            ("我跟调解员春雨约了4月16日去调解室", "春雨"),
            ("催收员叫胜利", "胜利"),
            ("被执行人许奇梓，身份证号110105************，执行标的", "110105"),
            ("受案编号郑公（中）受案字〔2026〕13126号", "13126"),
        ],
    )
    def test_it_goes(self, text: str, gone: str) -> None:
        assert gone not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "海珠区分局花园派出所",
            "南昌市东湖区人民法院（地址：南昌市青山湖区园林路260号）",
            "涉及陈述",
            "申请陈述",
            "提及杨柳",
            "HR经理说明天面试",
            "PMC主管说",
            "民警提醒大家注意",
            "民警同志说",
            "原告光明乳业诉被告",
            "下了一场春雨",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，").replace(":", "：").replace("(", "（").replace(")", "）") == text

    def test_a_home_beside_a_police_station_goes(self) -> None:
        assert "花园路12号" not in scrub("我家在海珠区花园路12号派出所对面")


class TestTune41sReview:
    """A blind review of tune 41's passes (/tmp/review23s): acronyms before a title, brands after 们的 or 名叫, 胜利 as what a party does,
    holidays after 民警, public documents' numbers read as a police receipt's, and homes kept as a court's or a police station's address."""

    @pytest.mark.parametrize(
        "text",
        [
            "CS专员告诉我可以延期还款。",
            "CBD经理讲了一下流程。",
            "BMW经理说车贷逾期了。",
            "事务所的PC律师发来的函。",
            "我买的是他们的Cherry，键盘坏了。",
            "品牌名叫Daisy，是一家网贷中介。",
            "我们的Hazel，系列产品卖光了。",
            "原告胜利。",
            "被告胜利，原告败诉。",
            "民警国庆、春节都照常值班。",
            "依据公（治）字〔2019〕3号通知",
            "办公（室）文字〔2024〕15号文件",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，").replace("(", "（").replace(")", "）") == text

    @pytest.mark.parametrize(
        "text, gone",
        [
            ("派出所（地点：郑州市金水区幸福小区8号楼602室）", "幸福小区"),
            ("法院（地址：郑州市金水区幸福小区8号楼602室）其实是我家", "幸福小区"),
            ("司法所(地址:郸城县汲冢镇王庄村12号)是我家", "王庄村"),
            ("被告住所地：北京市朝阳区三里屯派出所西侧平房。", "三里屯"),
            ("被告住郑州市金水区花园路居委会", "花园路"),
            ("报警到派出所（地点：金水区经三路15号院3号楼2单元501室）", "经三路"),
        ],
    )
    def test_it_goes(self, text: str, gone: str) -> None:
        assert gone not in scrub(text)


class TestTune42MoneyTrails:
    """Tune 42 (money trails): payers and payees after a record's labels, masked names, word-names after them; and bank branches
    named after a district, masked firms and banks, that stay."""

    @pytest.mark.parametrize(
        "text, gone",
        [
            ("付款人孟飞付款账号6217005195474785497收款人蒋颖飞", "孟飞"),
            ("交易对方于博转账备注还汤敏斌", "于博"),
            ("出借人招财  借款人乜妍", "招财"),
            ("交易对方来福，转账备注：还富贵的钱", "富贵"),
            ("转账给富贵45.00元", "富贵"),
            ("对方户名：*婷荣 对方账号：6225 **** **** 5203", "婷荣"),
            ("你已收到赵*杰的转账198.50元", "赵*杰"),
            ("【借呗】**超您好，您的欠款已逾期", "**超"),
        ],
    )
    def test_it_goes(self, text: str, gone: str) -> None:
        assert gone not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "微众银行武汉思明网点",
            "浦发银行武汉武侯支行营业室",
            "【**金融】您好",
            "**银行:您的借款已逾期",
            "我还清的钱",
            "转账给平台",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，").replace(":", "：") == text.replace(":", "：")


class TestTheTwentyThirdSessionsScrubberReview:
    """A second blind review of the session's scrubber (/tmp/review23t) and a fresh read: names kept inside a bank's branch, masked
    firms and censored words read as names, a city after 转账给, trades' letters before 经理, a home kept as an office's address, a police
    receipt's shape in a firm's letter number, a listed given name after 民警 kept as a holiday, masked names in traditional characters."""

    @pytest.mark.parametrize(
        "text, gone",
        [
            ("建设银行客户经理李娜在网点等我", "李娜"),
            ("农业银行张伟说分行不给办", "张伟"),
            ("招商银行户名王芳朝阳支行", "王芳"),
            ("我住在派出所(地址:人民路18号)对面", "人民路18号"),
            ("民警国庆做的笔录", "国庆"),
            ("對方戶名：*婷榮 對方賬號：6225****5203", "婷榮"),
        ],
    )
    def test_it_goes(self, text: str, gone: str) -> None:
        assert gone not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "微众银行武汉思明网点",
            "被**打了，去医院验伤",
            "向**举报，没人管",
            "来自**保险的电话",
            "转账给武汉的账户",
            "TCL经理说",
            "他们的 Coco",
            "我们公司字〔2026〕12号",
            "民警国庆、春节都照常值班。",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，") == text


class TestTuneFortyThreeAndFortyFour:
    """Tunes 43 and 44 (social posts; where people live): numbers split by emoji or dots, accounts after a platform's name, 卫星 for
    WeChat, masked names where one says who one is, homes told by a landmark, farms' and the corps' addresses, estates with a flat's
    number after where one is, English addresses after "lives at"; and kept: a forum's words after 回复, bank branches named after
    their street, offices' own addresses in brackets, pickup codes, expressways, walking streets, roads named after a city."""

    @pytest.mark.parametrize(
        "text, gone",
        [
            ("他发的号码是155⭐2052⭐6396，打过去是空号", "2052"),
            ("电话就是153·6919·4725，打过去没人接", "6919"),
            ("我身份证130102🌸19790411🌸1205被盗用借了网贷", "19790411"),
            ("骗子卡号6259🍀6775🍀5210🍀2097，建设银行的", "5210"),
            ("QQ号 807·166·2364，昵称早睡早起", "2364"),
            ("小红书号：dyqfhsu538y", "dyqfhsu538y"),
            ("抖音搜qichun.gong.gz就能看到他发的催收视频", "qichun"),
            ("ins上那个Tan_Ningsi就是他", "Tan_Ningsi"),
            ("贴吧ID chenghao_0818：我整理了一份名单", "chenghao"),
            ("卫星：mumu94708", "mumu94708"),
            ("催收员自称范**，工号SZ-0429", "范**"),
            ("他的实名是**静，支付宝转的", "**静"),
            ("黑猫投诉原文：催收人员谭x佳多次辱骂投诉人", "谭x佳"),
            ("截图里对方名字是张〇雨，我打码了一半", "张〇雨"),
            ("@**磊 别再打我电话了", "**磊"),
            ("收款人显示“雷*”，卡号622260******6821", "雷*"),
            ("买家梁然思说没收到货", "梁然思"),
            ("你家不就在双河镇卫生院后面那栋红砖房吗？", "卫生院后面"),
            ("快递放学府路新华书店对面二楼了，记得拿", "新华书店对面"),
            ("我们打听到了，他住枣林村菜市场后门第三家", "菜市场后门"),
            ("和谐家园北门蜜雪冰城楼上那家是你开的店吧", "蜜雪冰城"),
            ("他在带岭林场五工区家属房35号上班", "家属房35号"),
            ("兵团地址：新疆生产建设兵团第八师一二一团十七连1号", "十七连"),
            ("您在丽水佳园20-4-604丰巢柜的包裹已超时", "丽水佳园"),
            ("我们已经到你枫林绿洲10-6-1804楼下了", "1804"),
            ("你住的城南家园房子是租的吧？", "城南家园"),
            ("郝燕文家，北京路24号", "北京路24号"),
            ("你登记的现居地址铁路街25号", "铁路街25号"),
            (
                "Qiang Luo lives at Room 104, Unit 6, Building 27, Century City, No. 11 Renmin Road, Binjiang District",
                "Building 27",
            ),
            ("Ship to: Luo Guoqing, Yangguang Huayuan 2 Dong 2 Danyuan 2403, 17637210970", "Danyuan"),
        ],
    )
    def test_it_goes(self, text: str, gone: str) -> None:
        assert gone not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "回复楼上：砍头息可以要求退还",
            "交通银行哈尔滨市世纪大道支行",
            "中国工商银行重庆市胜利路支行",
            "民生银行深圳市分行（光明路68号）",
            "济南市市场监督管理局（花园路371号）",
            "您的包裹已到健康路妈妈驿站，取件码11-4-9042",
            "沈海高速宁德服务区人太多了",
            "在连霍高速三门峡服务区加油",
            "周末去南宁市步行街逛逛",
            "我们在万达广场对面的火锅店吃饭",
            "2026·03·11 见",
            "突然说要上门",
            "坐高铁去陶然亭",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，").replace("(", "（").replace(")", "）").replace(":", "：") == text


class TestTheTwentyFourthSessionsScrubberReview:
    """The blind review of tunes 43 and 44's change (/tmp/review24s): split digits that are dates, seasons, lottery picks or hotlines,
    brands and words after a platform's name, a satellite, masked firms, shops and offices by a landmark, a game's farm, lockers and
    seats, talk of where one stays, names before 高速, a walking street's house, a mobile after 取件码; and what both missed: spaced
    dots between digits, a regiment's company, an estate lived in before 我们, a home after 住, 小紅書號."""

    @pytest.mark.parametrize(
        "text, gone",
        [
            ("电话 138 · 1234 · 5678 打不通", "1234"),
            ("他在第八师142团3连5号住", "3连5号"),
            ("你住的阳光小区我们都知道", "阳光小区"),
            ("他住幸福里3-2-2202", "3-2-2202"),
            ("小紅書號：abc_1234", "abc_1234"),
            ("王磊高速出口等我", "王磊"),
            ("我家住步行街18号3楼", "18号"),
            ("取件码是138-1234-5678", "1234"),
            ("扣：434·097·608", "097"),
        ],
    )
    def test_it_goes(self, text: str, gone: str) -> None:
        assert gone not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "2024·03·15·10·30 收到催收短信",
            "2020·2021·2022连续三年都逾期",
            "2022•2023赛季的门票",
            "本期双色球：05·12·18·23·31·07，蓝球11",
            "12315·12345·12378都打了",
            "知乎上的Python教程",
            "B站搜Java",
            "ins上那个Gucci包",
            "on IG yesterday",
            "气象卫星：FY-4A",
            "卫星：Starlink",
            "自称**律师",
            "对方是**物流",
            "来电显示**联通，不是催收",
            "学府路新华书店对面二楼的健身房",
            "催收公司就在解放路法院对面二楼",
            "开心农场2号服务器",
            "放在快递柜3-12-108",
            "体育馆看台3-12-108座",
            "你住的地方是不是在城里",
            "你住的是宿舍还是公寓",
            "杭瑞高速上堵车了",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，").replace(":", "：") == text


class TestTheTwentyFourthSessionsSecondScrubberReview:
    """The second blind review of the session's scrubber (/tmp/review24t): rooms in public buildings, questions and pages after 在,
    安然 after 都, products' and viruses' codes after 搜 or 上的, postcodes and waybills joined into an identity card's length, 路口
    after a street, landlord and tenant in ordinary English; and a masked name before a call."""

    @pytest.mark.parametrize(
        "text",
        [
            "考场在教学楼3-2-301",
            "在医院门诊楼2-3-205诊室",
            "答案在练习册第2-3-105页",
            "家人都安然无恙",
            "同事都安然度过了难关",
            "知乎搜COVID19的资料",
            "微博上的ChatGPT4讨论",
            "B站搜RTX4090评测",
            "邮编100000·200000·300000",
            "The tenant union meets at 10 Main Street, Room 5.",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，") == text.replace(",", "，")

    @pytest.mark.parametrize(
        "text, gone",
        [
            ("催收人员谭x佳打来电话", "谭x佳"),
            ("我住在长安街路口的那栋楼", "长安街"),
        ],
    )
    def test_it_goes(self, text: str, gone: str) -> None:
        assert gone not in scrub(text)

    def test_a_crossing_keeps_its_word(self) -> None:
        assert "路口" in scrub("我住在长安街路口的那栋楼")


class TestWhatBothTreesMissed:
    """What the session's reviews found wrong in the old tree and the new alike: a word opening with 一 or 两 after a number glued into
    it, a bank's branch on a street whose name holds an estate's word, an office's address after a city with 家 in its name, a
    neighbourhood's office, posts' slang and a shop's brand read as names, a city of Taiwan."""

    @pytest.mark.parametrize(
        "text, number, word",
        [
            ("0755-86013388 一直打给我", "86013388", "一直打给我"),
            ("13812345678两次都没接", "13812345678", "两次都没接"),
            ("还有一个是159三五幺五5617 两个轮流打", "5617", "两个轮流打"),
        ],
    )
    def test_the_number_goes_and_the_word_stays(self, text: str, number: str, word: str) -> None:
        scrubbed = scrub(text)
        assert number not in scrubbed and word in scrubbed

    @pytest.mark.parametrize(
        "text",
        [
            "兴业银行上海市新村路支行",
            "中信银行石家庄市分行（南京路49号）",
            "花园街道综治中心",
            "段子，家人们",
            "关于石锤的帖子",
            "屈臣氏（民主路店）",
            "台南85大樓",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，").replace("(", "（").replace(")", "）") == text

    def test_a_home_after_a_city_with_jia_is_still_a_home(self) -> None:
        assert "新华路8号" not in scrub("我住石家庄（新华路8号3栋）")


class TestTuneFortyFive:
    """Tune 45 (modern names where nothing points at them): a given name alone at a clause's head before what a person does or says, or
    after 跟, 和, 给, 找, 问了 or 帮帮; a full name's given name where it stands alone later. Not nicknames (小李, 老王), given names that
    are words (胜利, 星辰), kin words (父母), pairs inside a longer word (呼和浩特)."""

    @pytest.mark.parametrize(
        "text, gone",
        [
            ("梓彤说她没借过，是被人冒用了", "梓彤"),
            ("诗涵昨天打电话来，说她也收到了", "诗涵"),
            ("上个月浩轩借了我1000元", "浩轩"),
            ("钱雨欣说下个月还，结果雨欣到现在都没动静", "雨欣"),
            ("彭雨涵跟我说过，雨涵妈妈也知道", "雨涵"),
        ],
    )
    def test_it_goes(self, text: str, gone: str) -> None:
        assert gone not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "小李说下周回电话",
            "老王也知道这件事了",
            "胜利在望，还剩最后两期",
            "星辰是我老婆",
            "我人在呼和浩特，户籍不在这里",
            "催收员说要去老家找父母",
            "宝子说下周还",
            "建设和民生和华夏都在催",
            "去年我和常州的朋友借了一点",
            "后来安琪酵母的股票跌了",
            "安琪儿婚纱店，对吧",
            "2023年，修车师傅也被打了电话",
            "路桥区人民法院",
            "昨天高中同学借了我五百",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，") == text


class TestTheTwentyFourthSessionsThirdReviewAndFreshRead:
    """The third blind review (/tmp/review24u) and a fresh read of the session's scrubber: a full name's given name hidden only where it
    acts or after a surname's character, not inside other words; counties and lenders before 也 or 说; 高雄 and 安利 as names; a home
    near a bank's branch; long numbers after 取件码; split numbers after their label; traditional characters; a number read out whole
    ending in 一; product names after 搜 or 上的; a firm's line split by dots."""

    @pytest.mark.parametrize(
        "text, word",
        [
            ("李建国说他住建国门那边", "建国门"),
            ("王浩然说他知道浩然正气这个词", "浩然正气"),
            ("孙宇航说他想当宇航员", "宇航员"),
            ("黄志明在胡志明市。", "胡志明市"),
        ],
    )
    def test_a_named_persons_given_name_stays_inside_words(self, text: str, word: str) -> None:
        assert word in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "永康也有分部。",
            "恒昌已经起诉了。",
            "我跟锦程说了。",
            "淘宝上的Xiaomi14",
            "知乎上的Python3.12",
            "B站搜Vue.js",
            "客服电话400·820·8820",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，") == text

    @pytest.mark.parametrize(
        "text, gone",
        [
            ("钱雨欣说下个月还，结果雨欣到现在都没动静", "雨欣"),
            ("你让汪晓明找沈思雨要，钱在沈思雨那", "沈思雨"),
            ("高雄说他下周还", "高雄"),
            ("安利民是我舅舅", "安利民"),
            ("钱存到建设银行了，我家就在解放路123号营业部楼上", "解放路123号"),
            ("取件码6222-0212-3456-7890", "3456"),
            ("取货码0755-8601-3388", "8601"),
            ("卡号6222·0212·3456·7895", "3456"),
            ("身份证440305·690511·683", "690511"),
            ("梓彤說她沒借過", "梓彤"),
            ("我的号码是一三八零零一三八零零一是我电话", "一三八零零"),
        ],
    )
    def test_it_goes(self, text: str, gone: str) -> None:
        assert gone not in scrub(text)

    def test_a_conjunction_before_a_named_given_name_stays(self) -> None:
        assert "我和〔姓名〕说了" in scrub("钱雨欣说下个月还，我和雨欣说了")

    def test_a_number_read_out_whole_is_a_mobile(self) -> None:
        assert "〔手机号〕是我电话" in scrub("我的号码是一三八零零一三八零零一是我电话")


class TestNamesThatAreWordsAndWordsThatLookLikeNames:
    """Tune 46 (the twenty-fifth session): given names alone before 去, 还在, 也被, 都说, 根本 or after 转告, 找过, 联系; given names
    and doubled nicknames in a list beside names found, before how many they are; an institution written in traditional
    characters; and the words beside them that stay."""

    @pytest.mark.parametrize(
        "text, gone",
        [
            ("丽萍还说她没借过这笔钱", "丽萍"),
            ("秀英去派出所问过了，说这是违法催收", "秀英"),
            ("海霞根本不知道这笔贷款", "海霞"),
            ("我已经转告淑华，让她回电话", "淑华"),
            ("春燕、周建华、朵朵三个人都收到了催收短信", "春燕"),
            ("春燕、周建华、朵朵三个人都收到了催收短信", "朵朵"),
        ],
    )
    def test_it_goes(self, text: str, gone: str) -> None:
        assert gone not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "可以向銀保監投訴催收",
            "妈妈别哭了",
            "我是豆豆钱的客服",
            "俊杰也是人，也有难处",
            "沐阳那边的号码打来的",
            "小芳和同事都说没接到",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，") == text

    @pytest.mark.parametrize(
        "text",
        [
            # A blind review of the first version (/tmp/review25s) found 132 of its 400 probes worse: firms, districts and pet words
            # where a given name alone was newly looked for, doubled words in lists.
            "永辉已经起诉我了",
            "崇明还在封控",
            "昨天宝贝去医院了",
            "德勤又来电话了",
            "宝安也被曝光了",
            "请联系永辉。",
            "我跟德勤一起投诉",
            "慈溪早就没有分部了。",
        ],
    )
    def test_firms_districts_and_pet_words_stay(self, text: str) -> None:
        assert scrub(text).replace(",", "，") == text

    def test_a_doubled_word_in_a_list_stays(self) -> None:
        assert "太太" in scrub("张伟、太太、孩子都被催收打了电话")

    def test_a_name_before_a_listed_word_goes(self) -> None:
        assert "黄梅" not in scrub("催收员黄梅天天打电话骚扰我")

    def test_a_county_alone_at_a_clauses_head_stays(self) -> None:
        assert scrub("永康也被曝光了") == "永康也被曝光了"

    def test_a_list_before_how_many_they_are_goes(self) -> None:
        assert "朵朵" not in scrub("春燕、周建华、朵朵三人都收到了")


class TestAFullNamesGivenPartAlone:
    @pytest.mark.parametrize(
        ("text", "given"),
        [
            ("借款人白晓丽是我妹妹，晓丽现在在泉州打工", "晓丽"),
            ("催收员打给了王淑芬，淑芬的电话一直响", "淑芬"),
            ("李春梅欠了钱，春梅那边我联系不上了", "春梅"),
            ("郑瑾萱借的网贷，瑾萱本人不知道", "瑾萱"),
        ],
    )
    def test_a_given_part_that_is_no_word_goes_where_a_person_stands(self, text: str, given: str) -> None:
        # (Tune 46: the given part went only before a listed verb at a clause's head.)
        assert given not in scrub(text)

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("孙宇航说他哥是宇航员。", "宇航员"),
            ("郑一诺说她会还，一诺千金嘛。", "一诺千金"),
            ("刘德胜说他在德胜门那边上班。", "德胜门"),
            ("吴思远说深思远虑。", "深思远虑"),
            ("王宝安欠钱，宝安机场附近。", "宝安机场"),
            ("王一鸣欠钱，一鸣惊人的催收。", "一鸣惊人"),
        ],
    )
    def test_a_given_part_that_runs_on_into_a_word_stays(self, text: str, word: str) -> None:
        # (The first version took any given part that is no dictionary word, a review of tune 45's probes found.)
        assert word in scrub(text)


class TestNamesAndNumbersInALog:
    # (Tune 47: evidence logs, timelines and repayment records typed in a hurry.)
    @pytest.mark.parametrize("text", ["【洋钱罐】2024.6.16还了27000.38", "摘要：手续费26000.72", "截图：高达18000.65的罚息"])
    def test_a_sum_in_yuan_and_fen_is_money_not_a_phone(self, text: str) -> None:
        scrubbed = scrub(text)
        assert "〔金额" in scrubbed and "〔固话〕" not in scrubbed and "〔账号〕" not in scrubbed

    @pytest.mark.parametrize("text", ["2025.10月底前还清", "版本1.12已更新", "2024.06.16那天还的"])
    def test_a_date_or_a_version_with_two_decimals_is_no_sum(self, text: str) -> None:
        assert "〔金额" not in scrub(text)

    def test_a_lists_circled_numbers_stay_and_part_its_items(self) -> None:
        assert scrub("①本金②利息③违约金") == "①本金②利息③违约金"
        scrubbed = scrub("①3月9日还7000②2025/04/07还1.8万")
        assert "〔账号〕" not in scrubbed and "②2025/04/07" in scrubbed

    def test_names_numbered_by_circled_numbers_go(self) -> None:
        scrubbed = scrub("①皇甫俊峰②黎子轩③蒋美玲")
        assert not any(name in scrubbed for name in ("皇甫俊峰", "黎子轩", "蒋美玲"))

    def test_a_mobile_written_in_circled_digits_goes(self) -> None:
        assert "⑦⑧⑥" not in scrub("催收电话①⑦⑧⑥②⑤⑦④⑥②⑦") and "786" not in scrub("催收电话①⑦⑧⑥②⑤⑦④⑥②⑦")

    @pytest.mark.parametrize(
        ("text", "name"), [("中午十二点整龚丽萍又打来", "龚丽萍"), ("上周五夜里十点半顾梓萱在楼下等", "顾梓萱")]
    )
    def test_a_name_after_an_hour_on_the_dot_or_the_half_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)


class TestAReviewOfTheLogChange:
    # (A blind review, /tmp/review26s, found the first version of tune 47's change taking measures for money and letting circled digits
    # written to dodge a filter through.)
    @pytest.mark.parametrize(
        "text",
        [
            "我身高172.50cm，体重也被他们拿去说事。",
            "综合年化利率156.43%，远超法律规定。",
            "定位显示东经120.15 北纬30.28，就在我家楼下。",
            "考研总分385.50分，催收打电话到学校说我欠钱。",
            "软件版本105.12更新后，额度没了。",
            "电表读数 3456.78 度，电费被他们拿去骗我",
        ],
    )
    def test_a_measure_with_two_decimals_is_no_sum(self, text: str) -> None:
        assert "〔" not in scrub(text)

    @pytest.mark.parametrize("text", ["摘要：2023-04-21 29000.51 逾期", "借款金额：10000.00 到账金额：7000.00"])
    def test_a_sum_with_two_decimals_is_never_a_landline(self, text: str) -> None:
        assert "〔固话〕" not in scrub(text) and "〔账号〕" not in scrub(text)

    @pytest.mark.parametrize(
        ("text", "digits"),
        [
            ("他的电话 ① ③ ⑧ ① ② ③ ④ ⑤ ⑥ ⑦ ⑧ 每天打", "④ ⑤ ⑥"),
            ("联系方式：①3⑧1②3④5⑥7⑧", "④5⑥"),
            ("138①2345678", "2345678"),
            ("6222①21234567890123", "6222"),
            ("QQ:2⑧3746512", "3746512"),
            ("家住阳光花园⑤栋1202", "1202"),
        ],
    )
    def test_circled_digits_inside_a_number_go_with_it(self, text: str, digits: str) -> None:
        assert digits not in scrub(text)

    def test_the_next_items_date_after_a_sum_keeps_its_mark(self) -> None:
        assert "②2025/04/07" in scrub("①3月9日还7000②2025/04/07还1.8万")

    @pytest.mark.parametrize(
        ("text", "word"), [("王宝山欠了钱，宝山的房子也被拍了照", "宝山的房子"), ("刘永辉说了，永辉的工资还没发", "永辉的工资")]
    )
    def test_a_given_part_before_a_things_的_stays(self, text: str, word: str) -> None:
        assert word in scrub(text)

    def test_a_given_part_before_a_persons_的_goes(self) -> None:
        assert "浩然" not in scrub("王浩然欠了三万，浩然的父母也被骚扰了。")


class TestAFreshReadOfTheLogChange:
    @pytest.mark.parametrize("text", ["加Ⓥ zhangsan_888", "有事加我Ⓥ:lily_2024"])
    def test_a_circled_letter_is_no_lists_mark(self, text: str) -> None:
        assert "zhangsan_888" not in scrub(text) and "lily_2024" not in scrub(text)

    @pytest.mark.parametrize("text", ["电话：❶❸❽❶❷❸❹❺❻❼❽", "电话：138❶2345678", "电话：⓵⓷⓼⓵⓶⓷⓸⓹⓺⓻⓼"])
    def test_a_mobile_in_filled_circled_digits_goes(self, text: str) -> None:
        assert scrub(text) == "电话:〔手机号〕"

    def test_a_lists_mark_before_a_dashed_date_stays(self) -> None:
        text = "还款：①2025-04-07还7000 ②2025-05-07还7000"
        assert scrub(text) == text.replace("：", ":")

    def test_a_negative_sum_is_money(self) -> None:
        assert scrub("交易金额：-27000.38") == "交易金额:-〔金额:1万-5万元〕"

    @pytest.mark.parametrize("text", ["额定电压220.00伏", "金价456.78"])
    def test_a_character_of_a_money_word_is_no_cue(self, text: str) -> None:
        assert scrub(text) == text

    def test_the_space_after_a_sum_stays(self) -> None:
        assert "〔金额:1万-5万元〕 给" in scrub("张伟 还了 27000.38 给 李娜")


class TestTune48NumbersAndNamesSideBySide:
    @pytest.mark.parametrize(
        "text", ["【广发银行】10/20 12333已受理。回T退订", "备注：8.4 12378举报", "通知：12-24 12368。回T退订"]
    )
    def test_a_day_then_a_public_line_stays(self, text: str) -> None:
        assert scrub(text) == text.replace("：", ":")

    @pytest.mark.parametrize(("text", "kind"), [("11/3 13912345678来电", "〔手机号〕"), ("2026-11-02 13912345678", "〔手机号〕")])
    def test_a_day_then_a_phone_number_hides_the_number_alone(self, text: str, kind: str) -> None:
        assert scrub(text) == text.split(" ")[0] + " " + kind + text.split(" ")[1][11:]

    @pytest.mark.parametrize("text", ["转发：⑬⑭⑮⑯⑰五项已核对，已核实", "⑩⑪⑫三项请补充"])
    def test_marks_that_count_up_are_a_lists_not_a_number(self, text: str) -> None:
        assert scrub(text) == text.replace("：", ":").replace("，", ",")

    def test_marks_that_spell_a_phone_number_still_go(self) -> None:
        assert scrub("电话①③⑧①②③④⑤⑥⑦⑧") == "电话〔手机号〕"

    @pytest.mark.parametrize(
        "text",
        ["度小满提醒：第一步罗列明细，第二步放款，请知悉", "拍拍贷提醒：第一余额不足，第二毛巾礼盒", "转发：收到，黄金周，谢谢"],
    )
    def test_words_side_by_side_are_no_name(self, text: str) -> None:
        assert scrub(text) == text.replace("：", ":").replace("，", ",")

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("上门顺序：第一宋诗琪，第二熊耀祖，第三诸葛丽", "宋诗琪"),
            ("第一严蕾第二龚晨都没还", "严蕾"),
            ("2025.5.17林骁来电说等发工资再说", "林骁"),
            ("吕峥\t鄂G29690\t900块", "吕峥"),
        ],
    )
    def test_a_name_after_an_ordinal_or_a_date_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)


class TestABlindReviewOfTune48sChange:
    @pytest.mark.parametrize(
        "text", ["电话：①③⑨/①②③④⑤⑥⑦⑧", "电话：①③⑨ - ①②③④ - ⑤⑥⑦⑧", "手机：①⑧⑥（①②③④）⑤⑥⑦⑧", "电话：①③⑧/②③④⑤/⑨⑨⑨⑨"]
    )
    def test_a_phone_number_in_circled_digits_split_by_marks_goes(self, text: str) -> None:
        out = scrub(text)
        assert "〔手机号〕" in out and "⑤" not in out and "5678" not in out

    @pytest.mark.parametrize(
        ("text", "name"), [("李明细说了借款经过", "李明"), ("王征信用记录很差", "王征"), ("王小明细心核对了账单", "王小明")]
    )
    def test_a_name_before_the_rest_of_a_money_word_goes(self, text: str, name: str) -> None:
        out = scrub(text)
        assert name not in out and "明" not in out.split("〔姓名〕")[-1][:1]

    def test_a_chips_brand_is_no_name(self) -> None:
        assert scrub("搭载高通骁龙8处理器") == "搭载高通骁龙8处理器"

    def test_a_date_before_a_phone_number_stays_as_written(self) -> None:
        assert scrub("20250315 13512345678") == "20250315 〔手机号〕"


class TestAFreshReadOfTune48sChange:
    @pytest.mark.parametrize(("text", "kind"), [("我电话139⑫⑬4567", "〔手机号〕"), ("加我微信 wx⑬⑭5678", "〔微信号〕")])
    def test_marks_that_count_up_inside_a_number_are_its_digits(self, text: str, kind: str) -> None:
        assert scrub(text).endswith(kind)

    def test_a_long_chain_of_dates_is_read_without_recursion(self) -> None:
        text = ("9/3 " * 1250)[:5000]
        assert scrub(text) == text

    def test_a_gateway_with_a_number_after_a_phone_number_hides_both(self) -> None:
        assert scrub("13812345678 1069013912345678") == "〔手机号〕 10690〔手机号〕"

    @pytest.mark.parametrize("text", ["王子明细说了借款经过", "王国明细心核对了账单", "金光明细看了合同", "王國明細說了經過"])
    def test_a_name_whose_surname_and_first_given_character_make_a_word_goes(self, text: str) -> None:
        assert scrub(text).startswith("〔姓名〕")


class TestTune48sLeftoversNamesAfterACountOrADay:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("第8次张建国没接", "张建国"),
            ("第8次厍桂没接", "厍桂"),
            ("晚上七点多逄兆丰：已经报警了", "逄兆丰"),
            ("7月18日史水生八百下周一", "史水生"),
            ("今早17点晏蕾发短信催款", "晏蕾"),
            ("中午十二点-15:58:17冼建华连打11个电话", "冼建华"),
            ("截止2025/07/17晏雨萱仍未还款", "晏雨萱"),
            ("2024-11-01冯水生还了￥8425", "冯水生"),
            ("第一欧阳嘉欣第二万诗琪都没还", "万诗琪"),
            ("刚才訾若彤说手机没电了", "訾若彤"),
        ],
    )
    def test_a_name_glued_to_a_count_a_day_or_an_hour_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    @pytest.mark.parametrize(
        ("text", "name"),
        [("汤爱民|15258207963|8300块", "汤爱民"), ("宓鹤/13948889470/7.2万", "宓鹤"), ("赵水生0755-75658034", "赵水生")],
    )
    def test_a_name_in_a_row_before_its_number_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    def test_names_listed_before_together_go(self) -> None:
        assert scrub("9/3蒯敏、顾慧琳一起来的") == "9/3〔姓名〕、〔姓名〕一起来的"

    @pytest.mark.parametrize(
        "text",
        [
            "第8次还款失败",
            "3月5日发工资",
            "晚上七点多到家",
            "第三方催收公司",
            "第3次催收电话",
            "第1笔贷款已结清",
            "2日向银行申请延期",
            "第2次向平台投诉",
            "第3次黄金周",
            "8日张贴公告",
            "第9笔常规扣款",
            "3笔钱都还了",
            "平安发短信说到期",
            "银行发短信说逾期",
            "客服连打好几个",
            "截止今天仍未还款",
            "我们三个、他们两个一起去",
        ],
    )
    def test_words_after_a_count_or_a_day_stay(self, text: str) -> None:
        assert scrub(text) == text


class TestTune49RunOnNamesAndNumbers:
    @pytest.mark.parametrize(
        ("text", "kind"), [("QQ9530480、882481都是他的", "〔QQ号〕、〔QQ号〕"), ("QQ号9530480或者882481", "〔QQ号〕或者〔QQ号〕")]
    )
    def test_a_number_listed_after_a_qq_number_is_one_too(self, text: str, kind: str) -> None:
        assert kind in scrub(text) and "882481" not in scrub(text)

    @pytest.mark.parametrize(("text", "kept"), [("QQ9530480、12345元", "〔金额"), ("QQ9530480, 12345块", "〔金额")])
    def test_an_amount_after_a_qq_number_stays_an_amount(self, text: str, kept: str) -> None:
        assert kept in scrub(text)

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("汪帆尾号2277的卡已冻结", "汪帆"),
            ("昨天下午付海燕用13225583835打给你老婆", "付海燕"),
            ("逾期92天阚璐仍未处理", "阚璐"),
            ("第9名暨静怡，第九名揭玉凤", "暨静怡"),
            ("春花和〔姓名〕都是他堂弟", "春花"),
        ],
    )
    def test_a_name_beside_a_card_a_number_a_count_or_a_name_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "零钱明细里有一笔¥1200",
            "关于零钱明细的说明",
            "通知：小龙虾一斤",
            "金凤凰大酒店5号开业",
            "备注：来福士广场早上六点多关门。",
            "信用卡尾号1234的账单",
            "平台仍未处理",
        ],
    )
    def test_words_that_look_like_names_stay(self, text: str) -> None:
        out = scrub(text)
        assert "〔姓名〕" not in out


class TestABlindReviewOfTune49sChange:
    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("QQ 12345678、30000美元", "30000美元"),
            ("QQ 12345678、12345次登录", "12345次登录"),
            ("QQ 12345678和95188都打过", "95188都打过"),
            ("QQ 12345678、12306买票", "12306买票"),
            ("QQ 12345678及20240718的聊天记录", "20240718的聊天记录"),
            ("QQ 12345678、40000多", "40000多"),
        ],
    )
    def test_what_follows_a_qq_number_and_is_no_qq_number_stays(self, text: str, kept: str) -> None:
        assert kept in scrub(text)

    def test_a_mobile_listed_after_a_qq_number_is_a_mobile(self) -> None:
        assert scrub("QQ 12345678, 13912345678") == "QQ 〔QQ号〕, 〔手机号〕"

    @pytest.mark.parametrize("text", ["车险、房险一起买", "定金至今未还", "押金仍未还"])
    def test_words_beside_the_new_cues_stay(self, text: str) -> None:
        assert scrub(text) == text


class TestTune50TwoCharactersInTheMiddle:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("刚才朱珊把我拉进了一个催收群", "朱珊"),
            ("晚上朱芸请大家吃饭", "朱芸"),
            ("如果朱帆不接电话就联系家属", "朱帆"),
        ],
    )
    def test_a_name_of_two_between_words_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "截图：您的余额不足请及时充值",
            "招联金融提醒：孟子说过得道多助",
            "祝贺乔迁新居",
            "备注：祝你鹏程万里前途无量",
            "过年给客户寄贺卡",
            "听说万里长城要修缮了",
        ],
    )
    def test_words_and_sayings_stay(self, text: str) -> None:
        assert "〔姓名〕" not in scrub(text)


class TestAFreshReadOfTune49sChange:
    @pytest.mark.parametrize("text", ["约了刘建军饭店门口见面", "催收员去了李红梅饭店闹事", "我让陈志强宾馆楼下等我"])
    def test_a_name_before_a_restaurant_or_a_hotel_goes(self, text: str) -> None:
        out = scrub(text)
        assert "建军" not in out and "红梅" not in out and "志强" not in out

    @pytest.mark.parametrize(
        ("text", "kept"), [("他的QQ是12345678,30000是我借给他的", "30000是"), ("QQ 12345678、50000都转给他了", "50000都转")]
    )
    def test_an_amount_after_a_qq_number_stays(self, text: str, kept: str) -> None:
        assert kept in scrub(text)


class TestAFreshReadOfTune50sChange:
    @pytest.mark.parametrize(
        "text", ["他的QQ号123456或654321也被盗了", "QQ9530480和882481都被封了", "QQ 123456、654321是他的小号。"]
    )
    def test_a_second_qq_number_goes_whatever_is_said_of_it(self, text: str) -> None:
        assert "654321" not in scrub(text) and "882481" not in scrub(text)

    @pytest.mark.parametrize("text", ["万卉园的门票是假的。", "金蕊菊花茶。", "林卉繁茂。"])
    def test_words_of_flowers_stay(self, text: str) -> None:
        assert scrub(text) == text


class TestNamesGluedToANameFound:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("我把钱分给了吴豪谢媛两个人", "吴豪"),
            ("联系人里熊岚金坤傅妮都说不认识你", "熊岚"),
            ("你问问陈琳王勇谁签的字", "王勇"),
        ],
    )
    def test_a_name_glued_to_a_name_found_goes_too(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "王芳马上还钱",
            "催收员说李明高兴地走了",
            "张伟于是说",
            "刘洋付款了",
            "张伟周末来",
            "王芳金额不对",
            "张伟白天不在",
            "告诉王芳钱包丢了",
            "王芳何时还",
            "王芳包括她老公",
            "我跟王芳高峰期打的",
        ],
    )
    def test_a_word_glued_to_a_name_stays(self, text: str) -> None:
        expected = text
        for name in ("王芳", "李明", "张伟", "刘洋"):
            expected = expected.replace(name, "〔姓名〕")
        assert scrub(text) == expected

    def test_a_verb_glued_to_a_name_stays(self) -> None:
        assert scrub("上午九点半杭晓梅连打三次") == "上午九点半〔姓名〕连打三次"


class TestTune51NamesInRunningChat:
    @pytest.mark.parametrize(
        ("text", "names"),
        [
            ("就是杨彧与尹炜两个人给我做的担保", ("杨彧", "尹炜")),
            ("那个他们还给赵赟跟胡毅发了我的照片", ("赵赟", "胡毅")),
            ("嗯我已经还了毋洁和罗琰的钱", ("毋洁", "罗琰")),
            ("他们还骗俞琎说我坐牢了", ("俞琎",)),
            ("说实话黄亮人挺好的", ("黄亮",)),
            ("姐妹们他们威胁说要去杨冰单位闹", ("杨冰",)),
        ],
    )
    def test_a_name_in_running_chat_goes(self, text: str, names: tuple[str, ...]) -> None:
        out = scrub(text)
        assert not any(name in out for name in names), out

    @pytest.mark.parametrize(
        "text",
        [
            "小说里的侯爵住在城堡里",
            "我跟他说过了",
            "要钱跟要命一样",
            "我们单位领导说",
            "黄金和白银都涨了",
            "高度和温度都不对",
            "周末和假期都打",
            "骗子说的话别信",
            "约定的还款日到了",
        ],
    )
    def test_words_in_the_same_places_stay(self, text: str) -> None:
        assert scrub(text) == text


class TestABlindReviewOfTune51sChange:
    @pytest.mark.parametrize(
        "text",
        [
            "王磊车开走了",
            "收钱后张伟就走了",
            "我周末跟李娜一起去",
            "王磊跟家里说了",
            "王磊跟金主说了",
            "高管跟王磊两个人签的字",
            "白雾霏霏一片",
            "金焱火锅店",
            "都怪车友拉我入坑",
            "全靠文友资助",
        ],
    )
    def test_words_beside_a_name_or_after_a_cue_stay(self, text: str) -> None:
        out = scrub(text)
        kept = out.replace("〔姓名〕", "")
        for name in ("王磊", "张伟", "李娜"):
            text = text.replace(name, "")
        assert kept == text, out


class TestAFreshReadOfTune51sChange:
    def test_a_list_after_a_pair_word_keeps_every_name_found(self) -> None:
        assert scrub("昨天跟王芳、江河、夏天都说了") == "昨天跟〔姓名〕、〔姓名〕、〔姓名〕都说了"

    @pytest.mark.parametrize(("text", "word"), [("王磊和金主两个人", "金主"), ("高管和王磊两个人", "高管")])
    def test_a_word_beside_a_name_before_a_count_stays(self, text: str, word: str) -> None:
        assert word in scrub(text)

    @pytest.mark.parametrize("text", ["其叶芃芃", "白雾霏霏一片", "金焱火锅店"])
    def test_doubled_words_and_shops_with_rare_name_characters_stay(self, text: str) -> None:
        assert scrub(text) == text


class TestTune52NamesInABorrowersOwnAccount:
    """Tune 52 (written blind): names with Chinese on both sides and no title in a complaint or a plea."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("那天林宇带着郭妍一起去我家了", "郭妍"),
            ("我怕韩锋知道了会跟我分手", "韩锋"),
            ("他们又冒充付宁给我爸打电话", "付宁"),
            ("我被罗秋骂了一顿", "罗秋"),
            ("我想问下像李炜这种情况算不算骚扰", "李炜"),
            ("借钱的时候我填了鲍楠做联系人", "鲍楠"),
            ("气死我了我求禤娅先别告诉我爸", "禤娅"),
            ("后来换成了彭勇来催", "彭勇"),
            ("然后我们部门的马昊找我谈话了", "马昊"),
            ("我当时是听了袁艳的话才借的", "袁艳"),
            ("他让周烨来我家拿钱", "周烨"),
            ("原来徐敏早就跟孔铮串通好了", "孔铮"),
            ("当初是涂筱介绍我去借的", "涂筱"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            # Who a plea greets in place of a name is no name.
            "警察同志您好，他们把我的照片发到了群里",
            "请警察同志帮帮我",
            "客服你好我要投诉",
            "同志你好",
            "民警你好，我想报案",
            "大哥你好",
            "领导你好",
            "律师同志你好",
            # Words after the new cues stay.
            "他是我们部门的领导",
            "后来换成了高利贷",
            "一直催马上还",
            "听了马上就去",
            "他是道德楷模",
            "我每天练颜楷。",
            "我在练魏楷。",
            "擦得铮亮",
            "经查明",
            # (What the new cues do to things as well: a fresh read.)
            "带着龙虾",
            "我家狗怕黄蜂",
            "想起杨柳",
            "像雷雨天",
        ],
    )
    def test_words_in_the_same_places_stay(self, text: str) -> None:
        assert scrub(text) == text.replace("，", ",")  # (the scrubber folds full-width commas)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("王芳你好", "〔姓名〕你好"),
            ("王建国同志您好", "〔姓名〕同志您好"),
            # A name before the role it is greeted by (a review of tune 52's change).
            ("李娜民警你好，我想报案", "〔姓名〕民警你好,我想报案"),
            ("杨帆客服你好", "〔姓名〕客服你好"),
            ("陈静学姐你好", "〔姓名〕学姐你好"),
            # (A place, a word or a firm before the role is no name: a fresh read.)
            ("高速民警你好", "高速民警你好"),
            ("社区民警你好", "社区民警你好"),
            ("京东客服你好", "京东客服你好"),
            ("司机大哥你好", "司机大哥你好"),
            ("邢台老乡你好", "邢台老乡你好"),
        ],
    )
    def test_a_name_greeted_still_goes(self, text: str, expected: str) -> None:
        assert scrub(text) == expected


class TestTune53GivenCharactersThatAreWords:
    """Tune 53 (written blind): a single given character as common in words as in names (民, 新, 生, 乐, 方) is a name between a cue
    on each side, not with a cue on one side only, nor a title after a surname, nor a surname outside the lists."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("他們騙沈民說梁勇出車禍了", "沈民"),
            ("我同事戚乐明天要去银行帮我问", "戚乐"),
            ("后来孙新说这就是高利贷", "孙新"),
            ("我们问了杨鹏也问了汪方都说联系不上你", "汪方"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "那个朱总又打来了",
            "分期都行,只要别打我家里人,你说呢",
            "他们骗人说这是新规定",
            "他们问了高兴说没事",
        ],
    )
    def test_words_in_the_same_places_stay(self, text: str) -> None:
        assert scrub(text) == text


class TestABlindReviewOfTune53sChange:
    """/tmp/review31s (53 worse of 485 at 6849d0b): money before an adverb or a verb, slang for people, titles and days taken for a
    name between two weak cues."""

    @pytest.mark.parametrize(
        "text",
        [
            "我已经把钱全还了,他们还在催。",
            "他把钱花在赌博上了。",
            "我把钱拿去还网贷了。",
            "后来钱白给他们了。",
            "那个马仔又来了。",
            "那个黄毛也来了。",
            "我跟张舅说了这事。",
            "我跟周校说了,他说不知道。",
            "那个周天也打过来。",
        ],
    )
    def test_words_stay(self, text: str) -> None:
        assert scrub(text) == text


class TestTune54NamesWhereASentenceStarts:
    """Tune 54 (written blind): names after a relation, at a clause's start before what a person does, given names that are virtues or
    wishes; and the words that stand in the same places."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("结果谢丰收明确说了不认识你们", "谢丰收"),
            ("贺生不接电话，他们就打给我", "贺生"),
            ("钱是我借的，跟彭明亮无关", "彭明亮"),
            ("这事被许自立知道了", "许自立"),
            ("上周二，范为民接到一个自称法院的电话", "范为民"),
            ("电话打到咱姑父蒋民那去了", "蒋民"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        [
            "同事方便接电话吗",
            "我爸方便的时候会回电话",
            "我邻居金额都听见了",
            "同事万一被打电话怎么办",
            "我妈连夜哭了一晚上",
            "我岳父高血压住院了",
            "白杨树下的那家网点",
            "一场夏雨,请提前安排资金",
        ],
    )
    def test_words_in_the_same_places_stay(self, text: str) -> None:
        assert scrub(text) == text

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            # (A word after a relation that stands alone, as a name does, stays a name.)
            ("他们打给我表妹严肃了", "严肃"),
            ("我老婆成功和她弟弟都被骚扰", "成功"),
        ],
    )
    def test_a_word_standing_alone_after_a_relation_is_a_name(self, text: str, name: str) -> None:
        assert name not in scrub(text)


class TestABlindReviewOfTune54sChange:
    """/tmp/review32s (24 worse of 369 at 185f1b0): names after a relation whose given part is a listed word with a likely given
    character, or a likely given character after it; 伸张正义; papers that say something plainly."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("我表哥韩文打电话问过客服了", "韩文"),
            ("我妈周一梅在住院", "周一梅"),
            ("我哥万一鸣在外地打工", "万一鸣"),
            ("我同事冷静在门口看见催收的人了", "冷静"),
            ("我同事郑重说过不认识你们平台的人", "郑重"),
            ("我舅舅成功去派出所报案了", "成功"),
            ("我妹妹乐意昨天给你们回过电话", "乐意"),
        ],
    )
    def test_the_name_goes(self, text: str, name: str) -> None:
        assert name not in scrub(text)

    @pytest.mark.parametrize(
        "text",
        ["请替我伸张正义,谢谢", "法律会伸张正义的", "简章明确说了不收任何费用", "文章明确说了"],
    )
    def test_words_stay(self, text: str) -> None:
        assert scrub(text) == text


def test_a_surname_before_a_title_after_a_relation_is_scrubbed_not_withheld() -> None:
    # (The relation rule of tune 54 read a second character of a one-character name, a surname before its title, and the scrubber
    # failed on "我同事王先生……": found in a last read of the change.)
    scrubbed = scrub("我同事王先生打电话来了，我爸张女士说不知道")
    assert "王" not in scrubbed and "张女士" not in scrubbed
