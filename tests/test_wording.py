"""The wording model (triage/analysis/wording.py): what it reads, what it may change, and its data file."""

from __future__ import annotations

import json

import pytest

from triage.analysis import analyze, wording
from triage.analysis import wording_train as train
from triage.analysis.analyzer import persons_own_words
from triage.analysis.normalize import normalize


class TestTheModelFile:
    def test_it_is_what_the_tuning_corpora_give(self, tmp_path):
        written = tmp_path / "model.json"
        train.write(written)
        assert written.read_bytes() == wording.MODEL_FILE.read_bytes(), (
            "triage/data/wording_model.json is stale: run .venv/bin/python -m triage.analysis.wording_train"
        )

    def test_it_never_learnt_from_the_evaluation_set(self):
        header = json.loads(wording.MODEL_FILE.read_text(encoding="utf-8"))
        assert "sms_modelled_tune20.jsonl" in header["trained_on"]  # the everyday messages, genuine side
        # No text it was trained on is a text of the evaluation set (compared, never shown).
        evaluation = {
            json.loads(line)["text"]
            for path in train.DATA.glob("sms_external_eval_*.jsonl")
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        }
        trained = {record["text"] for path in train.corpus_files() for record in train.records(path)}
        assert len(evaluation) > 200 and len(trained) > 4000
        assert not evaluation & trained

    def test_every_corpus_file_belongs_to_a_batch(self):
        batches = {train.batch_of(path) for path in train.corpus_files()}
        assert {"1", "19", "20", "labelled"} <= batches


class TestWhatItReads:
    def test_the_shape_keeps_positions(self):
        text = "请于24小时内登录abc.cn,逾期冻结"
        shaped = wording.shape(text)
        assert len(shaped) == len(text)
        assert shaped == "请于00小时内登录aaa aa 逾期冻结"

    def test_hidden_spans_and_a_long_paste_are_left_out(self):
        assert wording.shape("您好,逾期冻结", [(3, 7)]) == "您好     "
        assert len(wording.shape("逾" * 5000, [(4990, 5000)])) == wording.MAX_CHARACTERS

    def test_no_gram_crosses_a_blank(self):
        assert wording.grams("ab c") == {"ab"}
        assert wording.grams("冻结账户") == {"冻结", "结账", "账户", "冻结账", "结账户"}

    def test_a_persons_question_and_framing_are_their_own_words(self):
        text = normalize("朋友转给我的,您的积分即将清零\n收到这个怎么办?")
        spans = [text[start:end] for start, end in persons_own_words(text)]
        assert spans == ["朋友转给我的,", "收到这个怎么办?"]

    @pytest.mark.parametrize("text", ["请把钱转给我,我帮你还", "这是不是你?点开看看", "您的账户已冻结,是否本人操作?"])
    def test_a_request_is_not_taken_for_the_persons_own_words(self, text):
        assert persons_own_words(normalize(text)) == []

    def test_a_sentence_scored_alone_is_not_watered_down_by_the_rest(self):
        scam = "您名下信用卡已被锁卡回电即可办理解冻"
        padded = "今天天气很好我们一起去公园散步吧然后吃饭。" + scam
        alone = wording.score(wording.shape(scam), scam)
        assert wording.score(wording.shape(padded), padded) >= alone > wording.RAISE_ABOVE


class TestWhatItMayChange:
    def test_a_medium_message_worded_like_the_scams_is_raised_to_high(self, rules_alone_then_model):
        before, after = rules_alone_then_model("您名下信用卡已被锁卡，回电即可办理解冻")
        assert before.risk == "medium" and after.risk == "high"
        flag = next(f for f in after.flags if f.code == "worded_like_scams")
        assert not flag.severe and flag.weight == 7 - before.score
        # Its evidence is words of the message, highlighted with the rest.
        assert flag.evidence and all(piece in after.normalized_text for piece in flag.evidence)
        assert any(hit for _, hit in after.highlighted())

    @pytest.mark.parametrize(
        "text",
        [
            "妈，照片我等下发给你，今天玩得很开心",  # nothing found by the rules: the wording is not read
            "我是你二舅，这个是新号，存一下",
            "您的积分已到账，感谢使用",  # low for the rules: stays low whatever its words
        ],
    )
    def test_it_never_raises_a_low_message(self, text, rules_alone_then_model):
        before, after = rules_alone_then_model(text)
        assert before.risk == "low" and after.risk == "low" and not after.has("worded_like_scams")

    def test_a_message_medium_for_its_sender_alone_is_not_read(self, rules_alone_then_model):
        before, after = rules_alone_then_model("在吗，有空回个电话", "17112345678")
        assert all(f.rule.detector == "sender" for f in before.red_flags)
        assert after.risk == before.risk and not after.has("worded_like_scams")

    def test_a_high_message_gets_no_statistical_flag(self):
        result = analyze("【工商银行】您的信用卡已冻结，请致电 0755-23456789 解冻")
        assert result.risk == "high" and not result.has("worded_like_scams")

    @pytest.mark.parametrize(
        ("text", "sender"),
        [
            # Openers a relative or a friend writes in the same words (a blind reviewer's probes, reworded):
            # the wording may not raise what they alone made medium.
            ("妈，这是我新号，存一下。", "138****2233"),
            ("老婆，我换号了，这个是新号码，旧的不用了。", None),
            ("请把钱打过来，卡号6228****1234，户名张伟", None),
        ],
    )
    def test_an_opener_a_friend_writes_too_stays_medium(self, text, sender, rules_alone_then_model):
        before, after = rules_alone_then_model(text, sender)
        assert before.risk == "medium" and after.risk == "medium"

    @pytest.mark.parametrize(
        "text",
        [
            "提醒大家：“您名下信用卡已被锁卡，回电即可办理解冻”，看到这种直接删了。",
            "爸，你手机上那条“您的账户已被冻结，请联系客服解冻”的短信别理，我问过银行了，没这回事。",
        ],
    )
    def test_a_warning_that_quotes_a_scam_is_not_raised(self, text):
        assert analyze(text).risk != "high"

    def test_a_scams_own_request_is_read_as_the_scam(self):
        # Not taken for the person's own words around a paste (a blind reviewer's finding).
        for text in ("照片发给我，点赞关注就能赚钱", "验证码发给我：", "钱拖了这么久，要不要我们去你老家看看？"):
            assert persons_own_words(normalize(text)) == []

    def test_a_stand_in_name_is_no_scam_word(self):
        assert wording.shape("您好某某先生") == "您好  先生"


@pytest.fixture
def rules_alone_then_model(monkeypatch):
    def rate(text: str, sender: str | None = None):
        with monkeypatch.context() as alone:
            alone.setattr(wording, "WEIGHTS", {})
            alone.setattr(wording, "KNOWN", frozenset())
            before = analyze(text, sender)
        return before, analyze(text, sender)

    return rate
